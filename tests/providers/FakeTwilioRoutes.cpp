// The routes of the fake Twilio: what each documented endpoint checks and answers.

#include "FakeTwilio.h"

#include "FakeTwilioUtil.h"

#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>

namespace ringback::test {

using namespace fake;

namespace {

FakeTwilio::Params decodeQuery(const QUrl &url)
{
    return decodeParams(url.query(QUrl::FullyEncoded).toLatin1());
}

} // namespace

FakeTwilio::Answer FakeTwilio::dispatch(const QHttpServerRequest &request, Request &seen)
{
    const QUrl url = request.url();
    seen.path = url.path();
    seen.query = decodeQuery(url);
    switch (request.method()) {
    case QHttpServerRequest::Method::Get:
        seen.method = "GET";
        break;
    case QHttpServerRequest::Method::Post:
        seen.method = "POST";
        break;
    default:
        seen.method = "OTHER";
        break;
    }
    if (seen.path.startsWith(QLatin1String("/cdn/")))
        return cdn(seen.path.mid(5), request);

    const QByteArray expected
        = "Basic " + (accountSid() + QLatin1Char(':') + authToken()).toUtf8().toBase64();
    seen.authorized = request.value("Authorization") == expected;
    if (!seen.authorized) {
        Answer a = error(401, 20003, QStringLiteral("Authenticate"));
        a.headers.append(
            qMakePair(QByteArray("WWW-Authenticate"), QByteArray("Basic realm=\"Twilio API\"")));
        return a;
    }
    static const QRegularExpression route(
        QStringLiteral("^/2010-04-01/Accounts/(AC[0-9a-fA-F]{32})(\\.json|/.+)$"));
    const auto match = route.match(seen.path);
    if (!match.hasMatch() || match.captured(1) != accountSid()) {
        violations << QStringLiteral("unknown path %1").arg(seen.path);
        return error(
            404, 20404, QStringLiteral("The requested resource %1 was not found").arg(seen.path));
    }
    const QString rest = match.captured(2);
    const bool get = seen.method == "GET";
    if (seen.method == "POST") {
        seen.form = decodeParams(request.body());
        if (!request.value("Content-Type").startsWith("application/x-www-form-urlencoded"))
            violations << QStringLiteral("POST without a form body");
    }
    if (get && rest == QLatin1String(".json"))
        return account();
    if (get && rest == QLatin1String("/IncomingPhoneNumbers.json"))
        return incomingNumbers(seen.query, seen.path);
    if (get && rest == QLatin1String("/Calls.json"))
        return listCalls(seen.query, seen.path);
    if (get && rest == QLatin1String("/Messages.json"))
        return listMessages(seen.query, seen.path);
    if (seen.method == "POST" && rest == QLatin1String("/Messages.json"))
        return createMessage(request, seen.form);
    static const QRegularExpression message(
        QStringLiteral("^/Messages/((?:SM|MM)[0-9a-fA-F]{32})(\\.json|/Media\\.json|/Media/"
                       "(ME[0-9a-fA-F]{32}))$"));
    const auto m = message.match(rest);
    if (get && m.hasMatch()) {
        if (m.captured(2) == QLatin1String(".json"))
            return fetchMessage(m.captured(1));
        if (m.captured(2) == QLatin1String("/Media.json"))
            return listMedia(m.captured(1), seen.query, seen.path);
        return fetchMediaContent(m.captured(1), m.captured(3));
    }
    violations << QStringLiteral("%1 %2 is not a documented endpoint")
                      .arg(QString::fromLatin1(seen.method), seen.path);
    return error(
        404, 20404, QStringLiteral("The requested resource %1 was not found").arg(seen.path));
}

FakeTwilio::Answer FakeTwilio::page(const QString &key,
                                    const QList<QJsonObject> &items,
                                    const Params &query,
                                    const QString &path)
{
    const int requested = query.isEmpty() || param(query, QStringLiteral("PageSize")).isEmpty()
                              ? 50
                              : param(query, QStringLiteral("PageSize")).toInt();
    const int size = std::max(1, std::min(requested, maxPageSize));
    const int index = param(query, QStringLiteral("Page")).toInt();
    Params filters;
    for (const auto &[k, v] : query) {
        if (!pagingParams().contains(k))
            filters.append({k, v});
    }
    const auto uri = [&](int pageIndex, const QString &token) -> QString {
        Params p = filters;
        p.append({QStringLiteral("PageSize"), QString::number(requested)});
        p.append({QStringLiteral("Page"), QString::number(pageIndex)});
        if (!token.isEmpty())
            p.append({QStringLiteral("PageToken"), token});
        QByteArray q;
        for (const auto &[k, v] : p)
            q += (q.isEmpty() ? "" : "&") + QUrl::toPercentEncoding(k) + '='
                 + QUrl::toPercentEncoding(v);
        return path + QLatin1Char('?') + QString::fromLatin1(q);
    };
    QJsonArray list;
    for (qsizetype i = qsizetype(index) * size; i < items.size() && list.size() < size; ++i)
        list.append(items.at(i));
    QJsonValue next = QJsonValue::Null;
    if (qsizetype(index + 1) * size < items.size()) {
        const QString token = QStringLiteral("PA%1").arg(m_pageTokens.size() + 1);
        m_pageTokens.insert(token);
        next = uri(index + 1, token);
    }
    Answer a;
    a.body = QJsonDocument(QJsonObject{{key, list},
                                       {QStringLiteral("start"), index * size},
                                       {QStringLiteral("end"), index * size + int(list.size()) - 1},
                                       {QStringLiteral("page"), index},
                                       {QStringLiteral("page_size"), size},
                                       {QStringLiteral("first_page_uri"), uri(0, QString())},
                                       {QStringLiteral("previous_page_uri"), QJsonValue::Null},
                                       {QStringLiteral("next_page_uri"), next},
                                       {QStringLiteral("uri"), uri(index, QString())}})
                 .toJson(QJsonDocument::Compact);
    return a;
}

FakeTwilio::Answer FakeTwilio::scripted(std::deque<Reply> &script)
{
    const Reply r = script.front();
    script.pop_front();
    Answer a = r.rawBody.isEmpty() ? error(r.status, r.code, r.message) : Answer{};
    if (!r.rawBody.isEmpty()) {
        a.status = r.status ? r.status : 200;
        a.body = r.rawBody;
    }
    if (!r.retryAfter.isEmpty())
        a.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray(r.retryAfter)));
    a.delayMs = r.delayMs;
    a.never = r.never;
    return a;
}

