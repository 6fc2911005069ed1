#pragma once

// The address of a provider's API (checked by SettingsReader::url) and the
// addresses of its resources under it; each plugin's Endpoints names them.

#include "RingbackCoreExport.h"
#include "net/Http.h"

#include <QString>
#include <QUrl>

namespace ringback::provider {

class RINGBACK_CORE_EXPORT ApiBase
{
public:
    ApiBase() = default;
    explicit ApiBase(QUrl base);

    const QUrl &base() const { return m_base; }

protected:
    // <base><path>, and ?<query> when there is one.
    QUrl path(const QString &path, const net::Fields &query = {}) const;

private:
    QUrl m_base;
};

} // namespace ringback::provider
