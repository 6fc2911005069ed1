#include "engine/Outbox.h"

#include "engine/EngineConfig.h"
#include "engine/RetryPolicy.h"
#include "store/Database.h"
#include "store/Queries.h"

#include <QLoggingCategory>

#include <algorithm>

namespace ringback {

Q_DECLARE_LOGGING_CATEGORY(lcEngine)

Outbox::Outbox(Database &db,
               Provider &provider,
               const QString &providerId,
               const EngineConfig &config,
               Clock &clock,
               OutboxHooks &hooks)
    : m_db(db)
    , m_store(db)
    , m_provider(provider)
    , m_providerId(providerId)
    , m_config(config)
    , m_clock(clock)
    , m_hooks(hooks)
{
    m_timer.setSingleShot(true);
    QObject::connect(&m_timer, &QTimer::timeout, [this] { process(); });
    m_sendTimeout.setSingleShot(true);
    QObject::connect(&m_sendTimeout, &QTimer::timeout, [this] {
        if (!m_inFlight)
            return;
        SendOutcome timedOut;
        timedOut.messageId = m_inFlight;
        timedOut.error = SendError::ProviderDown;
        timedOut.errorDetail = tr("the provider did not answer in time");
        sendFinished(timedOut);
    });
}

void Outbox::start()
{
    m_running = true;
    // Anything left "sending" by a crash: the provider may have it. Ask first.
    m_hooks.report(QT_TR_NOOP("reconcile interrupted sends"),
                   m_store.sendingToUnsure(m_clock.nowMs()));
}

void Outbox::stop()
{
    m_running = false;
    m_timer.stop();
    m_sendTimeout.stop();
}

Status Outbox::queue(qint64 conversationId,
                     MessageKind kind,
                     const QString &body,
                     qint64 callId,
                     qint64 sendAtMs,
                     bool quietOk)
{
    const qint64 now = m_clock.nowMs();
    Message m;
    m.conversationId = conversationId;
    m.callId = callId;
    m.provider = m_providerId;
    m.direction = Direction::Out;
    m.kind = kind;
    m.body = body;
    m.status = MessageStatus::Queued;
    m.at = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC);
    const auto id = m_store.insertMessage(m);
    if (!id)
        return Error(id.errorMessage());
    Status s = m_store.enqueue(id.value(), std::max(now, sendAtMs), quietOk);
    if (s)
        s = m_store.touchConversation(conversationId, now, body, 0);
    return s;
}

void Outbox::schedule(qint64 dueMs)
{
    const qint64 wait = std::max<qint64>(0, dueMs - m_clock.nowMs());
    if (!m_timer.isActive() || m_timer.remainingTime() > wait)
        m_timer.start(static_cast<int>(std::min<qint64>(wait, 24LL * 3600 * 1000)));
}

void Outbox::process()
{
    if (!m_running || m_inFlight)
        return;
    const qint64 now = m_clock.nowMs();
    const qint64 spacing
        = m_config.sendRatePerSecond > 0 ? qint64(1000.0 / m_config.sendRatePerSecond) : 0;
    if (m_lastSendMs && now - m_lastSendMs < spacing) {
        schedule(m_lastSendMs + spacing);
        return;
    }
    reconcileUnsure();
    if (m_inFlight)
        return;
    sendNext();
    if (!m_inFlight) {
        if (const auto due = m_store.nextDueMs())
            schedule(*due);
    }
}

void Outbox::reconcileUnsure()
{
    const auto unsure = m_store.outbox(QStringLiteral("unsure"), m_clock.nowMs(), 1);
    if (!unsure || unsure->empty())
        return;
    const OutboxItem &item = unsure->front();
    m_inFlight = item.messageId;
    m_inFlightAttempts = item.attempts;
    SendRequest request{item.messageId,
                        item.from,
                        item.to,
                        item.body,
                        QDateTime::fromMSecsSinceEpoch(item.firstAttemptMs, Qt::UTC)};
    qCInfo(lcEngine) << "asking the provider about interrupted message" << item.messageId;
    m_sendTimeout.start(m_config.sendTimeoutMs);
    m_provider.reconcile(request);
}

void Outbox::sendNext()
{
    const auto due = m_store.outbox(QStringLiteral("queued"), m_clock.nowMs(), 1);
    if (!due) {
        m_hooks.report(QT_TR_NOOP("read the outbox"), Error(due.errorMessage()));
        return;
    }
    if (due->empty())
        return;
    const OutboxItem &item = due->front();
    // Re-check the opt-out at send time: a STOP may have arrived meanwhile.
    {
        Transaction tx(m_db);
        const bool optedOut
            = item.optOut == OptOutState::OptedOut && item.kind != MessageKind::System;
        // A probable opt-out stops automation until a person has looked at it.
        const bool probable
            = item.optOut == OptOutState::Probable && item.kind == MessageKind::Auto;
        if (optedOut || probable) {
            Status ok = m_store.markFailed(
                item.messageId,
                optedOut ? tr("not sent: the number opted out before it went out")
                         : tr("not sent: a probable opt-out is waiting for review"));
            if (ok)
                ok = tx.commit();
            m_hooks.report(QT_TR_NOOP("cancel a message to an opted-out number"), ok);
            process();
            return;
        }
        // The line-type gate, quiet hours in the caller's time zone: wait.
        if (const auto until = m_hooks.holdBeforeSending(item)) {
            Status ok = m_store.deferUntil(item.messageId, *until);
            if (ok)
                ok = tx.commit();
            m_hooks.report(QT_TR_NOOP("hold a message for quiet hours"), ok);
            process();
            return;
        }
        Status ok = m_store.markSending(item.messageId, m_clock.nowMs());
        if (ok)
            ok = tx.commit();
        if (!ok) {
            m_hooks.report(QT_TR_NOOP("mark a message as sending"), ok);
            return;
        }
    }
    m_inFlight = item.messageId;
    m_inFlightAttempts = item.attempts + 1;
    m_lastSendMs = m_clock.nowMs();
    SendRequest request{item.messageId,
                        item.from,
                        item.to,
                        item.body,
                        QDateTime::fromMSecsSinceEpoch(
                            item.firstAttemptMs ? item.firstAttemptMs : m_lastSendMs, Qt::UTC)};
    m_sendTimeout.start(m_config.sendTimeoutMs);
    m_provider.send(request);
}

