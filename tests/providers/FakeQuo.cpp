#include "FakeQuo.h"

#include "FakeQuoUtil.h"

#include <QJsonArray>

namespace ringback::test {

using namespace fakequo;

FakeQuo::FakeQuo()
{
    m_clock.start();
    addRoutes();
}

FakeQuo::~FakeQuo() = default;

void FakeQuo::touch(const QString &participant, const QString &activityId)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (Conversation &c : m_conversations) {
        if (c.participant == participant) {
            c.updatedAt = now;
            c.lastActivityId = activityId;
            return;
        }
    }
    m_conversations.append({quoId("CN"), participant, now, now, activityId});
}

QString FakeQuo::addCall(CallRecord call)
{
    if (call.id.isEmpty())
        call.id = quoId("AC");
    if (!call.createdAt.isValid())
        call.createdAt = QDateTime::currentDateTimeUtc().addSecs(-25);
    m_calls.append(call);
    touch(call.participant, call.id);
    return call.id;
}

QString FakeQuo::addMissedCall(const QString &from, const QString &status)
{
    CallRecord c;
    c.participant = from;
    c.status = status;
    c.completedAt = QDateTime::currentDateTimeUtc();
    c.createdAt = c.completedAt.addSecs(-20);
    return addCall(c);
}

QString FakeQuo::addAnsweredCall(const QString &from)
{
    CallRecord c;
    c.participant = from;
    c.status = QStringLiteral("completed");
    c.completedAt = QDateTime::currentDateTimeUtc();
    c.createdAt = c.completedAt.addSecs(-200);
    c.answeredAt = c.createdAt.addSecs(5);
    c.duration = 195;
    return addCall(c);
}

QString FakeQuo::addInboundMessage(const QString &from, const QString &text)
{
    MessageRecord m;
    m.id = quoId("AC");
    m.participant = from;
    m.text = text;
    m.createdAt = QDateTime::currentDateTimeUtc();
    m_messages.append(m);
    touch(from, m.id);
    return m.id;
}

void FakeQuo::setCallStatus(const QString &id, const QString &status, bool answered)
{
    for (CallRecord &c : m_calls) {
        if (c.id != id)
            continue;
        c.status = status;
        c.completedAt = QDateTime::currentDateTimeUtc();
        if (answered)
            c.answeredAt = c.createdAt.addSecs(3);
        touch(c.participant, c.id);
    }
}

QJsonObject FakeQuo::webhookObject(const QString &id) const
{
    for (const CallRecord &c : m_calls) {
        if (c.id == id) {
            QJsonObject o = callJson(c);
            o.insert(QStringLiteral("object"), QStringLiteral("call"));
            return o;
        }
    }
    for (const MessageRecord &m : m_messages) {
        if (m.id == id) {
            QJsonObject o = messageJson(m);
            o.insert(QStringLiteral("object"), QStringLiteral("message"));
            return o;
        }
    }
    return {};
}

QList<FakeQuo::MessageRecord> FakeQuo::sentMessages() const
{
    return fake::only(m_messages, [](const MessageRecord &m) {
        return m.direction == QLatin1String("outgoing");
    });
}

int FakeQuo::sendsTo(const QString &to) const
{
    return fake::countOf(sentMessages(),
                         [&](const MessageRecord &m) { return m.participant == to; });
}

QJsonObject FakeQuo::callJson(const CallRecord &c) const
{
    return {{QStringLiteral("id"), c.id},
            {QStringLiteral("phoneNumberId"), phoneNumberId()},
            {QStringLiteral("userId"), userId()},
            {QStringLiteral("direction"), c.direction},
            {QStringLiteral("status"), c.status},
            {QStringLiteral("participants"), QJsonArray{c.participant}},
            {QStringLiteral("answeredAt"), isoOrNull(c.answeredAt)},
            {QStringLiteral("answeredBy"),
             c.answeredAt.isValid() ? QJsonValue(userId()) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("initiatedBy"),
             c.direction == QLatin1String("outgoing") ? QJsonValue(userId())
                                                      : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("createdAt"), isoOrNull(c.createdAt)},
            {QStringLiteral("completedAt"), isoOrNull(c.completedAt)},
            {QStringLiteral("updatedAt"), isoOrNull(c.completedAt)},
            {QStringLiteral("duration"), c.duration},
            {QStringLiteral("forwardedFrom"), QJsonValue::Null},
            {QStringLiteral("forwardedTo"), QJsonValue::Null}};
}

