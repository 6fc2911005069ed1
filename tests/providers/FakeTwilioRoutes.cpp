// The routes of the fake Twilio: what each documented endpoint checks and answers.

#include "FakeTwilio.h"

#include "FakeTwilioUtil.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>

namespace ringback::test {

using namespace fake;

void FakeTwilio::addRoutes()
{
    // The media CDN needs no credentials (and must not receive them).
    route(
        "*",
        QStringLiteral("/cdn/(.+)"),
        [this](Request &seen, const QRegularExpressionMatch &m) {
            return cdn(m.captured(1), seen);
        },
        Access::Open);
    const QString api = QRegularExpression::escape(apiPath());
    route("GET", api + QStringLiteral("\\.json"), [this](Request &, const auto &) {
        return account();
    });
    route("GET",
          api + QStringLiteral("/IncomingPhoneNumbers\\.json"),
          [this](Request &seen, const auto &) { return incomingNumbers(seen.query, seen.path); });
    route("GET", api + QStringLiteral("/Calls\\.json"), [this](Request &seen, const auto &) {
        return listCalls(seen.query, seen.path);
    });
    route("GET", api + QStringLiteral("/Messages\\.json"), [this](Request &seen, const auto &) {
        return listMessages(seen.query, seen.path);
    });
    route("POST", api + QStringLiteral("/Messages\\.json"), [this](Request &seen, const auto &) {
        if (!seen.contentType.startsWith("application/x-www-form-urlencoded"))
            violation(QStringLiteral("POST without a form body"));
        seen.form = decodeParams(seen.body);
        return createMessage(seen.form);
    });
    const QString message = api + QStringLiteral("/Messages/((?:SM|MM)[0-9a-fA-F]{32})");
    route("GET", message + QStringLiteral("\\.json"), [this](Request &, const auto &m) {
        return fetchMessage(m.captured(1));
    });
    route("GET", message + QStringLiteral("/Media\\.json"), [this](Request &seen, const auto &m) {
        return listMedia(m.captured(1), seen.query, seen.path);
    });
    route("GET",
          message + QStringLiteral("/Media/(ME[0-9a-fA-F]{32})"),
          [this](Request &, const auto &m) {
              return fetchMediaContent(m.captured(1), m.captured(2));
          });
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
    return Answer::json(QJsonObject{{key, list},
                                    {QStringLiteral("start"), index * size},
                                    {QStringLiteral("end"), index * size + int(list.size()) - 1},
                                    {QStringLiteral("page"), index},
                                    {QStringLiteral("page_size"), size},
                                    {QStringLiteral("first_page_uri"), uri(0, QString())},
                                    {QStringLiteral("previous_page_uri"), QJsonValue::Null},
                                    {QStringLiteral("next_page_uri"), next},
                                    {QStringLiteral("uri"), uri(index, QString())}});
}

FakeTwilio::Answer FakeTwilio::account()
{
    return Answer::json({{QStringLiteral("sid"), accountSid()},
                         {QStringLiteral("friendly_name"), QStringLiteral("Test Plumbing")},
                         {QStringLiteral("status"), QStringLiteral("active")},
                         {QStringLiteral("type"), QStringLiteral("Full")}});
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
    bool badDate = false;
    const QString to = param(query, QStringLiteral("To"));
    const QString parent = param(query, QStringLiteral("ParentCallSid"));
    const auto keep = [&](const CallRecord &c) {
        return (to.isEmpty() || c.to == to) && (parent.isEmpty() || c.parentSid == parent)
               && dateFilter(query, QStringLiteral("StartTime"), c.start, &badDate)
               && dateFilter(query, QStringLiteral("EndTime"), c.end, &badDate);
    };
    const auto callJson = [](const CallRecord &c) {
        const bool final = c.status != QLatin1String("ringing")
                           && c.status != QLatin1String("in-progress")
                           && c.status != QLatin1String("queued");
        return QJsonObject{
            {QStringLiteral("sid"), c.sid},
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
             QString(apiPath() + QStringLiteral("/Calls/") + c.sid + QStringLiteral(".json"))}};
    };
    const QList<QJsonObject> json = fake::newestFirst(
        m_calls, keep, [](const CallRecord &c) { return c.start; }, callJson);
    if (badDate) {
        violations << QStringLiteral("a date filter is not YYYY-MM-DD");
        return error(400, 20001, QStringLiteral("Invalid date filter"));
    }
    return page(QStringLiteral("calls"), json, query, path);
}

} // namespace ringback::test
