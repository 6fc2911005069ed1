#include "QuoWebhooks.h"

#include "net/Http.h"

namespace ringback::quo {

QuoWebhooks::QuoWebhooks(Session &session, QuoSender &sender)
    : m_session(session)
    , m_sender(sender)
{}

void QuoWebhooks::handle(const webhook::WebhookRequest &request)
{
    if (!m_session.running || !m_session.events)
        return;
    const auto json = net::parseJsonObject(request.body);
    if (!json) {
        qCWarning(lcQuo).noquote() << "ignored an unreadable webhook:" << json.errorMessage();
        return;
    }
    const QString type = json->value(QLatin1String("type")).toString();
    const QString eventId = json->value(QLatin1String("id")).toString();
    const QJsonObject data = json->value(QLatin1String("data")).toObject();
    // Legacy webhooks carry data.object; the 2026-03-30 ones data.resource,
    // whose fields are taken to be the same (unconfirmed,
    // https://www.quo.com/docs/mdx/beta/webhooks-differences-from-current):
    // anything unreadable is dropped here and found by the next poll.
    QJsonObject object = data.value(QLatin1String("object")).toObject();
    if (object.isEmpty())
        object = data.value(QLatin1String("resource")).toObject();
    qCDebug(lcQuo).noquote() << "webhook" << type << eventId;
    if (object.value(QLatin1String("id")).toString().isEmpty()) {
        qCWarning(lcQuo).noquote() << "ignored webhook" << type << eventId << "without an object";
        return;
    }
    if (type == QLatin1String("message.received"))
        messageReceived(object);
    else if (type == QLatin1String("message.delivered"))
        messageStatus(object, QStringLiteral("delivered"));
    else if (type == QLatin1String("message.failed"))
        messageStatus(object, QStringLiteral("failed"));
    else if (type == QLatin1String("call.completed"))
        callCompleted(object);
    else
        qCDebug(lcQuo).noquote() << "no use for webhook type" << type;
}

bool QuoWebhooks::isOurs(const QJsonObject &object, const QStringList &numbers) const
{
    const QString numberId = object.value(QLatin1String("phoneNumberId")).toString();
    if (!numberId.isEmpty() && !m_session.phoneNumberId.isEmpty())
        return numberId == m_session.phoneNumberId;
    return numbers.contains(m_session.settings.phoneNumber);
}

void QuoWebhooks::messageReceived(const QJsonObject &object)
{
    const Message m = messageFrom(object);
    if (m.direction != QLatin1String("incoming") || m.from.isEmpty()) {
        qCInfo(lcQuo).noquote() << "ignored message.received" << m.id << "- not an incoming text";
        return;
    }
    if (!isOurs(object, m.to)) {
        qCInfo(lcQuo).noquote() << "ignored message.received" << m.id << "for another number";
        return;
    }
    Cursor &cursor = m_session.cursor;
    if (cursor.seenMessages.contains(m.id)) {
        qCDebug(lcQuo).noquote() << "message" << m.id << "already reported";
        return;
    }
    ProviderMessage pm = toProviderMessage(m, m_session.settings.phoneNumber);
    if (!pm.at.isValid())
        pm.at = m_session.now();
    cursor.seenMessages.insert(m.id, pm.at.toMSecsSinceEpoch());
    qCInfo(lcQuo).noquote() << "message" << m.id << "received by webhook";
    m_session.events->messageReceived(pm);
    m_session.saveCursor();
}

void QuoWebhooks::messageStatus(const QJsonObject &object, const QString &status)
{
    Message m = messageFrom(object);
    if (!m_session.cursor.isTracked(m.id)) {
        qCDebug(lcQuo).noquote() << "message" << status << m.id << "not followed; ignored";
        return;
    }
    if (m.status.isEmpty())
        m.status = status;
    m_sender.statusRead(m.id, m);
    m_session.saveCursor();
}

void QuoWebhooks::callCompleted(const QJsonObject &object)
{
    const Call c = callFrom(object);
    if (c.direction != QLatin1String("incoming") || !c.isFinal() || !c.createdAt.isValid())
        return; // the office's own calls, or not over
    if (!isOurs(object, c.participants)) {
        qCInfo(lcQuo).noquote() << "ignored call.completed" << c.id << "for another number";
        return;
    }
    Cursor &cursor = m_session.cursor;
    if (cursor.seenCalls.contains(c.id)) {
        qCDebug(lcQuo).noquote() << "call" << c.id << "already reported";
        return;
    }
    const QDateTime ended = c.completedAt.isValid() ? c.completedAt : c.createdAt;
    cursor.seenCalls.insert(c.id, c.createdAt.toMSecsSinceEpoch());
    if (ended.toMSecsSinceEpoch() < cursor.sinceMs) {
        m_session.saveCursor(); // before Ringback started, like polling
        return;
    }
    const ProviderCall call = toProviderCall(c, m_session.settings.phoneNumber);
    if (call.from.isEmpty()) {
        cursor.seenCalls.remove(c.id);
        qCWarning(lcQuo).noquote() << "ignored call.completed" << c.id << "without a caller";
        return;
    }
    qCInfo(lcQuo).noquote() << "call" << call.providerId << toString(call.result) << "by webhook";
    m_session.events->callEnded(call);
    m_session.saveCursor();
}

} // namespace ringback::quo
