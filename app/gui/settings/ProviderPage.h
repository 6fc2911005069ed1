#pragma once

#include "gui/settings/SettingsPage.h"
#include "provider/PluginLoader.h"

#include <functional>
#include <vector>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QScrollArea;

namespace ringback {
class SecretStore;
}

namespace ringback::gui {

class ConnectionTester;
class ProviderForm;
class ProviderSignIn;

// Settings › Provider: which installed provider Ringback uses (from the
// plugins' metadata), its settings form, "Test connection", and "Sign in with
// <provider>…" for a provider with the "interactive_sign_in" capability. Switching
// providers, or changing the running one's settings, takes effect when the
// engine restarts: the page says so and restartMessage() tells the dialog.
class ProviderPage final : public SettingsPage
{
    Q_OBJECT

public:
    ProviderPage(const QString &profileDir,
                 const QStringList &pluginPaths,
                 const QString &runningProviderId,
                 SecretStore &secrets,
                 QWidget *parent = nullptr);
    ~ProviderPage() override;

    QString title() const override { return tr("Provider"); }
    void load(QSettings &settings, const EngineConfig &config) override;
    QString validate() override;
    void save(QSettings &settings, EngineConfig &config) override;

    // Writes/removes the secrets of the chosen provider in the keychain.
    void commitSecrets(std::function<void(bool, const QString &)> done);
    // After a save: what needs a restart, in words ("Ringback will switch to
    // Twilio when you restart it."), or empty.
    QString restartMessage() const;

    QString selectedProviderId() const;
    bool selectProvider(const QString &id);
    ProviderForm *form(const QString &id) const;
    ProviderForm *currentForm() const;
    void testConnection();
    // Starts the browser sign-in, or cancels the one in progress.
    void signIn();
    ProviderSignIn *signInRunner() const { return m_signInRunner; }

    QComboBox *providerCombo() const { return m_combo; }
    QPushButton *testButton() const { return m_test; }
    QPushButton *signInButton() const { return m_signIn; }
    QLabel *testResult() const { return m_result; }
    QProgressBar *busyIndicator() const { return m_busy; }

signals:
    void testFinished(bool ok, const QString &message);
    void signInFinished(bool ok, const QString &message);

private:
    void showSelected();
    void updateRestartNote();
    void showResult(const QString &text);
    void updateSignInButton();

    QString m_profileDir;
    QString m_runningId;
    QString m_savedId;
    SecretStore &m_secrets;
    PluginLoader m_loader;
    ConnectionTester *m_tester;
    ProviderSignIn *m_signInRunner;
    std::vector<ProviderForm *> m_forms;
    QComboBox *m_combo;
    QLabel *m_description;
    // Shows the chosen provider's form (only that one, so it scrolls only
    // when that form is taller than the page); the others wait hidden.
    QScrollArea *m_scroll;
    QPushButton *m_test;
    QPushButton *m_signIn;
    QProgressBar *m_busy;
    QLabel *m_result;
    QLabel *m_restartNote;
    QString m_restartMessage;
};

} // namespace ringback::gui
