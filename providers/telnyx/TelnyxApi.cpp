#include "TelnyxApi.h"

#include "net/BaseUrl.h"
#include "net/Http.h"
#include "provider/kit/Json.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

namespace ringback::telnyx {

Q_LOGGING_CATEGORY(lcTelnyx, "ringback.provider.telnyx")

namespace {

using provider::jsonText;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ringback::TelnyxProvider)
};

QString phoneOf(const QJsonValue &v)
{
    // from is {"phone_number": ...}; to is [{"phone_number": ...}]; both may be plain strings.
    if (v.isString())
        return v.toString();
    if (v.isArray())
        return v.toArray().isEmpty() ? QString() : phoneOf(v.toArray().first());
    return v.toObject().value(QLatin1String("phone_number")).toString();
}

Result<QJsonObject> dataObject(const QByteArray &body)
{
    return provider::jsonObject(body, "data");
}

Result<QJsonArray> dataArray(const QByteArray &body)
{
    return provider::jsonList(body, "data");
}

} // namespace

QUrl Endpoints::messages() const
{
    return path(QStringLiteral("/v2/messages"));
}

QUrl Endpoints::messagingNumber(const QString &e164) const
{
    const net::Fields query{{QStringLiteral("filter[phone_number]"), e164},
                            {QStringLiteral("page[size]"), QStringLiteral("1")}};
    return path(QStringLiteral("/v2/phone_numbers/messaging"), query);
}

QUrl Endpoints::outboundRecords(const QString &from,
                                const QString &to,
                                const QDateTime &since) const
{
    const net::Fields query{
        {QStringLiteral("filter[record_type]"), QStringLiteral("messaging")},
        {QStringLiteral("filter[direction]"), QStringLiteral("outbound")},
        {QStringLiteral("filter[cli]"), from},
        {QStringLiteral("filter[cld]"), to},
        {QStringLiteral("filter[created_at][gte]"), since.toUTC().date().toString(Qt::ISODate)},
        {QStringLiteral("sort"), QStringLiteral("-created_at")},
        {QStringLiteral("page[size]"), QStringLiteral("50")}};
    return path(QStringLiteral("/v2/detail_records"), query);
}

QUrl Endpoints::callEvents(const QDateTime &since, int page, int pageSize) const
{
    const net::Fields query{
        {QStringLiteral("filter[type]"), QStringLiteral("webhook")},
        {QStringLiteral("filter[product]"), QStringLiteral("call_control")},
        {QStringLiteral("filter[occurred_at][gte]"), since.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("page[number]"), QString::number(page)},
        {QStringLiteral("page[size]"), QString::number(pageSize)}};
    return path(QStringLiteral("/v2/call_events"), query);
}

QJsonObject sendBody(const SendRequest &request, const QString &messagingProfileId)
{
    QJsonObject body{{QStringLiteral("from"), request.from},
                     {QStringLiteral("to"), request.to},
                     {QStringLiteral("text"), request.body}};
    if (!messagingProfileId.isEmpty())
        body.insert(QStringLiteral("messaging_profile_id"), messagingProfileId);
    return body;
}

QString ApiError::text() const
{
    QString out = QStringLiteral("Telnyx");
    if (!code.isEmpty())
        out += QLatin1Char(' ') + code;
    out += QStringLiteral(": ") + (title.isEmpty() ? Tr::tr("no details") : title);
    if (!detail.isEmpty() && detail != title)
        out += QStringLiteral(" (") + detail + QLatin1Char(')');
    return out;
}

ApiError parseError(const QByteArray &body)
{
    ApiError e;
    const auto root = net::parseJsonObject(body);
    if (!root)
        return e;
    const QJsonArray errors = root->value(QLatin1String("errors")).toArray();
    if (errors.isEmpty())
        return e;
    const QJsonObject first = errors.first().toObject();
    e.code = jsonText(first, "code");
    e.title = jsonText(first, "title");
    e.detail = jsonText(first, "detail");
    return e;
}

MappedError mapSendError(int httpStatus, const ApiError &error)
{
    MappedError m;
    const QString &code = error.code;
    m.detail = error.code.isEmpty() && error.title.isEmpty()
                   ? Tr::tr("Telnyx refused the message (HTTP %1)").arg(httpStatus)
                   : error.text();
    if (code == QLatin1String("40300"))
        m.error = SendError::OptedOut;
    else if (code == QLatin1String("10009") || httpStatus == 401 || httpStatus == 403)
        m.error = SendError::AuthFailed;
    else if (httpStatus == 429 || code == QLatin1String("10011"))
        m.error = SendError::RateLimited;
    else if (httpStatus >= 500)
        m.error = SendError::ProviderDown;
    else
        m.error = mapDeliveryErrorCode(code);
    return m;
}

SendError mapDeliveryErrorCode(const QString &code)
{
    if (code == QLatin1String("40300"))
        return SendError::OptedOut;
    if (code == QLatin1String("40001")) // not routable: landline or non-routable
        return SendError::Landline;
    if (code == QLatin1String("10002") || code == QLatin1String("10016")
        || code == QLatin1String("40012"))
        return SendError::InvalidNumber;
    return SendError::Rejected;
}

