#pragma once

#include "provider/ProviderApi.h"

#include <QHash>
#include <QObject>
#include <QRandomGenerator>
#include <QSet>
#include <QTimer>

namespace ringback {

// The embedded default provider: a pretend phone line that produces realistic
// contractor traffic, so Ringback can be tried without an account, and a
// deterministic driver for tests (fixed seed, injected events).
//
// It behaves like a real carrier where it matters to the engine: a sent
// message is written to the "carrier log" (sent.jsonl in the provider's data
// folder) before it is acknowledged, so reconcile() can tell after a crash
// whether the carrier has it; after STOP it refuses to send (as carriers do).
class SimulatorProvider final : public QObject, public Provider
{
    Q_OBJECT

public:
    SimulatorProvider();
    ~SimulatorProvider() override;

    Status configure(const ProviderContext &context) override;
    void start(ProviderEvents *events, const QString &cursor) override;
    void stop() override;
    void send(const SendRequest &request) override;
    void reconcile(const SendRequest &request) override;
    // {"type": "call", "from": "+1512...", "result": "no-answer", "id": "optional",
    //  "ring_seconds": 1}   ring_seconds optional: how long it rang (default 15-30 s)
    // {"type": "reply", "from": "+1512...", "body": "...", "media": ["photo", "file:///..."]}
    //   "media" (optional) makes it an MMS: "photo" is the simulator's own
    //   picture (copied into its data folder), anything else is passed on as
    //   the media URL as it is
    // {"type": "send_failure", "error": "provider-down|rate-limited|opted-out|invalid-number",
    //  "delivered": true|false}   the next send fails; "delivered" means the carrier got it anyway
    Status inject(const QVariantMap &event) override;
    // Always succeeds: there is no account to check.
    void testConnection(std::function<void(const ConnectionCheck &)> done) override;

private:
    void scheduleNextCall();
    void generateCall();
    // ringSeconds 0: a random ring of 15-30 s.
    void emitCall(const QString &from, CallResult result, const QString &id, int ringSeconds = 0);
    void emitReply(const QString &from, const QString &body, const QStringList &media = {});
    QString photoUrl(const QString &messageId, int index) const;
    bool carrierHas(const SendRequest &request, QString *providerId) const;
    Status appendToCarrierLog(const SendRequest &request, const QString &providerId);

    ProviderEvents *m_events = nullptr;
    QString m_line;
    double m_callsPerMinute = 2;
    double m_missedRatio = 0.6;
    double m_replyProbability = 0.7;
    int m_replyDelayMs = 6000;
    QRandomGenerator m_random;
    QString m_logPath;
    QString m_dataDir;
    QTimer m_callTimer;
    qint64 m_counter = 0;
    QHash<QString, int> m_repliesGiven; // caller -> replies sent so far
    QSet<QString> m_stopped;            // the carrier's own opt-out list
    std::optional<QVariantMap> m_nextFailure;
    bool m_running = false;
};

} // namespace ringback
