#include "gui/settings/ProviderSignIn.h"

#include "credentials/SecretStore.h"
#include "provider/PluginLoader.h"

#include <QDesktopServices>
#include <QPointer>
#include <QTimer>

namespace ringback::gui {

ProviderSignIn::ProviderSignIn(PluginLoader &loader, SecretStore &secrets, QObject *parent)
    : QObject(parent)
    , openBrowser([](const QUrl &url) { return QDesktopServices::openUrl(url); })
    , m_loader(loader)
    , m_secrets(secrets)
{}

ProviderSignIn::~ProviderSignIn()
{
    cancel();
}

void ProviderSignIn::cancel()
{
    ++m_run;
    m_running = false;
    m_result.reset();
    m_provider.reset();
}

void ProviderSignIn::run(const ProviderInfo &info,
                         const QJsonObject &values,
                         const QString &dataDir)
{
    cancel();
    m_running = true;
    m_writeProblem.clear();
    m_pendingWrites = 0;
    const quint64 run = m_run;
    auto provider = m_loader.create(info.id);
    if (!provider) {
        m_result = SignInResult{false, provider.errorMessage()};
        report();
        return;
    }
    m_provider = std::move(provider.value());
    // The form's values as they are, with the defaults of what it leaves out.
    QVariantMap settings = values.toVariantMap();
    for (const SettingField &field : info.settings) {
        if (!settings.contains(field.name) && field.defaultValue.isValid())
            settings.insert(field.name, field.defaultValue);
    }
    ProviderContext context{settings, dataDir};
    QPointer<ProviderSignIn> self(this);
    const QString id = info.id;
    context.saveSecret = [self, run, id](const QString &field, const QString &secret) {
        if (!self || run != self->m_run)
            return;
        ++self->m_pendingWrites;
        self->m_secrets.write(id, field, secret, [self, run, field](const SecretStore::Answer &a) {
            if (!self || run != self->m_run)
                return;
            --self->m_pendingWrites;
            if (a.isOk())
                emit self->secretSaved(field);
            else if (self->m_writeProblem.isEmpty())
                self->m_writeProblem = a.message;
            self->report();
        });
    };
    m_provider->signIn(context, openBrowser, [self, run](const SignInResult &result) {
        if (!self || run != self->m_run || !self->m_running)
            return;
        self->m_result = result;
        self->report();
    });
}

void ProviderSignIn::report()
{
    if (!m_running || !m_result || m_pendingWrites > 0)
        return;
    m_running = false;
    bool ok = m_result->ok;
    QString message = m_result->message;
    if (ok && !m_writeProblem.isEmpty()) {
        ok = false;
        message = tr("Signed in, but the system keychain did not keep the sign-in: %1")
                      .arg(m_writeProblem);
    }
    m_result.reset();
    // The provider may still be inside the call that reported: drop it later.
    QTimer::singleShot(0, this, [this, run = m_run] {
        if (run == m_run && !m_running)
            m_provider.reset();
    });
    emit finished(ok, message);
}

} // namespace ringback::gui
