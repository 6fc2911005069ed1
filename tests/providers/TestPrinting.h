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

} // namespace ringback::test

#define QCOMPARE_ENUM(actual, expected)                                                            \
    QCOMPARE(ringback::test::name(actual), ringback::test::name(expected))
