#include "FakeRingCentral.h"

#include <QJsonArray>

namespace ringback::test {

QStringList FakeRingCentral::expectedFilters()
{
    return {QStringLiteral("/restapi/v1.0/account/~/extension/~/message-store/instant?type=SMS"),
            QStringLiteral("/restapi/v1.0/account/~/extension/~/telephony/sessions")};
}

FakeRingCentral::FakeRingCentral()
    : m_wsServer(QStringLiteral("fake-ringcentral"), QWebSocketServer::NonSecureMode)
{
    connect(&m_wsServer, &QWebSocketServer::newConnection, this, &FakeRingCentral::onSocket);
    addRoutes();
}

FakeRingCentral::~FakeRingCentral()
{
    if (m_socket)
        m_socket->abort();
    m_wsServer.close();
}

bool FakeRingCentral::start()
{
    return FakeHttpServer::start() && m_wsServer.listen(QHostAddress::LocalHost, 0);
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
    return fake::only(m_messages, [](const MessageRecord &m) {
        return m.direction == QLatin1String("Outbound");
    });
}

int FakeRingCentral::sendsTo(const QString &to) const
{
    return fake::countOf(sentMessages(), [&](const MessageRecord &m) { return m.to == to; });
}

FakeRingCentral::Answer FakeRingCentral::notFound()
{
    return error(404, QStringLiteral("CMN-102"), QStringLiteral("Resource not found"));
}

FakeRingCentral::Answer FakeRingCentral::unrouted(Request &seen)
{
    violation(
        QStringLiteral("unknown endpoint %1 %2").arg(QString::fromLatin1(seen.method), seen.path));
    return notFound();
}

// Every endpoint but OAuth's own: a Bearer access token issued here and not expired.
std::optional<FakeRingCentral::Answer> FakeRingCentral::authenticate(Request &seen)
{
    const QString bearer = QString::fromLatin1(seen.authorization);
    const QString tokenValue
        = bearer.startsWith(QLatin1String("Bearer ")) ? bearer.mid(7) : QString();
    seen.authorized = m_accessTokens.contains(tokenValue)
                      && m_accessTokens.value(tokenValue) >= QDateTime::currentMSecsSinceEpoch();
    if (seen.authorized)
        return std::nullopt;
    if (!bearer.startsWith(QLatin1String("Bearer ")))
        violation(QStringLiteral("%1 without a Bearer token").arg(seen.path));
    return error(401, QStringLiteral("TokenInvalid"), QStringLiteral("Token not found or expired"));
}

void FakeRingCentral::addRoutes()
{
    route(
        "*",
        QStringLiteral("/restapi/oauth/token"),
        [this](Request &seen, const auto &) {
            if (seen.method != "POST") {
                violation(
                    QStringLiteral("token endpoint with %1").arg(QString::fromLatin1(seen.method)));
                return error(405, QStringLiteral("CMN-405"), QStringLiteral("Method not allowed"));
            }
            if (!seen.contentType.startsWith("application/x-www-form-urlencoded")) {
                violation(QStringLiteral("token request is not a form"));
                return error(
                    415, QStringLiteral("CMN-415"), QStringLiteral("Unsupported media type"));
            }
            return token(seen);
        },
        Access::Open);
    route(
        "*",
        QStringLiteral("/restapi/oauth/authorize"),
        [this](Request &seen, const auto &) {
            if (seen.method != "GET")
                violation(QStringLiteral("authorize endpoint with %1")
                              .arg(QString::fromLatin1(seen.method)));
            return authorize(seen.query);
        },
        Access::Open);
    // Each of the others answers whatever the method, after noting a wrong one.
    const auto add = [this](const QString &path, const QByteArray &method, auto answer) {
        route("*",
              QRegularExpression::escape(path),
              [this, path, method, answer](Request &seen, const auto &) {
                  if (seen.method != method)
                      violation(
                          QStringLiteral("%1 with %2").arg(path, QString::fromLatin1(seen.method)));
                  return answer(seen);
              });
    };
    const QString ext = QStringLiteral("/restapi/v1.0/account/~/extension/~");
    add(QStringLiteral("/restapi/oauth/wstoken"), "POST", [this](const Request &) {
        return wsToken();
    });
    add(ext + QStringLiteral("/phone-number"), "GET", [this](const Request &seen) {
        return phoneNumbers(seen.query);
    });
    add(ext + QStringLiteral("/call-log-sync"), "GET", [this](const Request &seen) {
        return callSync(seen.query);
    });
    add(ext + QStringLiteral("/message-sync"), "GET", [this](const Request &seen) {
        return messageSync(seen.query);
    });
    add(ext + QStringLiteral("/message-store"), "GET", [this](const Request &seen) {
        return messageStore(seen.query);
    });
    add(ext + QStringLiteral("/sms"), "POST", [this](const Request &seen) { return sms(seen); });
}

FakeRingCentral::Answer
FakeRingCentral::error(int status, const QString &code, const QString &message)
{
    const QJsonObject e{{QStringLiteral("errorCode"), code}, {QStringLiteral("message"), message}};
    QJsonObject body = e;
    body.insert(QStringLiteral("errors"), QJsonArray{e});
    return Answer::json(body, status);
}

FakeRingCentral::Answer FakeRingCentral::failure(const Reply &reply)
{
    return error(reply.status, reply.code, reply.title);
}

FakeRingCentral::Answer FakeRingCentral::scripted(const Reply &reply, const QByteArray &group)
{
    return answerFor(reply).withHeader("X-Rate-Limit-Group", group);
}

} // namespace ringback::test
