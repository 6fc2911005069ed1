#include "RingCentralSession.h"

#include <QCoreApplication>

namespace ringback::ringcentral {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ringback::RingCentralProvider)
};

// Without Retry-After RingCentral's penalty box lasts 60 s; wait at least 30.
constexpr qint64 kDefaultRateLimitWaitMs = 30000;

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
    qCInfo(lcRingCentral).noquote() << "connection" << toString(state) << detail;
    if (events)
        events->connectionStateChanged(state, detail);
}

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

void Session::saveCursor()
{
    const QString text = cursor.serialize();
    if (text == m_savedCursor || !events)
        return;
    m_savedCursor = text;
    events->cursorAdvanced(text);
}

void Session::resetState()
{
    m_state = ConnectionState::Disconnected;
    m_detail.clear();
    m_savedCursor.clear();
    streaming = false;
}

Problem Session::problemOf(const net::HttpResponse &response, const QString &what)
{
    Problem p;
    using F = net::HttpResponse::Failure;
    if (response.failure != F::None) {
        p.kind
            = response.failure == F::TooLarge ? Problem::Kind::BadAnswer : Problem::Kind::Network;
        p.detail = Tr::tr("Cannot reach RingCentral while %1: %2").arg(what, response.describe());
        return p;
    }
    const ApiError error = parseError(response.status, response.body);
    p.code = error.code;
    const QString code = error.code.isEmpty() ? QString() : QLatin1Char(' ') + error.code;
    if (response.status == 401) {
        p.kind = Problem::Kind::Auth;
        p.detail = Tr::tr("RingCentral refused the app's credentials or token (401%1)").arg(code);
    } else if (response.status == 429 || mapErrorCode(error.code) == SendError::RateLimited) {
        p.kind = Problem::Kind::RateLimited;
        p.retryAfterMs = net::parseRetryAfter(response.header("Retry-After"), now())
                             .value_or(kDefaultRateLimitWaitMs);
        const QByteArray group = response.header("X-Rate-Limit-Group");
        p.detail = group.isEmpty()
                       ? Tr::tr("RingCentral asked Ringback to slow down (429) while %1").arg(what)
                       : Tr::tr("RingCentral asked Ringback to slow down (429, %1 group) while %2")
                             .arg(QString::fromLatin1(group), what);
    } else if (response.status >= 500) {
        p.kind = Problem::Kind::Server;
        p.detail = Tr::tr("RingCentral is having trouble (HTTP %1) while %2")
                       .arg(response.status)
                       .arg(what);
    } else {
        p.kind = Problem::Kind::Refused;
        p.detail = Tr::tr("RingCentral refused %1 (HTTP %2%3: %4)")
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
    p.detail
        = Tr::tr("RingCentral sent an answer Ringback cannot read while %1 (%2)").arg(what, why);
    return p;
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
