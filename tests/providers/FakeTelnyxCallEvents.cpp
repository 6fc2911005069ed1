// GET /v2/call_events of the fake Telnyx (https://developers.telnyx.com/api,
// spec ListCallEvents): the filters the plugin must send, page[number] /
// page[size] paging with PaginationMeta, and the 24 h the list reaches back.

#include "FakeTelnyx.h"

#include <QJsonArray>

#include <algorithm>

namespace ringback::test {

using fake::param;

namespace {

QDateTime timeOf(const QJsonObject &item)
{
    return QDateTime::fromString(item.value(QLatin1String("event_timestamp")).toString(),
                                 Qt::ISODateWithMs);
}

} // namespace

FakeTelnyx::Answer FakeTelnyx::listCallEvents(const Request &seen)
{
    Answer bad;
    if (!onlyDocumented(seen.query,
                        {QStringLiteral("filter[type]"),
                         QStringLiteral("filter[product]"),
                         QStringLiteral("filter[occurred_at][gte]"),
                         QStringLiteral("page[number]"),
                         QStringLiteral("page[size]")},
                        &bad))
        return bad;
    if (param(seen.query, QStringLiteral("filter[type]")) != QLatin1String("webhook")
        || param(seen.query, QStringLiteral("filter[product]")) != QLatin1String("call_control"))
        violations << QStringLiteral("call_events without filter[type]=webhook and "
                                     "filter[product]=call_control");
    const QDateTime since = QDateTime::fromString(
        param(seen.query, QStringLiteral("filter[occurred_at][gte]")), Qt::ISODateWithMs);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!since.isValid() || since < now.addSecs(-24 * 3600) || since > now.addSecs(60)) {
        violations << QStringLiteral("call_events from %1: not within the last 24 h")
                          .arg(param(seen.query, QStringLiteral("filter[occurred_at][gte]")));
        return error(422, QStringLiteral("10015"), QStringLiteral("Invalid filter"));
    }
    bool numberOk = false;
    bool sizeOk = false;
    const int number = param(seen.query, QStringLiteral("page[number]")).toInt(&numberOk);
    const int size = param(seen.query, QStringLiteral("page[size]")).toInt(&sizeOk);
    if (!numberOk || !sizeOk || number < 1 || size < 1 || size > 250) {
        violations << QStringLiteral("call_events with bad page[number] / page[size]");
        return error(422, QStringLiteral("10015"), QStringLiteral("Invalid page"));
    }
    if (!callEventsReplies.empty())
        return scripted(callEventsReplies);

    QList<QJsonObject> found;
    for (const QJsonObject &item : callEvents) {
        if (timeOf(item) >= since)
            found.append(item);
    }
    std::stable_sort(found.begin(), found.end(), [](const QJsonObject &a, const QJsonObject &b) {
        return timeOf(a) < timeOf(b);
    });
    const int pageSize = std::min(size, callEventsPageSize);
    const int totalPages = int((found.size() + pageSize - 1) / pageSize);
    QJsonArray page;
    for (qsizetype i = qsizetype(number - 1) * pageSize;
         i < found.size() && i < qsizetype(number) * pageSize;
         ++i)
        page.append(found.at(i));
    const QJsonObject meta{{QStringLiteral("page_number"), number},
                           {QStringLiteral("page_size"), pageSize},
                           {QStringLiteral("total_pages"), totalPages},
                           {QStringLiteral("total_results"), int(found.size())}};
    return Answer::json({{QStringLiteral("data"), page}, {QStringLiteral("meta"), meta}});
}

} // namespace ringback::test
