#include "session/EngineSession.h"

#include "credentials/SecretStore.h"
#include "provider/ProviderSettings.h"
#include "provider/ProviderTexts.h"
#include "rules/RulesSettings.h"
#include "webhook/WebhookRegistrar.h"
#include "webhook/WebhookServer.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QLoggingCategory>
#include <QPointer>
#include <QProcessEnvironment>
#include <QSettings>
#include <QUrl>

namespace ringback {

Q_LOGGING_CATEGORY(lcSession, "ringback.core.session")

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ringback::EngineSession)
};

// settings.ini gives every value back as text: true/false become booleans
// again (numbers, phone numbers and addresses are read from text anyway).
QJsonValue savedValue(const SettingField *field, const QVariant &value)
{
    if (field && field->kind == SettingField::Kind::Bool && value.typeId() == QMetaType::QString) {
        const QString text = value.toString().trimmed().toLower();
        if (text == QLatin1String("true") || text == QLatin1String("1"))
            return true;
        if (text == QLatin1String("false") || text == QLatin1String("0"))
            return false;
    }
    return QJsonValue::fromVariant(value);
}

// Each secret field that neither --provider-config nor the environment gives
// is read from the system keychain (where the settings dialog saved it).
QStringList
keychainFields(const ProviderInfo &info, const QProcessEnvironment &env, const QJsonObject &given)
{
    QStringList fields;
    for (const SettingField &field : info.settings) {
        if (field.isSecret() && !given.contains(field.name)
            && !env.contains(ProviderSettings::environmentVariable(info.id, field.name)))
            fields << field.name;
    }
    return fields;
}

// What the keychain's answer for one field means: the secret joins the
// settings; a required one that cannot be found is an error naming both ways
// to provide it. The secret itself is never logged or written anywhere.
Status takeSecret(const ProviderInfo &info,
                  const QString &name,
                  const SecretStore::Answer &answer,
                  QJsonObject &given)
{
    const SettingField *field = info.field(name);
    if (answer.isOk()) {
        given.insert(name, answer.secret);
        return {};
    }
    if (!field || !field->required) {
        if (answer.outcome != SecretStore::Answer::Outcome::NotFound)
            qCWarning(lcSession).noquote() << answer.message;
        return {};
    }
    const QString label = ProviderTexts::label(info, *field);
    const QString envName = ProviderSettings::environmentVariable(info.id, name);
    if (answer.outcome == SecretStore::Answer::Outcome::NotFound)
        return Error(Tr::tr("The %1 setting \"%2\" (%3) is not saved. Enter it in Settings › "
                            "Provider, which keeps it in the system keychain, or set the "
                            "environment variable %4.")
                         .arg(ProviderTexts::name(info), name, label, envName));
    return Error(Tr::tr("The %1 setting \"%2\" (%3) could not be read: %4")
                     .arg(ProviderTexts::name(info), name, label, answer.message));
}

// Whether the provider gets a webhook receiver: always for one that only
// receives webhooks, and for one that can also poll when a public URL is set.
bool wantsWebhooks(const ProviderInfo &info, const QVariantMap &settings)
{
    if (!info.hasCapability(QStringLiteral("webhook")))
        return false;
    if (!info.hasCapability(QStringLiteral("poll")))
        return true;
    return !settings.value(QStringLiteral("webhook_public_url")).toString().trimmed().isEmpty();
}

// The session's WebhookServer as the provider sees it.
class ServerRegistrar final : public webhook::WebhookRegistrar
{
public:
    explicit ServerRegistrar(webhook::WebhookServer &server)
        : m_server(server)
    {}
    void registerRoute(const QString &providerId, webhook::WebhookRoute route) override
    {
        m_server.registerProvider(providerId, std::move(route));
    }
    void unregisterRoute(const QString &providerId) override
    {
        m_server.unregisterProvider(providerId);
    }
    QString endpointUrl(const QString &providerId) const override
    {
        if (!m_server.publicBaseUrl().isEmpty())
            return m_server.endpointUrl(providerId);
        QUrl local;
        local.setScheme(QStringLiteral("http"));
        local.setHost(m_server.serverAddress().toString());
        local.setPort(m_server.serverPort());
        local.setPath(QStringLiteral("/webhooks/") + providerId);
        return local.toString();
    }
    bool isListening() const override { return m_server.isListening(); }
    const Clock &clock() const override { return Clock::system(); }

private:
    webhook::WebhookServer &m_server;
};

} // namespace

EngineSession::EngineSession(const QString &profileDir)
    : m_profile(profileDir)
{
    m_thread.setObjectName(QStringLiteral("ringback-engine"));
}

EngineSession::~EngineSession()
{
    close();
    m_client.reset();
}

