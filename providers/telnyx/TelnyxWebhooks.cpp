#include "TelnyxWebhooks.h"

#include <QJsonArray>

namespace ringback::telnyx {

namespace {

QString text(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

} // namespace

CallResult unansweredResult(const QString &cause)
{
    if (cause == QLatin1String("user_busy"))
        return CallResult::Busy;
    if (cause == QLatin1String("originator_cancel"))
        return CallResult::Canceled;
    if (cause == QLatin1String("no_answer") || cause == QLatin1String("timeout")
        || cause == QLatin1String("call_rejected") || cause == QLatin1String("normal_clearing"))
        return CallResult::NoAnswer;
    return CallResult::Failed; // not_found, time_limit, unspecified, ...
}

bool isNeverConnectedCause(const QString &cause)
{
    return cause == QLatin1String("no_answer") || cause == QLatin1String("timeout")
           || cause == QLatin1String("originator_cancel") || cause == QLatin1String("user_busy")
           || cause == QLatin1String("call_rejected");
}

TelnyxWebhooks::TelnyxWebhooks(Session &session, TelnyxSender &sender)
    : m_session(session)
    , m_sender(sender)
{}

void TelnyxWebhooks::clear()
{
    m_legs.clear();
}

bool TelnyxWebhooks::firstTime(const QString &eventId)
{
    if (m_events.contains(eventId))
        return false;
    m_events.insert(eventId);
    m_eventOrder.push_back(eventId);
    while (int(m_eventOrder.size()) > kRememberEvents) {
        m_events.remove(m_eventOrder.front());
        m_eventOrder.pop_front();
    }
    return true;
}

bool TelnyxWebhooks::isOurNumber(const QString &number) const
{
    return number == m_session.settings.phoneNumber;
}

void TelnyxWebhooks::handle(const webhook::WebhookRequest &request)
{
    if (!m_session.running || !m_session.events)
        return;
    const auto event = parseEvent(request.body);
    if (!event) {
        qCWarning(lcTelnyx).noquote() << "ignored an unreadable webhook:" << event.errorMessage();
        return;
    }
    handleEvent(event.value());
}

void TelnyxWebhooks::handleEvent(const Event &event)
{
    if (!m_session.running || !m_session.events)
        return;
    if (!firstTime(event.id)) {
        qCInfo(lcTelnyx).noquote() << "ignored a repeated delivery of event" << event.id;
        return;
    }
    const QString &type = event.type;
    qCDebug(lcTelnyx).noquote() << "event" << type << event.id;
    if (type == QLatin1String("message.received"))
        messageReceived(event);
    else if (type == QLatin1String("message.sent") || type == QLatin1String("message.finalized"))
        outboundStatus(event);
    else if (type == QLatin1String("call.initiated"))
        callInitiated(event);
    else if (type == QLatin1String("call.answered"))
        callAnswered(event);
    else if (type == QLatin1String("call.hangup"))
        callHangup(event);
    else
        qCDebug(lcTelnyx).noquote() << "no use for event type" << type;
}

void TelnyxWebhooks::messageReceived(const Event &event)
{
    const auto message = parseInbound(event);
    if (!message) {
        qCWarning(lcTelnyx).noquote()
            << "ignored message.received" << event.id << "-" << message.errorMessage();
        return;
    }
    if (!isOurNumber(message->to)) {
        qCInfo(lcTelnyx).noquote() << "ignored a text to another number of the profile";
        return;
    }
    m_session.events->messageReceived(message.value());
}

void TelnyxWebhooks::outboundStatus(const Event &event)
{
    const auto message = parseOutbound(event.payload);
    if (!message) {
        qCWarning(lcTelnyx).noquote()
            << "ignored" << event.type << event.id << "-" << message.errorMessage();
        return;
    }
    m_sender.noteOutbound(message.value());
    const QString &status = message->status;
    if (status.isEmpty() || status == QLatin1String("queued") || status == QLatin1String("sending"))
        return;
    StatusUpdate update;
    update.providerMessageId = message->id;
    update.status = mapOutboundStatus(status);
    if (update.status == MessageStatus::Failed) {
        update.error = message->errorCodes.isEmpty()
                           ? SendError::Rejected
                           : mapDeliveryErrorCode(message->errorCodes.first());
        update.errorDetail = message->errorText.isEmpty() ? QStringLiteral("Telnyx: %1").arg(status)
                                                          : message->errorText;
    }
    m_session.events->statusChanged(update);
}

void TelnyxWebhooks::callInitiated(const Event &event)
{
    const QJsonObject &p = event.payload;
    if (text(p, "direction") != QLatin1String("incoming") || !isOurNumber(text(p, "to")))
        return; // the office's own outgoing legs, or another number
    const QString legId = text(p, "call_leg_id");
    if (legId.isEmpty())
        return;
    const QDateTime now = m_session.now();
    for (auto it = m_legs.begin(); it != m_legs.end();) {
        if (it->startedAt.msecsTo(now) > kForgetLegAfterMs)
            it = m_legs.erase(it);
        else
            ++it;
    }
    Leg leg;
    leg.sessionId = text(p, "call_session_id");
    leg.from = text(p, "from");
    leg.to = text(p, "to");
    leg.startedAt = parseTime(p.value(QLatin1String("start_time")));
    if (!leg.startedAt.isValid())
        leg.startedAt = event.occurredAt.isValid() ? event.occurredAt : now;
    m_legs.insert(legId, leg);
}

void TelnyxWebhooks::callAnswered(const Event &event)
{
    const auto it = m_legs.find(text(event.payload, "call_leg_id"));
    if (it != m_legs.end() && !it->answeredAt.isValid())
        it->answeredAt = event.occurredAt.isValid() ? event.occurredAt : m_session.now();
}

void TelnyxWebhooks::callHangup(const Event &event)
{
    const QJsonObject &p = event.payload;
    const QString legId = text(p, "call_leg_id");
    const QString cause = text(p, "hangup_cause");
    const QDateTime endedAt = event.occurredAt.isValid() ? event.occurredAt : m_session.now();
    ProviderCall call;
    call.endedAt = endedAt;
    const auto it = m_legs.find(legId);
    if (it != m_legs.end()) {
        const Leg leg = it.value();
        m_legs.erase(it);
        call.providerId = leg.sessionId.isEmpty() ? legId : leg.sessionId;
        call.from = leg.from;
        call.to = leg.to;
        call.startedAt = leg.startedAt;
        if (leg.answeredAt.isValid()) {
            call.result = CallResult::Answered;
            call.durationSeconds = int(std::max<qint64>(0, leg.answeredAt.secsTo(endedAt)));
            call.ringSeconds = int(std::max<qint64>(0, leg.startedAt.secsTo(leg.answeredAt)));
        } else {
            call.result = unansweredResult(cause);
            call.ringSeconds = int(std::max<qint64>(0, leg.startedAt.secsTo(endedAt)));
        }
    } else {
        // Its start was not seen: only a call that provably never connected.
        if (!isOurNumber(text(p, "to")) || !isNeverConnectedCause(cause))
            return;
        const QString sessionId = text(p, "call_session_id");
        call.providerId = sessionId.isEmpty() ? legId : sessionId;
        call.from = text(p, "from");
        call.to = text(p, "to");
        call.startedAt = parseTime(p.value(QLatin1String("start_time")));
        call.result = unansweredResult(cause);
    }
    if (call.providerId.isEmpty() || call.from.isEmpty())
        return;
    qCInfo(lcTelnyx).noquote() << "call" << call.providerId << toString(call.result) << cause;
    m_session.events->callEnded(call);
}

} // namespace ringback::telnyx
