// The REST routes of the fake RingCentral: what each documented endpoint
// checks and answers.

#include "FakeRingCentral.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTimer>

#include <algorithm>

namespace ringback::test {

using fake::isE164;
using fake::param;

namespace {

void rateHeaders(FakeRingCentral::Answer &a, const QByteArray &group)
{
    // A generous limit, so the provider's spacing stays short in tests.
    a.headers.append(qMakePair(QByteArray("X-Rate-Limit-Group"), QByteArray(group)));
    a.headers.append(qMakePair(QByteArray("X-Rate-Limit-Limit"), QByteArray("600")));
    a.headers.append(qMakePair(QByteArray("X-Rate-Limit-Remaining"), QByteArray("599")));
    a.headers.append(qMakePair(QByteArray("X-Rate-Limit-Window"), QByteArray("60")));
}

} // namespace

FakeRingCentral::Answer FakeRingCentral::undocumentedParameter(const QString &key)
{
    return error(
        400, QStringLiteral("CMN-101"), QStringLiteral("Parameter [%1] is invalid").arg(key));
}

QJsonObject FakeRingCentral::callJson(const CallRecord &c) const
{
    QJsonObject o{
        {QStringLiteral("id"), c.id},
        {QStringLiteral("uri"),
         QString(baseUrl() + QStringLiteral("/restapi/v1.0/account/1/extension/2/call-log/")
                 + c.id)},
        {QStringLiteral("sessionId"), QStringLiteral("4%1").arg(c.seq)},
        {QStringLiteral("telephonySessionId"), c.sessionId},
        {QStringLiteral("startTime"), c.start.toString(Qt::ISODateWithMs)},
        {QStringLiteral("duration"), c.duration},
        {QStringLiteral("type"), QStringLiteral("Voice")},
        {QStringLiteral("direction"), c.direction},
        {QStringLiteral("action"), QStringLiteral("Phone Call")},
        {QStringLiteral("result"), c.result},
        // RingCentral's usual form: E.164 without the '+'.
        {QStringLiteral("from"),
         QJsonObject{{QStringLiteral("phoneNumber"), c.from.mid(1)},
                     {QStringLiteral("location"), QStringLiteral("Austin, TX")}}},
        {QStringLiteral("to"), QJsonObject{{QStringLiteral("phoneNumber"), businessNumber()}}}};
    if (c.voicemail)
        o.insert(QStringLiteral("message"),
                 QJsonObject{{QStringLiteral("id"), QStringLiteral("77%1").arg(c.seq)},
                             {QStringLiteral("type"), QStringLiteral("VoiceMail")}});
    return o;
}

QJsonObject FakeRingCentral::messageJson(const MessageRecord &m) const
{
    QJsonObject o{
        {QStringLiteral("id"), m.id.toLongLong()},
        {QStringLiteral("uri"),
         QString(baseUrl() + QStringLiteral("/restapi/v1.0/account/1/extension/2/message-store/")
                 + m.id)},
        {QStringLiteral("type"), QStringLiteral("SMS")},
        {QStringLiteral("direction"), m.direction},
        {QStringLiteral("messageStatus"), m.status},
        {QStringLiteral("readStatus"), QStringLiteral("Unread")},
        {QStringLiteral("availability"), QStringLiteral("Alive")},
        {QStringLiteral("from"), QJsonObject{{QStringLiteral("phoneNumber"), m.from}}},
        {QStringLiteral("to"), QJsonArray{QJsonObject{{QStringLiteral("phoneNumber"), m.to}}}},
        {QStringLiteral("subject"), m.text},
        {QStringLiteral("creationTime"), m.created.toString(Qt::ISODateWithMs)},
        {QStringLiteral("lastModifiedTime"),
         QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)}};
    if (!m.errorCode.isEmpty())
        o.insert(QStringLiteral("deliveryErrorCode"), m.errorCode);
    return o;
}

FakeRingCentral::Answer FakeRingCentral::wsToken()
{
    const QString token = QStringLiteral("U0pDMDFQMDFQQVMwM%1").arg(++m_counter);
    m_wsTokens.insert(token);
    Answer a;
    a.body = fake::compact({{QStringLiteral("ws_access_token"), token},
                            {QStringLiteral("uri"),
                             QStringLiteral("ws://127.0.0.1:%1/ws").arg(m_wsServer.serverPort())},
                            {QStringLiteral("expires_in"), 30}});
    rateHeaders(a, "Auth");
    return a;
}

