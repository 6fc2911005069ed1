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

#include "FakeHttpServer.h"

#include <QHash>
#include <QSet>

namespace ringback::test {

class FakeTwilio final : public FakeHttpServer
{
    Q_OBJECT

public:
    static QString accountSid() { return QStringLiteral("AC0123456789abcdef0123456789abcdef"); }
    static QString authToken() { return QStringLiteral("test-auth-token"); }
    static QString apiPath() { return QStringLiteral("/2010-04-01/Accounts/") + accountSid(); }

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
    FakeTwilio();
    ~FakeTwilio() override;

    bool start() override;

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

    // What was seen (requests, violations, count() come with FakeHttpServer).
    QList<MessageRecord> sentMessages() const; // created through the API
    int sendsTo(const QString &to) const;
    // The provider's id of the `i`-th message sent through the API.
    QString sentId(qsizetype i = 0) const { return sentMessages().value(i).sid; }
    const QList<CallRecord> &calls() const { return m_calls; }

protected:
    std::optional<Answer> authenticate(Request &seen) override;
    Answer unrouted(Request &seen) override;
    Answer notFound() override;
    Answer failure(const Reply &reply) override;
    Answer undocumentedParameter(const QString &key) override;

private:
    void addRoutes(); // FakeTwilioRoutes.cpp
    Answer listCalls(const Params &query, const QString &path);
    Answer listMessages(const Params &query, const QString &path);
    Answer createMessage(const Params &form);
    Answer fetchMessage(const QString &sid);
    Answer listMedia(const QString &messageSid, const Params &query, const QString &path);
    Answer fetchMediaContent(const QString &messageSid, const QString &mediaSid);
    Answer cdn(const QString &mediaSid, const Request &seen);
    Answer incomingNumbers(const Params &query, const QString &path);
    Answer account();
    Answer page(const QString &key,
                const QList<QJsonObject> &items,
                const Params &query,
                const QString &path);
    Answer error(int status, int code, const QString &message);
    bool checkParams(const Params &query, const QStringList &allowed, Answer *bad);
    // A 34-character SID: two letters and 32 hexadecimal digits.
    QString newSid(const char *prefix) { return newId(prefix, 16, 16); }

    QList<CallRecord> m_calls;
    QList<MessageRecord> m_messages;
    QHash<QString, int> m_fetches; // message sid -> GETs, for status progress
    QSet<QString> m_pageTokens;
    quint16 m_cdnPort = 0;
};

} // namespace ringback::test
