#pragma once

// Helpers shared by the fake Twilio's files. Deliberately independent of the
// plugin's own code, so a bug there cannot hide itself here.

#include "FakeTwilio.h"

#include <QJsonValue>
#include <QLocale>
#include <QRegularExpression>
#include <QUrl>

namespace ringback::test::fake {

// Decodes a query string or form body like a real server: '+' is a space.
inline FakeTwilio::Params decodeParams(const QByteArray &encoded)
{
    FakeTwilio::Params out;
    for (const QByteArray &part : encoded.split('&')) {
        if (part.isEmpty())
            continue;
        const qsizetype eq = part.indexOf('=');
        QByteArray key = eq < 0 ? part : part.left(eq);
        QByteArray value = eq < 0 ? QByteArray() : part.mid(eq + 1);
        key.replace('+', ' ');
        value.replace('+', ' ');
        out.append({QString::fromUtf8(QByteArray::fromPercentEncoding(key)),
                    QString::fromUtf8(QByteArray::fromPercentEncoding(value))});
    }
    return out;
}

inline QString param(const FakeTwilio::Params &params, const QString &key)
{
    for (const auto &[k, v] : params) {
        if (k == key)
            return v;
    }
    return {};
}

inline bool has(const FakeTwilio::Params &params, const QString &key)
{
    for (const auto &[k, v] : params) {
        if (k == key)
            return true;
    }
    return false;
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

inline bool isE164(const QString &s)
{
    static const QRegularExpression pattern(QStringLiteral("^\\+[1-9][0-9]{6,14}$"));
    return pattern.match(s).hasMatch();
}

// Applies the day-granular filters name, name<, name> (YYYY-MM-DD, UTC) to t.
// A filter on a missing date leaves the row out. Sets *bad on a malformed day.
inline bool
dateFilter(const FakeTwilio::Params &query, const QString &name, const QDateTime &t, bool *bad)
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
