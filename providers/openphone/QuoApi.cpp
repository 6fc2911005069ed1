#include "QuoApi.h"

#include "net/BaseUrl.h"
#include "net/Http.h"
#include "provider/kit/Json.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace ringback::quo {

Q_LOGGING_CATEGORY(lcQuo, "ringback.provider.openphone", QtInfoMsg)

namespace {

using provider::jsonStrings;
using provider::jsonText;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ringback::QuoProvider)
};

Conversation conversationFrom(const QJsonObject &o)
{
    Conversation c;
    c.id = jsonText(o, "id");
    c.phoneNumberId = jsonText(o, "phoneNumberId");
    c.participants = jsonStrings(o, "participants");
    c.updatedAt = parseTime(jsonText(o, "updatedAt"));
    return c;
}

// A list answer {data: [...], totalItems, nextPageToken}. totalItems is not
// accurate (the spec says so), so only nextPageToken decides paging.
template<typename T, typename Convert>
Result<Page<T>> parsePage(const QByteArray &body, Convert convert)
{
    QJsonObject json;
    const auto list = provider::jsonList(body, "data", &json);
    if (!list)
        return Error(list.errorMessage());
    Page<T> page;
    for (const QJsonValue &v : list.value()) {
        if (!v.isObject())
            return Error(Tr::tr("an entry of \"data\" is not an object"));
        T item = convert(v.toObject());
        if (item.id.isEmpty())
            return Error(Tr::tr("an entry of \"data\" has no id"));
        page.items.push_back(std::move(item));
    }
    const QJsonValue next = json.value(QLatin1String("nextPageToken"));
    if (!next.isNull() && !next.isUndefined() && !next.isString())
        return Error(Tr::tr("\"nextPageToken\" is neither text nor null"));
    page.nextPageToken = next.toString();
    return page;
}

} // namespace

Call callFrom(const QJsonObject &o)
{
    Call c;
    c.id = jsonText(o, "id");
    c.phoneNumberId = jsonText(o, "phoneNumberId");
    c.direction = jsonText(o, "direction");
    c.status = jsonText(o, "status");
    c.participants = jsonStrings(o, "participants");
    c.answeredAt = parseTime(jsonText(o, "answeredAt"));
    c.createdAt = parseTime(jsonText(o, "createdAt"));
    c.completedAt = parseTime(jsonText(o, "completedAt"));
    c.duration = o.value(QLatin1String("duration")).toInt();
    return c;
}

Message messageFrom(const QJsonObject &o)
{
    Message m;
    m.id = jsonText(o, "id");
    m.from = jsonText(o, "from");
    m.to = jsonStrings(o, "to");
    m.text = jsonText(o, "text");
    m.phoneNumberId = jsonText(o, "phoneNumberId");
    m.direction = jsonText(o, "direction");
    m.status = jsonText(o, "status");
    m.createdAt = parseTime(jsonText(o, "createdAt"));
    return m;
}

bool Call::isFinal() const
{
    static const QStringList open{QStringLiteral("queued"),
                                  QStringLiteral("initiated"),
                                  QStringLiteral("ringing"),
                                  QStringLiteral("in-progress")};
    return !status.isEmpty() && !open.contains(status);
}

QString Call::caller(const QString &businessNumber) const
{
    for (const QString &p : participants) {
        if (p != businessNumber)
            return p;
    }
    return {};
}

QDateTime parseTime(const QString &iso8601)
{
    if (iso8601.isEmpty())
        return {};
    const QDateTime t = QDateTime::fromString(iso8601, Qt::ISODateWithMs);
    return t.isValid() ? t.toUTC() : QDateTime();
}

