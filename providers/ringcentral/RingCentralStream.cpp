#include "RingCentralStream.h"

#include "RingCentralAuth.h"
#include "net/BaseUrl.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

namespace ringback::ringcentral {

namespace {

constexpr int kHandshakeTimeoutMs = 20000;
constexpr qint64 kAuthRetryMs = 5 * 60 * 1000;
constexpr int kRecentUuids = 200;

QString newMessageId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

bool allowedSocketUrl(const QUrl &url)
{
    return url.scheme() == QLatin1String("wss")
           || (url.scheme() == QLatin1String("ws") && net::isLoopbackHost(url.host()));
}

} // namespace

Stream::Stream(Session &session, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_backoff(1000, 8000)
{
    m_handshakeTimer.setSingleShot(true);
    connect(&m_reconnectTimer, &provider::ClockTimer::timeout, this, &Stream::connectNow);
    connect(&m_handshakeTimer, &QTimer::timeout, this, [this] {
        dropped(tr("RingCentral's WebSocket did not finish the handshake in time"));
    });
    connect(&m_keepAliveTimer, &QTimer::timeout, this, &Stream::keepAlive);
    connect(&m_socket, &QWebSocket::textMessageReceived, this, &Stream::onText);
    connect(&m_socket, &QWebSocket::disconnected, this, [this] {
        if (m_opening || m_ready)
            dropped(tr("RingCentral closed the WebSocket (%1)").arg(m_socket.closeReason()));
    });
    connect(&m_socket,
            QOverload<QAbstractSocket::SocketError>::of(&QWebSocket::error),
            this,
            [this](QAbstractSocket::SocketError) {
                if (m_opening || m_ready)
                    dropped(tr("WebSocket error: %1").arg(m_socket.errorString()));
            });
}

Stream::~Stream()
{
    ++m_generation;
    m_opening = m_ready = false;
    m_socket.abort();
}

void Stream::start()
{
    m_backoff.reset();
    m_wscToken.clear();
    m_subscriptionId.clear();
    m_recentUuids.clear();
    connectNow();
}

void Stream::stop()
{
    ++m_generation;
    m_opening = m_ready = false;
    m_session.streaming = false;
    m_reconnectTimer.stop();
    m_keepAliveTimer.stop();
    m_handshakeTimer.stop();
    m_socket.abort();
}

bool Stream::mayRecover() const
{
    // Recovery must start within recoveryTimeout of the drop; keep a margin.
    return !m_wscToken.isEmpty() && m_droppedAtMs > 0
           && m_session.nowMs() - m_droppedAtMs < m_recoveryTimeoutMs - 10000;
}

void Stream::connectNow()
{
    if (!m_session.running)
        return;
    if (const qint64 wait = m_wsTokenBudget.waitMs(m_session.nowMs()); wait > 0) {
        qCWarning(lcRingCentral).noquote()
            << "reconnecting too often: next WebSocket token in" << wait << "ms";
        m_session.setState(ConnectionState::Reconnecting,
                           tr("Reconnecting to RingCentral in %n second(s) (request limit)",
                              nullptr,
                              int((wait + 999) / 1000)));
        m_reconnectTimer.start(wait);
        return;
    }
    m_wsTokenBudget.spend(m_session.nowMs());
    const int generation = ++m_generation;
    if (m_session.state() != ConnectionState::Reconnecting)
        m_session.setState(ConnectionState::Connecting, tr("Connecting to RingCentral…"));
    m_session.auth->call(
        [this](net::HttpClient &http, net::HttpClient::Callback cb) {
            http.postForm(m_session.endpoints.wsToken(), {}, std::move(cb));
        },
        [this, generation](const net::HttpResponse &r, const std::optional<Problem> &problem) {
            if (generation != m_generation || !m_session.running)
                return;
            if (problem)
                return retryLater(*problem);
            if (!r.isSuccess())
                return retryLater(m_session.problemOf(r, tr("opening live updates")));
            const auto token = parseWsToken(r.body);
            if (!token)
                return retryLater(
                    m_session.badAnswer(tr("opening live updates"), token.errorMessage()));
            if (!allowedSocketUrl(token->uri)) {
                Problem p;
                p.kind = Problem::Kind::Refused;
                p.detail = tr("RingCentral named a WebSocket address Ringback will not use (%1)")
                               .arg(token->uri.toDisplayString(QUrl::RemoveQuery));
                return retryLater(p);
            }
            open(token.value());
        });
}

void Stream::open(const WsToken &token)
{
    m_ready = false;
    m_opening = false;
    m_socket.abort();
    QUrl url = token.uri;
    net::Fields fields{{QStringLiteral("access_token"), token.token}};
    m_recovering = mayRecover();
    if (m_recovering)
        fields.append({QStringLiteral("wsc"), m_wscToken});
    const QString existing = url.query(QUrl::FullyEncoded);
    url.setQuery((existing.isEmpty() ? QString() : existing + QLatin1Char('&'))
                     + net::queryString(fields),
                 QUrl::StrictMode);
    qCInfo(lcRingCentral) << "opening the WebSocket" << url.toDisplayString(QUrl::RemoveQuery)
                          << (m_recovering ? "(recovering the session)" : "");
    m_opening = true;
    m_handshakeTimer.start(kHandshakeTimeoutMs);
    m_socket.open(url);
}

void Stream::sendMessage(const QJsonObject &meta, const QJsonObject &body)
{
    QJsonArray message{meta};
    if (!body.isEmpty())
        message.append(body);
    m_socket.sendTextMessage(
        QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact)));
}

