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

#include <QAbstractHttpServer>
#include <QDateTime>
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

class FakeTelnyx final : public QAbstractHttpServer
{
    Q_OBJECT

public:
    static QString apiKey() { return QStringLiteral("KEY0123456789ABCDEF_test"); }
    static QString businessNumber() { return QStringLiteral("+15125550100"); }
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
    // A scripted answer for the next request of one kind.
    struct Reply
    {
        int status = 0;        // HTTP status; 0: the normal answer
        QString code;          // Telnyx error code (a string) for the errors body
        QString title;         // its title
        QString detail;        // its detail
        QByteArray retryAfter; // Retry-After header
        QByteArray rateReset;  // x-ratelimit-reset header (seconds)
        QByteArray rawBody;    // sent as is (malformed JSON)
        bool record = false;   // a send: Telnyx keeps the message anyway
        bool never = false;    // never answer

        static Reply fail(int status, const QString &code, const QString &title)
        {
            Reply r;
            r.status = status;
            r.code = code;
            r.title = title;
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
        QList<QPair<QString, QString>> query;
        QJsonObject json;
        bool authorized = false;
    };

    FakeTelnyx();
    ~FakeTelnyx() override;

    bool start();
    QString baseUrl() const;

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

    // What was seen.
    QList<Request> requests;
    QStringList violations;
    const QList<MessageRecord> &sentMessages() const { return m_messages; }
    int sendsTo(const QString &to) const;
    int count(const QByteArray &method, const QString &path) const;

    // The OutboundMessagePayload of a stored message with to[0].status.
    static QJsonObject outboundPayload(const MessageRecord &m,
                                       const QString &status,
                                       const QString &errorCode = QString());

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
    Answer dispatch(const QHttpServerRequest &request, Request &seen);
    Answer createMessage(const QHttpServerRequest &request, Request &seen);
    Answer detailRecords(const Request &seen);
    Answer messagingNumbers(const Request &seen);
    Answer listCallEvents(const Request &seen); // FakeTelnyxCallEvents.cpp
    Answer scripted(std::deque<Reply> &script, bool *record = nullptr);
    Answer error(int status, const QString &code, const QString &title, const QString &detail = {});
    Answer data(const QJsonValue &value);
    bool allowedParams(const Request &seen, const QStringList &allowed, Answer *bad);
    void write(const QHttpServerRequest &request, QTcpSocket *socket, const Answer &answer);

    QList<MessageRecord> m_messages;
    std::vector<std::shared_ptr<QHttpServerResponder>> m_held;
    quint16 m_port = 0;
    int m_counter = 0;
};

} // namespace ringback::test
