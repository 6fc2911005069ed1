#pragma once

#include "provider/ProviderApi.h"
#include "provider/ProviderInfo.h"

#include <QJsonObject>
#include <QObject>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

namespace ringback {
class PluginLoader;
class SecretStore;
} // namespace ringback

namespace ringback::gui {

// Runs a provider's "Sign in with <provider>…" (Provider::signIn, the
// "interactive_sign_in" capability) with the values of the settings form:
// a fresh provider instance from the plugin opens the sign-in page in the
// browser (QDesktopServices), waits for it to come back, and hands what it
// obtained (a refresh token) to the system keychain. finished() comes exactly
// once per run(), after the keychain answered.
class ProviderSignIn final : public QObject
{
    Q_OBJECT

public:
    ProviderSignIn(PluginLoader &loader, SecretStore &secrets, QObject *parent = nullptr);
    ~ProviderSignIn() override;

    void run(const ProviderInfo &info, const QJsonObject &values, const QString &dataDir);
    bool isRunning() const { return m_running; }
    // Drops a sign-in in flight; its answer never comes.
    void cancel();

    // Opens the address in the user's browser (tests replace it).
    std::function<bool(const QUrl &)> openBrowser;

signals:
    void secretSaved(const QString &field);
    void finished(bool ok, const QString &message);

private:
    void report();

    PluginLoader &m_loader;
    SecretStore &m_secrets;
    std::unique_ptr<Provider> m_provider;
    std::optional<SignInResult> m_result;
    QString m_writeProblem;
    int m_pendingWrites = 0;
    bool m_running = false;
    quint64 m_run = 0;
};

} // namespace ringback::gui
