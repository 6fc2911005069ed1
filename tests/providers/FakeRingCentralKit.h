#pragma once

// What the ringcentral provider tests share: the plugin configured against a
// FakeRingCentral, and a fixture with the fake, the plugin and a recording
// sink (common/ProviderTestKit.h).

#include "FakeRingCentral.h"
#include "ProviderTestKit.h"
#include "TestPrinting.h"

namespace ringback::test {

using RcSink = RecordingSink;

inline QVariantMap ringCentralSettings(const FakeRingCentral &fake, double keepAliveSeconds = 30)
{
    return {{QStringLiteral("client_id"), FakeRingCentral::clientId()},
            {QStringLiteral("client_secret"), FakeRingCentral::clientSecret()},
            {QStringLiteral("jwt"), FakeRingCentral::jwt()},
            {QStringLiteral("phone_number"), FakeRingCentral::businessNumber()},
            {QStringLiteral("api_base_url"), fake.baseUrl()},
            {QStringLiteral("keepalive_seconds"), keepAliveSeconds}};
}

// Loads the real plugin from RINGBACK_PROVIDER_PATH.
inline std::unique_ptr<Provider> loadRingCentral(PluginLoader &loader,
                                                 const QVariantMap &settings,
                                                 const QString &dataDir,
                                                 QString *error = nullptr)
{
    return loadProvider(loader, QStringLiteral("ringcentral"), settings, dataDir, error);
}

// A fake RingCentral, the plugin and a recording sink, fresh for each test.
class RcFixture : public FakeProviderFixture<FakeRingCentral>
{
protected:
    RcFixture()
        : FakeProviderFixture(QStringLiteral("ringcentral"),
                              [](const FakeRingCentral &fake) { return ringCentralSettings(fake); })
    {}
    // Started, subscribed, and the first catch-up done.
    bool waitConnected(int timeoutMs = 10000)
    {
        return QTest::qWaitFor(
            [this] {
                return m_fake->isSubscribed() && m_sink.state() == ConnectionState::Connected
                       && m_fake->count("GET", QStringLiteral("/call-log-sync")) > 0
                       && m_fake->count("GET", QStringLiteral("/message-sync")) > 0;
            },
            timeoutMs);
    }
};

} // namespace ringback::test
