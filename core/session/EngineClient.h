#pragma once

#include "RingbackCoreExport.h"
#include "engine/Engine.h"
#include "engine/EngineConfig.h"
#include "provider/ProviderApi.h"
#include "util/Clock.h"

#include <QObject>
#include <QPointer>
#include <QSet>

#include <functional>
#include <type_traits>
#include <utility>
#include <vector>

namespace ringback {

// The engine as the window sees it. The engine, its database connection, the
// provider and the webhook receiver live on the engine's own thread
// (EngineSession); the window lives on the GUI thread and never waits for
// them. Every office action is a call(): the work runs on the engine's
// thread, and the answer comes back through the event loop to the object that
// asked, if it still exists:
//
//     client.call(this,
//                 [id](Engine &engine) { return engine.markSpam(id); },
//                 [this](const Status &ok) { ... show the outcome ... });
//
// What the window reads often without asking the engine (the rules, the
// templates, the connection state) is kept here, on the GUI thread: the
// rules as last given to setConfig(), the state as last signalled.
class RINGBACK_CORE_EXPORT EngineClient final : public QObject
{
    Q_OBJECT

public:
    // `engine` may live on another thread; `clock` must be safe to read from
    // both (Clock::system() and ManualClock are).
    EngineClient(Engine &engine, Clock &clock, EngineConfig config, QObject *parent = nullptr);
    ~EngineClient() override;
    Q_DISABLE_COPY_MOVE(EngineClient)

    const EngineConfig &config() const { return m_config; }
    // Keeps the rules here and hands a copy to the engine on its thread.
    void setConfig(const EngineConfig &config);
    Clock &clock() const { return m_clock; }
    ConnectionState connectionState() const { return m_state; }
    QString connectionDetail() const { return m_stateDetail; }

    // Runs work(engine) on the engine's thread, then done(result) on this
    // client's thread, unless `receiver` was destroyed in between.
    template<typename Work, typename Done>
    void call(const QObject *receiver, Work work, Done done)
    {
        using R = std::invoke_result_t<Work &, Engine &>;
        QPointer<const QObject> guard(receiver);
        QPointer<EngineClient> self(this);
        post([engine = &m_engine,
              replies = m_replies,
              self,
              guard,
              work = std::move(work),
              done = std::move(done)]() mutable {
            R result = work(*engine);
            // `replies` lives as long as the engine's thread runs (the session
            // stops that thread before it deletes the client).
            QMetaObject::invokeMethod(
                replies,
                [self, guard, done, result = std::move(result)]() mutable {
                    // What the work changed is delivered before its answer.
                    if (self)
                        self->flushChanges();
                    if (guard)
                        done(result);
                },
                Qt::QueuedConnection);
        });
    }
    // Runs work(engine) on the engine's thread; nobody waits for an answer.
    // Nothing runs after detach().
    void post(std::function<void()> work);
    // The engine is going away (EngineSession::close).
    void detach() { m_detached = true; }
    template<typename Work>
    void send(Work work)
    {
        post([engine = &m_engine, work = std::move(work)]() mutable { work(*engine); });
    }

    // Delivers the conversation changes heard so far now (they are otherwise
    // delivered once per pass of the event loop).
    void flushChanges();

signals:
    // Engine's signals, delivered on this client's thread. A conversation the
    // engine changed several times before the window's event loop came round
    // (stored, queued, sending, sent, delivered: a burst of calls) is
    // announced once, in the order first changed; always before the answer
    // of the call() that changed it and before a reply's replyReceived().
    void conversationChanged(qint64 conversationId);
    void replyReceived(qint64 conversationId, qint64 messageId);
    void providerStateChanged(ringback::ConnectionState state, const QString &detail);
    void problem(const QString &message);

private:
    Engine &m_engine;
    Clock &m_clock;
    EngineConfig m_config;
    ConnectionState m_state;
    QString m_stateDetail;
    // The context of answers on this client's thread.
    void changed(qint64 conversationId);

    QObject *m_replies;
    bool m_detached = false;
    std::vector<qint64> m_changed; // not delivered yet, first change first
    QSet<qint64> m_changedSet;
    bool m_flushPosted = false;
};

} // namespace ringback
