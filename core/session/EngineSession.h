#pragma once

#include "engine/Engine.h"
#include "profile/Profile.h"
#include "provider/PluginLoader.h"
#include "store/Database.h"

#include <QJsonObject>
#include <QString>

#include <memory>

namespace ringback {

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
class EngineSession
{
public:
    static Result<std::unique_ptr<EngineSession>> open(const SessionOptions &options);
    ~EngineSession();

    Profile &profile() { return m_profile; }
    Database &database() { return m_db; }
    Engine &engine() { return *m_engine; }
    Provider &provider() { return *m_provider; }
    const ProviderInfo &providerInfo() const { return m_info; }

    static QString defaultProviderId() { return QStringLiteral("simulator"); }

    // The rules, templates and office details of the profile's settings.ini
    // (RulesSettings), with what the provider itself does.
    EngineConfig loadConfig() const;
    // Re-reads them into the running engine (after the settings screen saved).
    void reloadConfig();

private:
    explicit EngineSession(const QString &profileDir);

    Profile m_profile;
    Database m_db;
    PluginLoader m_loader;
    ProviderInfo m_info;
    std::unique_ptr<Provider> m_provider;
    std::unique_ptr<Engine> m_engine;
};

} // namespace ringback
