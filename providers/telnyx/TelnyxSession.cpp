#include "TelnyxSession.h"

#include "net/Http.h"

#include <QCoreApplication>

namespace ringback::telnyx {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ringback::TelnyxProvider)
};

// Retry-After, else x-ratelimit-reset: seconds until the window resets
// (https://developers.telnyx.com/development/api-fundamentals/reliability/rate-limiting).
qint64 waitOf(const net::HttpResponse &response, const QDateTime &now)
{
    if (const auto wait = net::parseRetryAfter(response.header("Retry-After"), now))
        return *wait;
    bool ok = false;
    const double seconds = response.header("x-ratelimit-reset").trimmed().toDouble(&ok);
    if (ok && seconds > 0)
        return qint64(std::min(seconds, 86400.0) * 1000);
    return 0;
}

// Telnyx's error body ({"errors": [{"code", "title", "detail"}]}) and its
// words. 403 and error 10009 ("Authentication failed") refuse the key too.
class Words final : public provider::ProblemWords
{
public:
    Words()
        : ProblemWords(QStringLiteral("Telnyx"))
    {}

protected:
    ErrorBody errorOf(const net::HttpResponse &response) const override
    {
        const ApiError error = parseError(response.body);
        return {error.code, error.text()};
    }
    Problem::Kind kindOf(const net::HttpResponse &response, const ErrorBody &error) const override
    {
        if (response.status == 403)
            return Problem::Kind::Auth;
        return ProblemWords::kindOf(response, error);
    }
    qint64 retryAfterMs(const net::HttpResponse &response, const QDateTime &now) const override
    {
        return waitOf(response, now);
    }
    QString detailFor(Problem::Kind kind,
                      const net::HttpResponse &response,
                      const QString &what,
                      const ErrorBody &error) const override
    {
        if (error.code == QLatin1String("10009"))
            return authRefused(response, error);
        return ProblemWords::detailFor(kind, response, what, error);
    }
    QString authRefused(const net::HttpResponse &response, const ErrorBody &) const override
    {
        return Tr::tr("Telnyx refused the API key (HTTP %1)").arg(response.status);
    }
    QString refused(const net::HttpResponse &response,
                    const QString &what,
                    const ErrorBody &error) const override
    {
        return Tr::tr("Telnyx refused %1 (HTTP %2: %3)")
            .arg(what)
            .arg(response.status)
            .arg(error.message);
    }
    QString unreadable(const QString &what, const QString &why) const override
    {
        return Tr::tr("Telnyx sent an unreadable answer while %1 (%2)").arg(what, why);
    }
};

} // namespace

Session::Session()
    : SessionOf(lcTelnyx(), provider::wordsOf<Words>())
{}

qint64 Session::retryAfterMs(const net::HttpResponse &response) const
{
    return waitOf(response, now());
}

} // namespace ringback::telnyx
