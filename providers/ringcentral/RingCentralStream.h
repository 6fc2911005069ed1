#pragma once

#include "RingCentralSession.h"
#include "net/Backoff.h"
#include "net/RequestBudget.h"
#include "provider/kit/ClockTimer.h"

#include <QJsonObject>
#include <QObject>
#include <QTimer>
#include <QWebSocket>

namespace ringback::ringcentral {

// RingCentral's WebSocket notifications
// (https://developers.ringcentral.com/guide/notifications/websockets/quick-start,
// .../websockets/subscribing, .../websockets/session-recovery). Gets a one-time
// WebSocket token (POST /restapi/oauth/wstoken), connects, waits for
// ConnectionDetails, subscribes with eventFilters() as a ClientRequest, and
// hands every ServerNotification of its subscription to notification(). Every
// message is a JSON array [meta, body]; anything else is logged and ignored.
//
// Keep-alive: after keepAliveMs without a message it sends a Heartbeat; if
// nothing comes back within as long again the connection is taken as dead.
// A dropped connection is reopened with backoff (1 s doubling to 8 s); within
// the server's recoveryTimeout it presents the last wsc token, and a
// "Successful" recovery keeps the subscription (missed events are replayed).
// Otherwise it subscribes afresh and emits gap(): events may have been lost,
// so the owner catches up through the sync endpoints.
class Stream final : public QObject
{
    Q_OBJECT

public:
    explicit Stream(Session &session, QObject *parent = nullptr);
    ~Stream() override;

    void start();
    void stop();
    bool isSubscribed() const { return !m_subscriptionId.isEmpty() && m_ready; }

signals:
    void gap();
    void notification(const QJsonObject &envelope);

private:
    void connectNow();
    void open(const WsToken &token);
    void onText(const QString &text);
    void onDetails(const QJsonObject &meta, const QJsonObject &body);
    void onReply(const QJsonObject &meta, const QJsonObject &body);
    void onNotification(const QJsonObject &body);
    void subscribe();
    void ready(bool lostEvents);
    void keepAlive();
    void dropped(const QString &why);
    void retryLater(const Problem &problem);
    void sendMessage(const QJsonObject &meta, const QJsonObject &body = {});
    void takeWsc(const QJsonObject &meta);
    bool mayRecover() const;

    Session &m_session;
    QWebSocket m_socket;
    provider::ClockTimer m_reconnectTimer{m_session}; // on the session's clock
    QTimer m_keepAliveTimer;
    QTimer m_handshakeTimer;
    net::Backoff m_backoff;
    // wstoken is in RingCentral's Auth group, 5 requests a minute with a
    // 60 s penalty that every request during it restarts: reconnects take
    // at most 4 a minute, leaving room for a token refresh.
    net::RequestBudget m_wsTokenBudget{4, 60000};
    int m_generation = 0;
    bool m_opening = false; // between open() and ConnectionDetails / subscription
    bool m_ready = false;
    bool m_recovering = false;
    QString m_wscToken;
    qint64 m_wscSequence = -1;
    qint64 m_droppedAtMs = 0;
    qint64 m_recoveryTimeoutMs = 180000;
    QString m_subscriptionId;
    QString m_subscribeRequestId;
    qint64 m_lastHeardMs = 0;
    qint64 m_heartbeatSentMs = 0;
    QStringList m_recentUuids;
};

} // namespace ringback::ringcentral