void EngineSession::close()
{
    // The window's side first: nothing more goes to the engine.
    if (m_client)
        m_client->detach();
    if (m_thread.isRunning()) {
        // Everything made on the engine's thread is destroyed there; the
        // window is gone by now, so waiting here holds up nobody.
        QMetaObject::invokeMethod(
            m_threadContext, [this] { tearDown(); }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    } else {
        delete m_threadContext;
        m_threadContext = nullptr;
    }
}

void EngineSession::start()
{
    m_client->send([](Engine &engine) { engine.start(); });
}

void EngineSession::stop()
{
    m_client->send([](Engine &engine) { engine.stop(); });
}

void EngineSession::tearDown()
{
    if (m_engine)
        m_engine->stop();
    m_engine.reset();
    m_provider.reset();
    m_webhooks.reset();
    m_webhookServer.reset();
    m_db.close();
    delete m_threadContext;
    m_threadContext = nullptr;
}

Result<EngineSession::Pending> EngineSession::prepare(const SessionOptions &options)
{
    std::unique_ptr<EngineSession> session(new EngineSession(options.profileDir));
    Status ok = session->m_profile.lockEngine();
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
        for (const QString &key : settings.childKeys()) {
            const SettingField *field = info->field(key);
            if (field && field->isSecret()) {
                qCWarning(lcSession).noquote()
                    << "settings.ini holds the secret" << key << "of" << providerId
                    << "in plain text; ignored (secrets belong in the keychain)";
                continue;
            }
            given.insert(key, savedValue(field, settings.value(key)));
        }
        settings.endGroup();
    }
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    Pending pending;
    pending.fields = keychainFields(*info, env, given);
    pending.given = given;
    pending.session = std::move(session);
    return pending;
}

Status EngineSession::build(const QJsonObject &given)
{
    // Opened here: a connection is used only on the thread that opened it.
    Status ok = m_db.open(m_profile.databasePath(), QStringLiteral("ringback-engine"));
    if (!ok)
        return ok;
    const ProviderInfo *info = &m_info;
    const QString providerId = info->id;
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    auto resolved = ProviderSettings::resolve(*info, given, env);
    if (!resolved)
        return Error(Tr::tr("Provider settings: %1").arg(resolved.errorMessage()));

    auto provider = m_loader.create(providerId);
    if (!provider)
        return Error(provider.errorMessage());
    m_provider = std::move(provider.value());
    if (wantsWebhooks(*info, resolved.value())) {
        ok = openWebhooks(resolved.value());
        if (!ok)
            return Error(
                Tr::tr("Provider %1: %2").arg(ProviderTexts::name(*info), ok.errorMessage()));
    }
    ProviderContext context{resolved.value(), m_profile.providerDataDir(providerId)};
    context.webhooks = m_webhooks.get();
    context.saveSecret = secretKeeper();
    ok = m_provider->configure(context);
    if (!ok)
        return Error(Tr::tr("Provider %1: %2").arg(ProviderTexts::name(*info), ok.errorMessage()));

    m_engine = std::make_unique<Engine>(m_db, *m_provider, providerId, loadConfig());
    return {};
}

// The keychain reads of one open(), one field after the other.
struct EngineSession::KeychainReads
{
    Pending pending;
    std::unique_ptr<SecretStore> store;
    QPointer<QObject> context;
    Opened done;
    int next = 0;
};

void EngineSession::open(const SessionOptions &options, QObject *context, Opened done)
{
    auto prepared = prepare(options);
    auto reads = std::make_shared<KeychainReads>();
    reads->context = context;
    reads->done = std::move(done);
    if (!prepared) {
        QMetaObject::invokeMethod(
            context,
            [reads, error = prepared.errorMessage()] { reads->done(Error(error)); },
            Qt::QueuedConnection);
        return;
    }
    reads->pending = std::move(prepared.value());
    reads->store = std::make_unique<SecretStore>(reads->pending.session->m_profile.dir());
    QMetaObject::invokeMethod(
        context, [reads] { readNext(reads); }, Qt::QueuedConnection);
}

void EngineSession::readNext(const std::shared_ptr<KeychainReads> &reads)
{
    // Each keychain answer arrives from the event loop; the next field is
    // asked then. No local event loop: the window (or the headless engine's
    // signal handling) keeps running while the keychain thinks or asks.
    if (!reads->context)
        return; // the one who asked is gone: so is the session
    if (reads->next >= int(reads->pending.fields.size())) {
        reads->store.reset();
        finish(reads);
        return;
    }
    const QString field = reads->pending.fields.at(reads->next++);
    const QString providerId = reads->pending.session->m_info.id;
    reads->store->read(providerId, field, [reads, field](const SecretStore::Answer &answer) {
        const Status ok
            = takeSecret(reads->pending.session->m_info, field, answer, reads->pending.given);
        if (!ok) {
            if (reads->context)
                reads->done(Error(ok.errorMessage()));
            return;
        }
        readNext(reads);
    });
}

