#pragma once

#include <QDialog>
#include <QStringList>

#include <vector>

class QDialogButtonBox;
class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;

namespace ringback {
class Database;
class SecretStore;
} // namespace ringback

namespace ringback::gui {

class GeneralPage;
class HoursPage;
class NumbersPage;
class OfficePage;
class ProviderPage;
class RulesPage;
class SettingsPage;
class UrgencyPage;

// What the settings dialog works on.
struct SettingsContext
{
    QString profileDir;           // Profile::dir(): settings.ini, keychain keys, data folder
    Database *database = nullptr; // the window's own connection: number lists, backup
    QStringList pluginPaths;      // empty: PluginLoader::defaultSearchPaths()
    QString runningProviderId;    // the provider the engine runs now; empty: none running
};

// Settings: Provider, Office, Hours, Text-back rules, Urgency, Numbers and
// General, chosen from a list on the left. OK and Apply check every page,
// then save to the profile's settings.ini through RulesSettings (keys it does
// not know survive) and the provider's secrets to the system keychain.
//
// After a successful save, applied() is emitted: the caller re-reads the
// rules into the engine (EngineSession::reloadConfig()). What only a restart
// changes (the provider, its settings, the language) is said on the pages
// and reported by restartRequired() / restartMessages().
class SettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(const SettingsContext &context, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    // Validates and saves: settings.ini at once (then applied()), the
    // secrets when the keychain answers (then applyFinished()). Returns false
    // if nothing was saved because a page has a problem (shown on that page,
    // which is selected) or settings.ini could not be written.
    bool apply();
    bool isBusy() const { return m_busy; }

    bool restartRequired() const { return !m_restartMessages.isEmpty(); }
    QStringList restartMessages() const { return m_restartMessages; }

    QString settingsPath() const { return m_settingsPath; }
    SecretStore &secrets() { return *m_secrets; }
    ProviderPage *providerPage() const { return m_provider; }
    OfficePage *officePage() const { return m_office; }
    HoursPage *hoursPage() const { return m_hours; }
    RulesPage *rulesPage() const { return m_rules; }
    UrgencyPage *urgencyPage() const { return m_urgency; }
    NumbersPage *numbersPage() const { return m_numbers; }
    GeneralPage *generalPage() const { return m_general; }
    void showPage(SettingsPage *page);
    QPushButton *applyButton() const;
    QLabel *statusLabel() const { return m_status; }

    void accept() override;

signals:
    // settings.ini holds the new settings: re-read the rules into the engine.
    void applied();
    // The whole apply is over (keychain included); message says what failed.
    void applyFinished(bool ok, const QString &message);
    // The provider (or its settings) or the language changed; the messages
    // say what happens at the next start.
    void restartNeeded(const QStringList &messages);

private:
    void addPage(SettingsPage *page);
    void load();
    void finishApply(bool ok, const QString &problem);
    void setBusy(bool busy);

    SettingsContext m_context;
    QString m_settingsPath;
    SecretStore *m_secrets;
    QListWidget *m_list;
    QStackedWidget *m_stack;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    std::vector<SettingsPage *> m_pages;
    ProviderPage *m_provider = nullptr;
    OfficePage *m_office = nullptr;
    HoursPage *m_hours = nullptr;
    RulesPage *m_rules = nullptr;
    UrgencyPage *m_urgency = nullptr;
    NumbersPage *m_numbers = nullptr;
    GeneralPage *m_general = nullptr;
    QStringList m_restartMessages;
    bool m_busy = false;
    bool m_closeAfterApply = false;
};

} // namespace ringback::gui
