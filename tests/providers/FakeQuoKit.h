#pragma once

// What the openphone provider tests share: the plugin configured against a
// FakeQuo, and a fixture with the fake, the plugin and a recording sink
// (common/ProviderTestKit.h).

#include "FakeQuo.h"
#include "ProviderTestKit.h"

namespace ringback::test {

inline QVariantMap quoSettings(const FakeQuo &fake, double pollSeconds = 0.2)
{
    return {{QStringLiteral("api_key"), FakeQuo::apiKey()},
            {QStringLiteral("phone_number"), FakeQuo::businessNumber()},
            {QStringLiteral("api_base_url"), fake.baseUrl()},
            {QStringLiteral("poll_interval_seconds"), pollSeconds}};
}

// A fake Quo, the plugin and a recording sink, fresh for each test function.
class QuoFixture : public FakeProviderFixture<FakeQuo>
{
protected:
    QuoFixture()
        : FakeProviderFixture(
            QStringLiteral("openphone"),
            [](const FakeQuo &fake) { return quoSettings(fake); },
            QStringLiteral("/v1/conversations"),
            15000)
    {}
};

} // namespace ringback::test
