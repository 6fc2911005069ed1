#pragma once

// A fake Twilio REST API (2010-04-01) on 127.0.0.1 for the twilio provider's
// tests. It checks every request against the documented contract (paths,
// methods, Basic auth, form encoding, known parameters, date filters, paging
// tokens) and records what it saw; anything off the contract is answered
// like Twilio would (401/400/404 with Twilio's JSON error body) and listed in
// violations(). Responses have the documented shapes: "calls"/"messages"
// arrays, next_page_uri paging, RFC 2822 dates, 201 + Message on a send.
// Faults are scripted: error codes, 429 + Retry-After, 5xx, malformed JSON,
// late answers and answers that never come.

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

#include <deque>
#include <functional>
#include <memory>

class QHttpServerResponder;

namespace ringback::test {

class FakeTwilio final : public QAbstractHttpServer
{
    Q_OBJECT

public:
    static QString accountSid() { return QStringLiteral("AC0123456789abcdef0123456789abcdef"); }
    static QString authToken() { return QStringLiteral("test-auth-token"); }
    static QString businessNumber() { return QStringLiteral("+15125550100"); }
    static QString apiPath() { return QStringLiteral("/2010-04-01/Accounts/") + accountSid(); }

    using Params = QList<QPair<QString, QString>>;

    struct CallRecord
    {
        QString sid;
        QString parentSid;
        QString from;
        QString to;
        QString status;
        QString direction = QStringLiteral("inbound");
        QDateTime start;
        QDateTime end;
        int duration = 0;
    };
    struct MediaRecord
    {
        QString sid;
        QByteArray contentType;
        QByteArray data;
    };
    struct MessageRecord
    {
        QString sid;
        QString from;
        QString to;
        QString body;
        QString direction = QStringLiteral("inbound");
        QString status = QStringLiteral("received");
        QDateTime created;
        QDateTime sent;
        int errorCode = 0;
        QList<MediaRecord> media;
    };
    // A scripted answer for the next request of one kind.
    struct Reply
    {
        int status = 0;        // HTTP status; 0: the normal answer
        int code = 0;          // Twilio error code for the JSON error body
        QString message;       // its message
        QByteArray retryAfter; // Retry-After header
        QByteArray rawBody;    // sent as is (malformed JSON)
        bool record = false;   // a send: Twilio keeps the message anyway
        int delayMs = 0;       // answer late
        bool never = false;    // never answer

        static Reply
        fail(int status, int code, const QString &message, const QByteArray &retryAfter = {})
        {
            Reply r;
            r.status = status;
            r.code = code;
            r.message = message;
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
        Params form;
        bool authorized = false;
    };

    FakeTwilio();
    ~FakeTwilio() override;

    bool start();
    QString baseUrl() const;

    // The world Twilio knows about. Times default to now.
    QString addCall(CallRecord call);
    // An inbound call that itself ended no-answer / busy / canceled / failed.
    QString addMissedInbound(const QString &from,
                             const QString &status = QStringLiteral("no-answer"));
    // The usual routing: the inbound parent completed, the <Dial> leg to the
    // office phone ended childStatus ("no-answer" for a missed call,
    // "completed" for an answered one).
    QString addDialled(const QString &from, const QString &childStatus);
    QString addInboundMessage(const QString &from,
                              const QString &body,
                              const QList<MediaRecord> &media = {});
    void setCall(const QString &sid, const QString &status, const QDateTime &end);

    // Scripts, consumed in order.
    std::deque<Reply> sendReplies;     // POST Messages.json
    std::deque<Reply> callsReplies;    // GET Calls.json (lists)
    std::deque<Reply> messagesReplies; // GET Messages.json (lists)
    int maxPageSize = 1000;            // smaller than PageSize forces more pages
    bool numberOnAccount = true;
    QHash<QString, int> deliveryErrors; // To -> error code: the send ends undelivered
    std::function<void(const MessageRecord &)> onSend; // after a send was stored

    // What was seen.
    QList<Request> requests;
    QStringList violations;
    QList<MessageRecord> sentMessages() const; // created through the API
    int sendsTo(const QString &to) const;
    int count(const QByteArray &method, const QString &pathSuffix) const;
    const QList<CallRecord> &calls() const { return m_calls; }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct Answer
    {
        int status = 200;
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers;
        int delayMs = 0;
        bool never = false;
    };
    Answer dispatch(const QHttpServerRequest &request, Request &seen);
    Answer listCalls(const Params &query, const QString &path);
    Answer listMessages(const Params &query, const QString &path);
    Answer createMessage(const QHttpServerRequest &request, const Params &form);
    Answer fetchMessage(const QString &sid);
    Answer listMedia(const QString &messageSid, const Params &query, const QString &path);
    Answer fetchMediaContent(const QString &messageSid, const QString &mediaSid);
    Answer cdn(const QString &mediaSid, const QHttpServerRequest &request);
    Answer incomingNumbers(const Params &query, const QString &path);
    Answer account();
    Answer page(const QString &key,
                const QList<QJsonObject> &items,
                const Params &query,
                const QString &path);
    Answer error(int status, int code, const QString &message);
    Answer scripted(std::deque<Reply> &script);
    bool checkParams(const Params &query, const QStringList &allowed, Answer *bad);
    void write(const QHttpServerRequest &request, QTcpSocket *socket, const Answer &answer);
    QString newSid(const char *prefix);

    QList<CallRecord> m_calls;
    QList<MessageRecord> m_messages;
    QHash<QString, int> m_fetches; // message sid -> GETs, for status progress
    QSet<QString> m_pageTokens;
    std::vector<std::shared_ptr<QHttpServerResponder>> m_held;
    quint16 m_port = 0;
    quint16 m_cdnPort = 0;
    int m_counter = 0;
};

} // namespace ringback::test