void Stream::takeWsc(const QJsonObject &meta)
{
    const QJsonObject wsc = meta.value(QLatin1String("wsc")).toObject();
    const QString token = wsc.value(QLatin1String("token")).toString();
    const qint64 sequence = wsc.value(QLatin1String("sequence")).toInteger(-1);
    if (!token.isEmpty() && (token != m_wscToken || sequence > m_wscSequence)) {
        m_wscToken = token;
        m_wscSequence = sequence;
    }
}

void Stream::onText(const QString &text)
{
    m_lastHeardMs = m_session.nowMs();
    m_heartbeatSentMs = 0; // anything heard answers the heartbeat
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    const QJsonArray message = doc.array();
    if (error.error != QJsonParseError::NoError || !doc.isArray() || message.isEmpty()
        || !message.at(0).isObject()) {
        qCWarning(lcRingCentral) << "ignored a WebSocket message that is not [meta, body] JSON"
                                 << "(" << text.size() << "characters)";
        return;
    }
    const QJsonObject meta = message.at(0).toObject();
    const QJsonObject body = message.at(1).toObject();
    takeWsc(meta);
    const QString type = meta.value(QLatin1String("type")).toString();
    if (type == QLatin1String("ConnectionDetails")) {
        onDetails(meta, body);
    } else if (type == QLatin1String("ClientRequest") || type == QLatin1String("ClientResponse")) {
        onReply(meta, body);
    } else if (type == QLatin1String("ServerNotification")) {
        onNotification(body);
    } else if (type == QLatin1String("Error")) {
        const QString code = body.value(QLatin1String("errorCode")).toString();
        qCWarning(lcRingCentral).noquote()
            << "WebSocket error" << code << body.value(QLatin1String("message")).toString();
        if (m_recovering && !m_ready)
            m_wscToken.clear(); // the session cannot be recovered: start a new one
        dropped(tr("RingCentral's WebSocket reported %1").arg(code));
    } else if (type != QLatin1String("Heartbeat")) {
        qCInfo(lcRingCentral) << "ignored a WebSocket message of type" << type;
    }
}

void Stream::onDetails(const QJsonObject &meta, const QJsonObject &body)
{
    Q_UNUSED(meta)
    const int recovery = body.value(QLatin1String("recoveryTimeout")).toInt();
    if (recovery > 0)
        m_recoveryTimeoutMs = qint64(recovery) * 1000;
    const QString recoveryState = body.value(QLatin1String("recoveryState")).toString();
    if (m_recovering && recoveryState == QLatin1String("Successful")
        && !m_subscriptionId.isEmpty()) {
        qCInfo(lcRingCentral) << "WebSocket session recovered; the subscription continues";
        ready(false);
        return;
    }
    if (m_recovering)
        qCInfo(lcRingCentral) << "WebSocket session recovery" << recoveryState
                              << body.value(QLatin1String("recoveryErrorCode")).toString()
                              << "- subscribing again";
    subscribe();
}

void Stream::subscribe()
{
    m_subscriptionId.clear();
    m_subscribeRequestId = newMessageId();
    const QJsonObject meta{{QStringLiteral("type"), QStringLiteral("ClientRequest")},
                           {QStringLiteral("messageId"), m_subscribeRequestId},
                           {QStringLiteral("method"), QStringLiteral("POST")},
                           {QStringLiteral("path"), QStringLiteral("/restapi/v1.0/subscription/")}};
    const QJsonObject body{
        {QStringLiteral("eventFilters"), QJsonArray::fromStringList(eventFilters())},
        {QStringLiteral("deliveryMode"),
         QJsonObject{{QStringLiteral("transportType"), QStringLiteral("WebSocket")}}}};
    sendMessage(meta, body);
}

