// The routes of the fake Quo: what each documented v1 endpoint checks and answers.

#include "FakeQuo.h"

#include "FakeQuoUtil.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>

namespace ringback::test {

using namespace fakequo;

namespace {

const QStringList kListParams{QStringLiteral("phoneNumberId"),
                              QStringLiteral("userId"),
                              QStringLiteral("participants"),
                              QStringLiteral("since"),
                              QStringLiteral("createdAfter"),
                              QStringLiteral("createdBefore"),
                              QStringLiteral("maxResults"),
                              QStringLiteral("pageToken")};
const QStringList kListRequired{
    QStringLiteral("phoneNumberId"), QStringLiteral("participants"), QStringLiteral("maxResults")};

bool createdAfter(const FakeQuo::Params &query, const QDateTime &t)
{
    const QString after = param(query, QStringLiteral("createdAfter"));
    return after.isEmpty() || t > filterTime(after);
}

} // namespace

void FakeQuo::addRoutes()
{
    route("GET", QStringLiteral("/v1/phone-numbers"), [this](Request &seen, const auto &) {
        return listNumbers(seen.query);
    });
    route("GET", QStringLiteral("/v1/conversations"), [this](Request &seen, const auto &) {
        return listConversations(seen.query);
    });
    route("GET", QStringLiteral("/v1/calls"), [this](Request &seen, const auto &) {
        return listCalls(seen.query);
    });
    route("GET", QStringLiteral("/v1/messages"), [this](Request &seen, const auto &) {
        return listMessages(seen.query);
    });
    route("GET", QStringLiteral("/v1/messages/(AC[A-Za-z0-9]+)"), [this](Request &, const auto &m) {
        return fetchMessage(m.captured(1));
    });
    route("POST", QStringLiteral("/v1/messages"), [this](Request &seen, const auto &) {
        if (!seen.contentType.startsWith("application/json"))
            violation(QStringLiteral("POST /v1/messages without a JSON body"));
        return sendMessage(seen.json);
    });
}

FakeQuo::Answer FakeQuo::listNumbers(const Params &query)
{
    Answer bad;
    if (!checkQuery(query, {QStringLiteral("userId")}, {}, &bad))
        return bad;
    if (!numbersReplies.empty())
        return scripted(numbersReplies);
    const auto number = [](const QString &id, const QString &e164, const QString &name) {
        const QJsonObject restrictions{{QStringLiteral("CA"), QStringLiteral("unrestricted")},
                                       {QStringLiteral("US"), QStringLiteral("unrestricted")},
                                       {QStringLiteral("Intl"), QStringLiteral("restricted")}};
        const QJsonObject user{{QStringLiteral("email"), QStringLiteral("owner@example.com")},
                               {QStringLiteral("firstName"), QStringLiteral("Sam")},
                               {QStringLiteral("groupId"), QStringLiteral("GRoffice")},
                               {QStringLiteral("id"), userId()},
                               {QStringLiteral("lastName"), QStringLiteral("Owner")},
                               {QStringLiteral("role"), QStringLiteral("owner")}};
        return QJsonObject{
            {QStringLiteral("id"), id},
            {QStringLiteral("groupId"), QStringLiteral("GRoffice")},
            {QStringLiteral("createdAt"), QStringLiteral("2025-01-06T15:00:00.000Z")},
            {QStringLiteral("updatedAt"), QStringLiteral("2025-01-06T15:00:00.000Z")},
            {QStringLiteral("name"), name},
            {QStringLiteral("number"), e164},
            {QStringLiteral("formattedNumber"), QJsonValue::Null},
            {QStringLiteral("forward"), QJsonValue::Null},
            {QStringLiteral("portRequestId"), QJsonValue::Null},
            {QStringLiteral("portingStatus"), QJsonValue::Null},
            {QStringLiteral("symbol"), QStringLiteral("🔧")},
            {QStringLiteral("users"), QJsonArray{user}},
            {QStringLiteral("restrictions"),
             QJsonObject{{QStringLiteral("messaging"), restrictions},
                         {QStringLiteral("calling"), restrictions}}}};
    };
    QJsonArray data{number(QStringLiteral("PNother0002"), otherNumber(), QStringLiteral("Sales"))};
    if (numberOnAccount)
        data.append(number(phoneNumberId(), businessNumber(), QStringLiteral("Main line")));
    return Answer::json({{QStringLiteral("data"), data}});
}

FakeQuo::Answer FakeQuo::listConversations(const Params &query)
{
    Answer bad;
    if (!checkQuery(query,
                    {QStringLiteral("phoneNumber"),
                     QStringLiteral("phoneNumbers"),
                     QStringLiteral("userId"),
                     QStringLiteral("createdAfter"),
                     QStringLiteral("createdBefore"),
                     QStringLiteral("excludeInactive"),
                     QStringLiteral("updatedAfter"),
                     QStringLiteral("updatedBefore"),
                     QStringLiteral("maxResults"),
                     QStringLiteral("pageToken")},
                    {QStringLiteral("maxResults")},
                    &bad))
        return bad;
    if (!conversationsReplies.empty())
        return scripted(conversationsReplies);
    const QStringList numbers = values(query, QStringLiteral("phoneNumbers"));
    const QString after = param(query, QStringLiteral("updatedAfter"));
    const auto keep = [&](const Conversation &c) {
        return (numbers.isEmpty() || numbers.contains(phoneNumberId()))
               && (after.isEmpty() || c.updatedAt > filterTime(after));
    };
    const auto json = [](const Conversation &c) {
        return QJsonObject{{QStringLiteral("assignedTo"), QJsonValue::Null},
                           {QStringLiteral("createdAt"), isoOrNull(c.createdAt)},
                           {QStringLiteral("deletedAt"), QJsonValue::Null},
                           {QStringLiteral("id"), c.id},
                           {QStringLiteral("lastActivityAt"), isoOrNull(c.updatedAt)},
                           {QStringLiteral("lastActivityId"), c.lastActivityId},
                           {QStringLiteral("mutedUntil"), QJsonValue::Null},
                           {QStringLiteral("name"), QJsonValue::Null},
                           {QStringLiteral("participants"), QJsonArray{c.participant}},
                           {QStringLiteral("phoneNumberId"), phoneNumberId()},
                           {QStringLiteral("snoozedUntil"), QJsonValue::Null},
                           {QStringLiteral("updatedAt"), isoOrNull(c.updatedAt)}};
    };
    const QList<QJsonObject> items = fake::newestFirst(
        m_conversations, keep, [](const Conversation &c) { return c.updatedAt; }, json);
    return page(items, query, QStringLiteral("conversations"));
}

std::optional<FakeQuo::Answer>
FakeQuo::listScripted(const Params &query, const QString &kind, std::deque<Reply> &script)
{
    if (param(query, QStringLiteral("phoneNumberId")) != phoneNumberId())
        violations << QStringLiteral("%1 of a phoneNumberId not on the account").arg(kind);
    if (const auto reply = next(script))
        return answerFor(*reply);
    return std::nullopt;
}

FakeQuo::Answer FakeQuo::listCalls(const Params &query)
{
    Answer bad;
    if (!checkQuery(query, kListParams, kListRequired, &bad))
        return bad;
    if (values(query, QStringLiteral("participants")).size() > 1) {
        violations << QStringLiteral("/v1/calls with more than one participant");
        return error(400, QStringLiteral("0101400"), QStringLiteral("Too Many Participants"), {});
    }
    if (!param(query, QStringLiteral("since")).isEmpty())
        violations << QStringLiteral("the deprecated \"since\" behaves as createdBefore");
    if (auto scriptedAnswer = listScripted(query, QStringLiteral("calls"), callsReplies))
        return *scriptedAnswer;
    const QString who = param(query, QStringLiteral("participants"));
    const QList<QJsonObject> items = fake::newestFirst(
        m_calls,
        [&](const CallRecord &c) {
            return c.participant == who && createdAfter(query, c.createdAt);
        },
        [](const CallRecord &c) { return c.createdAt; },
        [this](const CallRecord &c) { return callJson(c); });
    return page(items, query, QStringLiteral("calls"));
}

FakeQuo::Answer FakeQuo::listMessages(const Params &query)
{
    Answer bad;
    if (!checkQuery(query, kListParams, kListRequired, &bad))
        return bad;
    if (auto scriptedAnswer = listScripted(query, QStringLiteral("messages"), messagesReplies))
        return *scriptedAnswer;
    const QStringList who = values(query, QStringLiteral("participants"));
    const QList<QJsonObject> items = fake::newestFirst(
        m_messages,
        [&](const MessageRecord &m) {
            return who.contains(m.participant) && createdAfter(query, m.createdAt);
        },
        [](const MessageRecord &m) { return m.createdAt; },
        [this](const MessageRecord &m) { return messageJson(m); });
    return page(items, query, QStringLiteral("messages"));
}

FakeQuo::Answer FakeQuo::fetchMessage(const QString &id)
{
    for (MessageRecord &m : m_messages) {
        if (m.id != id)
            continue;
        ++m.fetches;
        if (m.direction == QLatin1String("outgoing") && m.status == QLatin1String("sent"))
            m.status = finalStatus.value(m.participant, QStringLiteral("delivered"));
        return Answer::json({{QStringLiteral("data"), messageJson(m)}});
    }
    return error(404, QStringLiteral("0200404"), QStringLiteral("Not Found"), QString());
}

FakeQuo::Answer FakeQuo::sendMessage(const QJsonObject &body)
{
    const auto refuse = [this](const QString &why) {
        violations << why;
        return error(400, QStringLiteral("0200400"), QStringLiteral("Bad Request"), why);
    };
    static const QStringList known{QStringLiteral("content"),
                                   QStringLiteral("from"),
                                   QStringLiteral("to"),
                                   QStringLiteral("userId"),
                                   QStringLiteral("setInboxStatus"),
                                   QStringLiteral("phoneNumberId")};
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (!known.contains(it.key()))
            return refuse(QStringLiteral("unknown body field \"%1\"").arg(it.key()));
    }
    const QString content = body.value(QLatin1String("content")).toString();
    static const QRegularExpression notBlank(QStringLiteral("\\S"));
    if (content.isEmpty() || content.size() > 1600 || !notBlank.match(content).hasMatch())
        return refuse(QStringLiteral("content must be 1..1600 characters, not only spaces"));
    const QString from = body.value(QLatin1String("from")).toString();
    if (from != phoneNumberId() && from != businessNumber())
        return refuse(
            QStringLiteral("from is neither our PN… id nor our number: \"%1\"").arg(from));
    const QJsonArray to = body.value(QLatin1String("to")).toArray();
    if (to.size() != 1 || !isE164(to.at(0).toString()))
        return refuse(QStringLiteral("to must hold exactly one E.164 number"));

