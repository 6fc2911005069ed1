// The fake Twilio's Messages and Media endpoints.

#include "FakeTwilio.h"

#include "FakeTwilioUtil.h"

#include <QJsonArray>

#include <algorithm>

namespace ringback::test {

using namespace fake;

namespace {

QJsonObject messageJson(const FakeTwilio::MessageRecord &m)
{
    const QString uri = FakeTwilio::apiPath() + QStringLiteral("/Messages/") + m.sid;
    return {
        {QStringLiteral("sid"), m.sid},
        {QStringLiteral("account_sid"), FakeTwilio::accountSid()},
        {QStringLiteral("messaging_service_sid"), QJsonValue::Null},
        {QStringLiteral("from"), m.from},
        {QStringLiteral("to"), m.to},
        {QStringLiteral("body"), m.body},
        {QStringLiteral("direction"), m.direction},
        {QStringLiteral("status"), m.status},
        {QStringLiteral("num_segments"), QStringLiteral("1")},
        {QStringLiteral("num_media"), QString::number(m.media.size())},
        {QStringLiteral("error_code"), m.errorCode ? QJsonValue(m.errorCode) : QJsonValue::Null},
        {QStringLiteral("error_message"),
         m.errorCode ? QJsonValue(QStringLiteral("Landline or unreachable carrier"))
                     : QJsonValue::Null},
        {QStringLiteral("date_created"), date(m.created)},
        {QStringLiteral("date_sent"), date(m.sent)},
        {QStringLiteral("date_updated"), date(m.sent.isValid() ? m.sent : m.created)},
        {QStringLiteral("price"), QJsonValue::Null},
        {QStringLiteral("price_unit"), QStringLiteral("USD")},
        {QStringLiteral("api_version"), QStringLiteral("2010-04-01")},
        {QStringLiteral("uri"), QString(uri + QStringLiteral(".json"))},
        {QStringLiteral("subresource_uris"),
         QJsonObject{{QStringLiteral("media"), QString(uri + QStringLiteral("/Media.json"))}}}};
}

} // namespace

FakeTwilio::Answer FakeTwilio::listMessages(const Params &query, const QString &path)
{
    static const QStringList allowed = QStringList{QStringLiteral("To"),
                                                   QStringLiteral("From"),
                                                   QStringLiteral("DateSent"),
                                                   QStringLiteral("DateSent<"),
                                                   QStringLiteral("DateSent>")}
                                       + pagingParams();
    Answer bad;
    if (!checkParams(query, allowed, &bad))
        return bad;
    if (!messagesReplies.empty())
        return scripted(messagesReplies);
    bool badDate = false;
    const QString to = param(query, QStringLiteral("To"));
    const QString from = param(query, QStringLiteral("From"));
    // A message not sent yet has no date_sent: a DateSent filter leaves it out.
    const QList<QJsonObject> json = fake::newestFirst(
        m_messages,
        [&](const MessageRecord &m) {
            return (to.isEmpty() || m.to == to) && (from.isEmpty() || m.from == from)
                   && dateFilter(query, QStringLiteral("DateSent"), m.sent, &badDate);
        },
        [](const MessageRecord &m) { return m.created; },
        messageJson);
    if (badDate) {
        violations << QStringLiteral("a DateSent filter is not YYYY-MM-DD");
        return error(400, 20001, QStringLiteral("Invalid date filter"));
    }
    return page(QStringLiteral("messages"), json, query, path);
}

FakeTwilio::Answer FakeTwilio::createMessage(const Params &form)
{
    static const QStringList allowed{QStringLiteral("To"),
                                     QStringLiteral("From"),
                                     QStringLiteral("MessagingServiceSid"),
                                     QStringLiteral("Body"),
                                     QStringLiteral("MediaUrl"),
                                     QStringLiteral("StatusCallback"),
                                     QStringLiteral("ValidityPeriod"),
                                     QStringLiteral("SmartEncoded"),
                                     QStringLiteral("ShortenUrls"),
                                     QStringLiteral("ContentSid"),
                                     QStringLiteral("ContentVariables")};
    for (const auto &[key, value] : form) {
        if (!allowed.contains(key)) {
            violations << QStringLiteral("unknown send parameter \"%1\"").arg(key);
            return error(400, 20001, QStringLiteral("Invalid parameter %1").arg(key));
        }
    }
    const QString to = param(form, QStringLiteral("To"));
    const QString from = param(form, QStringLiteral("From"));
    const QString body = param(form, QStringLiteral("Body"));
    if (to.isEmpty()) {
        violations << QStringLiteral("send without To");
        return error(400, 21604, QStringLiteral("A 'To' phone number is required."));
    }
    if (from.isEmpty() && !has(form, QStringLiteral("MessagingServiceSid"))) {
        violations << QStringLiteral("send without From");
        return error(400, 21603, QStringLiteral("A 'From' phone number is required."));
    }
    if (body.isEmpty() && !has(form, QStringLiteral("MediaUrl"))
        && !has(form, QStringLiteral("ContentSid"))) {
        violations << QStringLiteral("send without Body");
        return error(400, 21602, QStringLiteral("Message body is required."));
    }
    if (!isE164(to) || !isE164(from)) {
        violations
            << QStringLiteral("send To/From not E.164 after decoding: \"%1\" \"%2\"").arg(to, from);
        return error(
            400, 21211, QStringLiteral("The 'To' number %1 is not a valid phone number.").arg(to));
    }
    if (from != businessNumber()) {
        violations << QStringLiteral("send From a number not on the account: %1").arg(from);
        return error(400,
                     21606,
                     QStringLiteral("The From phone number %1 is not a valid, SMS-capable inbound "
                                    "phone number or short code for your account.")
                         .arg(from));
    }
    if (body.size() > 1600)
        return error(
            400,
            21617,
            QStringLiteral("The concatenated message body exceeds the 1600 character limit."));

    const Reply script = next(sendReplies).value_or(Reply{});
    // A late, lost or dropped answer still sends the message.
    const bool normal = script.status == 0 && script.rawBody.isNull();

    MessageRecord m;
    m.sid = newSid("SM");
    m.from = from;
    m.to = to;
    m.body = body;
    m.direction = QStringLiteral("outbound-api");
    m.status = QStringLiteral("queued");
    m.created = QDateTime::currentDateTimeUtc();
    if (normal || script.record) {
        m_messages.append(m);
        if (onSend)
            onSend(m);
    }
    Answer a = answerFor(script, 201);
    if (normal)
        a.body = compact(messageJson(m));
    return a;
}

FakeTwilio::Answer FakeTwilio::fetchMessage(const QString &sid)
{
    for (MessageRecord &m : m_messages) {
        if (m.sid != sid)
            continue;
        // Each look moves an outbound message along: queued, sent, delivered.
        if (m.direction == QLatin1String("outbound-api")) {
            if (m.status == QLatin1String("queued")) {
                m.status = QStringLiteral("sent");
                m.sent = QDateTime::currentDateTimeUtc();
            } else if (m.status == QLatin1String("sent")) {
                m.errorCode = deliveryErrors.value(m.to);
                m.status
                    = m.errorCode ? QStringLiteral("undelivered") : QStringLiteral("delivered");
            }
        }
        return Answer::json(messageJson(m));
    }
    return notFound();
}

FakeTwilio::Answer
FakeTwilio::listMedia(const QString &messageSid, const Params &query, const QString &path)
{
    static const QStringList allowed = QStringList{QStringLiteral("DateCreated"),
                                                   QStringLiteral("DateCreated<"),
                                                   QStringLiteral("DateCreated>")}
                                       + pagingParams();
    Answer bad;
    if (!checkParams(query, allowed, &bad))
        return bad;
    for (const MessageRecord &m : m_messages) {
        if (m.sid != messageSid)
            continue;
        QList<QJsonObject> list;
        for (const MediaRecord &media : m.media)
            list.append(
                {{QStringLiteral("sid"), media.sid},
                 {QStringLiteral("parent_sid"), m.sid},
                 {QStringLiteral("account_sid"), accountSid()},
                 {QStringLiteral("content_type"), QString::fromLatin1(media.contentType)},
                 {QStringLiteral("date_created"), date(m.created)},
                 {QStringLiteral("uri"),
                  QString(apiPath() + QStringLiteral("/Messages/") + m.sid
                          + QStringLiteral("/Media/") + media.sid + QStringLiteral(".json"))}});
        return page(QStringLiteral("media_list"), list, query, path);
    }
    return notFound();
}

FakeTwilio::Answer FakeTwilio::fetchMediaContent(const QString &messageSid, const QString &mediaSid)
{
    for (const MessageRecord &m : m_messages) {
        for (const MediaRecord &media : m.media) {
            if (m.sid == messageSid && media.sid == mediaSid) {
                // Like Twilio: a redirect to the CDN, another origin that
                // needs no credentials (and must not receive them).
                Answer a;
                a.status = 307;
                return a.withHeader("Location",
                                    QStringLiteral("http://127.0.0.2:%1/cdn/%2")
                                        .arg(m_cdnPort)
                                        .arg(mediaSid)
                                        .toLatin1());
            }
        }
    }
    return notFound();
}

FakeTwilio::Answer FakeTwilio::cdn(const QString &mediaSid, const Request &seen)
{
    if (!seen.authorization.isEmpty())
        violations << QStringLiteral("credentials sent to the media CDN");
    for (const MessageRecord &m : m_messages) {
        for (const MediaRecord &media : m.media) {
            if (media.sid == mediaSid) {
                Answer a;
                a.body = media.data;
                a.contentType = media.contentType;
                return a;
            }
        }
    }
    Answer a;
    a.status = 404;
    return a;
}

} // namespace ringback::test
