#pragma once

// What the telnyx provider tests share: the host side of the webhooks
// (common/WebhookTestHost.h), the plugin configured against a FakeTelnyx,
// and a fixture with the fake, the host, a signing webhook sender, the plugin
// and a recording sink (common/ProviderTestKit.h).

#include "FakeTelnyx.h"
#include "FakeTelnyxWebhooks.h"
#include "ProviderTestKit.h"
#include "TestCallers.h"
#include "WebhookTestHost.h"

namespace ringback::test {

// A WebhookServer on 127.0.0.1:0 as the provider sees it.
class TestWebhookHost final : public WebhookTestHost
{
public:
    TestWebhookHost()
        : WebhookTestHost(QStringLiteral("telnyx"))
    {}
};

inline QVariantMap telnyxSettings(const FakeTelnyx &fake, const QByteArray &publicKey)
{
    return {{QStringLiteral("api_key"), FakeTelnyx::apiKey()},
            {QStringLiteral("phone_number"), FakeTelnyx::businessNumber()},
            {QStringLiteral("messaging_profile_id"), FakeTelnyx::profileId()},
            {QStringLiteral("public_key"), QString::fromLatin1(publicKey)},
            {QStringLiteral("api_base_url"), fake.baseUrl()}};
}

// A fake Telnyx, the webhook host and sender, the plugin (given the host)
// and a recording sink, fresh for each test function.
class TelnyxFixture : public FakeProviderFixture<FakeTelnyx>
{
protected:
    TelnyxFixture()
        : FakeProviderFixture(QStringLiteral("telnyx"), [this](const FakeTelnyx &fake) {
            return telnyxSettings(fake, m_hooks->publicKey());
        })
    {}
    bool setUp()
    {
        m_host = std::make_unique<TestWebhookHost>();
        m_hooks = std::make_unique<TelnyxWebhookSender>();
        m_webhooks = m_host.get();
        return FakeProviderFixture::setUp() && m_host->ok();
    }
    bool tearDown()
    {
        const bool clean = FakeProviderFixture::tearDown();
        m_webhooks = nullptr;
        m_host.reset();
        return clean;
    }
    // Signs and POSTs a webhook body to the host; the HTTP status.
    int post(const QByteArray &body, qint64 timestamp = 0)
    {
        return m_hooks->post(m_host->url(), body, timestamp);
    }
    // Delivers a call that was not answered (call.initiated, then
    // call.hangup with `cause`); the hangup's body, for a retry, or an empty
    // one if the host refused either.
    QByteArray postUnansweredCall(const QString &leg,
                                  const QString &from,
                                  const QString &cause = QStringLiteral("no_answer"))
    {
        const QList<QByteArray> events = telnyx_events::unansweredCall(leg, from, cause);
        for (const QByteArray &body : events) {
            if (post(body) != 200)
                return {};
        }
        return events.last();
    }
    // Posts a reply from a marker caller (Mike): once the plugin reported it
    // (or the engine stored it), everything delivered before it has been
    // handled too, so tests wait on that instead of sleeping.
    int postMarker()
    {
        namespace ev = telnyx_events;
        return post(ev::event(QStringLiteral("message.received"),
                              ev::newId(),
                              ev::inbound(ev::newId(), callers::kMike, QStringLiteral("marker"))));
    }
    // postMarker(), waits for the sink to see it and takes it out again.
    void settle()
    {
        const qsizetype before = m_sink.messages.size();
        QCOMPARE(postMarker(), 200);
        QTRY_COMPARE_WITH_TIMEOUT(m_sink.messages.size(), before + 1, 10000);
        m_sink.messages.removeLast();
    }

    std::unique_ptr<TestWebhookHost> m_host;
    std::unique_ptr<TelnyxWebhookSender> m_hooks;
};

} // namespace ringback::test
