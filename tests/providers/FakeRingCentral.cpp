#include "FakeRingCentral.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>
#include <QUrl>

namespace ringback::test {

namespace {

FakeRingCentral::Params decode(const QByteArray &encoded)
{
    FakeRingCentral::Params out;
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

} // namespace

QStringList FakeRingCentral::expectedFilters()
{
    return {QStringLiteral("/restapi/v1.0/account/~/extension/~/message-store/instant?type=SMS"),
            QStringLiteral("/restapi/v1.0/account/~/extension/~/telephony/sessions")};
}

FakeRingCentral::FakeRingCentral()
    : m_wsServer(QStringLiteral("fake-ringcentral"), QWebSocketServer::NonSecureMode)
{
    connect(&m_wsServer, &QWebSocketServer::newConnection, this, &FakeRingCentral::onSocket);
}

FakeRingCentral::~FakeRingCentral()
{
    if (m_socket)
        m_socket->abort();
    m_wsServer.close();
}

bool FakeRingCentral::start()
{
    m_port = listen(QHostAddress::LocalHost, 0);
    return m_port != 0 && m_wsServer.listen(QHostAddress::LocalHost, 0);
}

QString FakeRingCentral::baseUrl() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(m_port);
}

QString FakeRingCentral::addMissedCall(const QString &from, const QString &result, bool notifyApp)
{
    CallRecord c;
    c.id = QStringLiteral("CL%1").arg(++m_counter);
    c.sessionId = QStringLiteral("s-%1").arg(m_counter);
    c.from = from;
    c.result = result;
    c.voicemail = result == QLatin1String("Voicemail");
    c.start = QDateTime::currentDateTimeUtc().addSecs(-c.duration);
    c.seq = ++m_seq;
    m_calls.append(c);
    if (notifyApp) {
        const QJsonObject party{
            {QStringLiteral("id"), QStringLiteral("p-%1").arg(m_counter)},
            {QStringLiteral("direction"), QStringLiteral("Inbound")},
            {QStringLiteral("from"), QJsonObject{{QStringLiteral("phoneNumber"), from}}},
            {QStringLiteral("to"), QJsonObject{{QStringLiteral("phoneNumber"), businessNumber()}}},
            {QStringLiteral("status"),
             QJsonObject{
                 {QStringLiteral("code"),
                  c.voicemail ? QStringLiteral("VoiceMail") : QStringLiteral("Disconnected")}}},
            {QStringLiteral("missedCall"), result != QLatin1String("Accepted")}};
        notify(
            QStringLiteral("/restapi/v1.0/account/~/extension/~/telephony/sessions"),
            {{QStringLiteral("sequence"), 5},
             {QStringLiteral("sessionId"), QStringLiteral("%1").arg(100000 + m_counter)},
             {QStringLiteral("telephonySessionId"), c.sessionId},
             {QStringLiteral("eventTime"), c.start.addSecs(c.duration).toString(Qt::ISODateWithMs)},
             {QStringLiteral("parties"), QJsonArray{party}}});
    }
    return c.id;
}

QString FakeRingCentral::addAnsweredCall(const QString &from)
{
    return addMissedCall(from, QStringLiteral("Accepted"));
}

QString FakeRingCentral::addInboundSms(const QString &from, const QString &text, bool notifyApp)
{
    MessageRecord m;
    m.id = QString::number(9000000000LL + ++m_counter);
    m.from = from;
    m.to = businessNumber();
    m.text = text;
    m.created = QDateTime::currentDateTimeUtc();
    m.seq = ++m_seq;
    m_messages.append(m);
    if (notifyApp)
        notify(QStringLiteral("/restapi/v1.0/account/~/extension/~/message-store/instant?type=SMS"),
               messageJson(m));
    return m.id;
}

QString FakeRingCentral::addOutboundMessage(const QString &to,
                                            const QString &text,
                                            const QDateTime &created)
{
    MessageRecord m;
    m.id = QString::number(9000000000LL + ++m_counter);
    m.from = businessNumber();
    m.to = to;
    m.text = text;
    m.direction = QStringLiteral("Outbound");
    m.status = QStringLiteral("Queued");
    m.created = created;
    m.seq = ++m_seq;
    m_messages.append(m);
    return m.id;
}

void FakeRingCentral::expireAccessTokens()
{
    for (auto it = m_accessTokens.begin(); it != m_accessTokens.end(); ++it)
        it.value() = 0;
}

void FakeRingCentral::invalidateSyncTokens()
{
    m_syncTokens.clear();
}

QString FakeRingCentral::issueSyncToken(const QString &kind, qint64 seq, const QString &group)
{
    const QString token = QStringLiteral("%1-sync-%2-%3").arg(kind).arg(seq).arg(++m_counter);
    m_syncTokens.insert(token, {kind, seq, group});
    return token;
}

QList<FakeRingCentral::MessageRecord> FakeRingCentral::sentMessages() const
{
    QList<MessageRecord> out;
    for (const MessageRecord &m : m_messages) {
        if (m.direction == QLatin1String("Outbound"))
            out.append(m);
    }
    return out;
}

int FakeRingCentral::sendsTo(const QString &to) const
{
    int n = 0;
    for (const MessageRecord &m : sentMessages())
        n += m.to == to ? 1 : 0;
    return n;
}

int FakeRingCentral::count(const QByteArray &method, const QString &pathSuffix) const
{
    int n = 0;
    for (const Request &r : requests)
        n += r.method == method && r.path.endsWith(pathSuffix) ? 1 : 0;
    return n;
}

void FakeRingCentral::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    write(request,
          socket,
          error(404, QStringLiteral("CMN-102"), QStringLiteral("Resource not found")));
}

