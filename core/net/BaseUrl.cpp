#include "net/BaseUrl.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace ringback::net {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ringback::net::BaseUrl)
};

} // namespace

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

bool isAllowedScheme(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return !url.host().isEmpty();
    return scheme == QLatin1String("http") && isLoopbackHost(url.host());
}

Result<QUrl> checkBaseUrl(const QString &text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return Error(Tr::tr("\"%1\" is not a valid address.").arg(text));
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("http") && !isLoopbackHost(url.host()))
        return Error(
            Tr::tr("\"%1\" uses plain http: only https is allowed, except to this computer.")
                .arg(text));
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        return Error(Tr::tr("\"%1\" must be an https:// address.").arg(text));
    if (!url.userInfo().isEmpty())
        return Error(Tr::tr("\"%1\" must not contain a user name or password.").arg(text));
    if (url.hasQuery() || url.hasFragment())
        return Error(Tr::tr("\"%1\" must not have a query or fragment.").arg(text));
    QUrl clean = url;
    QString path = clean.path(QUrl::FullyEncoded);
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    clean.setPath(path, QUrl::TolerantMode);
    return clean;
}

QUrl joinUrl(const QUrl &base, const QString &pathAndQuery)
{
    const QUrl relative(pathAndQuery, QUrl::TolerantMode);
    QString path = relative.path(QUrl::FullyEncoded);
    if (!path.startsWith(QLatin1Char('/')))
        path.prepend(QLatin1Char('/'));
    QUrl out = base;
    out.setPath(base.path(QUrl::FullyEncoded) + path, QUrl::TolerantMode);
    if (relative.hasQuery())
        out.setQuery(relative.query(QUrl::FullyEncoded), QUrl::TolerantMode);
    else
        out.setQuery(QString());
    out.setFragment(QString());
    return out;
}

bool sameOrigin(const QUrl &from, const QUrl &to)
{
    return from.scheme().compare(to.scheme(), Qt::CaseInsensitive) == 0
           && from.host().compare(to.host(), Qt::CaseInsensitive) == 0
           && from.port(from.scheme() == QLatin1String("https") ? 443 : 80)
                  == to.port(to.scheme() == QLatin1String("https") ? 443 : 80);
}

} // namespace ringback::net
