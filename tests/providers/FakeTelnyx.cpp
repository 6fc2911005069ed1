#include "FakeTelnyx.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

namespace ringback::test {

using fake::isE164;
using fake::iso;
using fake::param;

FakeTelnyx::FakeTelnyx()
{
    addRoutes();
}

FakeTelnyx::~FakeTelnyx() = default;

void FakeTelnyx::addRoutes()
{
    route("POST", QStringLiteral("/v2/messages"), [this](Request &seen, const auto &) {
        return createMessage(seen);
    });
    route("GET", QStringLiteral("/v2/detail_records"), [this](Request &seen, const auto &) {
        return detailRecords(seen);
    });
    route("GET",
          QStringLiteral("/v2/phone_numbers/messaging"),
          [this](Request &seen, const auto &) { return messagingNumbers(seen); });
    route("GET", QStringLiteral("/v2/call_events"), [this](Request &seen, const auto &) {
        return listCallEvents(seen);
    });
}

FakeTelnyx::Reply FakeTelnyx::rateLimited(Reply reply, const QByteArray &resetSeconds)
{
    reply.headers.append({QByteArrayLiteral("x-ratelimit-limit"), QByteArrayLiteral("10")});
    reply.headers.append({QByteArrayLiteral("x-ratelimit-remaining"), QByteArrayLiteral("0")});
    reply.headers.append({QByteArrayLiteral("x-ratelimit-reset"), resetSeconds});
    return reply;
}

int FakeTelnyx::sendsTo(const QString &to) const
{
    return fake::countOf(m_messages, [&](const MessageRecord &m) { return m.to == to; });
}

QJsonObject
FakeTelnyx::outboundPayload(const MessageRecord &m, const QString &status, const QString &errorCode)
{
    QJsonArray errors;
    if (!errorCode.isEmpty())
        errors.append(QJsonObject{{QStringLiteral("code"), errorCode},
                                  {QStringLiteral("title"), QStringLiteral("Delivery failed")},
                                  {QStringLiteral("detail"), QStringLiteral("Not routable")}});
    return QJsonObject{
        {QStringLiteral("record_type"), QStringLiteral("message")},
        {QStringLiteral("direction"), QStringLiteral("outbound")},
        {QStringLiteral("id"), m.id},
        {QStringLiteral("type"), QStringLiteral("SMS")},
        {QStringLiteral("messaging_profile_id"), m.profileId},
        {QStringLiteral("from"),
         QJsonObject{{QStringLiteral("phone_number"), m.from},
                     {QStringLiteral("carrier"), QStringLiteral("Telnyx")},
                     {QStringLiteral("line_type"), QStringLiteral("Wireless")}}},
        {QStringLiteral("to"),
         QJsonArray{QJsonObject{{QStringLiteral("phone_number"), m.to},
                                {QStringLiteral("status"), status},
                                {QStringLiteral("carrier"), QStringLiteral("T-MOBILE USA, INC.")},
                                {QStringLiteral("line_type"), QStringLiteral("Wireless")}}}},
        {QStringLiteral("text"), m.text},
        {QStringLiteral("media"), QJsonArray()},
        {QStringLiteral("encoding"), QStringLiteral("GSM-7")},
        {QStringLiteral("parts"), 1},
        {QStringLiteral("errors"), errors},
        {QStringLiteral("received_at"), iso(m.created)},
        {QStringLiteral("sent_at"),
         status == QLatin1String("queued") ? QJsonValue() : iso(m.created)},
    };
}

std::optional<FakeTelnyx::Answer> FakeTelnyx::authenticate(Request &seen)
{
    seen.authorized = seen.authorization == "Bearer " + apiKey().toUtf8();
    if (seen.authorized)
        return std::nullopt;
    if (!seen.authorization.startsWith("Bearer "))
        violation(QStringLiteral("%1 without a Bearer header").arg(seen.path));
    return error(401,
                 QStringLiteral("10009"),
                 QStringLiteral("Authentication failed"),
                 QStringLiteral("The API key is invalid."));
}

FakeTelnyx::Answer FakeTelnyx::notFound()
{
    return error(404, QStringLiteral("10005"), QStringLiteral("Resource not found"));
}

FakeTelnyx::Answer FakeTelnyx::failure(const Reply &reply)
{
    return error(reply.status, reply.code, reply.title, reply.detail);
}

FakeTelnyx::Answer FakeTelnyx::createMessage(Request &seen)
{
    if (!seen.contentType.startsWith("application/json"))
        violations << QStringLiteral("POST /v2/messages is not JSON");
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(seen.body, &parseError);
    if (!doc.isObject()) {
        violations << QStringLiteral("POST /v2/messages body is not a JSON object");
        return error(400, QStringLiteral("10015"), QStringLiteral("Bad Request"));
    }
    seen.json = doc.object();
    static const QStringList allowed{QStringLiteral("from"),
                                     QStringLiteral("to"),
                                     QStringLiteral("text"),
                                     QStringLiteral("messaging_profile_id")};
    for (auto it = seen.json.begin(); it != seen.json.end(); ++it) {
        if (!allowed.contains(it.key()))
            violations << QStringLiteral("unexpected send field %1").arg(it.key());
    }
    MessageRecord m;
    m.from = seen.json.value(QLatin1String("from")).toString();
    m.to = seen.json.value(QLatin1String("to")).toString();
    m.text = seen.json.value(QLatin1String("text")).toString();
    m.profileId = seen.json.value(QLatin1String("messaging_profile_id")).toString();
    if (!isE164(m.to) || m.from != businessNumber()) {
        violations << QStringLiteral("bad from/to %1 -> %2").arg(m.from, m.to);
        return error(
            400, QStringLiteral("10016"), QStringLiteral("Phone number must be in +E.164 format"));
    }
    if (m.text.isEmpty()) {
        violations << QStringLiteral("send without text");
        return error(400, QStringLiteral("10004"), QStringLiteral("Missing required parameter"));
    }
    const auto store = [this, &m] {
        m.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        m.created = QDateTime::currentDateTimeUtc();
        m_messages.append(m);
        if (onSend)
            onSend(m);
    };
    if (const auto reply = next(sendReplies)) {
        if (reply->record)
            store();
        return answerFor(*reply);
    }
    store();
    return data(outboundPayload(m, QStringLiteral("queued")));
}

FakeTelnyx::Answer FakeTelnyx::detailRecords(const Request &seen)
{
    Answer bad;
    if (!onlyDocumented(seen.query,
                        {QStringLiteral("filter[record_type]"),
                         QStringLiteral("filter[direction]"),
                         QStringLiteral("filter[cli]"),
                         QStringLiteral("filter[cld]"),
                         QStringLiteral("filter[created_at][gte]"),
                         QStringLiteral("sort"),
                         QStringLiteral("page[size]"),
                         QStringLiteral("page[number]")},
                        &bad))
        return bad;
    if (param(seen.query, QStringLiteral("filter[record_type]")) != QLatin1String("messaging")) {
        violations << QStringLiteral("detail_records without filter[record_type]=messaging");
        return error(400, QStringLiteral("10004"), QStringLiteral("Missing required parameter"));
    }
    if (!recordsReplies.empty())
        return scripted(recordsReplies);
    const QString cli = param(seen.query, QStringLiteral("filter[cli]"));
    const QString cld = param(seen.query, QStringLiteral("filter[cld]"));
    const QDate since = QDate::fromString(
        param(seen.query, QStringLiteral("filter[created_at][gte]")), Qt::ISODate);
    QJsonArray records;
    for (const MessageRecord &m : m_messages) {
        if ((!cli.isEmpty() && m.from != cli) || (!cld.isEmpty() && m.to != cld)
            || (since.isValid() && m.created.date() < since))
            continue;
        records.append(
            QJsonObject{{QStringLiteral("record_type"), QStringLiteral("message_detail_record")},
                        {QStringLiteral("uuid"), m.id},
                        {QStringLiteral("cli"), m.from},
                        {QStringLiteral("cld"), m.to},
                        {QStringLiteral("direction"), QStringLiteral("outbound")},
                        {QStringLiteral("message_type"), QStringLiteral("SMS")},
                        {QStringLiteral("status"), QStringLiteral("delivered")},
                        {QStringLiteral("created_at"), iso(m.created)}});
    }
    return data(records);
}

FakeTelnyx::Answer FakeTelnyx::messagingNumbers(const Request &seen)
{
    Answer bad;
    if (!onlyDocumented(seen.query,
                        {QStringLiteral("filter[phone_number]"),
                         QStringLiteral("filter[messaging_profile_id]"),
                         QStringLiteral("page[size]"),
                         QStringLiteral("page[number]")},
                        &bad))
        return bad;
    if (!numberReplies.empty())
        return scripted(numberReplies);
    const QString number = param(seen.query, QStringLiteral("filter[phone_number]"));
    QJsonArray list;
    if (numberOnAccount && number == businessNumber())
        list.append(
            QJsonObject{{QStringLiteral("record_type"), QStringLiteral("messaging_settings")},
                        {QStringLiteral("id"), QStringLiteral("1293384261075731499")},
                        {QStringLiteral("phone_number"), number},
                        {QStringLiteral("messaging_profile_id"), numberProfileId},
                        {QStringLiteral("country_code"), QStringLiteral("US")},
                        {QStringLiteral("type"), QStringLiteral("longcode")}});
    return data(list);
}

FakeTelnyx::Answer FakeTelnyx::undocumentedParameter(const QString &)
{
    return error(400, QStringLiteral("10015"), QStringLiteral("Bad Request"));
}

FakeTelnyx::Answer
FakeTelnyx::error(int status, const QString &code, const QString &title, const QString &detail)
{
    QJsonObject e{{QStringLiteral("code"), code}, {QStringLiteral("title"), title}};
    if (!detail.isEmpty())
        e.insert(QStringLiteral("detail"), detail);
    return Answer::json({{QStringLiteral("errors"), QJsonArray{e}}}, status);
}

FakeTelnyx::Answer FakeTelnyx::data(const QJsonValue &value)
{
    QJsonObject root{{QStringLiteral("data"), value}};
    if (value.isArray())
        root.insert(QStringLiteral("meta"),
                    QJsonObject{{QStringLiteral("page_number"), 1},
                                {QStringLiteral("page_size"), 50},
                                {QStringLiteral("total_pages"), 1},
                                {QStringLiteral("total_results"), value.toArray().size()}});
    return Answer::json(root);
}

} // namespace ringback::test
