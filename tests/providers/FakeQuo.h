#pragma once

// A fake Quo (OpenPhone) public API v1 on 127.0.0.1 for the openphone
// provider's tests. It checks every request against the public API v1 spec
// (https://openphone-public-api-prod.s3.us-west-2.amazonaws.com/public/openphone-public-api-v1-prod.json):
// methods and paths, the raw API key in Authorization (a "Bearer …" is refused
// like Quo does), the known and required query parameters and their patterns
// (phoneNumberId PN…, exactly one E.164 participant, maxResults 1..100, ISO
// 8601 times, pageTokens it issued), the JSON body of a send (content, from,
// to[1]), and Quo's rate limit of 10 requests a second. Anything off the
// contract is answered like Quo would (401/400/404 with its JSON error body)
// and listed in violations. Responses have the spec's shapes ({data,
// totalItems, nextPageToken}, all required fields, 202 + {data} on a send).
// Faults are scripted.

#include <QAbstractHttpServer>
#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QStringList>
#include <QTcpSocket>

#include <deque>
#include <functional>
#include <memory>

class QHttpServerResponder;

namespace ringback::test {

class FakeQuo final : public QAbstractHttpServer
{
    Q_OBJECT

public:
    static QString apiKey() { return QStringLiteral("quoTestKey0123456789abcdef"); }
    static QString businessNumber() { return QStringLiteral("+15125550100"); }
    static QString phoneNumberId() { return QStringLiteral("PNbusiness01"); }
    static QString otherNumber() { return QStringLiteral("+15125550111"); } // also on the account
    static QString userId() { return QStringLiteral("USowner0001"); }

    using Params = QList<QPair<QString, QString>>;

    struct CallRecord
    {
        QString id;
        QString participant; // the caller (E.164)
        QString direction = QStringLiteral("incoming");
        QString status;
        QDateTime createdAt;
        QDateTime answeredAt;
        QDateTime completedAt;
        int duration = 0;
    };
    struct MessageRecord
    {
        QString id;
        QString participant;
        QString text;
        QString direction = QStringLiteral("incoming");
        QString status = QStringLiteral("received");
        QDateTime createdAt;
        int fetches = 0;
    };
    // A scripted answer for the next request of one kind.
    struct Reply
    {
        int status = 0;        // HTTP status; 0: the normal answer
        QString code;          // Quo's error code ("0206400")
        QString title;         // its title
        QString message;       // and message
        QByteArray retryAfter; // Retry-After header
        QByteArray rawBody;    // sent as is (malformed JSON)
        bool record = false;   // a send: Quo keeps the message anyway
        bool never = false;    // never answer

        static Reply fail(int status,
                          const QString &code,
                          const QString &title,
                          const QByteArray &retryAfter = {})
        {
            Reply r;
            r.status = status;
            r.code = code;
            r.title = title;
            r.message = title;
            r.retryAfter = retryAfter;
            return r;
        }
        static Reply raw(int status, const QByteArray &body, bool record = false)
        {
            Reply r;
            r.status = status;
            r.rawBody = body;
            r.record = record;
            return r;
        }
    };
    struct Request
    {
        QByteArray method;
        QString path;
        Params query;
        QJsonObject body;
        QByteArray authorization;
        bool authorized = false;
    };

    FakeQuo();
    ~FakeQuo() override;

    bool start();
    QString baseUrl() const;

    // The world Quo knows about. Times default to now. Each call or message
    // updates its conversation (updatedAt = now).
    QString addCall(CallRecord call);
    QString addMissedCall(const QString &from, const QString &status = QStringLiteral("missed"));
    QString addAnsweredCall(const QString &from);
    QString addInboundMessage(const QString &from, const QString &text);
    void setCallStatus(const QString &id, const QString &status, bool answered = false);
    // The call or message `id` as a Quo webhook carries it in data.object
    // (the API's fields plus "object": "call" or "message"); empty if unknown.
    QJsonObject webhookObject(const QString &id) const;

    // Scripts, consumed in order.
    std::deque<Reply> sendReplies;          // POST /v1/messages
    std::deque<Reply> callsReplies;         // GET /v1/calls
    std::deque<Reply> messagesReplies;      // GET /v1/messages
    std::deque<Reply> conversationsReplies; // GET /v1/conversations
    std::deque<Reply> numbersReplies;       // GET /v1/phone-numbers
    int maxPageSize = 100;                  // smaller than maxResults forces more pages
    bool numberOnAccount = true;
    QHash<QString, QString> finalStatus; // to -> status a sent message ends in (delivered)
    std::function<void(const MessageRecord &)> onSend; // after a send was stored

    // What was seen.
    QList<Request> requests;
    QStringList violations;
    QList<MessageRecord> sentMessages() const; // created through the API
    int sendsTo(const QString &to) const;
    int count(const QByteArray &method, const QString &path) const;

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct Answer
    {
        int status = 200;
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers;
        bool never = false;
    };
    struct Conversation
    {
        QString id;
        QString participant;
        QDateTime createdAt;
        QDateTime updatedAt;
        QString lastActivityId;
    };
    Answer dispatch(const QHttpServerRequest &request, Request &seen);
    Answer listNumbers(const Params &query);
    Answer listConversations(const Params &query);
    Answer listCalls(const Params &query);
    Answer listMessages(const Params &query);
    Answer fetchMessage(const QString &id);
    Answer sendMessage(const QHttpServerRequest &request, const QJsonObject &body);
    Answer page(const QList<QJsonObject> &items, const Params &query, const QString &kind);
    Answer error(int status, const QString &code, const QString &title, const QString &message);
    Answer scripted(std::deque<Reply> &script);
    bool checkQuery(const Params &query,
                    const QStringList &allowed,
                    const QStringList &required,
                    Answer *bad);
    QJsonObject callJson(const CallRecord &c) const;
    QJsonObject messageJson(const MessageRecord &m) const;
    void touch(const QString &participant, const QString &activityId);
    void checkRate();
    void write(const QHttpServerRequest &request, QTcpSocket *socket, const Answer &answer);
    QString newId(const char *prefix);

    QList<CallRecord> m_calls;
    QList<MessageRecord> m_messages;
    QList<Conversation> m_conversations;
    QHash<QString, QString> m_pageTokens; // token -> the filters it continues
    std::vector<std::shared_ptr<QHttpServerResponder>> m_held;
    QElapsedTimer m_clock;
    std::deque<qint64> m_arrivals;
    quint16 m_port = 0;
    int m_counter = 0;
};

} // namespace ringback::test
