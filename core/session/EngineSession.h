#pragma once

#include "engine/Engine.h"
#include "profile/Profile.h"
#include "provider/PluginLoader.h"
#include "session/EngineClient.h"
#include "store/Database.h"

#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QThread>

#include <functional>
#include <memory>

namespace ringback {

class SecretStore;

namespace webhook {
class WebhookRegistrar;
class WebhookServer;
} // namespace webhook

struct SessionOptions
{
    QString profileDir;         // empty: the platform's default
    QString providerId;         // empty: the saved choice, else the simulator
    QString providerConfigPath; // --provider-config; empty: saved settings
    QStringList pluginPaths;    // empty: PluginLoader::defaultSearchPaths()
};

// Everything one running engine needs, opened in the right order: the
// profile's engine lock (one engine per profile), the database (migrated),
// the provider plugin with checked settings, and the engine itself. Used by
// the window and by --headless alike.
//
// A provider with the "webhook" capability (Telnyx, ...) also gets the
// session's webhook receiver: a webhook::WebhookServer listening on the
// provider's webhook_listen setting (default 127.0.0.1:8787) with
// webhook_public_url as the public base URL, handed to the provider as
// ProviderContext::webhooks, spooling accepted requests in the profile's
// webhook-spool folder. open() fails, saying why, when it cannot listen.
// A provider that also polls ("poll" and "webhook", e.g. Quo) takes webhooks
// as an option: it gets the receiver only when webhook_public_url is set.
//
// Threads: the engine, its database connection, the provider and the webhook
// receiver are made on, live on and are destroyed on the session's own thread
// (the engine's thread), so a slow disk, a slow network or a busy burst of
// calls never holds up the window. The window talks to the engine through
// client() (EngineClient), on the thread that opened the session. engine(),
// provider(), database() and webhookServer() are for code that runs on the
// engine's thread (EngineClient::call, tests).
//
// A secret the provider obtains itself (ProviderContext::saveSecret: a
// rotated OAuth refresh token) goes to the system keychain under the
// provider's field, like the settings dialog's secrets; a failure is logged
// without the secret.
class EngineSession
{
public:
    using Opened = std::function<void(Result<std::unique_ptr<EngineSession>>)>;
    // Opens a session: `done` is called from the event loop (never from
    // inside open()) with the session or the reason it cannot start, once
    // the keychain has answered for each secret the environment and
    // --provider-config do not give. Nothing waits: the keychain is asked
    // asynchronously. `context` going away first cancels it (done is not called).
    // Called on the application's main thread, which `context` lives on.
    static void open(const SessionOptions &options, QObject *context, Opened done);
    ~EngineSession();

    Profile &profile() { return m_profile; }
    const ProviderInfo &providerInfo() const { return m_info; }
    // The engine as the window sees it (lives on the session's opening thread).
    EngineClient &client() { return *m_client; }
    // Starts the engine (connects the provider, drains the outbox) on its
    // thread; stop() stops it there. Neither waits.
    void start();
    void stop();
    // Stops the engine and closes everything on its thread, and waits for
    // that (for the end of the program, after the window is gone). The
    // client stays, refusing work. The destructor closes too.
    void close();

    // On the engine's thread only:
    QThread *engineThread() { return &m_thread; }
    Database &database() { return m_db; }
    Engine &engine() { return *m_engine; }
    Provider &provider() { return *m_provider; }
    // The webhook receiver, or null when the provider does not use webhooks.
    webhook::WebhookServer *webhookServer() const { return m_webhookServer.get(); }
    // What to enter at the provider as the webhook URL (empty without one):
    // webhook_public_url + "/webhooks/<provider id>", else the local address.
    QString webhookUrl() const;

    static QString defaultProviderId() { return QStringLiteral("simulator"); }

    // The rules, templates and office details of the profile's settings.ini
    // (RulesSettings), with what the provider itself does.
    EngineConfig loadConfig() const;
    // Re-reads them into the running engine (after the settings screen saved).
    void reloadConfig();

private:
    // open() in two halves around the keychain: the profile's lock, the
    // database, the provider's saved settings and which secrets to read;
    // then the provider configured and the engine made.
    struct Pending
    {
        std::unique_ptr<EngineSession> session;
        QJsonObject given;
        QStringList fields; // secrets to read from the keychain
    };
    struct KeychainReads;
    static Result<Pending> prepare(const SessionOptions &options);
    // On the engine's thread: the database, the provider, the engine.
    Status build(const QJsonObject &given);
    // On the engine's thread: all that build() made, in reverse.
    void tearDown();
    static void readNext(const std::shared_ptr<KeychainReads> &reads);
    static void finish(const std::shared_ptr<KeychainReads> &reads);

    explicit EngineSession(const QString &profileDir);
    Status openWebhooks(const QVariantMap &settings);
    std::function<void(const QString &, const QString &)> secretKeeper();

    Profile m_profile;
    QThread m_thread;
    // Lives on m_thread: the context of work sent there before the engine exists.
    QObject *m_threadContext = nullptr;
    std::unique_ptr<EngineClient> m_client;
    Database m_db;
    // Keeps what the provider hands to ProviderContext::saveSecret.
    std::unique_ptr<SecretStore> m_secrets;
    PluginLoader m_loader;
    ProviderInfo m_info;
    // Before the provider: it outlives the provider's registered route.
    std::unique_ptr<webhook::WebhookServer> m_webhookServer;
    std::unique_ptr<webhook::WebhookRegistrar> m_webhooks;
    std::unique_ptr<Provider> m_provider;
    std::unique_ptr<Engine> m_engine;
};

} // namespace ringback