QJsonObject FakeQuo::messageJson(const MessageRecord &m) const
{
    const bool out = m.direction == QLatin1String("outgoing");
    return {{QStringLiteral("id"), m.id},
            {QStringLiteral("to"), QJsonArray{out ? m.participant : businessNumber()}},
            {QStringLiteral("from"), out ? businessNumber() : m.participant},
            {QStringLiteral("text"), m.text},
            {QStringLiteral("phoneNumberId"), phoneNumberId()},
            {QStringLiteral("direction"), m.direction},
            {QStringLiteral("userId"), userId()},
            {QStringLiteral("status"), m.status},
            {QStringLiteral("createdAt"), isoOrNull(m.createdAt)},
            {QStringLiteral("updatedAt"), isoOrNull(m.createdAt)}};
}

std::optional<FakeQuo::Answer> FakeQuo::authenticate(Request &seen)
{
    seen.authorized = seen.authorization == apiKey().toUtf8();
    if (seen.authorized)
        return std::nullopt;
    // "The Quo API does not use a Bearer token": the key goes alone.
    if (seen.authorization.isEmpty() || seen.authorization.startsWith("Bearer "))
        violation(QStringLiteral("Authorization is not the raw API key: \"%1\"")
                      .arg(QString::fromLatin1(seen.authorization.left(12))));
    return error(401, QStringLiteral("0100401"), QStringLiteral("Unauthorized"), QString());
}

FakeQuo::Answer FakeQuo::notFound()
{
    return error(404, QStringLiteral("0100404"), QStringLiteral("Not Found"), QString());
}

FakeQuo::Answer FakeQuo::undocumentedParameter(const QString &key)
{
    return error(400,
                 QStringLiteral("1000400"),
                 QStringLiteral("Bad Request"),
                 QStringLiteral("unknown parameter \"%1\"").arg(key));
}

FakeQuo::Answer FakeQuo::failure(const Reply &reply)
{
    return error(reply.status, reply.code, reply.title, reply.detail);
}

void FakeQuo::arrived(const Request &)
{
    // Quo: 10 requests per second per key. A little slack for the event loop.
    const qint64 now = m_clock.elapsed();
    m_arrivals.push_back(now);
    while (!m_arrivals.empty() && now - m_arrivals.front() >= 900)
        m_arrivals.pop_front();
    if (m_arrivals.size() > 10)
        violation(QStringLiteral("%1 requests within 0.9 s: over Quo's 10 per second")
                      .arg(m_arrivals.size()));
}

FakeQuo::Answer
FakeQuo::error(int status, const QString &code, const QString &title, const QString &message)
{
    return Answer::json({{QStringLiteral("message"), message.isEmpty() ? title : message},
                         {QStringLiteral("code"), code},
                         {QStringLiteral("status"), status},
                         {QStringLiteral("docs"), QStringLiteral("https://openphone.com/docs")},
                         {QStringLiteral("title"), title},
                         {QStringLiteral("trace"), QStringLiteral("fake-trace")}},
                        status);
}

bool FakeQuo::checkQuery(const Params &query,
                         const QStringList &allowed,
                         const QStringList &required,
                         Answer *bad)
{
    const auto refuse = [&](const QString &why) {
        violations << why;
        *bad = error(400, QStringLiteral("1000400"), QStringLiteral("Bad Request"), why);
        return false;
    };
    if (!onlyDocumented(query, allowed, bad))
        return false;
    for (const auto &[key, value] : query) {
        if ((key == QLatin1String("phoneNumberId") || key == QLatin1String("phoneNumbers"))
            && !value.startsWith(QLatin1String("PN")))
            return refuse(QStringLiteral("%1 is not a PN… id: \"%2\"").arg(key, value));
        if (key == QLatin1String("participants") && !isE164(value))
            return refuse(
                QStringLiteral("participant is not E.164 after decoding: \"%1\"").arg(value));
        if (key == QLatin1String("maxResults") && (value.toInt() < 1 || value.toInt() > 100))
            return refuse(QStringLiteral("maxResults %1 out of 1..100").arg(value));
        if (key.endsWith(QLatin1String("After")) || key.endsWith(QLatin1String("Before"))) {
            if (!filterTime(value).isValid())
                return refuse(
                    QStringLiteral("%1 is not an ISO 8601 date-time: \"%2\"").arg(key, value));
        }
    }
    for (const QString &key : required) {
        if (values(query, key).isEmpty())
            return refuse(QStringLiteral("required parameter \"%1\" missing").arg(key));
    }
    const QString token = param(query, QStringLiteral("pageToken"));
    if (!token.isEmpty() && !m_pageTokens.contains(token))
        return refuse(QStringLiteral("pageToken \"%1\" was never issued").arg(token));
    return true;
}

} // namespace ringback::test
