#pragma once

// What the fake Quo's files share beyond FakeHttpServer's helpers: the spec's
// E.164 pattern and its date-time filters.

#include "FakeQuo.h"

#include <QRegularExpression>

namespace ringback::test::fakequo {

using fake::decodeParams;
using fake::isoOrNull;
using fake::param;
using fake::values;

// E.164 as the spec's pattern has it: "+" and 2 to 15 digits.
inline bool isE164(const QString &s)
{
    static const QRegularExpression pattern(QStringLiteral("^\\+[1-9]\\d{1,14}$"));
    return pattern.match(s).hasMatch();
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
