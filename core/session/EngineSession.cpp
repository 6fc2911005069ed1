#include "session/EngineSession.h"

#include "provider/ProviderSettings.h"
#include "rules/RulesSettings.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSettings>

namespace ringback {

Q_LOGGING_CATEGORY(lcSession, "ringback.core.session")

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ringback::EngineSession)
};

} // namespace

EngineSession::EngineSession(const QString &profileDir)
    : m_profile(profileDir)
{}

EngineSession::~EngineSession()
{
    if (m_engine)
        m_engine->stop();
    m_engine.reset();
    m_provider.reset();
    m_db.close();
}

Result<std::unique_ptr<EngineSession>> EngineSession::open(const SessionOptions &options)
{
    std::unique_ptr<EngineSession> session(new EngineSession(options.profileDir));
    Status ok = session->m_profile.lockEngine();
    if (!ok)
        return Error(ok.errorMessage());
    ok = session->m_db.open(session->m_profile.databasePath(), QStringLiteral("ringback-engine"));
    if (!ok)
        return Error(ok.errorMessage());

    QSettings settings(session->m_profile.settingsPath(), QSettings::IniFormat);
    const QString providerId
        = !options.providerId.isEmpty()
              ? options.providerId
              : settings.value(QStringLiteral("provider/id"), defaultProviderId()).toString();
    PluginLoader &loader = session->m_loader;
    loader.scan(options.pluginPaths.isEmpty() ? PluginLoader::defaultSearchPaths()
                                              : options.pluginPaths);
    const ProviderInfo *info = loader.find(providerId);
    if (!info) {
        QStringList known;
        for (const ProviderInfo &p : loader.providers())
            known << p.id;
        return Error(Tr::tr("No provider called \"%1\" is installed. Installed providers: %2.")
                         .arg(providerId,
                              known.isEmpty() ? Tr::tr("none") : known.join(QLatin1String(", "))));
    }
    session->m_info = *info;

    QJsonObject given;
    if (!options.providerConfigPath.isEmpty()) {
        auto file = ProviderSettings::readConfigFile(options.providerConfigPath);
        if (!file)
            return Error(file.errorMessage());
        given = file.value();
    } else {
        // Saved non-secret values; secrets come from the keychain or environment.
        settings.beginGroup(QStringLiteral("provider/") + providerId);
        for (const QString &key : settings.childKeys())
            given.insert(key, QJsonValue::fromVariant(settings.value(key)));
        settings.endGroup();
    }
    auto resolved = ProviderSettings::resolve(*info, given);
    if (!resolved)
        return Error(Tr::tr("Provider settings: %1").arg(resolved.errorMessage()));

    auto provider = loader.create(providerId);
    if (!provider)
        return Error(provider.errorMessage());
    session->m_provider = std::move(provider.value());
    ok = session->m_provider->configure(
        {resolved.value(), session->m_profile.providerDataDir(providerId)});
    if (!ok)
        return Error(Tr::tr("Provider %1: %2").arg(info->name, ok.errorMessage()));

    session->m_engine = std::make_unique<Engine>(
        session->m_db, *session->m_provider, providerId, session->loadConfig());
    return session;
}

EngineConfig EngineSession::loadConfig() const
{
    QSettings settings(m_profile.settingsPath(), QSettings::IniFormat);
    QStringList problems;
    EngineConfig config = RulesSettings::load(settings, &problems);
    // A malformed setting keeps its default; say which, so it can be fixed.
    for (const QString &problem : std::as_const(problems))
        qCWarning(lcSession).noquote() << "settings.ini:" << problem;
    config.providerConfirmsOptOut = m_info.hasCapability(QStringLiteral("confirms_opt_out"));
    return config;
}

void EngineSession::reloadConfig()
{
    if (m_engine)
        m_engine->setConfig(loadConfig());
}

} // namespace ringback
