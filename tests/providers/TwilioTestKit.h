#pragma once

// What the twilio provider tests share: the plugin configured against a
// FakeTwilio, and a fixture with the fake, the plugin and a recording sink
// (common/ProviderTestKit.h).

#include "FakeTwilio.h"
#include "ProviderTestKit.h"

namespace ringback::test {

inline QVariantMap twilioSettings(const FakeTwilio &fake, double pollSeconds = 0.2)
{
    return {{QStringLiteral("account_sid"), FakeTwilio::accountSid()},
            {QStringLiteral("auth_token"), FakeTwilio::authToken()},
            {QStringLiteral("phone_number"), FakeTwilio::businessNumber()},
            {QStringLiteral("api_base_url"), fake.baseUrl()},
            {QStringLiteral("poll_interval_seconds"), pollSeconds}};
}

// A fake Twilio, the plugin and a recording sink, fresh for each test function.
class ProviderFixture : public FakeProviderFixture<FakeTwilio>
{
protected:
    ProviderFixture()
        : FakeProviderFixture(
            QStringLiteral("twilio"),
            [](const FakeTwilio &fake) { return twilioSettings(fake); },
            QStringLiteral("/Calls.json"),
            10000)
    {}
};

} // namespace ringback::test