    const std::optional<Reply> reply = next(sendReplies);
    const bool store = !reply || reply->record || reply->never || reply->drop || reply->status == 0;
    MessageRecord m;
    if (store) {
        m.id = quoId("AC");
        m.participant = to.at(0).toString();
        m.text = content;
        m.direction = QStringLiteral("outgoing");
        m.status = QStringLiteral("sent");
        m.createdAt = QDateTime::currentDateTimeUtc();
        m_messages.append(m);
        touch(m.participant, m.id);
        if (onSend)
            onSend(m);
    }
    if (reply && !reply->isNormal())
        return answerFor(*reply);
    return Answer::json({{QStringLiteral("data"), messageJson(m)}}, 202);
}

FakeQuo::Answer
FakeQuo::page(const QList<QJsonObject> &items, const Params &query, const QString &kind)
{
    Params filters;
    for (const auto &[k, v] : query) {
        if (k != QLatin1String("pageToken"))
            filters.append({k, v});
    }
    QString signature = kind;
    for (const auto &[k, v] : filters)
        signature += QLatin1Char('&') + k + QLatin1Char('=') + v;
    int offset = 0;
    const QString token = param(query, QStringLiteral("pageToken"));
    if (!token.isEmpty()) {
        const QString issued = m_pageTokens.value(token);
        const qsizetype bar = issued.lastIndexOf(QLatin1Char('|'));
        if (issued.left(bar) != signature)
            violations << QStringLiteral("pageToken reused with other filters");
        offset = issued.mid(bar + 1).toInt();
    }
    const int size
        = std::max(1, std::min(param(query, QStringLiteral("maxResults")).toInt(), maxPageSize));
    QJsonArray data;
    for (int i = offset; i < std::min<int>(offset + size, int(items.size())); ++i)
        data.append(items.at(i));
    QJsonValue nextPage = QJsonValue::Null;
    if (offset + size < items.size()) {
        const QString nextToken = quoId("tok");
        m_pageTokens.insert(nextToken,
                            signature + QLatin1Char('|') + QString::number(offset + size));
        nextPage = nextToken;
    }
    return Answer::json({{QStringLiteral("data"), data},
                         {QStringLiteral("totalItems"), int(items.size())},
                         {QStringLiteral("nextPageToken"), nextPage}});
}

} // namespace ringback::test
