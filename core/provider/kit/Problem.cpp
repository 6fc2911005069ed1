#include "Problem.h"

#include "net/Http.h"
#include "net/HttpClient.h"

namespace ringback::provider {

ConnectionState Problem::state() const
{
    switch (kind) {
    case Kind::Network:
    case Kind::Server:
    case Kind::RateLimited:
        return ConnectionState::Reconnecting;
    case Kind::Auth:
        return ConnectionState::AuthFailed;
    case Kind::Refused:
    case Kind::BadAnswer:
        return ConnectionState::Error;
    }
    return ConnectionState::Error;
}

Problem ProblemWords::classify(const net::HttpResponse &response,
                               const QString &what,
                               const QDateTime &now) const
{
    Problem p;
    using F = net::HttpResponse::Failure;
    if (response.failure != F::None) {
        p.kind
            = response.failure == F::TooLarge ? Problem::Kind::BadAnswer : Problem::Kind::Network;
        p.detail = unreachable(what, response.describe());
        return p;
    }
    const ErrorBody error = errorOf(response);
    p.code = error.code;
    p.kind = kindOf(response, error);
    if (p.kind == Problem::Kind::RateLimited)
        p.retryAfterMs = retryAfterMs(response, now);
    p.detail = detailFor(p.kind, response, what, error);
    return p;
}

ProblemWords::ProblemWords(QString provider)
    : m_provider(std::move(provider))
{}

QString ProblemWords::unreachable(const QString &what, const QString &why) const
{
    return tr("Cannot reach %1 while %2: %3").arg(m_provider, what, why);
}

QString ProblemWords::slowDown(const net::HttpResponse &, const QString &what) const
{
    return tr("%1 asked Ringback to slow down (429) while %2").arg(m_provider, what);
}

QString ProblemWords::serverTrouble(int status, const QString &what) const
{
    return tr("%1 is having trouble (HTTP %2) while %3")
        .arg(m_provider, QString::number(status), what);
}

QString ProblemWords::refused(const net::HttpResponse &response,
                              const QString &what,
                              const ErrorBody &error) const
{
    const QString code = error.code.isEmpty() ? QString() : QLatin1Char(' ') + error.code;
    return tr("%1 refused %2 (HTTP %3%4: %5)")
        .arg(m_provider,
             what,
             QString::number(response.status),
             code,
             error.message.isEmpty() ? tr("no details") : error.message);
}

QString ProblemWords::unreadable(const QString &what, const QString &why) const
{
    return tr("%1 sent an answer Ringback cannot read while %2 (%3)").arg(m_provider, what, why);
}

Problem ProblemWords::badAnswer(const QString &what, const QString &why) const
{
    Problem p;
    p.kind = Problem::Kind::BadAnswer;
    p.detail = unreadable(what, why);
    return p;
}

QString ProblemWords::detailFor(Problem::Kind kind,
                                const net::HttpResponse &response,
                                const QString &what,
                                const ErrorBody &error) const
{
    switch (kind) {
    case Problem::Kind::Auth:
        return authRefused(response, error);
    case Problem::Kind::RateLimited:
        return slowDown(response, what);
    case Problem::Kind::Server:
        return serverTrouble(response.status, what);
    case Problem::Kind::Network:
    case Problem::Kind::Refused:
    case Problem::Kind::BadAnswer:
        break;
    }
    return refused(response, what, error);
}

Problem::Kind ProblemWords::kindOf(const net::HttpResponse &response, const ErrorBody &error) const
{
    Q_UNUSED(error)
    if (response.status == 401)
        return Problem::Kind::Auth;
    if (response.status == 429)
        return Problem::Kind::RateLimited;
    if (response.status >= 500)
        return Problem::Kind::Server;
    return Problem::Kind::Refused;
}

qint64 ProblemWords::retryAfterMs(const net::HttpResponse &response, const QDateTime &now) const
{
    return net::parseRetryAfter(response.header("Retry-After"), now).value_or(0);
}

} // namespace ringback::provider