FakeRingCentral::Answer FakeRingCentral::phoneNumbers(const Params &query)
{
    Answer bad;
    if (!onlyDocumented(query,
                        {QStringLiteral("perPage"),
                         QStringLiteral("page"),
                         QStringLiteral("usageType"),
                         QStringLiteral("status")},
                        &bad))
        return bad;
    QJsonArray records{
        QJsonObject{{QStringLiteral("id"), 1001},
                    {QStringLiteral("phoneNumber"), QStringLiteral("+15125550111")},
                    {QStringLiteral("usageType"), QStringLiteral("MainCompanyNumber")},
                    {QStringLiteral("features"), QJsonArray{QStringLiteral("CallerId")}}}};
    if (numberOnExtension) {
        QJsonArray features{QStringLiteral("CallerId")};
        if (numberCanText)
            features.append(QStringLiteral("SmsSender"));
        records.append(QJsonObject{{QStringLiteral("id"), 1002},
                                   {QStringLiteral("phoneNumber"), businessNumber()},
                                   {QStringLiteral("usageType"), QStringLiteral("DirectNumber")},
                                   {QStringLiteral("features"), features}});
    }
    Answer a;
    a.body = fake::compact(
        {{QStringLiteral("records"), records},
         {QStringLiteral("paging"),
          QJsonObject{{QStringLiteral("page"), 1}, {QStringLiteral("perPage"), 1000}}},
         {QStringLiteral("navigation"), QJsonObject{}}});
    rateHeaders(a, "Light");
    return a;
}

std::optional<FakeRingCentral::Answer>
FakeRingCentral::startSync(const Params &query, const QString &filter, int *limit, QDateTime *from)
{
    Answer bad;
    if (!onlyDocumented(query,
                        {QStringLiteral("syncType"),
                         filter,
                         QStringLiteral("recordCount"),
                         QStringLiteral("dateFrom")},
                        &bad))
        return bad;
    *limit = param(query, QStringLiteral("recordCount")).toInt();
    *from = QDateTime::fromString(param(query, QStringLiteral("dateFrom")), Qt::ISODateWithMs);
    return std::nullopt;
}

std::optional<FakeRingCentral::Answer> FakeRingCentral::continueSync(const Params &query,
                                                                     const QString &kind,
                                                                     qint64 *after,
                                                                     QString *group)
{
    const QString endpoint = kind == QLatin1String("calls") ? QStringLiteral("call-log-sync")
                                                            : QStringLiteral("message-sync");
    if (param(query, QStringLiteral("syncType")) != QLatin1String("ISync")) {
        violations << QStringLiteral("%1 without syncType").arg(endpoint);
        return error(
            400, QStringLiteral("CMN-101"), QStringLiteral("Parameter [syncType] is invalid"));
    }
    Answer bad;
    if (!onlyDocumented(query, {QStringLiteral("syncType"), QStringLiteral("syncToken")}, &bad))
        return bad;
    const SyncToken t = m_syncTokens.value(param(query, QStringLiteral("syncToken")));
    if (t.kind != kind)
        return error(
            400, QStringLiteral("CMN-101"), QStringLiteral("Parameter [syncToken] is invalid"));
    *after = t.seq;
    if (group)
        *group = t.group;
    return std::nullopt;
}

FakeRingCentral::Answer FakeRingCentral::syncAnswer(const QJsonArray &records,
                                                    const QString &type,
                                                    const QString &kind,
                                                    const QString &group,
                                                    const QByteArray &rateGroup)
{
    Answer a;
    a.body = fake::compact(
        {{QStringLiteral("records"), records},
         {QStringLiteral("syncInfo"),
          QJsonObject{{QStringLiteral("syncType"), type},
                      {QStringLiteral("syncToken"), issueSyncToken(kind, m_seq, group)},
                      {QStringLiteral("syncTime"),
                       QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)}}}});
    rateHeaders(a, rateGroup);
    return a;
}

FakeRingCentral::Answer FakeRingCentral::callSync(const Params &query)
{
    if (const auto reply = next(callSyncReplies))
        return scripted(*reply, "Heavy");
    const QString type = param(query, QStringLiteral("syncType"));
    QString group;
    qint64 after = 0;
    QDateTime from;
    int limit = 250;
    if (type == QLatin1String("FSync")) {
        if (auto refused = startSync(query, QStringLiteral("statusGroup"), &limit, &from))
            return *refused;
        group = param(query, QStringLiteral("statusGroup"));
        if (limit < 1 || limit > 250
            || (group != QLatin1String("Missed") && group != QLatin1String("All"))
            || (!param(query, QStringLiteral("dateFrom")).isEmpty() && !from.isValid())) {
            violations << QStringLiteral("bad FSync parameters for call-log-sync");
            return error(400,
                         QStringLiteral("CMN-101"),
                         QStringLiteral("Parameter [recordCount] is invalid"));
        }
    } else if (auto refused = continueSync(query, QStringLiteral("calls"), &after, &group)) {
        return *refused;
    }
    QJsonArray records;
    for (auto it = m_calls.crbegin(); it != m_calls.crend() && records.size() < limit; ++it) {
        const bool missed = it->result != QLatin1String("Accepted");
        if (it->seq <= after || (group == QLatin1String("Missed") && !missed)
            || (from.isValid() && it->start < from))
            continue;
        records.append(callJson(*it));
    }
    return syncAnswer(records, type, QStringLiteral("calls"), group, "Heavy");
}