bool FakeRingCentral::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    Request seen;
    const Answer answer = dispatch(request, seen);
    requests.append(seen);
    write(request, socket, answer);
    return true;
}

FakeRingCentral::Answer FakeRingCentral::dispatch(const QHttpServerRequest &request, Request &seen)
{
    const QUrl url = request.url();
    seen.path = url.path();
    seen.query = decode(url.query(QUrl::FullyEncoded).toLatin1());
    seen.body = request.body();
    seen.authorization = request.value("Authorization");
    const bool get = request.method() == QHttpServerRequest::Method::Get;
    const bool post = request.method() == QHttpServerRequest::Method::Post;
    seen.method = get ? "GET" : post ? "POST" : "OTHER";

    if (seen.path == QLatin1String("/restapi/oauth/token")) {
        if (!post) {
            violations
                << QStringLiteral("token endpoint with %1").arg(QString::fromLatin1(seen.method));
            return error(405, QStringLiteral("CMN-405"), QStringLiteral("Method not allowed"));
        }
        if (!request.value("Content-Type").startsWith("application/x-www-form-urlencoded")) {
            violations << QStringLiteral("token request is not a form");
            return error(415, QStringLiteral("CMN-415"), QStringLiteral("Unsupported media type"));
        }
        return token(request, decode(seen.body));
    }
    if (seen.path == QLatin1String("/restapi/oauth/authorize")) {
        if (!get)
            violations << QStringLiteral("authorize endpoint with %1")
                              .arg(QString::fromLatin1(seen.method));
        return authorize(seen.query);
    }
    // Every other endpoint: a Bearer access token issued here and not expired.
    const QString bearer = QString::fromLatin1(seen.authorization);
    const QString tokenValue
        = bearer.startsWith(QLatin1String("Bearer ")) ? bearer.mid(7) : QString();
    if (!m_accessTokens.contains(tokenValue)
        || m_accessTokens.value(tokenValue) < QDateTime::currentMSecsSinceEpoch()) {
        if (!bearer.startsWith(QLatin1String("Bearer ")))
            violations << QStringLiteral("%1 without a Bearer token").arg(seen.path);
        return error(
            401, QStringLiteral("TokenInvalid"), QStringLiteral("Token not found or expired"));
    }
    const QString ext = QStringLiteral("/restapi/v1.0/account/~/extension/~");
    const auto route = [&](const QString &path, bool wantGet) {
        if (seen.path != path)
            return false;
        if (wantGet != get)
            violations << QStringLiteral("%1 with %2").arg(path, QString::fromLatin1(seen.method));
        return true;
    };
    if (route(QStringLiteral("/restapi/oauth/wstoken"), false))
        return wsToken();
    if (route(ext + QStringLiteral("/phone-number"), true))
        return phoneNumbers(seen.query);
    if (route(ext + QStringLiteral("/call-log-sync"), true))
        return callSync(seen.query);
    if (route(ext + QStringLiteral("/message-sync"), true))
        return messageSync(seen.query);
    if (route(ext + QStringLiteral("/message-store"), true))
        return messageStore(seen.query);
    if (route(ext + QStringLiteral("/sms"), false))
        return sms(request);
    violations << QStringLiteral("unknown endpoint %1 %2")
                      .arg(QString::fromLatin1(seen.method), seen.path);
    return error(404, QStringLiteral("CMN-102"), QStringLiteral("Resource not found"));
}

void FakeRingCentral::write(const QHttpServerRequest &request,
                            QTcpSocket *socket,
                            const Answer &answer)
{
    auto responder = std::make_shared<QHttpServerResponder>(makeResponder(request, socket));
    const QPointer<QTcpSocket> guard(socket);
    const auto send = [responder, guard, answer] {
        if (!guard || !guard->isOpen())
            return;
        responder->writeStatusLine(QHttpServerResponder::StatusCode(answer.status));
        for (const auto &[key, value] : answer.headers)
            responder->writeHeader(key, value);
        responder->writeHeader("Content-Type", "application/json; charset=utf-8");
        responder->writeHeader("Content-Length", QByteArray::number(answer.body.size()));
        responder->writeBody(answer.body);
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

FakeRingCentral::Answer
FakeRingCentral::error(int status, const QString &code, const QString &message)
{
    Answer a;
    a.status = status;
    const QJsonObject e{{QStringLiteral("errorCode"), code}, {QStringLiteral("message"), message}};
    QJsonObject body = e;
    body.insert(QStringLiteral("errors"), QJsonArray{e});
    a.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return a;
}

FakeRingCentral::Answer FakeRingCentral::scripted(std::deque<Reply> &script,
                                                  const QByteArray &group)
{
    const Reply r = script.front();
    script.pop_front();
    Answer a = r.rawBody.isEmpty() ? error(r.status, r.code, r.message) : Answer{};
    if (!r.rawBody.isEmpty()) {
        a.status = r.status;
        a.body = r.rawBody;
    }
    if (!r.retryAfter.isEmpty())
        a.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray(r.retryAfter)));
    a.headers.append(qMakePair(QByteArray("X-Rate-Limit-Group"), QByteArray(group)));
    a.delayMs = r.delayMs;
    a.never = r.never;
    return a;
}

} // namespace ringback::test
