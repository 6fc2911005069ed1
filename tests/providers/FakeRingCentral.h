#pragma once

// A fake RingCentral platform API on 127.0.0.1 for the ringcentral provider's
// tests (https://developers.ringcentral.com/api-reference). REST: the OAuth
// authorize endpoint (a 302 to the redirect URI with a code, remembering the
// PKCE challenge) and token endpoint (form, Basic client auth or a public
// client's client_id, JWT, authorization-code and refresh grants), wstoken,
// phone-number, call-log-sync and message-sync (FSync / ISync with sync
// tokens), message-store and sms, each checking method, path, Bearer token,
// parameters and JSON bodies; anything off the contract is answered like
// RingCentral would and listed in violations. WebSocket: the [meta, body]
// protocol (ConnectionDetails with wsc, ClientRequest subscription with the
// same messageId, ServerNotification, Heartbeat, session recovery with a replay
// buffer). Faults are scripted per endpoint.

#include <QAbstractHttpServer>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QPointer>
#include <QSet>
#include <QStringList>
#include <QTcpSocket>
#include <QWebSocket>
#include <QWebSocketServer>

#include <deque>
#include <functional>
#include <memory>

class QHttpServerResponder;

namespace ringback::test {

class FakeRingCentral final : public QAbstractHttpServer
{
    Q_OBJECT

public:
    static QString clientId() { return QStringLiteral("rcClientId0123"); }
    static QString clientSecret() { return QStringLiteral("rc-client-secret-4567"); }
    static QString jwt() { return QStringLiteral("eyJraWQiOiJ0ZXN0In0.eyJzdWIiOiIxMjMifQ.c2ln"); }
    static QString businessNumber() { return QStringLiteral("+15125550100"); }
    static QStringList expectedFilters();

    using Params = QList<QPair<QString, QString>>;

    struct CallRecord
    {
        QString id;
        QString sessionId; // telephonySessionId
        QString from;
        QString result = QStringLiteral("Missed");
        QString direction = QStringLiteral("Inbound");
        QDateTime start;
        int duration = 20;
        bool voicemail = false;
        qint64 seq = 0;
    };
    struct MessageRecord
    {
        QString id;
        QString from;
        QString to;
        QString text;
        QString direction = QStringLiteral("Inbound");
        QString status = QStringLiteral("Received");
        QString errorCode; // deliveryErrorCode
        QDateTime created;
        qint64 seq = 0;
    };
    // A scripted answer for the next request of one kind.
    struct Reply
    {
        int status = 0;        // HTTP status; 0: the normal answer
        QString code;          // errorCode for the JSON error body
        QString message;       // its message
        QByteArray retryAfter; // Retry-After header
        QByteArray rawBody;    // sent as is (malformed JSON)
        bool record = false;   // an sms: RingCentral keeps the message anyway
        int delayMs = 0;
        bool never = false; // never answer

        static Reply fail(int status,
                          const QString &code,
                          const QString &message,
                          const QByteArray &retryAfter = {})
        {
            Reply r;
            r.status = status;
            r.code = code;
            r.message = message;
            r.retryAfter = retryAfter;
            return r;
        }
        static Reply raw(int status, const QByteArray &body)
        {
            Reply r;
            r.status = status;
            r.rawBody = body;
            return r;
        }
    };
    struct Request
    {
        QByteArray method;
        QString path;
        Params query;
        QByteArray body;
        QByteArray authorization;
    };

    FakeRingCentral();
    ~FakeRingCentral() override;

    bool start();
    QString baseUrl() const;

    // The world. A call or text is pushed over the WebSocket when `notify`;
    // while the socket is down it waits in the session's recovery buffer.
    QString addMissedCall(const QString &from,
                          const QString &result = QStringLiteral("Missed"),
                          bool notify = true);
    QString addAnsweredCall(const QString &from);
    QString addInboundSms(const QString &from, const QString &text, bool notify = true);
    QString addOutboundMessage(const QString &to, const QString &text, const QDateTime &created);

    // The WebSocket.
    void dropSockets();                // the connection breaks; the session stays recoverable
    void sendRaw(const QString &text); // to the connected socket
    bool isSubscribed() const;
    bool allowRecovery = true;
    bool answerHeartbeats = true;

