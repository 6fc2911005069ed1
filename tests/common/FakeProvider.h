#pragma once

// An in-process provider for engine tests: records every send, answers as
// scripted, and plays the carrier for reconciliation.

#include "provider/ProviderApi.h"

#include <QList>
#include <QSet>

#include <deque>

namespace ringback::test {

class FakeProvider final : public Provider
{
public:
    enum class Mode { Accept, Hold };

    Status configure(const ProviderContext &) override { return {}; }
    void start(ProviderEvents *events, const QString &cursor) override
    {
        m_events = events;
        startCursor = cursor;
        events->connectionStateChanged(ConnectionState::Connected, QString());
    }
    void stop() override { m_events = nullptr; }
    void send(const SendRequest &request) override
    {
        sent.append(request);
        sentAtMs.append(QDateTime::currentMSecsSinceEpoch());
        if (!scriptedFailures.empty()) {
            SendOutcome outcome = scriptedFailures.front();
            scriptedFailures.pop_front();
            outcome.messageId = request.messageId;
            if (m_events)
                m_events->sendFinished(outcome);
            return;
        }
        carrier.insert(request.messageId);
        if (mode == Mode::Hold)
            return; // the "crash": the carrier has it, Ringback never hears back
        SendOutcome outcome;
        outcome.messageId = request.messageId;
        outcome.accepted = true;
        outcome.providerMessageId = QStringLiteral("FAKE%1").arg(request.messageId);
        if (m_events)
            m_events->sendFinished(outcome);
    }
    void reconcile(const SendRequest &request) override
    {
        reconciled.append(request.messageId);
        ReconcileOutcome outcome;
        outcome.messageId = request.messageId;
        if (cannotTell) {
            outcome.found = ReconcileOutcome::Found::Unknown;
        } else if (carrier.contains(request.messageId)) {
            outcome.found = ReconcileOutcome::Found::Yes;
            outcome.providerMessageId = QStringLiteral("FAKE%1").arg(request.messageId);
        } else {
            outcome.found = ReconcileOutcome::Found::No;
        }
        if (m_events)
            m_events->reconciled(outcome);
    }

    void call(const QString &id,
              const QString &from,
              CallResult result,
              const QDateTime &endedAt,
              const QString &to = QStringLiteral("+15125550100"),
              int ringSeconds = 20)
    {
        ProviderCall c;
        c.providerId = id;
        c.from = from;
        c.to = to;
        c.result = result;
        c.startedAt = endedAt.addSecs(-ringSeconds);
        c.endedAt = endedAt;
        m_events->callEnded(c);
    }
    // A delivery report for the text with Ringback's outbox id messageId.
    void deliveryStatus(qint64 messageId,
                        MessageStatus status,
                        SendError error = SendError::None,
                        const QString &detail = QString())
    {
        StatusUpdate u;
        u.providerMessageId = QStringLiteral("FAKE%1").arg(messageId);
        u.status = status;
        u.error = error;
        u.errorDetail = detail;
        m_events->statusChanged(u);
    }
    void reply(const QString &id,
               const QString &from,
               const QString &body,
               const QDateTime &at,
               const QString &to = QStringLiteral("+15125550100"))
    {
        ProviderMessage m;
        m.providerId = id;
        m.from = from;
        m.to = to;
        m.body = body;
        m.at = at;
        m_events->messageReceived(m);
    }
    int sendsTo(const QString &to) const
    {
        int n = 0;
        for (const SendRequest &r : sent)
            n += r.to == to ? 1 : 0;
        return n;
    }

    Mode mode = Mode::Accept;
    bool cannotTell = false;
    QString startCursor;
    QList<SendRequest> sent;
    QList<qint64> sentAtMs;
    QList<qint64> reconciled;
    QSet<qint64> carrier; // message ids the "carrier" received
    std::deque<SendOutcome> scriptedFailures;

private:
    ProviderEvents *m_events = nullptr;
};

} // namespace ringback::test
