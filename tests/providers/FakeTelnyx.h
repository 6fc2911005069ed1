#pragma once

// A fake Telnyx API v2 on 127.0.0.1 for the telnyx provider's tests. It checks
// every request against the documented contract
// (https://developers.telnyx.com/api and the saved spec subset): method, path,
// "Authorization: Bearer <key>", JSON bodies with only CreateMessageRequest
// fields, E.164 numbers, the required filter[record_type] of detail records,
// the filters and paging of call events (which reach back 24 h at most).
// Anything off the contract is answered like Telnyx would (401/400/404 with its
// {"errors": [...]} body) and listed in violations(). Answers have the spec's
// shapes ({"data": ...}). Faults are scripted: error codes, 429 with
// x-ratelimit-* and Retry-After, 5xx, malformed JSON, answers that never come.

#include "FakeHttpServer.h"

namespace ringback::test {

class FakeTelnyx final : public FakeHttpServer
{
    Q_OBJECT

public:
    static QString apiKey() { return QStringLiteral("KEY0123456789ABCDEF_test"); }
    static QString profileId() { return QStringLiteral("3fa85f64-5717-4562-b3fc-2c963f66afa6"); }

    struct MessageRecord
    {
        QString id;
        QString from;
        QString to;
        QString text;
        QString profileId;
        QDateTime created;
    };
    // `reply` with Telnyx's x-ratelimit-limit / -remaining / -reset headers,
    // the window resetting in `resetSeconds`.
    static Reply rateLimited(Reply reply, const QByteArray &resetSeconds);

    FakeTelnyx();
    ~FakeTelnyx() override;

    // Scripts, consumed in order.
    std::deque<Reply> sendReplies;       // POST /v2/messages
    std::deque<Reply> recordsReplies;    // GET /v2/detail_records
    std::deque<Reply> numberReplies;     // GET /v2/phone_numbers/messaging
    std::deque<Reply> callEventsReplies; // GET /v2/call_events
    // GET /v2/call_events serves these CallEvent items (event_timestamp at or
    // after filter[occurred_at][gte], in order), callEventsPageSize at most a page.
    QList<QJsonObject> callEvents;
    int callEventsPageSize = 250;
    bool numberOnAccount = true;
    QString numberProfileId = profileId();
    std::function<void(const MessageRecord &)> onSend; // after a send was stored

    // What was seen (requests, violations, count() come with FakeHttpServer).
    const QList<MessageRecord> &sentMessages() const { return m_messages; }
    int sendsTo(const QString &to) const;

    // The OutboundMessagePayload of a stored message with to[0].status.
    static QJsonObject outboundPayload(const MessageRecord &m,
                                       const QString &status,
                                       const QString &errorCode = QString());

protected:
    std::optional<Answer> authenticate(Request &seen) override;
    Answer notFound() override;
    Answer failure(const Reply &reply) override;
    Answer undocumentedParameter(const QString &key) override;

private:
    void addRoutes();
    Answer createMessage(Request &seen);
    Answer detailRecords(const Request &seen);
    Answer messagingNumbers(const Request &seen);
    Answer listCallEvents(const Request &seen); // FakeTelnyxCallEvents.cpp
    Answer error(int status, const QString &code, const QString &title, const QString &detail = {});
    Answer data(const QJsonValue &value);

    QList<MessageRecord> m_messages;
};

} // namespace ringback::test
