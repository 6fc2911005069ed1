#pragma once

// What the telnyx provider tests share: a ProviderEvents sink that records
// everything, the host side of the webhooks (a real WebhookServer on
// 127.0.0.1:0 behind a WebhookRegistrar, as EngineSession provides it), and
// the plugin loaded through PluginLoader and configured against a FakeTelnyx.

#include "FakeTelnyx.h"
#include "FakeTelnyxWebhooks.h"
#include "provider/PluginLoader.h"
#include "provider/ProviderApi.h"
#include "util/Clock.h"
#include "webhook/WebhookRegistrar.h"
#include "webhook/WebhookServer.h"

#include <QList>
#include <QPair>
#include <QTest>
#include <QVariantMap>

#include <memory>

namespace ringback::test {

class TelnyxSink final : public ProviderEvents
{
public:
    void callEnded(const ProviderCall &call) override { calls.append(call); }
    void messageReceived(const ProviderMessage &message) override { messages.append(message); }
    void sendFinished(const SendOutcome &outcome) override { sends.append(outcome); }
    void reconciled(const ReconcileOutcome &outcome) override { reconciles.append(outcome); }
    void statusChanged(const StatusUpdate &update) override { statuses.append(update); }
    void cursorAdvanced(const QString &c) override { cursor = c; }
    void connectionStateChanged(ConnectionState state, const QString &detail) override
    {
        states.append({state, detail});
    }
    ConnectionState state() const
    {
        return states.isEmpty() ? ConnectionState::Disconnected : states.last().first;
    }
    QString detail() const { return states.isEmpty() ? QString() : states.last().second; }

    QList<ProviderCall> calls;
    QList<ProviderMessage> messages;
    QList<SendOutcome> sends;
    QList<ReconcileOutcome> reconciles;
    QList<StatusUpdate> statuses;
    QString cursor;
    QList<QPair<ConnectionState, QString>> states;
};

// A WebhookServer on 127.0.0.1:0 as the provider sees it.
class TestWebhookHost final : public webhook::WebhookRegistrar
{
public:
    TestWebhookHost() { m_ok = m_server.listen(QStringLiteral("127.0.0.1:0")).isOk(); }
    bool ok() const { return m_ok; }
    webhook::WebhookServer &server() { return m_server; }
    QUrl url() const
    {
        return QUrl(
            QStringLiteral("http://127.0.0.1:%1/webhooks/telnyx").arg(m_server.serverPort()));
    }

    void registerRoute(const QString &id, webhook::WebhookRoute route) override
    {
        m_server.registerProvider(id, std::move(route));
    }
    void unregisterRoute(const QString &id) override { m_server.unregisterProvider(id); }
    QString endpointUrl(const QString &) const override { return url().toString(); }
    bool isListening() const override { return m_server.isListening(); }
    const Clock &clock() const override { return Clock::system(); }

private:
    webhook::WebhookServer m_server;
    bool m_ok = false;
};

inline QVariantMap telnyxSettings(const FakeTelnyx &fake, const QByteArray &publicKey)
{
    return {{QStringLiteral("api_key"), FakeTelnyx::apiKey()},
            {QStringLiteral("phone_number"), FakeTelnyx::businessNumber()},
            {QStringLiteral("messaging_profile_id"), FakeTelnyx::profileId()},
            {QStringLiteral("public_key"), QString::fromLatin1(publicKey)},
            {QStringLiteral("api_base_url"), fake.baseUrl()}};
}

// Loads the real plugin from RINGBACK_PROVIDER_PATH.
inline std::unique_ptr<Provider> loadTelnyx(PluginLoader &loader,
                                            const QVariantMap &settings,
                                            const QString &dataDir,
                                            webhook::WebhookRegistrar *webhooks,
                                            QString *error = nullptr)
{
    if (!loader.find(QStringLiteral("telnyx")))
        loader.scan();
    auto created = loader.create(QStringLiteral("telnyx"));
    if (!created) {
        if (error)
            *error = created.errorMessage();
        return nullptr;
    }
    std::unique_ptr<Provider> provider = std::move(created.value());
    ProviderContext context{settings, dataDir};
    context.webhooks = webhooks;
    const Status ok = provider->configure(context);
    if (!ok) {
        if (error)
            *error = ok.errorMessage();
        return nullptr;
    }
    return provider;
}

} // namespace ringback::test
