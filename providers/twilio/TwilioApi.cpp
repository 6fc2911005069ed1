#include "TwilioApi.h"

#include "net/BaseUrl.h"
#include "provider/kit/Json.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace ringback::twilio {

Q_LOGGING_CATEGORY(lcTwilio, "ringback.provider.twilio", QtInfoMsg)

namespace {

using provider::jsonInt;
using provider::jsonText;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ringback::TwilioProvider)
};

constexpr int kRateLimited = 20429;

Call callFrom(const QJsonObject &o)
{
    Call c;
    c.sid = jsonText(o, "sid");
    c.parentSid = jsonText(o, "parent_call_sid");
    c.from = jsonText(o, "from");
    c.to = jsonText(o, "to");
    c.status = jsonText(o, "status");
    c.direction = jsonText(o, "direction");
    c.startTime = parseDate(jsonText(o, "start_time"));
    c.endTime = parseDate(jsonText(o, "end_time"));
    c.dateCreated = parseDate(jsonText(o, "date_created"));
    c.duration = jsonInt(o, "duration");
    return c;
}

Message messageFrom(const QJsonObject &o)
{
    Message m;
    m.sid = jsonText(o, "sid");
    m.from = jsonText(o, "from");
    m.to = jsonText(o, "to");
    m.body = jsonText(o, "body");
    m.direction = jsonText(o, "direction");
    m.status = jsonText(o, "status");
    m.dateCreated = parseDate(jsonText(o, "date_created"));
    m.dateSent = parseDate(jsonText(o, "date_sent"));
    m.numMedia = jsonInt(o, "num_media");
    m.errorCode = jsonInt(o, "error_code");
    m.errorMessage = jsonText(o, "error_message");
    return m;
}

template<typename T, typename Convert>
Result<Page<T>> parsePage(const QByteArray &body, const char *key, Convert convert)
{
    QJsonObject json;
    const auto list = provider::jsonList(body, key, &json);
    if (!list)
        return Error(list.errorMessage());
    Page<T> page;
    for (const QJsonValue &v : list.value()) {
        if (!v.isObject())
            return Error(Tr::tr("an entry of \"%1\" is not an object").arg(QLatin1String(key)));
        T item = convert(v.toObject());
        if (item.sid.isEmpty())
            return Error(Tr::tr("an entry of \"%1\" has no sid").arg(QLatin1String(key)));
        page.items.push_back(std::move(item));
    }
    page.nextPageUri = json.value(QLatin1String("next_page_uri")).toString();
    return page;
}

bool isMissedStatus(const QString &s)
{
    return s == QLatin1String("no-answer") || s == QLatin1String("busy")
           || s == QLatin1String("canceled") || s == QLatin1String("failed");
}

CallResult resultOf(const QString &status)
{
    if (status == QLatin1String("busy"))
        return CallResult::Busy;
    if (status == QLatin1String("canceled"))
        return CallResult::Canceled;
    if (status == QLatin1String("failed"))
        return CallResult::Failed;
    return CallResult::NoAnswer;
}

int rank(CallResult r)
{
    switch (r) {
    case CallResult::NoAnswer:
        return 0;
    case CallResult::Busy:
        return 1;
    case CallResult::Canceled:
        return 2;
    default:
        return 3;
    }
}

int secondsBetween(const QDateTime &a, const QDateTime &b)
{
    return a.isValid() && b.isValid() ? int(std::max<qint64>(0, a.secsTo(b))) : 0;
}

} // namespace

bool Call::isFinal() const
{
    return status == QLatin1String("completed") || isMissedStatus(status);
}

QDateTime parseDate(const QString &rfc2822)
{
    if (rfc2822.isEmpty())
        return {};
    QDateTime t = QDateTime::fromString(rfc2822, Qt::RFC2822Date);
    return t.isValid() ? t.toUTC() : QDateTime();
}

QString dayString(const QDate &day)
{
    return day.toString(Qt::ISODate);
}

Result<Page<Call>> parseCalls(const QByteArray &body)
{
    return parsePage<Call>(body, "calls", callFrom);
}

Result<Page<Message>> parseMessages(const QByteArray &body)
{
    return parsePage<Message>(body, "messages", messageFrom);
}

Result<Page<Media>> parseMedia(const QByteArray &body)
{
    return parsePage<Media>(body, "media_list", [](const QJsonObject &o) {
        return Media{jsonText(o, "sid"), jsonText(o, "content_type"), jsonText(o, "uri")};
    });
}

Result<Message> parseMessage(const QByteArray &body)
{
    const auto json = net::parseJsonObject(body);
    if (!json)
        return Error(json.errorMessage());
    Message m = messageFrom(json.value());
    if (m.sid.isEmpty())
        return Error(Tr::tr("the message has no sid"));
    return m;
}

Result<Account> parseAccount(const QByteArray &body)
{
    const auto json = net::parseJsonObject(body);
    if (!json)
        return Error(json.errorMessage());
    if (jsonText(json.value(), "sid").isEmpty())
        return Error(Tr::tr("the account has no sid"));
    return Account{jsonText(json.value(), "friendly_name"), jsonText(json.value(), "status")};
}

Result<int> parseIncomingNumberCount(const QByteArray &body)
{
    const auto list = provider::jsonList(body, "incoming_phone_numbers");
    if (!list)
        return Error(list.errorMessage());
    return int(list.value().size());
}

