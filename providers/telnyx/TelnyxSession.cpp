#include "TelnyxSession.h"

#include "net/Http.h"

#include <QCoreApplication>

namespace ringback::telnyx {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ringback::TelnyxProvider)
};

} // namespace

void Session::setState(ConnectionState state, const QString &detail)
{
    if (state == m_state && detail == m_detail)
        return;
    m_state = state;
    m_detail = detail;
    qCInfo(lcTelnyx).noquote() << "connection" << toString(state) << detail;
    if (events)
        events->connectionStateChanged(state, detail);
}

QString Session::describe(const net::HttpResponse &response, const QString &what)
{
    using F = net::HttpResponse::Failure;
    if (response.failure != F::None)
        return Tr::tr("Cannot reach Telnyx while %1: %2").arg(what, response.describe());
    const ApiError error = parseError(response.body);
    if (response.status == 401 || response.status == 403 || error.code == QLatin1String("10009"))
        return Tr::tr("Telnyx refused the API key (HTTP %1)").arg(response.status);
    if (response.status == 429)
        return Tr::tr("Telnyx asked Ringback to slow down (429) while %1").arg(what);
    if (response.status >= 500)
        return Tr::tr("Telnyx is having trouble (HTTP %1) while %2").arg(response.status).arg(what);
    return Tr::tr("Telnyx refused %1 (HTTP %2: %3)")
        .arg(what)
        .arg(response.status)
        .arg(error.text());
}

ConnectionState Session::stateFor(const net::HttpResponse &response)
{
    using F = net::HttpResponse::Failure;
    if (response.failure == F::TooLarge)
        return ConnectionState::Error;
    if (response.failure != F::None || response.status == 429 || response.status >= 500)
        return ConnectionState::Reconnecting;
    if (response.status == 401 || response.status == 403)
        return ConnectionState::AuthFailed;
    return ConnectionState::Error;
}

qint64 Session::retryAfterMs(const net::HttpResponse &response)
{
    if (const auto wait = net::parseRetryAfter(response.header("Retry-After"), now()))
        return *wait;
    // x-ratelimit-reset: seconds until the window resets (PROVIDERS.md 3.6).
    bool ok = false;
    const double seconds = response.header("x-ratelimit-reset").trimmed().toDouble(&ok);
    if (ok && seconds > 0)
        return qint64(std::min(seconds, 86400.0) * 1000);
    return 0;
}

} // namespace ringback::telnyx
