#pragma once

// What the fake Twilio's files share beyond FakeHttpServer's helpers: Twilio's
// error body, its RFC 2822 dates, date filters and paging parameters.

#include "FakeTwilio.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QLocale>
#include <QRegularExpression>

namespace ringback::test::fake {

// Twilio's JSON error body (https://www.twilio.com/docs/usage/twilios-response).
inline QJsonObject errorJson(int status, int code, const QString &message)
{
    return {{QStringLiteral("code"), code},
            {QStringLiteral("message"), message},
            {QStringLiteral("more_info"),
             QStringLiteral("https://www.twilio.com/docs/errors/%1").arg(code)},
            {QStringLiteral("status"), status}};
}

// RFC 2822 as Twilio writes it: "Tue, 26 Jul 2016 12:50:07 +0000".
inline QJsonValue date(const QDateTime &t)
{
    if (!t.isValid())
        return QJsonValue::Null;
    return QJsonValue(
        QString(QLocale::c().toString(t.toUTC(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss"))
                + QStringLiteral(" +0000")));
}

// Applies the day-granular filters name, name<, name> (YYYY-MM-DD, UTC) to t.
// A filter on a missing date leaves the row out. Sets *bad on a malformed day.
inline bool dateFilter(const Params &query, const QString &name, const QDateTime &t, bool *bad)
{
    for (const auto &[key, value] : query) {
        if (key != name && key != name + QLatin1Char('>') && key != name + QLatin1Char('<'))
            continue;
        static const QRegularExpression day(QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"));
        const QDate filter = QDate::fromString(value, Qt::ISODate);
        if (!day.match(value).hasMatch() || !filter.isValid()) {
            *bad = true;
            return false;
        }
        if (!t.isValid())
            return false;
        const QDate d = t.toUTC().date();
        if ((key == name && d != filter) || (key.endsWith(QLatin1Char('>')) && d < filter)
            || (key.endsWith(QLatin1Char('<')) && d > filter))
            return false;
    }
    return true;
}

inline const QStringList &pagingParams()
{
    static const QStringList list{
        QStringLiteral("PageSize"), QStringLiteral("Page"), QStringLiteral("PageToken")};
    return list;
}

} // namespace ringback::test::fake
