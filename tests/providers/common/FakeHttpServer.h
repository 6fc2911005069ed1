#pragma once

// The HTTP plumbing every fake provider server of the tests shares: it listens
// on 127.0.0.1 on a port the system picks, reads each request (QtHttpServer
// parses HTTP/1.1, chunked bodies included) into a Request it keeps in a log,
// routes it by method and path pattern, and writes the Answer a route gave:
// at once, late, never, or not at all (the connection dropped). Scripted
// Replies (an HTTP error, 429 + Retry-After, a raw body, a late or missing
// answer) stand in for the normal answer of one request. A fake built on it
// keeps only what its provider documents: routes, authentication, JSON shapes
// and its error body.
//
// Helpers for what the fakes decode and encode alike (query strings, forms,
// E.164 numbers, ISO 8601 times, Basic auth) sit beside it in namespace fake,
// deliberately independent of the plugins' own code, so a bug there cannot
// hide itself here.

#include <QAbstractHttpServer>
#include <QByteArray>
#include <QDateTime>
#include <QHostAddress>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QRegularExpression>
#include <QStringList>

#include <algorithm>
#include <deque>
#include <functional>
#include <iterator>
#include <memory>
#include <optional>
#include <vector>

class QHttpServerRequest;
class QHttpServerResponder;
class QTcpSocket;

namespace ringback::test::fake {

using Params = QList<QPair<QString, QString>>;
using Headers = QList<QPair<QByteArray, QByteArray>>;

// Decodes a query string or form body like a real server: '+' is a space.
Params decodeParams(const QByteArray &encoded);
// Every value of `key`, in order; the first one; whether there is one.
QStringList values(const Params &params, const QString &key);
QString param(const Params &params, const QString &key);
bool has(const Params &params, const QString &key);
// "+" and 7 to 15 digits, the first not 0.
bool isE164(const QString &s);
// ISO 8601 in UTC with milliseconds ("2026-11-25T04:27:12.000Z").
QString iso(const QDateTime &t);
// The same, or null for an invalid time.
QJsonValue isoOrNull(const QDateTime &t);
QByteArray compact(const QJsonObject &object);
// "Basic " + Base64("user:password").
QByteArray basicAuth(const QString &user, const QString &password);

// The items of `list` that `keep` says yes to, and how many there are.
template<typename T, typename Keep>
QList<T> only(const QList<T> &list, Keep keep)
{
    QList<T> out;
    std::copy_if(list.cbegin(), list.cend(), std::back_inserter(out), keep);
    return out;
}
template<typename T, typename Keep>
int countOf(const QList<T> &list, Keep keep)
{
    return int(std::count_if(list.cbegin(), list.cend(), keep));
}

// The records `keep` says yes to, newest first by `time` (ties in their
// order), each as `toJson` writes it: the rows of a list endpoint.
template<typename T, typename Keep, typename Time, typename ToJson>
QList<QJsonObject> newestFirst(const QList<T> &records, Keep keep, Time time, ToJson toJson)
{
    QList<T> rows = only(records, keep);
    std::stable_sort(
        rows.begin(), rows.end(), [&](const T &a, const T &b) { return time(a) > time(b); });
    QList<QJsonObject> out;
    for (const T &row : rows)
        out.append(toJson(row));
    return out;
}

// One request as the fake saw it.
struct Request
{
    QByteArray method; // GET, POST, PUT, PATCH, DELETE or OTHER
    QString path;      // decoded
    QString rawPath;   // as sent
    QString rawQuery;  // as sent
    Params query;      // decoded
    Headers headers;
    QByteArray contentType;
    QByteArray authorization;
    QByteArray body;         // as sent
    Params form;             // an application/x-www-form-urlencoded body, decoded
    QJsonObject json;        // an application/json object body
    bool authorized = false; // set by the fake's authentication check
    QByteArray header(const QByteArray &name) const; // case-insensitive
};

// A scripted answer for the next request of one kind, in place of the normal one.
struct Reply
{
    int status = 0;        // HTTP status; 0: the normal answer
    QString code;          // the provider's error code
    QString title;         // its title or message
    QString detail;        // a longer explanation, where the provider has one
    QByteArray retryAfter; // Retry-After header
    QByteArray rawBody;    // sent as is (malformed JSON); null: the provider's error body
    Headers headers;       // more headers (rate-limit details)
    bool record = false;   // a send: the provider keeps the message anyway
    int delayMs = 0;       // answer late
    bool never = false;    // never answer
    bool drop = false;     // close the connection without an answer

