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

#include "FakeHttpServer.h"

#include <QElapsedTimer>
#include <QHash>

namespace ringback::test {

class FakeQuo final : public FakeHttpServer
{
    Q_OBJECT

public:
    static QString apiKey() { return QStringLiteral("quoTestKey0123456789abcdef"); }
    static QString phoneNumberId() { return QStringLiteral("PNbusiness01"); }
    static QString otherNumber() { return QStringLiteral("+15125550111"); } // also on the account
    static QString userId() { return QStringLiteral("USowner0001"); }

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
    FakeQuo();
    ~FakeQuo() override;

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

    // What was seen (requests, violations, count() come with FakeHttpServer).
    QList<MessageRecord> sentMessages() const; // created through the API
    int sendsTo(const QString &to) const;
    // The provider's id of the `i`-th message sent through the API.
    QString sentId(qsizetype i = 0) const { return sentMessages().value(i).id; }

protected:
    void arrived(const Request &seen) override;
    std::optional<Answer> authenticate(Request &seen) override;
    Answer notFound() override;
    Answer failure(const Reply &reply) override;
    Answer undocumentedParameter(const QString &key) override;

private:
    struct Conversation
    {
        QString id;
        QString participant;
        QDateTime createdAt;
        QDateTime updatedAt;
        QString lastActivityId;
    };
    void addRoutes(); // FakeQuoRoutes.cpp
    Answer listNumbers(const Params &query);
    Answer listConversations(const Params &query);
    Answer listCalls(const Params &query);
    Answer listMessages(const Params &query);
    // What the calls and messages lists check alike after their own checks:
    // the account's phoneNumberId, and the next scripted reply of `script`,
    // which answers instead of the list.
    std::optional<Answer>
    listScripted(const Params &query, const QString &kind, std::deque<Reply> &script);
    Answer fetchMessage(const QString &id);
    Answer sendMessage(const QJsonObject &body);
    Answer page(const QList<QJsonObject> &items, const Params &query, const QString &kind);
    Answer error(int status, const QString &code, const QString &title, const QString &message);
    bool checkQuery(const Params &query,
                    const QStringList &allowed,
                    const QStringList &required,
                    Answer *bad);
    QJsonObject callJson(const CallRecord &c) const;
    QJsonObject messageJson(const MessageRecord &m) const;
    void touch(const QString &participant, const QString &activityId);
    QString quoId(const char *prefix) { return newId(prefix, 12, 6); }

    QList<CallRecord> m_calls;
    QList<MessageRecord> m_messages;
    QList<Conversation> m_conversations;
    QHash<QString, QString> m_pageTokens; // token -> the filters it continues
    QElapsedTimer m_clock;
    std::deque<qint64> m_arrivals;
};

} // namespace ringback::test
