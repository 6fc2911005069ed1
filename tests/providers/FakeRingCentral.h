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

#include "FakeHttpServer.h"

#include <QHash>
#include <QJsonArray>
#include <QPointer>
#include <QSet>
#include <QWebSocket>
#include <QWebSocketServer>

namespace ringback::test {

class FakeRingCentral final : public FakeHttpServer
{
    Q_OBJECT

public:
    static QString clientId() { return QStringLiteral("rcClientId0123"); }
    static QString clientSecret() { return QStringLiteral("rc-client-secret-4567"); }
    static QString jwt() { return QStringLiteral("eyJraWQiOiJ0ZXN0In0.eyJzdWIiOiIxMjMifQ.c2ln"); }
    static QStringList expectedFilters();

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
    FakeRingCentral();
    ~FakeRingCentral() override;

    bool start() override;

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

    // What was seen (besides requests, violations and count() of FakeHttpServer).
    int jwtGrants = 0;
    int refreshGrants = 0;
    int authCodeGrants = 0;
    int publicClientRequests = 0; // token requests with client_id and no Basic auth
    int socketConnections = 0;
    int recoveries = 0;
    int heartbeats = 0;
    QList<QJsonObject> subscriptions; // the [meta, body] bodies of subscription requests
    int sendsTo(const QString &to) const;
    QList<MessageRecord> sentMessages() const;
    // The id of the `i`-th message sent through the API.
    QString sentId(qsizetype i = 0) const { return sentMessages().value(i).id; }
    const QList<CallRecord> &calls() const { return m_calls; }

protected:
    std::optional<Answer> authenticate(Request &seen) override;
    Answer unrouted(Request &seen) override;
    Answer notFound() override;
    Answer failure(const Reply &reply) override;
    Answer undocumentedParameter(const QString &key) override;

private:
    void addRoutes();
    // FakeRingCentralOAuth.cpp
    Answer authorize(const Params &query);
    Answer token(const Request &seen);
    Answer issueTokens();
    Answer wsToken();
    Answer phoneNumbers(const Params &query);
    Answer callSync(const Params &query);
    Answer messageSync(const Params &query);
    // What call-log-sync and message-sync share: an FSync with `filter` as
    // its one parameter of its own (recordCount and dateFrom read), an ISync
    // continuation of a sync token of `kind` ("calls", "messages") issued
    // here, a refusal if either is off; and the answer with the records and
    // the next token.
    std::optional<Answer>
    startSync(const Params &query, const QString &filter, int *limit, QDateTime *from);
    std::optional<Answer>
    continueSync(const Params &query, const QString &kind, qint64 *after, QString *group = nullptr);
    Answer syncAnswer(const QJsonArray &records,
                      const QString &type,
                      const QString &kind,
                      const QString &group,
                      const QByteArray &rateGroup);
    Answer messageStore(const Params &query);
    Answer sms(const Request &seen);
    // The answer for a scripted reply, in RingCentral's rate-limit `group`.
    Answer scripted(const Reply &reply, const QByteArray &group);
    Answer error(int status, const QString &code, const QString &message);
    QJsonObject callJson(const CallRecord &c) const;
    QJsonObject messageJson(const MessageRecord &m) const;
    QString issueSyncToken(const QString &kind, qint64 seq, const QString &group);
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
    QWebSocketServer m_wsServer;
    QPointer<QWebSocket> m_socket;
    QString m_wscToken;
    qint64 m_wscSequence = 0;
    QString m_subscriptionId;
    QList<QJsonObject> m_buffer; // notifications while disconnected
    qint64 m_seq = 0;
    int m_counter = 0;
};

} // namespace ringback::test
