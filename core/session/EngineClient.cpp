#include "session/EngineClient.h"

namespace ringback {

EngineClient::EngineClient(Engine &engine, Clock &clock, EngineConfig config, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_clock(clock)
    , m_config(std::move(config))
    , m_state(engine.connectionState())
    , m_stateDetail(engine.connectionDetail())
    , m_replies(new QObject(this))
{
    // Queued when the engine lives on another thread: the signals arrive here
    // through this thread's event loop.
    connect(&engine, &Engine::conversationChanged, this, &EngineClient::changed);
    connect(&engine, &Engine::replyReceived, this, [this](qint64 conversationId, qint64 messageId) {
        flushChanges();
        emit replyReceived(conversationId, messageId);
    });
    connect(&engine, &Engine::problem, this, &EngineClient::problem);
    connect(&engine,
            &Engine::providerStateChanged,
            this,
            [this](ConnectionState state, const QString &detail) {
                m_state = state;
                m_stateDetail = detail;
                emit providerStateChanged(state, detail);
            });
}

EngineClient::~EngineClient() = default;

void EngineClient::setConfig(const EngineConfig &config)
{
    m_config = config;
    send([config](Engine &engine) { engine.setConfig(config); });
}

void EngineClient::changed(qint64 conversationId)
{
    if (m_changedSet.contains(conversationId))
        return;
    m_changedSet.insert(conversationId);
    m_changed.push_back(conversationId);
    if (!m_flushPosted) {
        m_flushPosted = true;
        QMetaObject::invokeMethod(this, &EngineClient::flushChanges, Qt::QueuedConnection);
    }
}

void EngineClient::flushChanges()
{
    m_flushPosted = false; // a flush posted earlier finds nothing to do
    if (m_changed.empty())
        return;
    std::vector<qint64> ids;
    ids.swap(m_changed);
    m_changedSet.clear();
    for (const qint64 id : ids)
        emit conversationChanged(id);
}

void EngineClient::post(std::function<void()> work)
{
    if (m_detached)
        return;
    QMetaObject::invokeMethod(&m_engine, std::move(work), Qt::QueuedConnection);
}

} // namespace ringback
