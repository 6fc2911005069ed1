#pragma once

// What every provider does the same way around its own work: configure()
// hands the host's clock to the session before reading the settings;
// start() runs only once configured, with the engine's sink; stop() lets go
// of what start() registered, cancels the work and reports Disconnected;
// send() and reconcile() before start() or after stop() are logged and
// ignored; testConnection() before a successful configure() says the
// settings are incomplete. The words are each provider's own.

#include "RingbackCoreExport.h"
#include "provider/ProviderApi.h"

#include <QLoggingCategory>
#include <QObject>

#include <functional>

namespace ringback::net {
class HttpClient;
}

namespace ringback::provider {

class SenderBase;
class SessionBase;

class RINGBACK_CORE_EXPORT ProviderBase : public QObject, public Provider
{
    Q_OBJECT

public:
    struct Words
    {
        QString stopped;    // the state's detail after stop()
        QString incomplete; // testConnection() before configure() succeeded
    };

    Status configure(const ProviderContext &context) final;
    void start(ProviderEvents *events, const QString &cursor) final;
    void stop() final;
    void send(const SendRequest &request) final;
    void reconcile(const SendRequest &request) final;
    void testConnection(std::function<void(const ConnectionCheck &)> done) final;

protected:
    ProviderBase(SessionBase &session, SenderBase &sender, Words words);

    // Reads the settings; the session already has the context's clock.
    virtual Status configureWith(const ProviderContext &context) = 0;
    // The session runs with the engine's sink: take up the cursor and begin.
    virtual void begin(const QString &cursor) = 0;
    // stop() while running, before the sender forgets: cancel every request
    // and wait.
    virtual void halt() = 0;
    // stop(), running or not: let go of what start() registered.
    virtual void leave() {}
    // testConnection() once configured.
    virtual void check(std::function<void(const ConnectionCheck &)> done) = 0;

    bool configured() const { return m_configured; }
    // For the provider's destructor: lets go and cancels everything, running
    // or not, without a word to the engine (it may be gone already).
    void shutDown();

private:
    SessionBase &m_session;
    SenderBase &m_sender;
    const Words m_words;
    bool m_configured = false;
};

// A provider's HTTP client as every plugin sets it up: Ringback's user agent
// and a 30-second timeout.
RINGBACK_CORE_EXPORT void setUpHttp(net::HttpClient &http);

// Reads the saved cursor into `session.cursor` (the cursor type's
// parse(text, now, &readable)), and logs one that cannot be read.
template<typename Session>
void readCursor(Session &session, const QString &text, const QLoggingCategory &log)
{
    bool readable = true;
    session.cursor = decltype(session.cursor)::parse(text, session.now(), &readable);
    if (!readable)
        qCWarning(log) << "the saved position is unreadable; starting from now";
}

} // namespace ringback::provider