    static Reply
    fail(int status, const QString &code, const QString &title, const QByteArray &retryAfter = {});
    static Reply
    fail(int status, int code, const QString &title, const QByteArray &retryAfter = {});
    static Reply raw(int status, const QByteArray &body, bool record = false);
    // The request is taken (a send kept when `record`) and its answer never comes.
    static Reply hang(bool record = false);
    // The connection closes before an answer.
    static Reply dropped(bool record = false);

    // Neither an error, a raw body nor a fault: the fake's normal answer.
    bool isNormal() const { return status == 0 && rawBody.isNull() && !never && !drop; }
};

// What the fake writes back.
struct Answer
{
    int status = 200;
    QByteArray body;
    Headers headers;
    QByteArray contentType = QByteArrayLiteral("application/json; charset=utf-8");
    int delayMs = 0;
    bool never = false;
    bool drop = false;

    static Answer json(const QJsonObject &object, int status = 200);
    Answer &withHeader(const QByteArray &name, const QByteArray &value);
};

} // namespace ringback::test::fake

namespace ringback::test {

class FakeHttpServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    using Params = fake::Params;
    using Headers = fake::Headers;
    using Request = fake::Request;
    using Reply = fake::Reply;
    using Answer = fake::Answer;

    // The office's business line, the one number every fake provider serves.
    static QString businessNumber() { return QStringLiteral("+15125550100"); }

    explicit FakeHttpServer(QObject *parent = nullptr);
    ~FakeHttpServer() override;

    // Listens on 127.0.0.1, on a port the system picks.
    virtual bool start();
    quint16 port() const { return m_port; }
    QString baseUrl() const;

    // What was seen.
    QList<Request> requests;
    QStringList violations;
    // Requests with `method` whose path ends with `pathSuffix`.
    int count(const QByteArray &method, const QString &pathSuffix) const;
    QList<Request> requestsTo(const QByteArray &method, const QString &pathSuffix) const;
    // Answers written, not counting those held back (late or never).
    int answered() const { return m_answered; }

protected:
    using Handler = std::function<Answer(Request &, const QRegularExpressionMatch &)>;
    enum class Access { Authorized, Open };

    // Another address to listen on (a second origin on loopback); its port.
    quint16 listenAlso(const QHostAddress &address);

    // A route: `method` ("*" for any) and an anchored regular expression over
    // the decoded path; the first route registered that matches wins. Open
    // routes skip the authentication check.
    void route(const QByteArray &method,
               const QString &pattern,
               Handler handler,
               Access access = Access::Authorized);

    // Hooks of the fake.
    // Before anything else (rate limits).
    virtual void arrived(const Request &) {}
    // Checks the credentials of a request to a route that needs them (and of
    // one that matches no route); sets seen.authorized; a refusal to send, if any.
    virtual std::optional<Answer> authenticate(Request &seen);
    // No route matched: by default a violation and notFound().
    virtual Answer unrouted(Request &seen);
    virtual Answer notFound();
    // The provider's error answer for a scripted failure.
    virtual Answer failure(const Reply &reply) = 0;
    // The provider's answer to a query parameter its documentation does not
    // list (400 by default).
    virtual Answer undocumentedParameter(const QString &key);

    // False, with a violation and *bad the provider's answer, if `query`
    // has a parameter that is not in `documented`.
    bool onlyDocumented(const Params &query, const QStringList &documented, Answer *bad);

    // The answer for `reply`: a raw body (status `rawStatus` when the reply
    // has none), the provider's error, or an empty `rawStatus` answer, with
    // Retry-After, extra headers and its timing.
    Answer answerFor(const Reply &reply, int rawStatus = 200);
    // The next reply of `script`, consumed; nullopt when it is empty.
    static std::optional<Reply> next(std::deque<Reply> &script);
    // answerFor() the next reply of a non-empty script.
    Answer scripted(std::deque<Reply> &script, int rawStatus = 200);

    void violation(const QString &what) { violations << what; }
    // A new id: `prefix`, then the time and a running count in hexadecimal,
    // `timeDigits` and `countDigits` wide.
    QString newId(const char *prefix, int timeDigits, int countDigits);

    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct Route
    {
        QByteArray method;
        QRegularExpression pattern;
        Handler handler;
        Access access;
    };
    Answer dispatch(Request &seen);
    void write(const QHttpServerRequest &request, QTcpSocket *socket, const Answer &answer);

    std::vector<Route> m_routes;
    std::vector<std::shared_ptr<QHttpServerResponder>> m_held;
    quint16 m_port = 0;
    int m_answered = 0;
    int m_ids = 0;
};

} // namespace ringback::test
