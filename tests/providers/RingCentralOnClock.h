#pragma once

// The ringcentral plugin on a ManualClock (util/Clock.h): its waits
// (provider/kit/ClockTimer.h) come when the test moves the clock, so a test
// proves "nothing reported twice" by driving the next syncs and waiting for
// them, never by sleeping.

#include "FakeRingCentral.h"
#include "provider/PluginLoader.h"
#include "provider/ProviderApi.h"
#include "provider/kit/ClockTimer.h"
#include "util/Clock.h"

#include <QTest>
#include <QVariantMap>

#include <memory>

namespace ringback::test {

// Past the safety sync of a provider that streams: every 5 minutes
// (providers/ringcentral/RingCentralSync.cpp), checked every 30 seconds.
constexpr qint64 kPastSafetySyncMs = 5 * 60 * 1000 + 30 * 1000;

// Loads the plugin from RINGBACK_PROVIDER_PATH, configured on `clock`.
inline std::unique_ptr<Provider> loadRingCentralOnClock(PluginLoader &loader,
                                                        const QVariantMap &settings,
                                                        const QString &dataDir,
                                                        const Clock &clock)
{
    if (!loader.find(QStringLiteral("ringcentral")))
        loader.scan();
    auto created = loader.create(QStringLiteral("ringcentral"));
    if (!created)
        qFatal("cannot load the ringcentral provider: %s", qPrintable(created.errorMessage()));
    std::unique_ptr<Provider> provider = std::move(created.value());
    ProviderContext context;
    context.settings = settings;
    context.dataDir = dataDir;
    context.clock = &clock;
    const Status ok = provider->configure(context);
    if (!ok)
        qFatal("cannot configure the ringcentral provider: %s", qPrintable(ok.errorMessage()));
    return provider;
}

// Moves `clock` past the next safety sync and waits until `fake` was asked
// for both logs again; twice. A sync channel asks again only once it has read
// its last answer, so the first of these syncs, and every sync before it, has
// been read through when this returns true.
inline bool syncTwiceMore(ManualClock &clock, const FakeRingCentral &fake, int timeoutMs = 10000)
{
    for (int round = 0; round < 2; ++round) {
        const int calls = fake.count("GET", QStringLiteral("/call-log-sync"));
        const int texts = fake.count("GET", QStringLiteral("/message-sync"));
        provider::ClockTimer::advance(clock, kPastSafetySyncMs);
        const bool asked = QTest::qWaitFor(
            [&] {
                return fake.count("GET", QStringLiteral("/call-log-sync")) > calls
                       && fake.count("GET", QStringLiteral("/message-sync")) > texts;
            },
            timeoutMs);
        if (!asked)
            return false;
    }
    return true;
}

} // namespace ringback::test
