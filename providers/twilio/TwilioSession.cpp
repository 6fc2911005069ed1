#include "TwilioSession.h"

#include <QCoreApplication>

namespace ringback::twilio {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ringback::TwilioProvider)
};

} // namespace

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

void Session::setState(ConnectionState state, const QString &detail)
{
    if (state == m_state && detail == m_detail)
        return;
    m_state = state;
    m_detail = detail;
    qCInfo(lcTwilio).noquote() << "connection" << toString(state) << detail;
    if (events)
        events->connectionStateChanged(state, detail);
}

void Session::saveCursor()
{
    const QString text = cursor.serialize();
    if (text == m_savedCursor || !events)
        return;
    m_savedCursor = text;
    events->cursorAdvanced(text);
}

Problem Session::problemOf(const net::HttpResponse &response, const QString &what)
{
    Problem p;
    using F = net::HttpResponse::Failure;
    if (response.failure != F::None) {
        p.kind
            = response.failure == F::TooLarge ? Problem::Kind::BadAnswer : Problem::Kind::Network;
        p.detail = Tr::tr("Cannot reach Twilio while %1: %2").arg(what, response.describe());
        return p;
    }
    const ApiError error = parseError(response.status, response.body);
    const QString code = error.code ? QStringLiteral(" %1").arg(error.code) : QString();
    if (response.status == 401) {
        p.kind = Problem::Kind::Auth;
        p.detail = Tr::tr("Twilio refused the Account SID or Auth Token (401)");
    } else if (response.status == 429 || error.code == 20429) {
        p.kind = Problem::Kind::RateLimited;
        p.retryAfterMs = net::parseRetryAfter(response.header("Retry-After"), now()).value_or(0);
        p.detail = Tr::tr("Twilio asked Ringback to slow down (429) while %1").arg(what);
    } else if (response.status >= 500) {
        p.kind = Problem::Kind::Server;
        p.detail
            = Tr::tr("Twilio is having trouble (HTTP %1) while %2").arg(response.status).arg(what);
    } else {
        p.kind = Problem::Kind::Refused;
        p.detail = Tr::tr("Twilio refused %1 (HTTP %2%3: %4)")
                       .arg(what)
                       .arg(response.status)
                       .arg(code, error.message.isEmpty() ? Tr::tr("no details") : error.message);
    }
    return p;
}

Problem Session::badAnswer(const QString &what, const QString &why)
{
    Problem p;
    p.kind = Problem::Kind::BadAnswer;
    p.detail = Tr::tr("Twilio sent an answer Ringback cannot read while %1 (%2)").arg(what, why);
    return p;
}

} // namespace ringback::twilio