void Stream::onReply(const QJsonObject &meta, const QJsonObject &body)
{
    if (meta.value(QLatin1String("messageId")).toString() != m_subscribeRequestId
        || m_subscribeRequestId.isEmpty())
        return;
    m_subscribeRequestId.clear();
    const int status = meta.value(QLatin1String("status")).toInt();
    const QString id = body.value(QLatin1String("id")).toString();
    if (status >= 200 && status < 300 && !id.isEmpty()) {
        m_subscriptionId = id;
        qCInfo(lcRingCentral) << "subscribed" << id;
        ready(true);
        return;
    }
    net::HttpResponse r;
    r.status = status;
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    Problem p = m_session.problemOf(r, tr("subscribing to calls and texts"));
    if (status == 401)
        p.kind = Problem::Kind::Network; // token trouble: the next wstoken request refreshes it
    m_opening = false;
    m_socket.abort();
    retryLater(p);
}

void Stream::onNotification(const QJsonObject &body)
{
    const QString subscription = body.value(QLatin1String("subscriptionId")).toString();
    if (!m_subscriptionId.isEmpty() && !subscription.isEmpty()
        && subscription != m_subscriptionId) {
        qCInfo(lcRingCentral) << "ignored a notification of another subscription" << subscription;
        return;
    }
    const QString uuid = body.value(QLatin1String("uuid")).toString();
    if (!uuid.isEmpty()) {
        if (m_recentUuids.contains(uuid))
            return; // replayed after recovery, already handled
        m_recentUuids << uuid;
        while (m_recentUuids.size() > kRecentUuids)
            m_recentUuids.removeFirst();
    }
    emit notification(body);
}

void Stream::ready(bool lostEvents)
{
    m_handshakeTimer.stop();
    m_opening = false;
    m_ready = true;
    m_recovering = false;
    m_droppedAtMs = 0;
    m_backoff.reset();
    m_session.streaming = true;
    m_session.setHealthy();
    m_lastHeardMs = m_session.nowMs();
    m_heartbeatSentMs = 0;
    m_keepAliveTimer.start(std::max(100, m_session.settings.keepAliveMs / 4));
    if (lostEvents)
        emit gap();
}

void Stream::keepAlive()
{
    if (!m_ready)
        return;
    const qint64 now = m_session.nowMs();
    const qint64 keepAlive = m_session.settings.keepAliveMs;
    if (m_heartbeatSentMs > 0) {
        if (now - m_heartbeatSentMs >= keepAlive)
            dropped(tr("RingCentral stopped answering on the WebSocket"));
        return;
    }
    if (now - m_lastHeardMs >= keepAlive) {
        m_heartbeatSentMs = now;
        sendMessage({{QStringLiteral("type"), QStringLiteral("Heartbeat")},
                     {QStringLiteral("messageId"), newMessageId()}});
    }
}

void Stream::dropped(const QString &why)
{
    if (!m_session.running)
        return;
    const bool wasReady = m_ready;
    m_opening = m_ready = false;
    m_session.streaming = false;
    m_keepAliveTimer.stop();
    m_handshakeTimer.stop();
    ++m_generation;
    m_socket.abort();
    if (wasReady)
        m_droppedAtMs = m_session.nowMs();
    qCWarning(lcRingCentral).noquote() << why;
    Problem p;
    p.kind = Problem::Kind::Network;
    p.detail = why;
    retryLater(p);
}

void Stream::retryLater(const Problem &problem)
{
    if (!m_session.running)
        return;
    m_opening = false;
    m_session.streaming = false;
    qint64 wait = m_backoff.next(problem.retryAfterMs);
    if (problem.kind == Problem::Kind::Auth || problem.kind == Problem::Kind::Refused)
        wait = std::max(wait, kAuthRetryMs);
    if (problem.kind == Problem::Kind::Network && m_backoff.failures() == 1)
        wait = std::min<qint64>(wait, 500); // a drop: try again almost at once
    qCWarning(lcRingCentral).noquote() << problem.detail << "- reconnecting in" << wait << "ms";
    if (problem.kind == Problem::Kind::Network || problem.kind == Problem::Kind::Server
        || problem.kind == Problem::Kind::RateLimited)
        m_session.setState(ConnectionState::Reconnecting, problem.detail);
    else
        m_session.setState(problem.state(), problem.detail);
    m_reconnectTimer.start(wait);
}

} // namespace ringback::ringcentral
