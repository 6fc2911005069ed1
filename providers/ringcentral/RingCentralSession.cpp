#include "RingCentralSession.h"

#include "net/Http.h"

#include <QCoreApplication>

namespace ringback::ringcentral {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ringback::RingCentralProvider)
};

// Without Retry-After RingCentral's penalty box lasts 60 s; wait at least 30.
constexpr qint64 kDefaultRateLimitWaitMs = 30000;

// RingCentral's error body ({"errorCode": "CMN-301", "message"}) and its
// words.
class Words final : public provider::ProblemWords
{
public:
    Words()
        : ProblemWords(QStringLiteral("RingCentral"))
    {}

protected:
    ErrorBody errorOf(const net::HttpResponse &response) const override
    {
        const ApiError error = parseError(response.status, response.body);
        return {error.code, error.message};
    }
    Problem::Kind kindOf(const net::HttpResponse &response, const ErrorBody &error) const override
    {
        // CMN-301 and its kin mean "rate limited" whatever the status.
        if (response.status != 401 && mapErrorCode(error.code) == SendError::RateLimited)
            return Problem::Kind::RateLimited;
        return ProblemWords::kindOf(response, error);
    }
    qint64 retryAfterMs(const net::HttpResponse &response, const QDateTime &now) const override
    {
        return net::parseRetryAfter(response.header("Retry-After"), now)
            .value_or(kDefaultRateLimitWaitMs);
    }
    QString authRefused(const net::HttpResponse &, const ErrorBody &error) const override
    {
        const QString code = error.code.isEmpty() ? QString() : QLatin1Char(' ') + error.code;
        return Tr::tr("RingCentral refused the app's credentials or token (401%1)").arg(code);
    }
    QString slowDown(const net::HttpResponse &response, const QString &what) const override
    {
        const QByteArray group = response.header("X-Rate-Limit-Group");
        return group.isEmpty()
                   ? Tr::tr("RingCentral asked Ringback to slow down (429) while %1").arg(what)
                   : Tr::tr("RingCentral asked Ringback to slow down (429, %1 group) while %2")
                         .arg(QString::fromLatin1(group), what);
    }
};

} // namespace

Session::Session()
    : CursorSessionOf(lcRingCentral(), provider::wordsOf<Words>())
{}

void Session::setHealthy()
{
    if (streaming)
        setState(ConnectionState::Connected,
                 Tr::tr("Connected to RingCentral: calls and texts arrive as they happen"));
    else
        setState(ConnectionState::Reconnecting,
                 Tr::tr("Reconnecting to RingCentral's live updates; checking the call log "
                        "meanwhile"));
}

void Session::resetState()
{
    CursorSessionOf::resetState();
    streaming = false;
}

qint64 Session::spacingOf(const net::HttpResponse &response)
{
    bool limitOk = false;
    bool windowOk = false;
    const int limit = response.header("X-Rate-Limit-Limit").trimmed().toInt(&limitOk);
    const int window = response.header("X-Rate-Limit-Window").trimmed().toInt(&windowOk);
    if (!limitOk || !windowOk || limit <= 0 || window <= 0)
        return 0;
    return qint64(window) * 1000 / limit;
}

} // namespace ringback::ringcentral