FakeRingCentral::Answer FakeRingCentral::messageSync(const Params &query)
{
    if (const auto reply = next(messageSyncReplies))
        return scripted(*reply, "Light");
    const QString type = param(query, QStringLiteral("syncType"));
    qint64 after = 0;
    QDateTime from;
    int limit = 250;
    if (type == QLatin1String("FSync")) {
        if (auto refused = startSync(query, QStringLiteral("messageType"), &limit, &from))
            return *refused;
        if (param(query, QStringLiteral("messageType")) != QLatin1String("SMS") || limit < 1
            || limit > 250) {
            violations << QStringLiteral("bad FSync parameters for message-sync");
            return error(400,
                         QStringLiteral("CMN-101"),
                         QStringLiteral("Parameter [messageType] is invalid"));
        }
    } else if (auto refused = continueSync(query, QStringLiteral("messages"), &after)) {
        return *refused;
    }
    QJsonArray records;
    for (auto it = m_messages.crbegin(); it != m_messages.crend() && records.size() < limit; ++it) {
        if (it->seq <= after || (from.isValid() && it->created < from))
            continue;
        records.append(messageJson(*it));
    }
    return syncAnswer(records, type, QStringLiteral("messages"), QString(), "Light");
}

FakeRingCentral::Answer FakeRingCentral::messageStore(const Params &query)
{
    Answer bad;
    if (!onlyDocumented(query,
                        {QStringLiteral("messageType"),
                         QStringLiteral("direction"),
                         QStringLiteral("phoneNumber"),
                         QStringLiteral("dateFrom"),
                         QStringLiteral("dateTo"),
                         QStringLiteral("perPage"),
                         QStringLiteral("page")},
                        &bad))
        return bad;
    const QString phone = param(query, QStringLiteral("phoneNumber"));
    static const QRegularExpression digits(QStringLiteral("^[1-9][0-9]{6,14}$"));
    if (!phone.isEmpty() && !digits.match(phone).hasMatch()) {
        violations
            << QStringLiteral("message-store phoneNumber must be E.164 without '+': %1").arg(phone);
        return error(
            400, QStringLiteral("CMN-101"), QStringLiteral("Parameter [phoneNumber] is invalid"));
    }
    const QDateTime from
        = QDateTime::fromString(param(query, QStringLiteral("dateFrom")), Qt::ISODateWithMs);
    const QString direction = param(query, QStringLiteral("direction"));
    QJsonArray records;
    for (const MessageRecord &m : m_messages) {
        const QString other = m.direction == QLatin1String("Inbound") ? m.from : m.to;
        if ((!direction.isEmpty() && m.direction != direction)
            || (!phone.isEmpty() && other.mid(1) != phone) || (from.isValid() && m.created < from))
            continue;
        records.append(messageJson(m));
    }
    Answer a;
    a.body = fake::compact({{QStringLiteral("records"), records},
                            {QStringLiteral("paging"), QJsonObject{{QStringLiteral("page"), 1}}},
                            {QStringLiteral("navigation"), QJsonObject{}}});
    rateHeaders(a, "Light");
    return a;
}

FakeRingCentral::Answer FakeRingCentral::sms(const Request &seen)
{
    if (!seen.contentType.startsWith("application/json")) {
        violations << QStringLiteral("sms body is not JSON");
        return error(415, QStringLiteral("CMN-415"), QStringLiteral("Unsupported media type"));
    }
    const QJsonObject &body = seen.json;
    const QString from = body.value(QLatin1String("from"))
                             .toObject()
                             .value(QLatin1String("phoneNumber"))
                             .toString();
    const QJsonArray to = body.value(QLatin1String("to")).toArray();
    const QString recipient = to.first().toObject().value(QLatin1String("phoneNumber")).toString();
    const QString text = body.value(QLatin1String("text")).toString();
    if (from != businessNumber() || to.size() != 1 || !isE164(recipient) || text.isEmpty()
        || text.size() > 1000) {
        violations << QStringLiteral("bad sms body: %1").arg(QString::fromUtf8(seen.body));
        return error(400, QStringLiteral("CMN-101"), QStringLiteral("Parameter [to] is invalid"));
    }
    const std::optional<Reply> script = next(smsReplies);
    if (script && !script->record)
        return scripted(*script, "Medium");
    const QString id = addOutboundMessage(recipient, text, QDateTime::currentDateTimeUtc());
    const MessageRecord stored = m_messages.last();
    QTimer::singleShot(150, this, [this, id] { progress(id); });
    if (onSend)
        onSend(stored);
    if (script)
        return scripted(*script, "Medium");
    Answer a;
    a.body = fake::compact(messageJson(stored));
    rateHeaders(a, "Medium");
    return a;
}

void FakeRingCentral::progress(const QString &messageId)
{
    for (MessageRecord &m : m_messages) {
        if (m.id != messageId)
            continue;
        if (deliveryErrors.contains(m.to)) {
            m.status = QStringLiteral("DeliveryFailed");
            m.errorCode = deliveryErrors.value(m.to);
        } else {
            m.status = QStringLiteral("Delivered");
        }
        m.seq = ++m_seq;
    }
}

} // namespace ringback::test
