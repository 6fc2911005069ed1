#include "FakeHttpServer.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

namespace ringback::test {

namespace fake {

Params decodeParams(const QByteArray &encoded)
{
    Params out;
    for (const QByteArray &part : encoded.split('&')) {
        if (part.isEmpty())
            continue;
        const qsizetype eq = part.indexOf('=');
        QByteArray key = eq < 0 ? part : part.left(eq);
        QByteArray value = eq < 0 ? QByteArray() : part.mid(eq + 1);
        key.replace('+', ' ');
        value.replace('+', ' ');
        out.append({QString::fromUtf8(QByteArray::fromPercentEncoding(key)),
                    QString::fromUtf8(QByteArray::fromPercentEncoding(value))});
    }
    return out;
}

QStringList values(const Params &params, const QString &key)
{
    QStringList out;
    for (const auto &[k, v] : params) {
        if (k == key)
            out << v;
    }
    return out;
}

QString param(const Params &params, const QString &key)
{
    const QStringList all = values(params, key);
    return all.isEmpty() ? QString() : all.first();
}

bool has(const Params &params, const QString &key)
{
    return !values(params, key).isEmpty();
}

bool isE164(const QString &s)
{
    static const QRegularExpression pattern(QStringLiteral("^\\+[1-9][0-9]{6,14}$"));
    return pattern.match(s).hasMatch();
}

QString iso(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QJsonValue isoOrNull(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(iso(t)) : QJsonValue(QJsonValue::Null);
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray basicAuth(const QString &user, const QString &password)
{
    return "Basic " + (user + QLatin1Char(':') + password).toUtf8().toBase64();
}

QByteArray Request::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

Reply Reply::fail(int status,
                  const QString &code,
                  const QString &title,
                  const QByteArray &retryAfter)
{
    Reply r;
    r.status = status;
    r.code = code;
    r.title = title;
    r.retryAfter = retryAfter;
    return r;
}

Reply Reply::fail(int status, int code, const QString &title, const QByteArray &retryAfter)
{
    return fail(status, QString::number(code), title, retryAfter);
}

Reply Reply::raw(int status, const QByteArray &body, bool record)
{
    Reply r;
    r.status = status;
    // Never null, so an empty body is sent as such.
    r.rawBody = body.isNull() ? QByteArray("") : body;
    r.record = record;
    return r;
}

Reply Reply::hang(bool record)
{
    Reply r;
    r.never = true;
    r.record = record;
    return r;
}

Reply Reply::dropped(bool record)
{
    Reply r;
    r.drop = true;
    r.record = record;
    return r;
}

Answer Answer::json(const QJsonObject &object, int status)
{
    Answer a;
    a.status = status;
    a.body = compact(object);
    return a;
}

Answer &Answer::withHeader(const QByteArray &name, const QByteArray &value)
{
    headers.append({name, value});
    return *this;
}

} // namespace fake

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    using M = QHttpServerRequest::Method;
    switch (method) {
    case M::Get:
        return QByteArrayLiteral("GET");
    case M::Post:
        return QByteArrayLiteral("POST");
    case M::Put:
        return QByteArrayLiteral("PUT");
    case M::Patch:
        return QByteArrayLiteral("PATCH");
    case M::Delete:
        return QByteArrayLiteral("DELETE");
    default:
        return QByteArrayLiteral("OTHER");
    }
}

} // namespace

FakeHttpServer::FakeHttpServer(QObject *parent)
    : QAbstractHttpServer(parent)
{}

FakeHttpServer::~FakeHttpServer() = default;

bool FakeHttpServer::start()
{
    m_port = listen(QHostAddress::LocalHost, 0);
    return m_port != 0;
}

quint16 FakeHttpServer::listenAlso(const QHostAddress &address)
{
    return listen(address, 0);
}

QString FakeHttpServer::baseUrl() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(m_port);
}

QString FakeHttpServer::newId(const char *prefix, int timeDigits, int countDigits)
{
    return QLatin1String(prefix)
           + QStringLiteral("%1%2")
                 .arg(
                     quint64(QDateTime::currentMSecsSinceEpoch()), timeDigits, 16, QLatin1Char('0'))
                 .arg(++m_ids, countDigits, 16, QLatin1Char('0'));
}

int FakeHttpServer::count(const QByteArray &method, const QString &pathSuffix) const
{
    return int(requestsTo(method, pathSuffix).size());
}

QList<fake::Request> FakeHttpServer::requestsTo(const QByteArray &method,
                                                const QString &pathSuffix) const
{
    QList<Request> out;
    for (const Request &r : requests) {
        if (r.method == method && r.path.endsWith(pathSuffix))
            out.append(r);
    }
    return out;
}

