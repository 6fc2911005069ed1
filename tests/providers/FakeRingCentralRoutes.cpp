// The REST routes of the fake RingCentral: what each documented endpoint
// checks and answers.

#include "FakeRingCentral.h"

#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTimer>

#include <algorithm>

namespace ringback::test {

namespace {

QString param(const FakeRingCentral::Params &params, const QString &key)
{
    for (const auto &[k, v] : params) {
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

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

void rateHeaders(FakeRingCentral::Answer &a, const QByteArray &group)
{
    // A generous limit, so the provider's spacing stays short in tests.
    a.headers.append(qMakePair(QByteArray("X-Rate-Limit-Group"), QByteArray(group)));
    a.headers.append(qMakePair(QByteArray("X-Rate-Limit-Limit"), QByteArray("600")));
    a.headers.append(qMakePair(QByteArray("X-Rate-Limit-Remaining"), QByteArray("599")));
    a.headers.append(qMakePair(QByteArray("X-Rate-Limit-Window"), QByteArray("60")));
}

} // namespace

bool FakeRingCentral::checkParams(const Params &query, const QStringList &allowed, Answer *bad)
{
    for (const auto &[key, value] : query) {
        if (!allowed.contains(key)) {
            violations << QStringLiteral("unknown parameter \"%1\"").arg(key);
            *bad = error(400,
                         QStringLiteral("CMN-101"),
                         QStringLiteral("Parameter [%1] is invalid").arg(key));
            return false;
        }
    }
    return true;
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
    a.body = json({{QStringLiteral("ws_access_token"), token},
                   {QStringLiteral("uri"),
                    QStringLiteral("ws://127.0.0.1:%1/ws").arg(m_wsServer.serverPort())},
                   {QStringLiteral("expires_in"), 30}});
    rateHeaders(a, "Auth");
    return a;
}

FakeRingCentral::Answer FakeRingCentral::phoneNumbers(const Params &query)
{
    Answer bad;
    if (!checkParams(query,
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
    a.body = json({{QStringLiteral("records"), records},
                   {QStringLiteral("paging"),
                    QJsonObject{{QStringLiteral("page"), 1}, {QStringLiteral("perPage"), 1000}}},
                   {QStringLiteral("navigation"), QJsonObject{}}});
    rateHeaders(a, "Light");
    return a;
}

FakeRingCentral::Answer FakeRingCentral::callSync(const Params &query)
{
    if (!callSyncReplies.empty())
        return scripted(callSyncReplies, "Heavy");
    const QString type = param(query, QStringLiteral("syncType"));
    Answer bad;
    QString group;
    qint64 after = 0;
    QDateTime from;
    int limit = 250;
    if (type == QLatin1String("FSync")) {
        if (!checkParams(query,
                         {QStringLiteral("syncType"),
                          QStringLiteral("statusGroup"),
                          QStringLiteral("recordCount"),
                          QStringLiteral("dateFrom")},
                         &bad))
            return bad;
        group = param(query, QStringLiteral("statusGroup"));
        limit = param(query, QStringLiteral("recordCount")).toInt();
        from = QDateTime::fromString(param(query, QStringLiteral("dateFrom")), Qt::ISODateWithMs);
        if (limit < 1 || limit > 250
            || (group != QLatin1String("Missed") && group != QLatin1String("All"))
            || (!param(query, QStringLiteral("dateFrom")).isEmpty() && !from.isValid())) {
            violations << QStringLiteral("bad FSync parameters for call-log-sync");
            return error(400,
                         QStringLiteral("CMN-101"),
                         QStringLiteral("Parameter [recordCount] is invalid"));
        }
    } else if (type == QLatin1String("ISync")) {
        if (!checkParams(query, {QStringLiteral("syncType"), QStringLiteral("syncToken")}, &bad))
            return bad;
        const SyncToken t = m_syncTokens.value(param(query, QStringLiteral("syncToken")));
        if (t.kind != QLatin1String("calls"))
            return error(
                400, QStringLiteral("CMN-101"), QStringLiteral("Parameter [syncToken] is invalid"));
        group = t.group;
        after = t.seq;
    } else {
        violations << QStringLiteral("call-log-sync without syncType");
        return error(
            400, QStringLiteral("CMN-101"), QStringLiteral("Parameter [syncType] is invalid"));
    }
    QJsonArray records;
    for (auto it = m_calls.crbegin(); it != m_calls.crend() && records.size() < limit; ++it) {
        const bool missed = it->result != QLatin1String("Accepted");
        if (it->seq <= after || (group == QLatin1String("Missed") && !missed)
            || (from.isValid() && it->start < from))
            continue;
        records.append(callJson(*it));
    }
    Answer a;
    a.body = json({{QStringLiteral("records"), records},
                   {QStringLiteral("syncInfo"),
                    QJsonObject{{QStringLiteral("syncType"), type},
                                {QStringLiteral("syncToken"),
                                 issueSyncToken(QStringLiteral("calls"), m_seq, group)},
                                {QStringLiteral("syncTime"),
                                 QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)}}}});
    rateHeaders(a, "Heavy");
    return a;
}

FakeRingCentral::Answer FakeRingCentral::messageSync(const Params &query)
{
    if (!messageSyncReplies.empty())
        return scripted(messageSyncReplies, "Light");
    const QString type = param(query, QStringLiteral("syncType"));
    Answer bad;
    qint64 after = 0;
    QDateTime from;
    int limit = 250;
    if (type == QLatin1String("FSync")) {
        if (!checkParams(query,
                         {QStringLiteral("syncType"),
                          QStringLiteral("messageType"),
                          QStringLiteral("recordCount"),
                          QStringLiteral("dateFrom")},
                         &bad))
            return bad;
        limit = param(query, QStringLiteral("recordCount")).toInt();
        from = QDateTime::fromString(param(query, QStringLiteral("dateFrom")), Qt::ISODateWithMs);
        if (param(query, QStringLiteral("messageType")) != QLatin1String("SMS") || limit < 1
            || limit > 250) {
            violations << QStringLiteral("bad FSync parameters for message-sync");
            return error(400,
                         QStringLiteral("CMN-101"),
                         QStringLiteral("Parameter [messageType] is invalid"));
        }
    } else if (type == QLatin1String("ISync")) {
        if (!checkParams(query, {QStringLiteral("syncType"), QStringLiteral("syncToken")}, &bad))
            return bad;
        const SyncToken t = m_syncTokens.value(param(query, QStringLiteral("syncToken")));
        if (t.kind != QLatin1String("messages"))
            return error(
                400, QStringLiteral("CMN-101"), QStringLiteral("Parameter [syncToken] is invalid"));
        after = t.seq;
    } else {
        violations << QStringLiteral("message-sync without syncType");
        return error(
            400, QStringLiteral("CMN-101"), QStringLiteral("Parameter [syncType] is invalid"));
    }
    QJsonArray records;
    for (auto it = m_messages.crbegin(); it != m_messages.crend() && records.size() < limit; ++it) {
        if (it->seq <= after || (from.isValid() && it->created < from))
            continue;
        records.append(messageJson(*it));
    }
    Answer a;
    a.body = json({{QStringLiteral("records"), records},
                   {QStringLiteral("syncInfo"),
                    QJsonObject{{QStringLiteral("syncType"), type},
                                {QStringLiteral("syncToken"),
                                 issueSyncToken(QStringLiteral("messages"), m_seq, QString())},
                                {QStringLiteral("syncTime"),
                                 QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)}}}});
    rateHeaders(a, "Light");
    return a;
}

FakeRingCentral::Answer FakeRingCentral::messageStore(const Params &query)
{
    Answer bad;
    if (!checkParams(query,
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
    a.body = json({{QStringLiteral("records"), records},
                   {QStringLiteral("paging"), QJsonObject{{QStringLiteral("page"), 1}}},
                   {QStringLiteral("navigation"), QJsonObject{}}});
    rateHeaders(a, "Light");
    return a;
}

FakeRingCentral::Answer FakeRingCentral::sms(const QHttpServerRequest &request)
{
    if (!request.value("Content-Type").startsWith("application/json")) {
        violations << QStringLiteral("sms body is not JSON");
        return error(415, QStringLiteral("CMN-415"), QStringLiteral("Unsupported media type"));
    }
    const QJsonObject body = QJsonDocument::fromJson(request.body()).object();
    const QString from = body.value(QLatin1String("from"))
                             .toObject()
                             .value(QLatin1String("phoneNumber"))
                             .toString();
    const QJsonArray to = body.value(QLatin1String("to")).toArray();
    const QString recipient = to.first().toObject().value(QLatin1String("phoneNumber")).toString();
    const QString text = body.value(QLatin1String("text")).toString();
    if (from != businessNumber() || to.size() != 1 || !isE164(recipient) || text.isEmpty()
        || text.size() > 1000) {
        violations << QStringLiteral("bad sms body: %1").arg(QString::fromUtf8(request.body()));
        return error(400, QStringLiteral("CMN-101"), QStringLiteral("Parameter [to] is invalid"));
    }
    std::optional<Reply> script;
    if (!smsReplies.empty()) {
        script = smsReplies.front();
        if (!script->record)
            return scripted(smsReplies, "Medium");
    }
    const QString id = addOutboundMessage(recipient, text, QDateTime::currentDateTimeUtc());
    const MessageRecord stored = m_messages.last();
    QTimer::singleShot(150, this, [this, id] { progress(id); });
    if (onSend)
        onSend(stored);
    if (script)
        return scripted(smsReplies, "Medium");
    Answer a;
    a.body = json(messageJson(stored));
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
