#pragma once

// Reading a provider's settings (ProviderContext::settings) the same way in
// every plugin: the business number in E.164, an https API address (or a
// test server on this computer), a number of seconds within bounds. The first
// setting that cannot be used is the error, named by its key.

#include "RingbackCoreExport.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QUrl>
#include <QVariantMap>

namespace ringback::provider {

class RINGBACK_CORE_EXPORT SettingsReader
{
    Q_DECLARE_TR_FUNCTIONS(ringback::provider::SettingsReader)

public:
    explicit SettingsReader(const QVariantMap &settings);

    // The text of `key`, trimmed.
    QString text(const char *key) const;
    // The phone number of `key` in E.164.
    QString phone(const char *key);
    // The API address of `key` (net/BaseUrl.h), `fallback` when unset.
    QUrl url(const char *key, const QString &fallback);
    // Seconds from 1 to `most` (`fallback` when unset), in milliseconds.
    int seconds(const char *key, double fallback, double most);

    // Ok, or the first setting that cannot be used.
    Status status() const;

private:
    void fail(QString why);

    const QVariantMap &m_settings;
    QString m_error;
};

} // namespace ringback::provider
