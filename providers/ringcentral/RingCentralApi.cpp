#include "RingCentralApi.h"

#include "net/BaseUrl.h"
#include "provider/kit/Json.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace ringback::ringcentral {

Q_LOGGING_CATEGORY(lcRingCentral, "ringback.provider.ringcentral", QtInfoMsg)

namespace {

using provider::jsonText;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ringback::RingCentralProvider)
};

QString numberOf(const QJsonValue &party)
{
    return normaliseNumber(party.toObject().value(QLatin1String("phoneNumber")).toString());
}

CallRecord callFrom(const QJsonObject &o)
{
    CallRecord c;
    c.id = jsonText(o, "id");
    c.telephonySessionId = jsonText(o, "telephonySessionId");
    c.direction = jsonText(o, "direction");
    c.type = jsonText(o, "type");
    c.result = jsonText(o, "result");
    c.from = numberOf(o.value(QLatin1String("from")));
    c.to = numberOf(o.value(QLatin1String("to")));
    c.messageType
        = o.value(QLatin1String("message")).toObject().value(QLatin1String("type")).toString();
    c.startTime = parseTime(jsonText(o, "startTime"));
    c.durationS = o.value(QLatin1String("duration")).toInt();
    return c;
}

Result<QJsonArray> records(const QByteArray &body, QJsonObject *root)
{
    return provider::jsonList(body, "records", root);
}

template<typename T>
Result<SyncPage<T>> syncPage(const QByteArray &body, T (*convert)(const QJsonObject &))
{
    QJsonObject root;
    auto list = records(body, &root);
    if (!list)
        return Error(list.errorMessage());
    SyncPage<T> page;
    for (const QJsonValue &v : list.value()) {
        if (!v.isObject())
            return Error(Tr::tr("a record is not an object"));
        page.records.push_back(convert(v.toObject()));
    }
    const QJsonObject info = root.value(QLatin1String("syncInfo")).toObject();
    page.syncToken = info.value(QLatin1String("syncToken")).toString();
    page.syncTime = parseTime(info.value(QLatin1String("syncTime")).toString());
    if (page.syncToken.isEmpty())
        return Error(Tr::tr("no \"syncInfo.syncToken\""));
    return page;
}

} // namespace