FakeTwilio::Answer FakeTwilio::account()
{
    Answer a;
    a.body = QJsonDocument(
                 QJsonObject{{QStringLiteral("sid"), accountSid()},
                             {QStringLiteral("friendly_name"), QStringLiteral("Test Plumbing")},
                             {QStringLiteral("status"), QStringLiteral("active")},
                             {QStringLiteral("type"), QStringLiteral("Full")}})
                 .toJson(QJsonDocument::Compact);
    return a;
}

FakeTwilio::Answer FakeTwilio::incomingNumbers(const Params &query, const QString &path)
{
    Answer bad;
    if (!checkParams(query,
                     QStringList{QStringLiteral("PhoneNumber"), QStringLiteral("FriendlyName")}
                         + pagingParams(),
                     &bad))
        return bad;
    QList<QJsonObject> numbers;
    const QString wanted = param(query, QStringLiteral("PhoneNumber"));
    if (numberOnAccount && (wanted.isEmpty() || wanted == businessNumber()))
        numbers.append(
            {{QStringLiteral("sid"), QStringLiteral("PN0123456789abcdef0123456789abcdef")},
             {QStringLiteral("phone_number"), businessNumber()},
             {QStringLiteral("capabilities"),
              QJsonObject{{QStringLiteral("sms"), true}, {QStringLiteral("voice"), true}}}});
    return page(QStringLiteral("incoming_phone_numbers"), numbers, query, path);
}

FakeTwilio::Answer FakeTwilio::listCalls(const Params &query, const QString &path)
{
    if (!callsReplies.empty())
        return scripted(callsReplies);
    static const QStringList allowed = QStringList{QStringLiteral("To"),
                                                   QStringLiteral("From"),
                                                   QStringLiteral("ParentCallSid"),
                                                   QStringLiteral("Status"),
                                                   QStringLiteral("StartTime"),
                                                   QStringLiteral("StartTime<"),
                                                   QStringLiteral("StartTime>"),
                                                   QStringLiteral("EndTime"),
                                                   QStringLiteral("EndTime<"),
                                                   QStringLiteral("EndTime>")}
                                       + pagingParams();
    Answer bad;
    if (!checkParams(query, allowed, &bad))
        return bad;
    QList<CallRecord> matching;
    bool badDate = false;
    for (const CallRecord &c : m_calls) {
        const QString to = param(query, QStringLiteral("To"));
        const QString parent = param(query, QStringLiteral("ParentCallSid"));
        if ((!to.isEmpty() && c.to != to) || (!parent.isEmpty() && c.parentSid != parent))
            continue;
        if (!dateFilter(query, QStringLiteral("StartTime"), c.start, &badDate)
            || !dateFilter(query, QStringLiteral("EndTime"), c.end, &badDate))
            continue;
        matching.append(c);
    }
    if (badDate) {
        violations << QStringLiteral("a date filter is not YYYY-MM-DD");
        return error(400, 20001, QStringLiteral("Invalid date filter"));
    }
    std::stable_sort(
        matching.begin(), matching.end(), [](const CallRecord &a, const CallRecord &b) {
            return a.start > b.start; // newest first
        });
    QList<QJsonObject> json;
    for (const CallRecord &c : matching) {
        const bool final = c.status != QLatin1String("ringing")
                           && c.status != QLatin1String("in-progress")
                           && c.status != QLatin1String("queued");
        json.append(
            {{QStringLiteral("sid"), c.sid},
             {QStringLiteral("account_sid"), accountSid()},
             {QStringLiteral("parent_call_sid"),
              c.parentSid.isEmpty() ? QJsonValue::Null : QJsonValue(c.parentSid)},
             {QStringLiteral("from"), c.from},
             {QStringLiteral("from_formatted"), c.from},
             {QStringLiteral("to"), c.to},
             {QStringLiteral("to_formatted"), c.to},
             {QStringLiteral("status"), c.status},
             {QStringLiteral("direction"), c.direction},
             {QStringLiteral("start_time"), date(c.start)},
             {QStringLiteral("end_time"), final ? date(c.end) : QJsonValue::Null},
             {QStringLiteral("date_created"), date(c.start.addSecs(-1))},
             {QStringLiteral("date_updated"), date(c.end.isValid() ? c.end : c.start)},
             {QStringLiteral("duration"),
              final && c.duration ? QString::number(c.duration) : QString()},
             {QStringLiteral("answered_by"), QJsonValue::Null},
             {QStringLiteral("api_version"), QStringLiteral("2010-04-01")},
             {QStringLiteral("price"), QJsonValue::Null},
             {QStringLiteral("uri"),
              QString(apiPath() + QStringLiteral("/Calls/") + c.sid + QStringLiteral(".json"))}});
    }
    return page(QStringLiteral("calls"), json, query, path);
}

} // namespace ringback::test
