// The routes of the fake Quo: what each documented v1 endpoint checks and answers.

#include "FakeQuo.h"

#include "FakeQuoUtil.h"

#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrl>

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

FakeQuo::Answer FakeQuo::dispatch(const QHttpServerRequest &request, Request &seen)
{
    const QUrl url = request.url();
    seen.path = url.path();
    seen.query = decodeParams(url.query(QUrl::FullyEncoded).toLatin1());
    const auto method = request.method();
    seen.method = method == QHttpServerRequest::Method::Get    ? QByteArray("GET")
                  : method == QHttpServerRequest::Method::Post ? QByteArray("POST")
                                                               : QByteArray("OTHER");
    seen.authorization = request.value("Authorization");
    seen.authorized = seen.authorization == apiKey().toUtf8();
    if (!seen.authorized) {
        // "The Quo API does not use a Bearer token": the key goes alone.
        if (seen.authorization.isEmpty() || seen.authorization.startsWith("Bearer "))
            violations << QStringLiteral("Authorization is not the raw API key: \"%1\"")
                              .arg(QString::fromLatin1(seen.authorization.left(12)));
        return error(401, QStringLiteral("0100401"), QStringLiteral("Unauthorized"), QString());
    }
    const bool get = seen.method == "GET";
    const QString &path = seen.path;
    if (get && path == QLatin1String("/v1/phone-numbers"))
        return listNumbers(seen.query);
    if (get && path == QLatin1String("/v1/conversations"))
        return listConversations(seen.query);
    if (get && path == QLatin1String("/v1/calls"))
        return listCalls(seen.query);
    if (get && path == QLatin1String("/v1/messages"))
        return listMessages(seen.query);
    static const QRegularExpression one(QStringLiteral("^/v1/messages/(AC[A-Za-z0-9]+)$"));
    const auto match = one.match(path);
    if (get && match.hasMatch())
        return fetchMessage(match.captured(1));
    if (seen.method == "POST" && path == QLatin1String("/v1/messages")) {
        if (!request.value("Content-Type").startsWith("application/json"))
            violations << QStringLiteral("POST /v1/messages without a JSON body");
        seen.body = QJsonDocument::fromJson(request.body()).object();
        return sendMessage(request, seen.body);
    }
    violations << QStringLiteral("%1 %2 is not a documented endpoint")
                      .arg(QString::fromLatin1(seen.method), path);
    return error(404, QStringLiteral("0100404"), QStringLiteral("Not Found"), QString());
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
    Answer a;
    a.body
        = QJsonDocument(QJsonObject{{QStringLiteral("data"), data}}).toJson(QJsonDocument::Compact);
    return a;
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
    QList<Conversation> rows;
    for (const Conversation &c : m_conversations) {
        if (!numbers.isEmpty() && !numbers.contains(phoneNumberId()))
            continue;
        if (!after.isEmpty() && c.updatedAt <= filterTime(after))
            continue;
        rows.append(c);
    }
    std::stable_sort(rows.begin(), rows.end(), [](const Conversation &a, const Conversation &b) {
        return a.updatedAt > b.updatedAt;
    });
    QList<QJsonObject> items;
    for (const Conversation &c : rows)
        items.append({{QStringLiteral("assignedTo"), QJsonValue::Null},
                      {QStringLiteral("createdAt"), isoTime(c.createdAt)},
                      {QStringLiteral("deletedAt"), QJsonValue::Null},
                      {QStringLiteral("id"), c.id},
                      {QStringLiteral("lastActivityAt"), isoTime(c.updatedAt)},
                      {QStringLiteral("lastActivityId"), c.lastActivityId},
                      {QStringLiteral("mutedUntil"), QJsonValue::Null},
                      {QStringLiteral("name"), QJsonValue::Null},
                      {QStringLiteral("participants"), QJsonArray{c.participant}},
                      {QStringLiteral("phoneNumberId"), phoneNumberId()},
                      {QStringLiteral("snoozedUntil"), QJsonValue::Null},
                      {QStringLiteral("updatedAt"), isoTime(c.updatedAt)}});
    return page(items, query, QStringLiteral("conversations"));
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
    if (param(query, QStringLiteral("phoneNumberId")) != phoneNumberId())
        violations << QStringLiteral("calls of a phoneNumberId not on the account");
    if (!callsReplies.empty())
        return scripted(callsReplies);
    const QString who = param(query, QStringLiteral("participants"));
    QList<CallRecord> rows;
    for (const CallRecord &c : m_calls) {
        if (c.participant == who && createdAfter(query, c.createdAt))
            rows.append(c);
    }
    std::stable_sort(rows.begin(), rows.end(), [](const CallRecord &a, const CallRecord &b) {
        return a.createdAt > b.createdAt;
    });
    QList<QJsonObject> items;
    for (const CallRecord &c : rows)
        items.append(callJson(c));
    return page(items, query, QStringLiteral("calls"));
}

FakeQuo::Answer FakeQuo::listMessages(const Params &query)
{
    Answer bad;
    if (!checkQuery(query, kListParams, kListRequired, &bad))
        return bad;
    if (param(query, QStringLiteral("phoneNumberId")) != phoneNumberId())
        violations << QStringLiteral("messages of a phoneNumberId not on the account");
    if (!messagesReplies.empty())
        return scripted(messagesReplies);
    const QStringList who = values(query, QStringLiteral("participants"));
    QList<MessageRecord> rows;
    for (const MessageRecord &m : m_messages) {
        if (who.contains(m.participant) && createdAfter(query, m.createdAt))
            rows.append(m);
    }
    std::stable_sort(rows.begin(), rows.end(), [](const MessageRecord &a, const MessageRecord &b) {
        return a.createdAt > b.createdAt;
    });
    QList<QJsonObject> items;
    for (const MessageRecord &m : rows)
        items.append(messageJson(m));
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
        Answer a;
        a.body = QJsonDocument(QJsonObject{{QStringLiteral("data"), messageJson(m)}})
                     .toJson(QJsonDocument::Compact);
        return a;
    }
    return error(404, QStringLiteral("0200404"), QStringLiteral("Not Found"), QString());
}

FakeQuo::Answer FakeQuo::sendMessage(const QHttpServerRequest &request, const QJsonObject &body)
{
    Q_UNUSED(request)
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

    std::optional<Reply> reply;
    if (!sendReplies.empty()) {
        reply = sendReplies.front();
        sendReplies.pop_front();
    }
    const bool store = !reply || reply->record || reply->never || reply->status == 0;
    MessageRecord m;
    if (store) {
        m.id = newId("AC");
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
    if (reply && (reply->status != 0 || reply->never || !reply->rawBody.isNull())) {
        std::deque<Reply> one{*reply};
        return scripted(one);
    }
    Answer a;
    a.status = 202;
    a.body = QJsonDocument(QJsonObject{{QStringLiteral("data"), messageJson(m)}})
                 .toJson(QJsonDocument::Compact);
    return a;
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
    QJsonValue next = QJsonValue::Null;
    if (offset + size < items.size()) {
        const QString nextToken = newId("tok");
        m_pageTokens.insert(nextToken,
                            signature + QLatin1Char('|') + QString::number(offset + size));
        next = nextToken;
    }
    Answer a;
    a.body = QJsonDocument(QJsonObject{{QStringLiteral("data"), data},
                                       {QStringLiteral("totalItems"), int(items.size())},
                                       {QStringLiteral("nextPageToken"), next}})
                 .toJson(QJsonDocument::Compact);
    return a;
}

} // namespace ringback::test
