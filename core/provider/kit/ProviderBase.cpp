#include "ProviderBase.h"

#include "SenderBase.h"
#include "SessionBase.h"
#include "net/HttpClient.h"

namespace ringback::provider {

namespace {

constexpr int kRequestTimeoutMs = 30000;

} // namespace

ProviderBase::ProviderBase(SessionBase &session, SenderBase &sender, Words words)
    : m_session(session)
    , m_sender(sender)
    , m_words(std::move(words))
{}

Status ProviderBase::configure(const ProviderContext &context)
{
    m_session.setClock(context.clock);
    const Status status = configureWith(context);
    m_configured = bool(status);
    return status;
}

void ProviderBase::start(ProviderEvents *events, const QString &cursor)
{
    if (!m_configured || !events)
        return;
    m_session.begin(events);
    m_session.running = true;
    begin(cursor);
}

void ProviderBase::stop()
{
    leave();
    if (!m_session.running)
        return;
    m_session.running = false;
    halt();
    m_sender.clear();
    m_session.end(m_words.stopped);
}

void ProviderBase::shutDown()
{
    m_session.events = nullptr;
    leave();
    m_session.running = false;
    halt();
    m_sender.clear();
}

void ProviderBase::send(const SendRequest &request)
{
    if (!m_session.notRunning("send", request.messageId))
        m_sender.send(request);
}

void ProviderBase::reconcile(const SendRequest &request)
{
    if (!m_session.notRunning("reconcile", request.messageId))
        m_sender.reconcile(request);
}

void ProviderBase::testConnection(std::function<void(const ConnectionCheck &)> done)
{
    if (!m_configured) {
        done({false, m_words.incomplete});
        return;
    }
    check(std::move(done));
}

void setUpHttp(net::HttpClient &http)
{
    http.setUserAgent(QByteArrayLiteral("Ringback/") + QByteArrayLiteral(RINGBACK_VERSION));
    net::HttpClient::Options options;
    options.timeoutMs = kRequestTimeoutMs;
    http.setDefaultOptions(options);
}

} // namespace ringback::provider
