#include "engine/Engine.h"

#include "engine/Keywords.h"
#include "engine/TextBackPolicy.h"
#include "phone/PhoneNumber.h"
#include "store/Queries.h"

#include <QLoggingCategory>
#include <QRandomGenerator>

namespace ringback {

Q_LOGGING_CATEGORY(lcEngine, "ringback.core.engine")

namespace {

constexpr int kMaxBodyLength = 1600; // Twilio's and Quo's limit
constexpr qint64 kMaxBackoffMs = 5 * 60 * 1000;

QString normalised(const QString &raw, const QString &region)
{
    const auto parsed = PhoneNumber::parse(raw, region);
    return parsed ? parsed->e164() : raw.trimmed();
}

} // namespace

Engine::Engine(Database &db,
               Provider &provider,
               QString providerId,
               EngineConfig config,
               Clock &clock,
               QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_store(db)
    , m_ledger(db)
    , m_provider(provider)
    , m_providerId(std::move(providerId))
    , m_config(std::move(config))
    , m_clock(clock)
    , m_triage(m_config.urgencyRules)
{
    m_outboxTimer.setSingleShot(true);
    connect(&m_outboxTimer, &QTimer::timeout, this, &Engine::processOutbox);
    m_sendTimeout.setSingleShot(true);
    connect(&m_sendTimeout, &QTimer::timeout, this, [this] {
        if (!m_inFlight)
            return;
        SendOutcome timedOut;
        timedOut.messageId = m_inFlight;
        timedOut.error = SendError::ProviderDown;
        timedOut.errorDetail = tr("the provider did not answer in time");
        sendFinished(timedOut);
    });
}

Engine::~Engine()
{
    stop();
}

void Engine::start()
{
    if (m_running)
        return;
    m_running = true;
    m_startedMs = m_clock.nowMs();
    // Anything left "sending" by a crash: the provider may have it. Ask first.
    report(QT_TR_NOOP("reconcile interrupted sends"), m_store.sendingToUnsure(m_clock.nowMs()));
    m_provider.start(this, m_store.cursor(m_providerId));
    processOutbox();
}

void Engine::stop()
{
    if (!m_running)
        return;
    m_running = false;
    m_outboxTimer.stop();
    m_sendTimeout.stop();
    m_provider.stop();
}

void Engine::report(const char *what, const Status &status)
{
    if (status)
        return;
    qCWarning(lcEngine).noquote() << what << "failed:" << status.errorMessage();
    //: %1 is what failed, e.g. "store a call"; %2 the reason.
    emit problem(tr("Could not %1: %2").arg(tr(what), status.errorMessage()));
}

void Engine::callEnded(const ProviderCall &pc)
{
    const qint64 now = m_clock.nowMs();
    const auto contact = PhoneNumber::parse(pc.from, m_config.homeRegion);
    const QString from = contact ? contact->e164() : pc.from.trimmed().left(64);
    const QString business = normalised(pc.to, m_config.homeRegion);

    Transaction tx(m_db);
    const auto known = m_store.hasCall(m_providerId, pc.providerId);
    if (!known) {
        report(QT_TR_NOOP("store a call"), Error(known.errorMessage()));
        return;
    }
    if (known.value())
        return; // already stored: the same call reported twice is one call

    const auto conversationId = m_store.ensureConversation(from, business, now);
    if (!conversationId) {
        report(QT_TR_NOOP("store a call"), Error(conversationId.errorMessage()));
        return;
    }
    const auto facts = m_store.facts(conversationId.value());
    const auto blocked = m_store.isListed(from, Store::kBlockList);
    const auto knownContact = m_store.isListed(from, Store::kKnownList);
    if (!facts || !blocked || !knownContact) {
        report(QT_TR_NOOP("store a call"),
               Error(!facts     ? facts.errorMessage()
                     : !blocked ? blocked.errorMessage()
                                : knownContact.errorMessage()));
        return;
    }
    CallContext context;
    context.result = pc.result;
    context.ringSeconds = pc.ringSeconds > 0 ? pc.ringSeconds : -1;
    if (context.ringSeconds < 0 && isMissed(pc.result) && pc.startedAt.isValid()
        && pc.endedAt.isValid())
        context.ringSeconds = int(pc.startedAt.secsTo(pc.endedAt));
    context.rawFrom = pc.from;
    context.contact = contact;
    context.businessNumber = business;
    context.homeRegion = m_config.homeRegion;
    context.callEndedMs = (pc.endedAt.isValid() ? pc.endedAt : pc.startedAt).toMSecsSinceEpoch();
    context.nowMs = now;
    context.engineStartedMs = m_startedMs;
    context.blocked = blocked.value();
    context.knownContact = knownContact.value();
    context.facts = facts.value();
    bool firstAutoText = false;
    if (const Status screened = screenCall(context, from, &firstAutoText); !screened) {
        report(QT_TR_NOOP("store a call"), screened);
        return;
    }
    CallDecision decision = decideTextBack(context, m_config.rules);
    QString text;
    if (decision.decision == Decision::Texted) {
        const auto conversation = m_store.conversation(conversationId.value());
        const QString firstName
            = conversation ? conversation->displayName.section(QLatin1Char(' '), 0, 0) : QString();
        const auto rendered
            = m_config.render(m_config.templateText(decision.templateId), firstName, business);
        if (rendered) {
            // First contact names the business and says how to opt out.
            text = firstAutoText ? withOptOutHint(rendered.value()) : rendered.value();
        } else {
            // A broken template is never sent: hold the call and say why.
            decision = {Decision::Held,
                        QStringLiteral("template_error"),
                        tr("not sent: the \"%1\" template has an error: %2")
                            .arg(decision.templateId, rendered.errorMessage()),
                        QString(),
                        0};
        }
    }

    Call call;
    call.conversationId = conversationId.value();
    call.provider = m_providerId;
    call.providerId = pc.providerId;
    call.from = from;
    call.to = business;
    call.startedAt = pc.startedAt;
    call.endedAt = pc.endedAt;
    call.result = pc.result;
    call.durationSeconds = pc.durationSeconds;
    call.decision = decision.decision;
    call.decisionCode = decision.code;
    call.decisionReason = decision.reason;
    const auto callId = m_store.insertCall(call, now);
    if (!callId) {
        report(QT_TR_NOOP("store a call"), Error(callId.errorMessage()));
        return;
    }
    const QString preview = isMissed(pc.result) ? tr("Missed call") : tr("Answered call");
    Status ok = m_store.touchConversation(conversationId.value(), context.callEndedMs, preview, 0);
    // A missed call (texted or held) waits for a call-back (EngineLeads.cpp).
    if (ok && isMissed(pc.result))
        ok = leadsAfterMissedCall(conversationId.value(),
                                  context.callEndedMs,
                                  context.contact.isOk() && !context.blocked,
                                  decision.code);
    // The caller called again and got through: a delayed opener is withdrawn.
    if (ok && pc.result == CallResult::Answered) {
        const auto canceled = m_store.cancelPendingAutoTexts(
            conversationId.value(),
            QStringLiteral("canceled_answered"),
            tr("not sent: the caller called again and was answered"));
        ok = canceled ? Status() : Status(Error(canceled.errorMessage()));
    }
    if (ok && decision.decision == Decision::Texted) {
        ok = queueMessage(conversationId.value(),
                          MessageKind::Auto,
                          text,
                          callId.value(),
                          decision.sendAtMs,
                          decision.quietExempt);
    }
    if (ok)
        ok = tx.commit();
    report(QT_TR_NOOP("store a call"), ok);
    if (!ok)
        return;
    qCInfo(lcEngine).noquote() << "call" << pc.providerId << toString(pc.result) << "->"
                               << toString(decision.decision) << decision.code;
    emit conversationChanged(conversationId.value());
    processOutbox();
}

Status Engine::queueMessage(qint64 conversationId,
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

void Engine::messageReceived(const ProviderMessage &pm)
{
    const qint64 now = m_clock.nowMs();
    const QString from = normalised(pm.from, m_config.homeRegion);
    const QString business = normalised(pm.to, m_config.homeRegion);
    const qint64 at = pm.at.isValid() ? pm.at.toMSecsSinceEpoch() : now;

    Transaction tx(m_db);
    const auto known = m_store.hasMessage(m_providerId, pm.providerId);
    if (!known || known.value()) {
        if (!known)
            report(QT_TR_NOOP("store a reply"), Error(known.errorMessage()));
        return;
    }
    const auto conversationId = m_store.ensureConversation(from, business, now);
    if (!conversationId) {
        report(QT_TR_NOOP("store a reply"), Error(conversationId.errorMessage()));
        return;
    }
    const Keyword keyword = classifyKeyword(pm.body);
    // Spam stays out of sight: its replies are kept, but not unread, not
    // urgent, and nobody is told (EngineScreening.cpp).
    const bool quiet = screenSpamReply(conversationId.value());
    const Urgency urgency
        = keyword == Keyword::None && !quiet ? m_triage.classify(pm.body) : Urgency{};

    Message m;
    m.conversationId = conversationId.value();
    m.provider = m_providerId;
    m.providerId = pm.providerId;
    m.direction = Direction::In;
    m.kind = MessageKind::Manual;
    m.body = pm.body;
    m.media = pm.mediaUrls;
    m.status = MessageStatus::Received;
    m.at = QDateTime::fromMSecsSinceEpoch(at, Qt::UTC);
    m.urgent = urgency.urgent;
    m.urgencyReason = urgency.reason;
    const auto messageId = m_store.insertMessage(m);
    Status ok = messageId ? Status() : Status(Error(messageId.errorMessage()));
    if (ok)
        ok = m_store.touchConversation(conversationId.value(), at, pm.body, quiet ? 0 : 1);
    if (ok)
        ok = m_store.setLeadStateIf(conversationId.value(), LeadState::New, LeadState::Replied);
    if (ok && urgency.urgent)
        ok = m_store.setUrgent(conversationId.value(), urgency.reason);
    if (ok)
        ok = leadsAfterReply(conversationId.value(), at, keyword != Keyword::None);

    bool optOutChanged = false;
    if (ok)
        ok = applyReplyOptOut(conversationId.value(), pm.body, &optOutChanged);
    if (ok && keyword == Keyword::Help && !m_config.providerAnswers(pm.body)) {
        ok = queueMessage(conversationId.value(),
                          MessageKind::System,
                          systemText(m_config.helpText, EngineConfig().helpText),
                          0);
    }
    if (ok)
        ok = tx.commit();
    report(QT_TR_NOOP("store a reply"), ok);
    if (!ok)
        return;
    // An opt-out or opt-in may change the caller's conversations on every line.
    if (optOutChanged)
        emitContactChanged(from);
    else
        emit conversationChanged(conversationId.value());
    if (!quiet)
        emit replyReceived(conversationId.value(), messageId.value());
    processOutbox();
}

Status Engine::sendManual(qint64 conversationId, const QString &body, QuietHoursCheck quiet)
{
    const QString text = body.trimmed();
    if (text.isEmpty())
        return Error(tr("The message is empty."));
    if (text.size() > kMaxBodyLength)
        return Error(tr("The message is %1 characters long; the limit is %2.")
                         .arg(text.size())
                         .arg(kMaxBodyLength));
    Transaction tx(m_db);
    const auto conversation = m_store.conversation(conversationId);
    if (!conversation)
        return Error(tr("This conversation no longer exists."));
    if (conversation->optOut == OptOutState::OptedOut)
        return Error(optOutRefusal(*conversation));
    if (!PhoneNumber::parse(conversation->contactNumber, m_config.homeRegion))
        return Error(tr("Not sent: %1 is not a number that can receive texts.")
                         .arg(conversation->contactNumber));
    if (quiet == QuietHoursCheck::Respect) {
        const QString notice = quietHoursNotice(conversationId);
        if (!notice.isEmpty())
            return Error(notice);
    }
    // The office wrote first: a delayed automatic opener is withdrawn.
    const auto canceled
        = m_store.cancelPendingAutoTexts(conversationId,
                                         QStringLiteral("canceled_office_wrote"),
                                         tr("not sent: the office wrote to the caller first"));
    Status ok = canceled ? Status() : Status(Error(canceled.errorMessage()));
    if (ok)
        ok = queueMessage(
            conversationId, MessageKind::Manual, text, 0, 0, quiet == QuietHoursCheck::SendAnyway);
    if (ok)
        ok = leadsAfterOfficeText(conversationId);
    if (ok)
        ok = tx.commit();
    if (!ok)
        return ok;
    emit conversationChanged(conversationId);
    processOutbox();
    return {};
}

Status Engine::markRead(qint64 conversationId)
{
    Transaction tx(m_db);
    Status ok = m_store.markRead(conversationId);
    if (ok)
        ok = tx.commit();
    if (ok)
        emit conversationChanged(conversationId);
    return ok;
}

QString Engine::systemText(const QString &text, const QString &fallback) const
{
    const auto rendered = m_config.render(text);
    if (rendered)
        return rendered.value();
    qCWarning(lcEngine).noquote() << "system text has an error, using the default:"
                                  << rendered.errorMessage();
    return m_config.render(fallback).value();
}

void Engine::scheduleOutbox(qint64 dueMs)
{
    const qint64 wait = std::max<qint64>(0, dueMs - m_clock.nowMs());
    if (!m_outboxTimer.isActive() || m_outboxTimer.remainingTime() > wait)
        m_outboxTimer.start(static_cast<int>(std::min<qint64>(wait, 24LL * 3600 * 1000)));
}

void Engine::processOutbox()
{
    if (!m_running || m_inFlight)
        return;
    const qint64 now = m_clock.nowMs();
    const qint64 spacing
        = m_config.sendRatePerSecond > 0 ? qint64(1000.0 / m_config.sendRatePerSecond) : 0;
    if (m_lastSendMs && now - m_lastSendMs < spacing) {
        scheduleOutbox(m_lastSendMs + spacing);
        return;
    }
    reconcileUnsure();
    if (m_inFlight)
        return;
    sendNext();
    if (!m_inFlight) {
        if (const auto due = m_store.nextDueMs())
            scheduleOutbox(*due);
    }
}

void Engine::reconcileUnsure()
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

void Engine::sendNext()
{
    const auto due = m_store.outbox(QStringLiteral("queued"), m_clock.nowMs(), 1);
    if (!due) {
        report(QT_TR_NOOP("read the outbox"), Error(due.errorMessage()));
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
            report(QT_TR_NOOP("cancel a message to an opted-out number"), ok);
            processOutbox();
            return;
        }
        // Quiet hours in the caller's time zone: wait for the window.
        if (const auto until = quietDeferral(item)) {
            Status ok = m_store.deferUntil(item.messageId, *until);
            if (ok)
                ok = tx.commit();
            report(QT_TR_NOOP("hold a message for quiet hours"), ok);
            processOutbox();
            return;
        }
        Status ok = m_store.markSending(item.messageId, m_clock.nowMs());
        if (ok)
            ok = tx.commit();
        if (!ok) {
            report(QT_TR_NOOP("mark a message as sending"), ok);
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

qint64 Engine::backoffMs(int attempts) const
{
    const qint64 base = 2000LL << std::min(attempts - 1, 10);
    const qint64 capped = std::min(base, kMaxBackoffMs);
    // +-20 % jitter so that many offices do not retry in step.
    const double jitter = 0.8 + 0.4 * QRandomGenerator::global()->generateDouble();
    return qint64(capped * jitter);
}

void Engine::retryOrFail(
    qint64 messageId, int attempts, const QString &error, qint64 retryAfterMs, bool unsure)
{
    const qint64 now = m_clock.nowMs();
    Status ok;
    if (attempts >= m_config.maxAttempts && !unsure) {
        ok = m_store.markFailed(messageId,
                                tr("gave up after %1 attempts: %2").arg(attempts).arg(error));
    } else {
        const qint64 due = now + std::max(retryAfterMs, backoffMs(std::max(1, attempts)));
        ok = unsure ? m_store.markUnsure(messageId, due, error)
                    : m_store.reschedule(messageId, due, error);
    }
    report(QT_TR_NOOP("reschedule a message"), ok);
}

void Engine::sendFinished(const SendOutcome &outcome)
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
    bool optOutChanged = false;
    if (outcome.accepted) {
        ok = m_store.markAccepted(outcome.messageId, outcome.providerMessageId, outcome.status);
    } else if (outcome.error == SendError::RateLimited) {
        // 429: the provider did not process the request; resend after the wait.
        retryOrFail(outcome.messageId, attempts, outcome.errorDetail, outcome.retryAfterMs, false);
    } else if (outcome.error == SendError::ProviderDown) {
        // 5xx or timeout: it may have gone out. Ask before any resend.
        retryOrFail(outcome.messageId, attempts, outcome.errorDetail, outcome.retryAfterMs, true);
    } else {
        const QString reason
            = outcome.errorDetail.isEmpty() ? toString(outcome.error) : outcome.errorDetail;
        ok = m_store.markFailed(outcome.messageId, reason);
        // Twilio 21610, Telnyx 40300, RingCentral's opted-out error, a Quo block.
        if (ok && outcome.error == SendError::OptedOut && message)
            ok = applyProviderOptOut(conversationId, reason, &optOutChanged);
        // Twilio 30006, 21614, 21635, 21211 and the like: a landline or a
        // number that can't receive texts. It is not auto-texted again.
        if (ok && message
            && (outcome.error == SendError::Landline
                || outcome.error == SendError::InvalidNumber)) {
            ok = rememberUndeliverable(conversationId, reason);
            optOutChanged = true; // every conversation with the number changed
        }
    }
    if (ok)
        ok = tx.commit();
    report(QT_TR_NOOP("record a send result"), ok);
    const auto conversation
        = ok && optOutChanged ? m_store.conversation(conversationId) : std::nullopt;
    if (conversation)
        emitContactChanged(conversation->contactNumber); // every line it now covers
    else if (conversationId)
        emit conversationChanged(conversationId);
    processOutbox();
}

void Engine::reconciled(const ReconcileOutcome &outcome)
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
    case ReconcileOutcome::Found::No:
        // The provider never got it: sending now is the first delivery.
        if (attempts >= m_config.maxAttempts)
            ok = m_store.markFailed(outcome.messageId,
                                    tr("gave up after %1 attempts").arg(attempts));
        else
            ok = m_store.reschedule(outcome.messageId, m_clock.nowMs(), outcome.detail);
        break;
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
    report(QT_TR_NOOP("record a reconciliation"), ok);
    if (message)
        emit conversationChanged(message->conversationId);
    processOutbox();
}

void Engine::statusChanged(const StatusUpdate &update)
{
    Transaction tx(m_db);
    Status ok = m_store.updateStatus(
        m_providerId, update.providerMessageId, update.status, update.errorDetail);
    const auto conversationId
        = m_store.conversationOfMessage(m_providerId, update.providerMessageId);
    // Undelivered later (Twilio 30006 arrives as a status): remember it too.
    if (ok && conversationId
        && (update.error == SendError::Landline || update.error == SendError::InvalidNumber))
        ok = rememberUndeliverable(*conversationId,
                                   update.errorDetail.isEmpty() ? toString(update.error)
                                                                : update.errorDetail);
    if (ok)
        ok = tx.commit();
    report(QT_TR_NOOP("record a delivery status"), ok);
    if (ok && conversationId)
        emit conversationChanged(*conversationId);
}

void Engine::cursorAdvanced(const QString &cursor)
{
    Transaction tx(m_db);
    Status ok = m_store.setCursor(m_providerId, cursor, m_clock.nowMs());
    if (ok)
        ok = tx.commit();
    report(QT_TR_NOOP("save the provider position"), ok);
}

void Engine::connectionStateChanged(ConnectionState state, const QString &detail)
{
    m_state = state;
    m_stateDetail = detail;
    emit providerStateChanged(state, detail);
}

} // namespace ringback
