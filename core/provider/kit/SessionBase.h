#pragma once

// What every provider session holds whatever the provider: the engine's event
// sink, whether the provider runs, the connection state it last reported, the
// cursor it last handed over, the clock, and the provider's reading of its
// HTTP answers.

#include "Problem.h"
#include "provider/ProviderApi.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QString>

#include <functional>

namespace ringback {
class Clock;
}

namespace ringback::net {
class HttpClient;
}

namespace ringback::provider {

class SessionBase
{
public:
    ProviderEvents *events = nullptr;
    bool running = false;
    // Called after the state or its detail changed, after the engine was told.
    std::function<void(ConnectionState state, const QString &detail)> stateChanged;

    SessionBase(const QLoggingCategory &log, const ProblemWords &words);
    virtual ~SessionBase() = default;
    SessionBase(const SessionBase &) = delete;
    SessionBase &operator=(const SessionBase &) = delete;

    // The host's clock (ProviderContext::clock); the system clock when null.
    void setClock(const Clock *clock);
    const Clock &clock() const { return *m_clock; }
    QDateTime now() const;
    qint64 nowMs() const;

    // Provider::start(): takes the engine's sink and forgets the last run.
    void begin(ProviderEvents *sink);
    // Provider::send() and reconcile() before start() or after stop(): true,
    // and logs "<what> before start; ignored <messageId>".
    bool notRunning(const char *what, qint64 messageId) const;
    // Provider::stop(), once the work is cancelled: reports Disconnected with
    // `detail` and lets go of the sink.
    void end(const QString &detail);

    // Reports the state to the engine when it or its detail changed.
    void setState(ConnectionState state, const QString &detail);
    ConnectionState state() const { return m_state; }
    QString detail() const { return m_detail; }
    // Hands the serialized cursor to the engine when it changed.
    void saveCursor(const QString &serialized);
    // Forgets the reported state and cursor (the provider stopped).
    virtual void resetState();

    // `what` names the request for the office ("listing calls").
    Problem problemOf(const net::HttpResponse &response, const QString &what) const;
    Problem badAnswer(const QString &what, const QString &why) const;

private:
    const QLoggingCategory &m_log;
    const ProblemWords &m_words;
    const Clock *m_clock;
    ConnectionState m_state = ConnectionState::Disconnected;
    QString m_detail;
    QString m_savedCursor;
};

// A session with the provider's settings, endpoints and HTTP client.
template<typename SettingsT, typename EndpointsT, typename HttpT = net::HttpClient>
class SessionOf : public SessionBase
{
public:
    using SessionBase::SessionBase;

    SettingsT settings;
    EndpointsT endpoints;
    HttpT *http = nullptr;
};

// The same with the provider's cursor (anything with serialize()).
template<typename SettingsT,
         typename EndpointsT,
         typename CursorT,
         typename HttpT = net::HttpClient>
class CursorSessionOf : public SessionOf<SettingsT, EndpointsT, HttpT>
{
    using Base = SessionOf<SettingsT, EndpointsT, HttpT>;

public:
    using Base::Base;

    CursorT cursor;

    // Hands the cursor to the engine when it changed.
    void saveCursor() { this->SessionBase::saveCursor(cursor.serialize()); }
};

} // namespace ringback::provider
