#include "FakeTelnyx.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QRegularExpression>
#include <QUuid>

namespace ringback::test {

namespace {

QList<QPair<QString, QString>> decodeQuery(const QByteArray &encoded)
{
    QList<QPair<QString, QString>> out;
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

QString param(const QList<QPair<QString, QString>> &query, const QString &key)
{
    for (const auto &[k, v] : query) {
        if (k == key)
            return v;
    }
    return {};
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

} // namespace

FakeTelnyx::FakeTelnyx() = default;
FakeTelnyx::~FakeTelnyx() = default;

bool FakeTelnyx::start()
{
    m_port = listen(QHostAddress::LocalHost, 0);
    return m_port != 0;
}

QString FakeTelnyx::baseUrl() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(m_port);
}

int FakeTelnyx::sendsTo(const QString &to) const
{
    int n = 0;
    for (const MessageRecord &m : m_messages)
        n += m.to == to ? 1 : 0;
    return n;
}

int FakeTelnyx::count(const QByteArray &method, const QString &path) const
{
    int n = 0;
    for (const Request &r : requests)
        n += r.method == method && r.path == path ? 1 : 0;
    return n;
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

void FakeTelnyx::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    write(
        request, socket, error(404, QStringLiteral("10005"), QStringLiteral("Resource not found")));
}

bool FakeTelnyx::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    Request seen;
    const Answer answer = dispatch(request, seen);
    requests.append(seen);
    write(request, socket, answer);
    return true;
}

FakeTelnyx::Answer FakeTelnyx::dispatch(const QHttpServerRequest &request, Request &seen)
{
    using M = QHttpServerRequest::Method;
    seen.method = request.method() == M::Post  ? QByteArray("POST")
                  : request.method() == M::Get ? QByteArray("GET")
                                               : QByteArray("OTHER");
    seen.path = request.url().path();
    seen.query = decodeQuery(request.url().query(QUrl::FullyEncoded).toUtf8());
    seen.authorized = request.value("Authorization") == "Bearer " + apiKey().toUtf8();
    if (!seen.authorized) {
        if (!request.value("Authorization").startsWith("Bearer "))
            violations << QStringLiteral("%1 without a Bearer header").arg(seen.path);
        return error(401,
                     QStringLiteral("10009"),
                     QStringLiteral("Authentication failed"),
                     QStringLiteral("The API key is invalid."));
    }
    if (seen.path == QLatin1String("/v2/messages") && seen.method == "POST")
        return createMessage(request, seen);
    if (seen.path == QLatin1String("/v2/detail_records") && seen.method == "GET")
        return detailRecords(seen);
    if (seen.path == QLatin1String("/v2/phone_numbers/messaging") && seen.method == "GET")
        return messagingNumbers(seen);
    if (seen.path == QLatin1String("/v2/call_events") && seen.method == "GET")
        return listCallEvents(seen);
    violations
        << QStringLiteral("unexpected %1 %2").arg(QString::fromLatin1(seen.method), seen.path);
    return error(404, QStringLiteral("10005"), QStringLiteral("Resource not found"));
}

FakeTelnyx::Answer FakeTelnyx::createMessage(const QHttpServerRequest &request, Request &seen)
{
    if (!request.value("Content-Type").startsWith("application/json"))
        violations << QStringLiteral("POST /v2/messages is not JSON");
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(request.body(), &parseError);
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
    bool record = true;
    if (!sendReplies.empty()) {
        const Answer scriptedAnswer = scripted(sendReplies, &record);
        if (record) {
            m.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
            m.created = QDateTime::currentDateTimeUtc();
            m_messages.append(m);
            if (onSend)
                onSend(m);
        }
        return scriptedAnswer;
    }
    m.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m.created = QDateTime::currentDateTimeUtc();
    m_messages.append(m);
    if (onSend)
        onSend(m);
    return data(outboundPayload(m, QStringLiteral("queued")));
}

FakeTelnyx::Answer FakeTelnyx::detailRecords(const Request &seen)
{
    Answer bad;
    if (!allowedParams(seen,
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
    if (!allowedParams(seen,
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

bool FakeTelnyx::allowedParams(const Request &seen, const QStringList &allowed, Answer *bad)
{
    for (const auto &[key, value] : seen.query) {
        if (!allowed.contains(key)) {
            violations << QStringLiteral("unexpected parameter %1 on %2").arg(key, seen.path);
            *bad = error(400, QStringLiteral("10015"), QStringLiteral("Bad Request"));
            return false;
        }
    }
    return true;
}

FakeTelnyx::Answer FakeTelnyx::scripted(std::deque<Reply> &script, bool *record)
{
    const Reply r = script.front();
    script.pop_front();
    if (record)
        *record = r.record;
    Answer a;
    if (!r.rawBody.isEmpty()) {
        a.status = r.status ? r.status : 200;
        a.body = r.rawBody;
    } else if (r.status) {
        a = error(r.status, r.code, r.title, r.detail);
    }
    if (!r.retryAfter.isEmpty())
        a.headers.append({QByteArray("Retry-After"), r.retryAfter});
    if (!r.rateReset.isEmpty()) {
        a.headers.append({QByteArray("x-ratelimit-limit"), QByteArray("10")});
        a.headers.append({QByteArray("x-ratelimit-remaining"), QByteArray("0")});
        a.headers.append({QByteArray("x-ratelimit-reset"), r.rateReset});
    }
    a.never = r.never;
    return a;
}

FakeTelnyx::Answer
FakeTelnyx::error(int status, const QString &code, const QString &title, const QString &detail)
{
    Answer a;
    a.status = status;
    QJsonObject e{{QStringLiteral("code"), code}, {QStringLiteral("title"), title}};
    if (!detail.isEmpty())
        e.insert(QStringLiteral("detail"), detail);
    a.body = QJsonDocument(QJsonObject{{QStringLiteral("errors"), QJsonArray{e}}})
                 .toJson(QJsonDocument::Compact);
    return a;
}

FakeTelnyx::Answer FakeTelnyx::data(const QJsonValue &value)
{
    Answer a;
    QJsonObject root{{QStringLiteral("data"), value}};
    if (value.isArray())
        root.insert(QStringLiteral("meta"),
                    QJsonObject{{QStringLiteral("page_number"), 1},
                                {QStringLiteral("page_size"), 50},
                                {QStringLiteral("total_pages"), 1},
                                {QStringLiteral("total_results"), value.toArray().size()}});
    a.body = QJsonDocument(root).toJson(QJsonDocument::Compact);
    return a;
}

void FakeTelnyx::write(const QHttpServerRequest &request, QTcpSocket *socket, const Answer &answer)
{
    auto responder = std::make_shared<QHttpServerResponder>(makeResponder(request, socket));
    if (answer.never) {
        m_held.push_back(responder);
        return;
    }
    responder->writeStatusLine(QHttpServerResponder::StatusCode(answer.status));
    for (const auto &[key, value] : answer.headers)
        responder->writeHeader(key, value);
    responder->writeHeader("Content-Type", "application/json; charset=utf-8");
    responder->writeHeader("Content-Length", QByteArray::number(answer.body.size()));
    responder->writeBody(answer.body);
}

} // namespace ringback::test
