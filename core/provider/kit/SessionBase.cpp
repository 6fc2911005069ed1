#include "SessionBase.h"

#include "util/Clock.h"

namespace ringback::provider {

SessionBase::SessionBase(const QLoggingCategory &log, const ProblemWords &words)
    : m_log(log)
    , m_words(words)
    , m_clock(&Clock::system())
{}

void SessionBase::setClock(const Clock *clock)
{
    m_clock = clock ? clock : &Clock::system();
}

QDateTime SessionBase::now() const
{
    return m_clock->now();
}

qint64 SessionBase::nowMs() const
{
    return m_clock->nowMs();
}

void SessionBase::begin(ProviderEvents *sink)
{
    events = sink;
    resetState();
}

bool SessionBase::notRunning(const char *what, qint64 messageId) const
{
    if (running && events)
        return false;
    qCWarning(m_log) << what << "before start; ignored" << messageId;
    return true;
}

void SessionBase::end(const QString &detail)
{
    setState(ConnectionState::Disconnected, detail);
    events = nullptr;
}

void SessionBase::setState(ConnectionState state, const QString &detail)
{
    if (state == m_state && detail == m_detail)
        return;
    m_state = state;
    m_detail = detail;
    qCInfo(m_log).noquote() << "connection" << toString(state) << detail;
    if (events)
        events->connectionStateChanged(state, detail);
    if (stateChanged)
        stateChanged(state, detail);
}

void SessionBase::saveCursor(const QString &serialized)
{
    if (serialized == m_savedCursor || !events)
        return;
    m_savedCursor = serialized;
    events->cursorAdvanced(serialized);
}

void SessionBase::resetState()
{
    m_state = ConnectionState::Disconnected;
    m_detail.clear();
    m_savedCursor.clear();
}

Problem SessionBase::problemOf(const net::HttpResponse &response, const QString &what) const
{
    return m_words.classify(response, what, now());
}

Problem SessionBase::badAnswer(const QString &what, const QString &why) const
{
    return m_words.badAnswer(what, why);
}

} // namespace ringback::provider
