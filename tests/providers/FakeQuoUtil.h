#pragma once

// Helpers shared by the fake Quo's files. Deliberately independent of the
// plugin's own code, so a bug there cannot hide itself here.

#include "FakeQuo.h"

#include <QJsonValue>
#include <QRegularExpression>

namespace ringback::test::fakequo {

// Decodes a query string like a real server: '+' is a space.
inline FakeQuo::Params decodeParams(const QByteArray &encoded)
{
    FakeQuo::Params out;
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

inline QStringList values(const FakeQuo::Params &params, const QString &key)
{
    QStringList out;
    for (const auto &[k, v] : params) {
        if (k == key)
            out << v;
    }
    return out;
}

inline QString param(const FakeQuo::Params &params, const QString &key)
{
    const QStringList all = values(params, key);
    return all.isEmpty() ? QString() : all.first();
}

inline bool isE164(const QString &s)
{
    static const QRegularExpression pattern(QStringLiteral("^\\+[1-9]\\d{1,14}$"));
    return pattern.match(s).hasMatch();
}

// ISO 8601 as Quo writes it: "2026-11-25T04:27:12.000Z".
inline QJsonValue isoTime(const QDateTime &t)
{
    if (!t.isValid())
        return QJsonValue::Null;
    return QJsonValue(t.toUTC().toString(Qt::ISODateWithMs));
}

// A date-time filter value: ISO 8601 with a zone (Z or an offset).
inline QDateTime filterTime(const QString &value)
{
    static const QRegularExpression zoned(QStringLiteral(
        "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,3})?(Z|[+-]\\d{2}:\\d{2})$"));
    if (!zoned.match(value).hasMatch())
        return {};
    return QDateTime::fromString(value, Qt::ISODateWithMs);
}

} // namespace ringback::test::fakequo