void Outbox::applyRetry(qint64 messageId, int attempts, const SendOutcome &outcome)
{
    // 429: the provider did not process the request. 5xx or timeout: it may
    // have gone out, so ask before any resend.
    const AttemptFailure failure = outcome.error == SendError::RateLimited
                                       ? AttemptFailure::RateLimited
                                       : AttemptFailure::Unsure;
    const RetryStep step = afterFailedAttempt(failure,
                                              attempts,
                                              m_config.maxAttempts,
                                              m_clock.nowMs(),
                                              outcome.retryAfterMs,
                                              outcome.errorDetail);
    Status ok;
    switch (step.action) {
    case RetryStep::Action::Fail:
        ok = m_store.markFailed(messageId, step.failure);
        break;
    case RetryStep::Action::AskFirst:
        ok = m_store.markUnsure(messageId, step.dueMs, outcome.errorDetail);
        break;
    case RetryStep::Action::Reschedule:
        ok = m_store.reschedule(messageId, step.dueMs, outcome.errorDetail);
        break;
    }
    m_hooks.report(QT_TR_NOOP("reschedule a message"), ok);
}

void Outbox::sendFinished(const SendOutcome &outcome)
{
    if (outcome.messageId != m_inFlight)
        return; // a late answer after a timeout was already handled
    m_sendTimeout.stop();
    const int attempts = m_inFlightAttempts;
    m_inFlight = 0;

    const auto message = Queries(m_db).message(outcome.messageId);
    const qint64 conversationId = message ? message->conversationId : 0;
    Transaction tx(m_db);
    Status ok;
    bool contactChanged = false;
    if (outcome.accepted) {
        ok = m_store.markAccepted(outcome.messageId, outcome.providerMessageId, outcome.status);
    } else if (outcome.error == SendError::RateLimited
               || outcome.error == SendError::ProviderDown) {
        applyRetry(outcome.messageId, attempts, outcome);
    } else {
        const QString reason
            = outcome.errorDetail.isEmpty() ? toString(outcome.error) : outcome.errorDetail;
        ok = m_store.markFailed(outcome.messageId, reason);
        if (ok && message)
            ok = m_hooks.refused(conversationId, outcome.error, reason, &contactChanged);
    }
    if (ok)
        ok = tx.commit();
    m_hooks.report(QT_TR_NOOP("record a send result"), ok);
    const auto conversation
        = ok && contactChanged ? m_store.conversation(conversationId) : std::nullopt;
    if (conversation)
        m_hooks.contactUpdated(conversation->contactNumber); // every line it now covers
    else if (conversationId)
        m_hooks.conversationUpdated(conversationId);
    process();
}

void Outbox::reconciled(const ReconcileOutcome &outcome)
{
    if (outcome.messageId != m_inFlight)
        return;
    m_sendTimeout.stop();
    const int attempts = m_inFlightAttempts;
    m_inFlight = 0;
    const auto message = Queries(m_db).message(outcome.messageId);
    Transaction tx(m_db);
    Status ok;
    switch (outcome.found) {
    case ReconcileOutcome::Found::Yes:
        ok = m_store.markAccepted(outcome.messageId, outcome.providerMessageId, outcome.status);
        break;
    case ReconcileOutcome::Found::No: {
        // The provider never got it: sending now is the first delivery.
        const RetryStep step = afterNotFound(attempts, m_config.maxAttempts, m_clock.nowMs());
        ok = step.action == RetryStep::Action::Fail
                 ? m_store.markFailed(outcome.messageId, step.failure)
                 : m_store.reschedule(outcome.messageId, step.dueMs, outcome.detail);
        break;
    }
    case ReconcileOutcome::Found::Unknown:
        ok = m_store.markFailed(
            outcome.messageId,
            tr("interrupted while sending and the provider could not confirm it; not resent "
               "so the caller is not texted twice (%1)")
                .arg(outcome.detail));
        break;
    }
    if (ok)
        ok = tx.commit();
    m_hooks.report(QT_TR_NOOP("record a reconciliation"), ok);
    if (message)
        m_hooks.conversationUpdated(message->conversationId);
    process();
}

void Outbox::statusChanged(const StatusUpdate &update)
{
    Transaction tx(m_db);
    Status ok = m_store.updateStatus(
        m_providerId, update.providerMessageId, update.status, update.errorDetail);
    const auto conversationId
        = m_store.conversationOfMessage(m_providerId, update.providerMessageId);
    // Undelivered later (Twilio 30006 arrives as a status): remembered too.
    bool contactChanged = false;
    if (ok && conversationId
        && (update.error == SendError::Landline || update.error == SendError::InvalidNumber))
        ok = m_hooks.refused(*conversationId,
                             update.error,
                             update.errorDetail.isEmpty() ? toString(update.error)
                                                          : update.errorDetail,
                             &contactChanged);
    if (ok)
        ok = tx.commit();
    m_hooks.report(QT_TR_NOOP("record a delivery status"), ok);
    if (ok && conversationId)
        m_hooks.conversationUpdated(*conversationId);
}

} // namespace ringback
