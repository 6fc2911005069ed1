#include "ApiBase.h"

#include "net/BaseUrl.h"

namespace ringback::provider {

ApiBase::ApiBase(QUrl base)
    : m_base(std::move(base))
{}

QUrl ApiBase::path(const QString &path, const net::Fields &query) const
{
    QString full = path;
    if (!query.isEmpty())
        full += QLatin1Char('?') + net::queryString(query);
    return net::joinUrl(m_base, full);
}

} // namespace ringback::provider
