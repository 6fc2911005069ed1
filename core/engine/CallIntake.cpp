// Call intake and the decision: a call or a reply from the provider is
// stored, once (the same call reported twice is one call). For a missed call
// the decision (engine/TextBackPolicy.cpp) is written with the call, and the
// automatic text, if any, is queued in the same transaction: the first half of
// "at most one automatic text per missed call" (engine/Engine.h).

#include "engine/Engine.h"

#include "engine/Keywords.h"
#include "engine/TextBackPolicy.h"
#include "phone/PhoneNumber.h"

#include <QLoggingCategory>

namespace ringback {

Q_DECLARE_LOGGING_CATEGORY(lcEngine)

namespace {

QString normalised(const QString &raw, const QString &region)
{
    const auto parsed = PhoneNumber::parse(raw, region);
    return parsed ? parsed->e164() : raw.trimmed();
}

} // namespace

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
    if (const Status screened = m_screening.screenCall(context, from, &firstAutoText); !screened) {
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
            text = firstAutoText ? m_screening.withOptOutHint(rendered.value()) : rendered.value();
        } else {
            // A broken template is never sent: hold the call and say why.
            decision = {Decision::Held,
                        DecisionCode::TemplateError,
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
    // A missed call (texted or held) waits for a call-back (LeadActions.h).
    if (ok && isMissed(pc.result))
        ok = m_leads.afterMissedCall(conversationId.value(),
                                     context.callEndedMs,
                                     context.contact.isOk() && !context.blocked,
                                     decision.code);
    // The caller called again and got through: a delayed opener is withdrawn.
    if (ok && pc.result == CallResult::Answered) {
        const auto canceled = m_store.cancelPendingAutoTexts(
            conversationId.value(),
            DecisionCode::CanceledAnswered,
            tr("not sent: the caller called again and was answered"));
        ok = canceled ? Status() : Status(Error(canceled.errorMessage()));
    }
    if (ok && decision.decision == Decision::Texted) {
        ok = m_outbox.queue(conversationId.value(),
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
                               << toString(decision.decision) << toString(decision.code);
    emit conversationChanged(conversationId.value());
    processOutbox();
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
    // urgent, and nobody is told (Screening.cpp).
    const bool quiet = m_screening.screenSpamReply(conversationId.value());
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
        ok = m_leads.afterReply(conversationId.value(), at, keyword != Keyword::None);

    bool optOutChanged = false;
    if (ok)
        ok = m_optOuts.applyReply(conversationId.value(), pm.body, &optOutChanged);
    if (ok && keyword == Keyword::Help && !m_config.providerAnswers(pm.body)) {
        ok = m_outbox.queue(conversationId.value(),
                            MessageKind::System,
                            m_config.systemText(m_config.helpText, EngineConfig().helpText),
                            0);
    }
    if (ok)
        ok = tx.commit();
    report(QT_TR_NOOP("store a reply"), ok);
    if (!ok)
        return;
    // An opt-out or opt-in may change the caller's conversations on every line.
    if (optOutChanged)
        contactUpdated(from);
    else
        emit conversationChanged(conversationId.value());
    if (!quiet)
        emit replyReceived(conversationId.value(), messageId.value());
    processOutbox();
}

} // namespace ringback