ApiError parseError(int httpStatus, const QByteArray &body)
{
    ApiError e;
    e.httpStatus = httpStatus;
    const auto json = net::parseJsonObject(body);
    if (!json)
        return e;
    const QJsonObject &o = json.value();
    e.code = jsonInt(o, "code");
    e.message = jsonText(o, "message");
    if (e.message.isEmpty()) // RFC 9457
        e.message = jsonText(o, "detail").isEmpty() ? jsonText(o, "title") : jsonText(o, "detail");
    e.message = e.message.left(300);
    return e;
}

MappedError mapSendError(const ApiError &e)
{
    MappedError m;
    const QString what
        = e.message.isEmpty() ? QStringLiteral("HTTP %1").arg(e.httpStatus) : e.message;
    m.detail = e.code ? QStringLiteral("Twilio %1: %2").arg(e.code).arg(what)
                      : QStringLiteral("Twilio: %1").arg(what);
    if (e.httpStatus == 429 || e.code == kRateLimited)
        m.error = SendError::RateLimited;
    else if (e.httpStatus == 401 || e.code == 20003)
        m.error = SendError::AuthFailed;
    else if (e.code == 21610)
        m.error = SendError::OptedOut;
    else if (e.code == 21211 || e.code == 21612 || e.code == 21614)
        m.error = SendError::InvalidNumber;
    else if (e.code == 21635 || e.code == 30006)
        m.error = SendError::Landline;
    else if (e.httpStatus >= 500)
        m.error = SendError::ProviderDown;
    else
        m.error = SendError::Rejected;
    return m;
}

SendError mapDeliveryErrorCode(int code)
{
    switch (code) {
    case 21610:
        return SendError::OptedOut;
    case 21211:
    case 21612: // 'To' number unreachable via SMS/MMS
    case 21614:
    case 30003:
    case 30005:
        return SendError::InvalidNumber;
    case 21635:
    case 30006:
        return SendError::Landline;
    default:
        return SendError::Rejected;
    }
}

MessageStatus mapMessageStatus(const QString &s)
{
    if (s == QLatin1String("delivered") || s == QLatin1String("read")
        || s == QLatin1String("partially_delivered"))
        return MessageStatus::Delivered;
    if (s == QLatin1String("failed") || s == QLatin1String("undelivered")
        || s == QLatin1String("canceled"))
        return MessageStatus::Failed;
    if (s == QLatin1String("received"))
        return MessageStatus::Received;
    // queued, accepted, scheduled, sending, sent: Twilio has it.
    return MessageStatus::Sent;
}

bool isFinalMessageStatus(const QString &s)
{
    const MessageStatus m = mapMessageStatus(s);
    return m == MessageStatus::Delivered || m == MessageStatus::Failed
           || m == MessageStatus::Received;
}

bool needsChildLegs(const Call &parent)
{
    return parent.status == QLatin1String("completed");
}

ProviderCall toProviderCall(const Call &parent, const std::vector<Call> &children)
{
    ProviderCall pc;
    pc.providerId = parent.sid;
    pc.from = parent.from;
    pc.to = parent.to;
    pc.startedAt = parent.when();
    pc.endedAt = parent.endTime.isValid() ? parent.endTime : pc.startedAt;
    if (isMissedStatus(parent.status)) {
        pc.result = resultOf(parent.status);
        pc.ringSeconds = secondsBetween(parent.startTime, parent.endTime);
        return pc;
    }
    // Completed: Twilio answered. Did anyone in the office?
    bool dialled = false;
    bool answered = false;
    int ring = 0;
    std::optional<CallResult> missed;
    for (const Call &child : children) {
        if (child.parentSid != parent.sid)
            continue;
        dialled = true;
        if (child.status == QLatin1String("completed")
            || child.status == QLatin1String("in-progress")) {
            answered = true;
            continue;
        }
        if (!isMissedStatus(child.status))
            continue;
        ring = std::max(ring, secondsBetween(child.startTime, child.endTime));
        // Several phones rang (simultaneous ring): no-answer says the most.
        const CallResult r = resultOf(child.status);
        if (!missed || rank(r) < rank(*missed))
            missed = r;
    }
    if (!dialled || answered || !missed) {
        pc.result = CallResult::Answered;
        pc.durationSeconds = parent.duration;
        return pc;
    }
    pc.result = *missed;
    pc.ringSeconds = ring;
    return pc;
}

Endpoints::Endpoints(QUrl base, QString accountSid)
    : ApiBase(std::move(base))
    , m_accountSid(std::move(accountSid))
{}

QUrl Endpoints::accountPath(const QString &suffix, const net::Fields &query) const
{
    return path(QLatin1String("/2010-04-01/Accounts/") + m_accountSid + suffix, query);
}

QUrl Endpoints::account() const
{
    return accountPath(QStringLiteral(".json"));
}

QUrl Endpoints::incomingNumbers(const QString &phoneNumber) const
{
    return accountPath(QStringLiteral("/IncomingPhoneNumbers.json"),
                       {{QStringLiteral("PhoneNumber"), phoneNumber}});
}

QUrl Endpoints::calls(const net::Fields &query) const
{
    return accountPath(QStringLiteral("/Calls.json"), query);
}

QUrl Endpoints::messages(const net::Fields &query) const
{
    return accountPath(QStringLiteral("/Messages.json"), query);
}

QUrl Endpoints::message(const QString &sid) const
{
    return accountPath(QLatin1String("/Messages/") + sid + QLatin1String(".json"));
}

QUrl Endpoints::mediaList(const QString &messageSid) const
{
    return accountPath(QLatin1String("/Messages/") + messageSid + QLatin1String("/Media.json"));
}

QUrl Endpoints::resolve(const QString &apiPath) const
{
    return net::joinUrl(base(), apiPath);
}

} // namespace ringback::twilio