void EngineSession::finish(const std::shared_ptr<KeychainReads> &reads)
{
    // The rest is made on the engine's thread, and the answer comes back to
    // the asker's thread (the context's), where the session is handed over,
    // or destroyed when the asker is gone.
    EngineSession *session = reads->pending.session.get();
    // The keychain is written from this thread: QtKeychain runs its jobs one
    // at a time through a queue that belongs to the application's thread.
    session->m_secrets = std::make_unique<SecretStore>(session->m_profile.dir());
    session->m_threadContext = new QObject;
    session->m_threadContext->moveToThread(&session->m_thread);
    session->m_thread.start();
    // The application object always outlives the engine's thread; the asker
    // may not, so the answer goes there and checks the asker.
    QObject *home = QCoreApplication::instance();
    QMetaObject::invokeMethod(
        session->m_threadContext,
        [reads, session, home] {
            const Status built = session->build(reads->pending.given);
            QMetaObject::invokeMethod(
                home,
                [reads, built] {
                    std::unique_ptr<EngineSession> opened = std::move(reads->pending.session);
                    if (!reads->context)
                        return; // the asker is gone: the session closes here
                    if (!built) {
                        reads->done(Error(built.errorMessage()));
                        return;
                    }
                    // The engine is not started yet: its state is safe to read here.
                    Engine &engine = *opened->m_engine;
                    opened->m_client
                        = std::make_unique<EngineClient>(engine, Clock::system(), engine.config());
                    reads->done(std::move(opened));
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

std::function<void(const QString &, const QString &)> EngineSession::secretKeeper()
{
    const ProviderInfo info = m_info;
    // Called on the engine's thread; the store lives on the session's
    // opening thread (it outlives the engine's thread: see ~EngineSession).
    SecretStore *store = m_secrets.get();
    return [info, store](const QString &field, const QString &secret) {
        const SettingField *f = info.field(field);
        if (!f || !f->isSecret()) {
            qCWarning(lcSession).noquote() << "provider" << info.id << "offered" << field
                                           << "to keep, which is not one of its secret settings";
            return;
        }
        const QString id = info.id;
        QMetaObject::invokeMethod(
            store,
            [store, id, field, secret] {
                store->write(id, field, secret, [id, field](const SecretStore::Answer &answer) {
                    if (answer.isOk())
                        qCInfo(lcSession).noquote()
                            << "kept the new" << field << "of" << id << "in the keychain";
                    else
                        qCWarning(lcSession).noquote()
                            << "could not keep the new" << field << "of" << id
                            << "in the keychain:" << answer.message;
                });
            },
            Qt::QueuedConnection);
    };
}

Status EngineSession::openWebhooks(const QVariantMap &settings)
{
    auto server = std::make_unique<webhook::WebhookServer>();
    // Accepted webhooks are on disk before they are answered (README).
    server->setSpoolDir(m_profile.webhookSpoolDir());
    server->setPublicBaseUrl(settings.value(QStringLiteral("webhook_public_url")).toString());
    QString listen = settings.value(QStringLiteral("webhook_listen")).toString().trimmed();
    if (listen.isEmpty())
        listen = QString::fromLatin1(webhook::ListenAddress::Default);
    const Status ok = server->listen(listen);
    if (!ok) {
        //: %1 says why (address in use, ...); webhook_listen is a setting's name
        return Error(Tr::tr("%1. Change \"webhook_listen\" in Settings › Provider, or close the "
                            "program that uses that port.")
                         .arg(ok.errorMessage()));
    }
    m_webhookServer = std::move(server);
    m_webhooks = std::make_unique<ServerRegistrar>(*m_webhookServer);
    qCInfo(lcSession).noquote() << "webhooks for" << m_info.id << "at"
                                << m_webhooks->endpointUrl(m_info.id);
    return {};
}

QString EngineSession::webhookUrl() const
{
    return m_webhooks ? m_webhooks->endpointUrl(m_info.id) : QString();
}

EngineConfig EngineSession::loadConfig() const
{
    QSettings settings(m_profile.settingsPath(), QSettings::IniFormat);
    QStringList problems;
    EngineConfig config = RulesSettings::load(settings, &problems);
    // A malformed setting keeps its default; say which, so it can be fixed.
    for (const QString &problem : std::as_const(problems))
        qCWarning(lcSession).noquote() << "settings.ini:" << problem;
    config.providerAutoReplies = m_info.autoReplies;
    config.capSendRate(m_info.sendRatePerMinute);
    return config;
}

void EngineSession::reloadConfig()
{
    if (m_client)
        m_client->setConfig(loadConfig());
}

} // namespace ringback