QString isoTime(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime parseTime(const QString &iso)
{
    if (iso.isEmpty())
        return {};
    QDateTime t = QDateTime::fromString(iso, Qt::ISODateWithMs);
    if (!t.isValid()) {
        // "2020-09-07T21:50:02.737+0000": a zone without the colon.
        QString fixed = iso;
        if (fixed.size() > 5
            && (fixed.at(fixed.size() - 5) == QLatin1Char('+')
                || fixed.at(fixed.size() - 5) == QLatin1Char('-')))
            fixed.insert(fixed.size() - 2, QLatin1Char(':'));
        t = QDateTime::fromString(fixed, Qt::ISODateWithMs);
    }
    return t.isValid() ? t.toUTC() : QDateTime();
}

QString normaliseNumber(const QString &raw)
{
    const QString trimmed = raw.trimmed();
    QString digits;
    for (const QChar c : trimmed) {
        if (c.isDigit())
            digits += c;
        else if (c != QLatin1Char('+') && c != QLatin1Char(' ') && c != QLatin1Char('-')
                 && c != QLatin1Char('(') && c != QLatin1Char(')') && c != QLatin1Char('.'))
            return trimmed; // letters, an extension: leave it to the engine
    }
    if (digits.size() < 10)
        return trimmed;
    if (trimmed.startsWith(QLatin1Char('+')))
        return QLatin1Char('+') + digits;
    // "18661234567": RingCentral's usual form, E.164 without the '+'.
    return QLatin1Char('+') + (digits.size() == 10 ? QLatin1String("1") + digits : digits);
}

bool sameNumber(const QString &a, const QString &b)
{
    return !a.isEmpty() && normaliseNumber(a) == normaliseNumber(b);
}

Result<Token> parseToken(const QByteArray &body)
{
    auto parsed = net::parseJsonObject(body);
    if (!parsed)
        return Error(parsed.errorMessage());
    const QJsonObject o = parsed.value();
    Token t;
    t.accessToken = o.value(QLatin1String("access_token")).toString();
    t.refreshToken = o.value(QLatin1String("refresh_token")).toString();
    t.expiresInS = o.value(QLatin1String("expires_in")).toInteger();
    t.refreshExpiresInS = o.value(QLatin1String("refresh_token_expires_in")).toInteger();
    if (t.accessToken.isEmpty() || t.expiresInS <= 0)
        return Error(Tr::tr("no \"access_token\" or \"expires_in\""));
    return t;
}

Result<WsToken> parseWsToken(const QByteArray &body)
{
    auto parsed = net::parseJsonObject(body);
    if (!parsed)
        return Error(parsed.errorMessage());
    const QJsonObject o = parsed.value();
    WsToken t;
    t.token = o.value(QLatin1String("ws_access_token")).toString();
    t.uri = QUrl(o.value(QLatin1String("uri")).toString(), QUrl::StrictMode);
    t.expiresInS = o.value(QLatin1String("expires_in")).toInt();
    if (t.token.isEmpty() || !t.uri.isValid() || t.uri.host().isEmpty())
        return Error(Tr::tr("no \"ws_access_token\" or \"uri\""));
    return t;
}

Result<SyncPage<CallRecord>> parseCallSync(const QByteArray &body)
{
    return syncPage<CallRecord>(body, callFrom);
}

Result<SyncPage<MessageRecord>> parseMessageSync(const QByteArray &body)
{
    return syncPage<MessageRecord>(body, messageFrom);
}

Result<std::vector<MessageRecord>> parseMessageList(const QByteArray &body)
{
    QJsonObject root;
    auto list = records(body, &root);
    if (!list)
        return Error(list.errorMessage());
    std::vector<MessageRecord> out;
    for (const QJsonValue &v : list.value())
        out.push_back(messageFrom(v.toObject()));
    return out;
}

Result<std::vector<PhoneNumberInfo>> parsePhoneNumbers(const QByteArray &body)
{
    QJsonObject root;
    auto list = records(body, &root);
    if (!list)
        return Error(list.errorMessage());
    std::vector<PhoneNumberInfo> out;
    for (const QJsonValue &v : list.value()) {
        const QJsonObject o = v.toObject();
        PhoneNumberInfo info;
        info.phoneNumber = normaliseNumber(o.value(QLatin1String("phoneNumber")).toString());
        for (const QJsonValue &f : o.value(QLatin1String("features")).toArray())
            info.features << f.toString();
        out.push_back(info);
    }
    return out;
}

MessageRecord messageFrom(const QJsonObject &o)
{
    MessageRecord m;
    m.id = jsonText(o, "id");
    m.type = jsonText(o, "type");
    m.direction = jsonText(o, "direction");
    m.from = numberOf(o.value(QLatin1String("from")));
    for (const QJsonValue &to : o.value(QLatin1String("to")).toArray())
        m.to << numberOf(to);
    m.text = jsonText(o, "subject");
    m.messageStatus = jsonText(o, "messageStatus");
    m.deliveryErrorCode = jsonText(o, "deliveryErrorCode");
    m.creationTime = parseTime(jsonText(o, "creationTime"));
    return m;
}

ApiError parseError(int httpStatus, const QByteArray &body)
{
    ApiError e;
    e.httpStatus = httpStatus;
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    const QJsonObject first = o.value(QLatin1String("errors")).toArray().first().toObject();
    e.code = jsonText(first, "errorCode");
    e.message = jsonText(first, "message");
    if (e.code.isEmpty())
        e.code = jsonText(o, "errorCode");
    if (e.code.isEmpty())
        e.code = jsonText(o, "error");
    if (e.message.isEmpty())
        e.message = jsonText(o, "message");
    if (e.message.isEmpty())
        e.message = jsonText(o, "error_description");
    return e;
}

bool isMissed(const CallRecord &c)
{
    static const QStringList results{QStringLiteral("Missed"),
                                     QStringLiteral("Voicemail"),
                                     QStringLiteral("Sent to Voicemail"),
                                     QStringLiteral("Hang Up"),
                                     QStringLiteral("Abandoned"),
                                     QStringLiteral("No Answer"),
                                     QStringLiteral("Busy"),
                                     QStringLiteral("Rejected"),
                                     QStringLiteral("Declined")};
    return c.direction == QLatin1String("Inbound") && c.type != QLatin1String("Fax")
           && results.contains(c.result);
}

ProviderCall toProviderCall(const CallRecord &c, const QString &line)
{
    ProviderCall call;
    call.providerId = c.id;
    call.from = c.from;
    call.to = line; // the extension's texting line, whichever number was dialled
    call.startedAt = c.startTime;
    call.endedAt = c.startTime.isValid() ? c.startTime.addSecs(c.durationS) : QDateTime();
    call.ringSeconds = c.durationS;
    if (c.messageType.compare(QLatin1String("VoiceMail"), Qt::CaseInsensitive) == 0
        || c.result == QLatin1String("Voicemail") || c.result == QLatin1String("Sent to Voicemail"))
        call.result = CallResult::Voicemail;
    else if (c.result == QLatin1String("Busy"))
        call.result = CallResult::Busy;
    else if (c.result == QLatin1String("Hang Up") || c.result == QLatin1String("Abandoned"))
        call.result = CallResult::Canceled;
    else
        call.result = CallResult::NoAnswer;
    return call;
}

ProviderMessage toProviderMessage(const MessageRecord &m)
{
    ProviderMessage message;
    message.providerId = m.id;
    message.from = m.from;
    message.to = m.to.value(0);
    message.body = m.text;
    message.at = m.creationTime.isValid() ? m.creationTime : QDateTime::currentDateTimeUtc();
    return message;
}

SendError mapErrorCode(const QString &code)
{
    if (code.startsWith(QLatin1String("SMS-")) && code.endsWith(QLatin1String("-413")))
        return SendError::OptedOut;
    if (code == QLatin1String("SMS-CAR-411"))
        return SendError::Landline;
    if (code == QLatin1String("SMS-RC-410") || code == QLatin1String("SMS-UP-410")
        || code == QLatin1String("SMS-CAR-400"))
        return SendError::InvalidNumber;
    if (code == QLatin1String("CMN-301") || code == QLatin1String("CMN-302")
        || code == QLatin1String("CMN-303") || code == QLatin1String("CMN-310"))
        return SendError::RateLimited;
    return SendError::Rejected;
}

MappedError mapSendError(const ApiError &error)
{
    MappedError m;
    const QString what = error.message.isEmpty() ? Tr::tr("no details") : error.message;
    m.detail = error.code.isEmpty()
                   ? Tr::tr("RingCentral HTTP %1: %2").arg(error.httpStatus).arg(what)
                   : QStringLiteral("RingCentral %1: %2").arg(error.code, what);
    if (error.httpStatus == 429) {
        m.error = SendError::RateLimited;
    } else if (error.httpStatus == 401) {
        m.error = SendError::AuthFailed;
    } else if (error.httpStatus >= 500) {
        m.error = SendError::ProviderDown;
    } else {
        m.error = mapErrorCode(error.code);
    }
    return m;
}

MessageStatus mapMessageStatus(const QString &status)
{
    if (status == QLatin1String("Delivered"))
        return MessageStatus::Delivered;
    if (isFailedMessageStatus(status))
        return MessageStatus::Failed;
    if (status == QLatin1String("Received"))
        return MessageStatus::Received;
    return MessageStatus::Sent; // Queued, Sent
}

bool isFinalMessageStatus(const QString &status)
{
    return status == QLatin1String("Delivered") || isFailedMessageStatus(status);
}

bool isFailedMessageStatus(const QString &status)
{
    return status == QLatin1String("DeliveryFailed") || status == QLatin1String("SendingFailed");
}

QStringList eventFilters()
{
    return {QStringLiteral("/restapi/v1.0/account/~/extension/~/message-store/instant?type=SMS"),
            QStringLiteral("/restapi/v1.0/account/~/extension/~/telephony/sessions")};
}

QUrl Endpoints::authorize() const
{
    return path(QStringLiteral("/restapi/oauth/authorize"));
}

QUrl Endpoints::token() const
{
    return path(QStringLiteral("/restapi/oauth/token"));
}

QUrl Endpoints::wsToken() const
{
    return path(QStringLiteral("/restapi/oauth/wstoken"));
}

QUrl Endpoints::phoneNumbers() const
{
    return path(QStringLiteral("/restapi/v1.0/account/~/extension/~/phone-number"),
                {{QStringLiteral("perPage"), QStringLiteral("1000")}});
}

QUrl Endpoints::callLogSync(const net::Fields &query) const
{
    return path(QStringLiteral("/restapi/v1.0/account/~/extension/~/call-log-sync"), query);
}

QUrl Endpoints::messageSync(const net::Fields &query) const
{
    return path(QStringLiteral("/restapi/v1.0/account/~/extension/~/message-sync"), query);
}

QUrl Endpoints::messageStore(const net::Fields &query) const
{
    return path(QStringLiteral("/restapi/v1.0/account/~/extension/~/message-store"), query);
}

QUrl Endpoints::sms() const
{
    return path(QStringLiteral("/restapi/v1.0/account/~/extension/~/sms"));
}

} // namespace ringback::ringcentral