QString timeString(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QString timeString(qint64 msSinceEpoch)
{
    return timeString(QDateTime::fromMSecsSinceEpoch(msSinceEpoch).toUTC());
}

Result<std::vector<PhoneNumberEntry>> parsePhoneNumbers(const QByteArray &body)
{
    const auto list = provider::jsonList(body, "data");
    if (!list)
        return Error(list.errorMessage());
    std::vector<PhoneNumberEntry> out;
    for (const QJsonValue &v : list.value()) {
        const QJsonObject o = v.toObject();
        PhoneNumberEntry e{jsonText(o, "id"), jsonText(o, "number"), jsonText(o, "name")};
        if (e.id.isEmpty() || e.number.isEmpty())
            return Error(Tr::tr("a phone number has no id or number"));
        out.push_back(e);
    }
    return out;
}

Result<Page<Conversation>> parseConversations(const QByteArray &body)
{
    return parsePage<Conversation>(body, conversationFrom);
}

Result<Page<Call>> parseCalls(const QByteArray &body)
{
    auto page = parsePage<Call>(body, callFrom);
    if (page) {
        for (const Call &c : page->items) {
            if (c.direction.isEmpty() || c.status.isEmpty() || !c.createdAt.isValid())
                return Error(Tr::tr("call %1 lacks its direction, status or time").arg(c.id));
        }
    }
    return page;
}

Result<Page<Message>> parseMessages(const QByteArray &body)
{
    auto page = parsePage<Message>(body, messageFrom);
    if (page) {
        for (const Message &m : page->items) {
            if (m.direction.isEmpty() || !m.createdAt.isValid())
                return Error(Tr::tr("message %1 lacks its direction or time").arg(m.id));
        }
    }
    return page;
}

Result<Message> parseMessage(const QByteArray &body)
{
    const auto data = provider::jsonObject(body, "data");
    if (!data)
        return Error(data.errorMessage());
    Message m = messageFrom(data.value());
    if (m.id.isEmpty())
        return Error(Tr::tr("the message has no id"));
    return m;
}

ApiError parseError(int httpStatus, const QByteArray &body)
{
    ApiError e;
    e.httpStatus = httpStatus;
    const auto json = net::parseJsonObject(body);
    if (!json)
        return e;
    const QJsonObject &o = json.value();
    e.code = jsonText(o, "code");
    e.title = jsonText(o, "title").left(200);
    e.message = jsonText(o, "message").left(300);
    for (const QJsonValue &v : o.value(QLatin1String("errors")).toArray())
        e.paths << v.toObject().value(QLatin1String("path")).toString();
    return e;
}

MappedError mapSendError(const ApiError &e)
{
    MappedError m;
    QString what = e.title;
    if (!e.message.isEmpty() && e.message != e.title)
        what = what.isEmpty() ? e.message : what + QLatin1String(": ") + e.message;
    if (what.isEmpty())
        what = QStringLiteral("HTTP %1").arg(e.httpStatus);
    m.detail = e.code.isEmpty() ? QStringLiteral("Quo: %1").arg(what)
                                : QStringLiteral("Quo %1: %2").arg(e.code, what);
    const QString words = (e.title + QLatin1Char(' ') + e.message).toLower();
    bool toRefused = false;
    for (const QString &path : e.paths) {
        const QString p = path.startsWith(QLatin1Char('/')) ? path.mid(1) : path;
        toRefused = toRefused || p == QLatin1String("to") || p.startsWith(QLatin1String("to/"))
                    || p.startsWith(QLatin1String("to."));
    }
    if (e.httpStatus == 429)
        m.error = SendError::RateLimited;
    else if (e.httpStatus == 401)
        m.error = SendError::AuthFailed;
    else if (e.httpStatus >= 500)
        m.error = SendError::ProviderDown; // outcome unknown: reconcile before any resend
    // What Quo answers for an opted-out recipient is unconfirmed
    // (https://support.quo.com/core-concepts/messaging/opt-out only says the
    // message shows as failed). The safest reading: any refusal that speaks of
    // opting out or unsubscribing is an opt-out, so Ringback never texts that
    // number again.
    else if (words.contains(QLatin1String("opted out"))
             || words.contains(QLatin1String("opted-out"))
             || words.contains(QLatin1String("opt-out")) || words.contains(QLatin1String("opt out"))
             || words.contains(QLatin1String("unsubscri")))
        m.error = SendError::OptedOut;
    else if (e.httpStatus == 400 && toRefused)
        m.error = SendError::InvalidNumber;
    else // 0206400 A2P not approved, 0200402 no credits, 0202403, 404, …: final
        m.error = SendError::Rejected;
    return m;
}

MessageStatus mapMessageStatus(const QString &s)
{
    if (s == QLatin1String("delivered"))
        return MessageStatus::Delivered;
    if (s == QLatin1String("undelivered") || s == QLatin1String("failed"))
        return MessageStatus::Failed;
    if (s == QLatin1String("received"))
        return MessageStatus::Received;
    return MessageStatus::Sent; // queued, sent: Quo has it
}

bool isFinalMessageStatus(const QString &s)
{
    return mapMessageStatus(s) != MessageStatus::Sent;
}

bool isMissed(const Call &c)
{
    if (c.direction != QLatin1String("incoming") || c.answeredAt.isValid())
        return false;
    static const QStringList missed{QStringLiteral("missed"),
                                    QStringLiteral("no-answer"),
                                    QStringLiteral("abandoned"),
                                    QStringLiteral("busy"),
                                    QStringLiteral("canceled"),
                                    QStringLiteral("completed")};
    return missed.contains(c.status);
}

ProviderMessage toProviderMessage(const Message &m, const QString &businessNumber)
{
    ProviderMessage pm;
    pm.providerId = m.id;
    pm.from = m.from;
    pm.to = businessNumber;
    pm.body = m.text;
    pm.at = m.createdAt;
    return pm;
}

ProviderCall toProviderCall(const Call &c, const QString &businessNumber)
{
    ProviderCall pc;
    pc.providerId = c.id;
    pc.from = c.caller(businessNumber);
    pc.to = businessNumber;
    pc.startedAt = c.createdAt;
    pc.endedAt = c.completedAt.isValid() ? c.completedAt : c.createdAt;
    if (!isMissed(c)) {
        // "failed" is not in the design note's missed set: the rules decide.
        pc.result = c.status == QLatin1String("failed") && !c.answeredAt.isValid()
                        ? CallResult::Failed
                        : CallResult::Answered;
        pc.durationSeconds = pc.result == CallResult::Answered ? c.duration : 0;
        return pc;
    }
    if (c.status == QLatin1String("busy"))
        pc.result = CallResult::Busy;
    else if (c.status == QLatin1String("canceled") || c.status == QLatin1String("abandoned"))
        pc.result = CallResult::Canceled;
    else if (c.status == QLatin1String("completed"))
        pc.result = CallResult::Voicemail; // unanswered yet completed: Quo's voicemail took it
    else
        pc.result = CallResult::NoAnswer;
    pc.ringSeconds = int(std::max<qint64>(0, pc.startedAt.secsTo(pc.endedAt)));
    return pc;
}

QUrl Endpoints::phoneNumbers() const
{
    return path(QStringLiteral("/v1/phone-numbers"));
}

QUrl Endpoints::conversations(const net::Fields &query) const
{
    return path(QStringLiteral("/v1/conversations"), query);
}

QUrl Endpoints::calls(const net::Fields &query) const
{
    return path(QStringLiteral("/v1/calls"), query);
}

QUrl Endpoints::messages(const net::Fields &query) const
{
    return path(QStringLiteral("/v1/messages"), query);
}

QUrl Endpoints::message(const QString &id) const
{
    return path(QLatin1String("/v1/messages/") + QString::fromLatin1(QUrl::toPercentEncoding(id)));
}

net::Fields withPageToken(net::Fields query, const QString &token)
{
    for (qsizetype i = query.size() - 1; i >= 0; --i) {
        if (query.at(i).first == QLatin1String("pageToken"))
            query.removeAt(i);
    }
    if (!token.isEmpty())
        query.append({QStringLiteral("pageToken"), token});
    return query;
}

} // namespace ringback::quo