void FakeHttpServer::route(const QByteArray &method,
                           const QString &pattern,
                           Handler handler,
                           Access access)
{
    m_routes.push_back({method,
                        QRegularExpression(QRegularExpression::anchoredPattern(pattern)),
                        std::move(handler),
                        access});
}

std::optional<fake::Answer> FakeHttpServer::authenticate(Request &seen)
{
    seen.authorized = true;
    return std::nullopt;
}

fake::Answer FakeHttpServer::unrouted(Request &seen)
{
    violation(QStringLiteral("%1 %2 is not a documented endpoint")
                  .arg(QString::fromLatin1(seen.method), seen.path));
    return notFound();
}

fake::Answer FakeHttpServer::notFound()
{
    Answer a;
    a.status = 404;
    return a;
}

fake::Answer FakeHttpServer::undocumentedParameter(const QString &)
{
    Answer a;
    a.status = 400;
    return a;
}

bool FakeHttpServer::onlyDocumented(const Params &query, const QStringList &documented, Answer *bad)
{
    for (const auto &[key, value] : query) {
        if (!documented.contains(key)) {
            violation(QStringLiteral("unknown parameter \"%1\"").arg(key));
            *bad = undocumentedParameter(key);
            return false;
        }
    }
    return true;
}

fake::Answer FakeHttpServer::answerFor(const Reply &reply, int rawStatus)
{
    Answer a;
    if (!reply.rawBody.isNull()) {
        a.status = reply.status ? reply.status : rawStatus;
        a.body = reply.rawBody;
    } else if (reply.status) {
        a = failure(reply);
    } else {
        a.status = rawStatus;
    }
    if (!reply.retryAfter.isEmpty())
        a.headers.append({QByteArrayLiteral("Retry-After"), reply.retryAfter});
    a.headers.append(reply.headers);
    a.delayMs = reply.delayMs;
    a.never = reply.never;
    a.drop = reply.drop;
    return a;
}

std::optional<fake::Reply> FakeHttpServer::next(std::deque<Reply> &script)
{
    if (script.empty())
        return std::nullopt;
    Reply r = script.front();
    script.pop_front();
    return r;
}

fake::Answer FakeHttpServer::scripted(std::deque<Reply> &script, int rawStatus)
{
    return answerFor(*next(script), rawStatus);
}

fake::Answer FakeHttpServer::dispatch(Request &seen)
{
    for (const Route &r : m_routes) {
        if (r.method != "*" && r.method != seen.method)
            continue;
        const QRegularExpressionMatch match = r.pattern.match(seen.path);
        if (!match.hasMatch())
            continue;
        if (r.access == Access::Authorized) {
            if (auto refused = authenticate(seen))
                return *refused;
        }
        return r.handler(seen, match);
    }
    if (auto refused = authenticate(seen))
        return *refused;
    return unrouted(seen);
}

bool FakeHttpServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const QUrl url = request.url();
    Request seen;
    seen.method = methodName(request.method());
    seen.path = url.path(QUrl::FullyDecoded);
    seen.rawPath = url.path(QUrl::FullyEncoded);
    seen.rawQuery = url.query(QUrl::FullyEncoded);
    seen.query = fake::decodeParams(seen.rawQuery.toUtf8());
    seen.headers = request.headers();
    seen.contentType = request.value("Content-Type");
    seen.authorization = request.value("Authorization");
    seen.body = request.body();
    if (seen.contentType.startsWith("application/x-www-form-urlencoded"))
        seen.form = fake::decodeParams(seen.body);
    else if (seen.contentType.startsWith("application/json"))
        seen.json = QJsonDocument::fromJson(seen.body).object();
    arrived(seen);
    const Answer answer = dispatch(seen);
    requests.append(seen);
    write(request, socket, answer);
    return true;
}

void FakeHttpServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    write(request, socket, notFound());
}

void FakeHttpServer::write(const QHttpServerRequest &request,
                           QTcpSocket *socket,
                           const Answer &answer)
{
    auto responder = std::make_shared<QHttpServerResponder>(makeResponder(request, socket));
    const QPointer<QTcpSocket> guard(socket);
    const auto send = [this, responder, guard, answer] {
        if (!guard || !guard->isOpen())
            return;
        if (answer.drop) {
            guard->abort();
            return;
        }
        responder->writeStatusLine(QHttpServerResponder::StatusCode(answer.status));
        for (const auto &[key, value] : answer.headers)
            responder->writeHeader(key, value);
        responder->writeHeader("Content-Type", answer.contentType);
        responder->writeHeader("Content-Length", QByteArray::number(answer.body.size()));
        responder->writeBody(answer.body);
        ++m_answered;
    };
    if (answer.never) {
        m_held.push_back(responder);
        return;
    }
    if (answer.delayMs > 0) {
        m_held.push_back(responder);
        QTimer::singleShot(answer.delayMs, this, send);
        return;
    }
    send();
}

} // namespace ringback::test