    // Tokens.
    int tokenTtlSeconds = 3600;
    // A refresh token the token endpoint accepts once (a saved sign-in).
    QString issueRefreshToken();
    QString lastRefreshToken; // the newest refresh token issued
    // The authorize endpoint answers with this error (access_denied) instead of a code.
    QString authorizeError;
    void expireAccessTokens(); // every access token issued so far is refused (401)
    void invalidateSyncTokens();

    // Scripts, consumed in order.
    std::deque<Reply> tokenReplies;
    std::deque<Reply> smsReplies;
    std::deque<Reply> callSyncReplies;
    std::deque<Reply> messageSyncReplies;
    QHash<QString, QString> deliveryErrors; // To -> deliveryErrorCode: DeliveryFailed
    bool numberOnExtension = true;
    bool numberCanText = true;
    std::function<void(const MessageRecord &)> onSend;

    // What was seen.
    QList<Request> requests;
    QStringList violations;
    int jwtGrants = 0;
    int refreshGrants = 0;
    int authCodeGrants = 0;
    int publicClientRequests = 0; // token requests with client_id and no Basic auth
    int socketConnections = 0;
    int recoveries = 0;
    int heartbeats = 0;
    QList<QJsonObject> subscriptions; // the [meta, body] bodies of subscription requests
    int count(const QByteArray &method, const QString &pathSuffix) const;
    int sendsTo(const QString &to) const;
    QList<MessageRecord> sentMessages() const;
    const QList<CallRecord> &calls() const { return m_calls; }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

public:
    struct Answer
    {
        int status = 200;
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers;
        int delayMs = 0;
        bool never = false;
    };

private:
    Answer dispatch(const QHttpServerRequest &request, Request &seen);
    // FakeRingCentralOAuth.cpp
    Answer authorize(const Params &query);
    Answer token(const QHttpServerRequest &request, const Params &form);
    Answer issueTokens();
    Answer wsToken();
    Answer phoneNumbers(const Params &query);
    Answer callSync(const Params &query);
    Answer messageSync(const Params &query);
    Answer messageStore(const Params &query);
    Answer sms(const QHttpServerRequest &request);
    Answer scripted(std::deque<Reply> &script, const QByteArray &group);
    Answer error(int status, const QString &code, const QString &message);
    bool checkParams(const Params &query, const QStringList &allowed, Answer *bad);
    QJsonObject callJson(const CallRecord &c) const;
    QJsonObject messageJson(const MessageRecord &m) const;
    QString issueSyncToken(const QString &kind, qint64 seq, const QString &group);
    void write(const QHttpServerRequest &request, QTcpSocket *socket, const Answer &answer);
    void progress(const QString &messageId);

    // FakeRingCentralSocket.cpp
    void onSocket();
    void onSocketText(QWebSocket *socket, const QString &text);
    void notify(const QString &event, const QJsonObject &body);
    void sendFrame(QWebSocket *socket, const QJsonObject &meta, const QJsonObject &body);
    QJsonObject wscMeta(const QString &type, const QString &messageId);

    QList<CallRecord> m_calls;
    QList<MessageRecord> m_messages;
    QHash<QString, qint64> m_accessTokens; // token -> expiry (ms)
    QSet<QString> m_refreshTokens;
    struct AuthCode
    {
        QString clientId;
        QString redirectUri;
        QString challenge;
    };
    QHash<QString, AuthCode> m_codes; // issued, not exchanged yet
    QSet<QString> m_wsTokens;         // issued, not used yet
    struct SyncToken
    {
        QString kind;
        qint64 seq = 0;
        QString group;
    };
    QHash<QString, SyncToken> m_syncTokens;
    std::vector<std::shared_ptr<QHttpServerResponder>> m_held;
    QWebSocketServer m_wsServer;
    QPointer<QWebSocket> m_socket;
    QString m_wscToken;
    qint64 m_wscSequence = 0;
    QString m_subscriptionId;
    QList<QJsonObject> m_buffer; // notifications while disconnected
    quint16 m_port = 0;
    qint64 m_seq = 0;
    int m_counter = 0;
};

} // namespace ringback::test
