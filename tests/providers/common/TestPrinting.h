#pragma once

// QCOMPARE on the domain's enums prints numbers at best (and ringback's own
// toString() overloads get in QTest's way), so compare their names instead.

#include "domain/Enums.h"
#include "provider/ProviderApi.h"

#include <QString>

namespace ringback::test {

template<typename E>
QString name(E value)
{
    return ringback::toString(value);
}
inline QString name(ReconcileOutcome::Found value)
{
    using F = ReconcileOutcome::Found;
    return value == F::Yes  ? QStringLiteral("yes")
           : value == F::No ? QStringLiteral("no")
                            : QStringLiteral("unknown");
}
inline QString name(LineTypeLookup::Outcome value)
{
    using O = LineTypeLookup::Outcome;
    return value == O::Found    ? QStringLiteral("found")
           : value == O::Failed ? QStringLiteral("failed")
                                : QStringLiteral("not supported");
}

} // namespace ringback::test

#define QCOMPARE_ENUM(actual, expected)                                                            \
    QCOMPARE(ringback::test::name(actual), ringback::test::name(expected))
#define QTRY_COMPARE_ENUM_WITH_TIMEOUT(actual, expected, timeout)                                  \
    QTRY_COMPARE_WITH_TIMEOUT(ringback::test::name(actual), ringback::test::name(expected), timeout)