MessageStatus mapOutboundStatus(const QString &status)
{
    if (status == QLatin1String("delivered"))
        return MessageStatus::Delivered;
    if (status == QLatin1String("sending_failed") || status == QLatin1String("delivery_failed")
        || status == QLatin1String("expired"))
        return MessageStatus::Failed;
    return MessageStatus::Sent; // queued, sending, sent, delivery_unconfirmed
}

bool isFinalOutboundStatus(const QString &status)
{
    return status == QLatin1String("delivered") || status == QLatin1String("sending_failed")
           || status == QLatin1String("delivery_failed") || status == QLatin1String("expired")
           || status == QLatin1String("delivery_unconfirmed");
}

QDateTime parseTime(const QJsonValue &value)
{
    if (!value.isString())
        return {};
    QDateTime t = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return t.isValid() ? t.toUTC() : QDateTime();
}

Result<OutboundMessage> parseOutbound(const QJsonObject &data)
{
    OutboundMessage m;
    m.id = jsonText(data, "id");
    if (m.id.isEmpty())
        return Error(QStringLiteral("the message has no id"));
    m.from = phoneOf(data.value(QLatin1String("from")));
    const QJsonArray to = data.value(QLatin1String("to")).toArray();
    m.to = phoneOf(data.value(QLatin1String("to")));
    if (!to.isEmpty())
        m.status = to.first().toObject().value(QLatin1String("status")).toString();
    m.text = data.value(QLatin1String("text")).toString();
    QStringList texts;
    for (const QJsonValue &e : data.value(QLatin1String("errors")).toArray()) {
        const QJsonObject o = e.toObject();
        ApiError error{jsonText(o, "code"), jsonText(o, "title"), jsonText(o, "detail")};
        if (!error.code.isEmpty())
            m.errorCodes << error.code;
        texts << error.text();
    }
    m.errorText = texts.join(QLatin1String("; "));
    m.at = parseTime(data.value(QLatin1String("sent_at")));
    if (!m.at.isValid())
        m.at = parseTime(data.value(QLatin1String("received_at")));
    return m;
}

Result<OutboundMessage> parseSendAnswer(const QByteArray &body)
{
    const auto data = dataObject(body);
    if (!data)
        return Error(data.errorMessage());
    return parseOutbound(data.value());
}

Result<Event> parseEvent(const QByteArray &body)
{
    const auto data = dataObject(body);
    if (!data)
        return Error(data.errorMessage());
    Event e;
    e.type = data->value(QLatin1String("event_type")).toString();
    e.id = jsonText(data.value(), "id");
    e.occurredAt = parseTime(data->value(QLatin1String("occurred_at")));
    e.payload = data->value(QLatin1String("payload")).toObject();
    if (e.type.isEmpty() || e.id.isEmpty())
        return Error(QStringLiteral("the event has no event_type or id"));
    return e;
}

Result<ProviderMessage> parseInbound(const Event &event)
{
    const QJsonObject &p = event.payload;
    ProviderMessage m;
    m.providerId = jsonText(p, "id");
    m.from = phoneOf(p.value(QLatin1String("from")));
    m.to = phoneOf(p.value(QLatin1String("to")));
    m.body = p.value(QLatin1String("text")).toString();
    for (const QJsonValue &media : p.value(QLatin1String("media")).toArray()) {
        const QString url = media.toObject().value(QLatin1String("url")).toString();
        if (!url.isEmpty())
            m.mediaUrls << url;
    }
    m.at = parseTime(p.value(QLatin1String("received_at")));
    if (!m.at.isValid())
        m.at = event.occurredAt;
    if (m.providerId.isEmpty() || m.from.isEmpty())
        return Error(QStringLiteral("the message has no id or sender"));
    return m;
}

Result<std::vector<DetailRecord>> parseDetailRecords(const QByteArray &body)
{
    const auto data = dataArray(body);
    if (!data)
        return Error(data.errorMessage());
    std::vector<DetailRecord> out;
    for (const QJsonValue &v : data.value()) {
        const QJsonObject o = v.toObject();
        DetailRecord r{jsonText(o, "uuid"),
                       jsonText(o, "cli"),
                       jsonText(o, "cld"),
                       jsonText(o, "direction"),
                       parseTime(o.value(QLatin1String("created_at")))};
        if (r.uuid.isEmpty())
            return Error(QStringLiteral("a detail record has no uuid"));
        out.push_back(std::move(r));
    }
    return out;
}

Result<std::vector<MessagingNumber>> parseMessagingNumbers(const QByteArray &body)
{
    const auto data = dataArray(body);
    if (!data)
        return Error(data.errorMessage());
    std::vector<MessagingNumber> out;
    for (const QJsonValue &v : data.value()) {
        const QJsonObject o = v.toObject();
        out.push_back({jsonText(o, "phone_number"), jsonText(o, "messaging_profile_id")});
    }
    return out;
}

} // namespace ringback::telnyx
