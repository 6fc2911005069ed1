// The WebSocket side of the fake RingCentral: the [meta, body] protocol of
// https://developers.ringcentral.com/guide/notifications/websockets/quick-start
// (ConnectionDetails, subscription over ClientRequest, ServerNotification,
// Heartbeat, wsc session recovery).

#include "FakeRingCentral.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>
#include <QUuid>

namespace ringback::test {

void FakeRingCentral::sendFrame(QWebSocket *socket,
                                const QJsonObject &meta,
                                const QJsonObject &body)
{
    if (!socket)
        return;
    socket->sendTextMessage(
        QString::fromUtf8(QJsonDocument(QJsonArray{meta, body}).toJson(QJsonDocument::Compact)));
}

QJsonObject FakeRingCentral::wscMeta(const QString &type, const QString &messageId)
{
    return {{QStringLiteral("type"), type},
            {QStringLiteral("messageId"), messageId},
            {QStringLiteral("status"), 200},
            {QStringLiteral("headers"),
             QJsonObject{{QStringLiteral("RCRequestId"),
                          QUuid::createUuid().toString(QUuid::WithoutBraces)}}},
            {QStringLiteral("wsc"),
             QJsonObject{{QStringLiteral("token"), m_wscToken},
                         {QStringLiteral("sequence"), ++m_wscSequence}}}};
}

void FakeRingCentral::onSocket()
{
    QWebSocket *socket = m_wsServer.nextPendingConnection();
    if (!socket)
        return;
    socket->setParent(this);
    ++socketConnections;
    const QUrlQuery query(socket->requestUrl());
    const QString token = query.queryItemValue(QStringLiteral("access_token"), QUrl::FullyDecoded);
    const QString wsc = query.queryItemValue(QStringLiteral("wsc"), QUrl::FullyDecoded);
    if (socket->requestUrl().path() != QLatin1String("/ws") || !m_wsTokens.remove(token)) {
        violations << QStringLiteral("WebSocket without a fresh ws_access_token: %1")
                          .arg(socket->requestUrl().toString());
        sendFrame(socket,
                  {{QStringLiteral("type"), QStringLiteral("Error")},
                   {QStringLiteral("status"), 401},
                   {QStringLiteral("messageId"), QStringLiteral("e")}},
                  {{QStringLiteral("errorCode"), QStringLiteral("WSG-401")},
                   {QStringLiteral("message"), QStringLiteral("Invalid token")}});
        socket->close();
        return;
    }
    if (m_socket)
        m_socket->abort();
    m_socket = socket;
    connect(socket, &QWebSocket::textMessageReceived, this, [this, socket](const QString &text) {
        onSocketText(socket, text);
    });
    connect(socket, &QWebSocket::disconnected, socket, &QObject::deleteLater);

    QJsonObject details{{QStringLiteral("creationTime"),
                         QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
                        {QStringLiteral("maxConnectionsPerSession"), 50},
                        {QStringLiteral("recoveryBufferSize"), 100},
                        {QStringLiteral("recoveryTimeout"), 180},
                        {QStringLiteral("idleTimeout"), 1800},
                        {QStringLiteral("absoluteTimeout"), 86400},
                        {QStringLiteral("maxActiveRequests"), 10}};
    const bool recovered = !wsc.isEmpty() && wsc == m_wscToken && allowRecovery;
    if (!wsc.isEmpty()) {
        details.insert(QStringLiteral("recoveryState"),
                       recovered ? QStringLiteral("Successful") : QStringLiteral("Failed"));
        if (!recovered)
            details.insert(QStringLiteral("recoveryErrorCode"), QStringLiteral("WSG-751"));
    }
    if (recovered) {
        ++recoveries;
    } else {
        m_wscToken = QStringLiteral("RTFhRG5n%1").arg(++m_counter);
        m_wscSequence = 0;
        m_subscriptionId.clear();
        m_buffer.clear(); // a new session: whatever was buffered is lost
    }
    sendFrame(socket,
              wscMeta(QStringLiteral("ConnectionDetails"),
                      QUuid::createUuid().toString(QUuid::WithoutBraces)),
              details);
    if (recovered) {
        const QList<QJsonObject> replay = m_buffer;
        m_buffer.clear();
        for (const QJsonObject &envelope : replay)
            sendFrame(socket,
                      wscMeta(QStringLiteral("ServerNotification"),
                              QUuid::createUuid().toString(QUuid::WithoutBraces)),
                      envelope);
    }
}

void FakeRingCentral::onSocketText(QWebSocket *socket, const QString &text)
{
    const QJsonArray message = QJsonDocument::fromJson(text.toUtf8()).array();
    const QJsonObject meta = message.at(0).toObject();
    const QJsonObject body = message.at(1).toObject();
    const QString type = meta.value(QLatin1String("type")).toString();
    const QString messageId = meta.value(QLatin1String("messageId")).toString();
    if (messageId.isEmpty()) {
        violations << QStringLiteral("WebSocket message without a messageId: %1").arg(text);
        return;
    }
    if (type == QLatin1String("Heartbeat")) {
        ++heartbeats;
        if (answerHeartbeats)
            sendFrame(socket, wscMeta(QStringLiteral("Heartbeat"), messageId), {});
        return;
    }
    if (type != QLatin1String("ClientRequest")) {
        violations << QStringLiteral("unexpected WebSocket message type %1").arg(type);
        return;
    }
    subscriptions.append(body);
    const QString path = meta.value(QLatin1String("path")).toString();
    QStringList filters;
    for (const QJsonValue &f : body.value(QLatin1String("eventFilters")).toArray())
        filters << f.toString();
    const bool ok = meta.value(QLatin1String("method")).toString() == QLatin1String("POST")
                    && (path == QLatin1String("/restapi/v1.0/subscription/")
                        || path == QLatin1String("/restapi/v1.0/subscription"))
                    && filters == expectedFilters()
                    && body.value(QLatin1String("deliveryMode"))
                               .toObject()
                               .value(QLatin1String("transportType"))
                               .toString()
                           == QLatin1String("WebSocket");
    QJsonObject reply = wscMeta(QStringLiteral("ClientRequest"), messageId);
    if (!ok) {
        violations << QStringLiteral("bad subscription request: %1").arg(text);
        reply.insert(QStringLiteral("status"), 400);
        sendFrame(socket,
                  reply,
                  {{QStringLiteral("errorCode"), QStringLiteral("SUB-508")},
                   {QStringLiteral("message"), QStringLiteral("Invalid event filters")}});
        return;
    }
    m_subscriptionId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    sendFrame(
        socket,
        reply,
        {{QStringLiteral("id"), m_subscriptionId},
         {QStringLiteral("uri"),
          QString(baseUrl() + QStringLiteral("/restapi/v1.0/subscription/") + m_subscriptionId)},
         {QStringLiteral("eventFilters"), QJsonArray::fromStringList(filters)},
         {QStringLiteral("status"), QStringLiteral("Active")},
         {QStringLiteral("expiresIn"), 899},
         {QStringLiteral("deliveryMode"),
          QJsonObject{{QStringLiteral("transportType"), QStringLiteral("WebSocket")}}}});
}

void FakeRingCentral::notify(const QString &event, const QJsonObject &body)
{
    if (m_subscriptionId.isEmpty())
        return; // nobody subscribed: only the syncs will tell
    const QJsonObject envelope{
        {QStringLiteral("uuid"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
        {QStringLiteral("event"), event},
        {QStringLiteral("timestamp"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
        {QStringLiteral("subscriptionId"), m_subscriptionId},
        {QStringLiteral("ownerId"), QStringLiteral("123456")},
        {QStringLiteral("body"), body}};
    if (!m_socket || m_socket->state() != QAbstractSocket::ConnectedState) {
        if (m_buffer.size() < 100)
            m_buffer.append(envelope);
        return;
    }
    sendFrame(m_socket,
              wscMeta(QStringLiteral("ServerNotification"),
                      QUuid::createUuid().toString(QUuid::WithoutBraces)),
              envelope);
}

void FakeRingCentral::dropSockets()
{
    if (m_socket)
        m_socket->abort();
    m_socket = nullptr;
}

void FakeRingCentral::sendRaw(const QString &text)
{
    if (m_socket)
        m_socket->sendTextMessage(text);
}

bool FakeRingCentral::isSubscribed() const
{
    return m_socket && m_socket->state() == QAbstractSocket::ConnectedState
           && !m_subscriptionId.isEmpty();
}

} // namespace ringback::test
