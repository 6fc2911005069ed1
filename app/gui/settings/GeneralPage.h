#pragma once

#include "gui/settings/SettingsPage.h"
#include "util/Result.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;

namespace ringback {
class Database;
}

namespace ringback::gui {

// Settings › General: language ([ui] language, shown after a restart), start
// at login (StartAtLogin), and the data folder with "Open folder" and
// "Back up now…" (a consistent copy of the database, taken with SQLite's
// VACUUM INTO on a thread of its own: store/Backup.h).
class GeneralPage final : public SettingsPage
{
    Q_OBJECT

public:
    GeneralPage(const QString &profileDir, Database *db, QWidget *parent = nullptr);

    QString title() const override { return tr("General"); }
    void load(QSettings &settings, const EngineConfig &config) override;
    void save(QSettings &settings, EngineConfig &config) override;

    // After a save: "…when you restart Ringback" if the language changed.
    QString restartMessage() const { return m_restartMessage; }

    // Copies the database to `file` (replaced if it exists) without stopping
    // Ringback, on a thread of its own (store/Backup.h), with a busy
    // indicator; the result is shown on the page and backupFinished() says
    // it. The copy is complete and consistent, or `file` is untouched.
    void backUpTo(const QString &file);
    bool isBackingUp() const { return m_backingUp; }

    QComboBox *language() const { return m_language; }
    QCheckBox *startAtLogin() const { return m_startAtLogin; }
    QLabel *backupResult() const { return m_result; }

signals:
    void backupFinished(bool ok);

private:
    void chooseAndBackUp();
    void showBackupResult(const Status &ok, const QString &file);

    QString m_profileDir;
    Database *m_db;
    QComboBox *m_language;
    QCheckBox *m_startAtLogin;
    QPushButton *m_open;
    QPushButton *m_backup;
    QProgressBar *m_progress;
    QLabel *m_result;
    bool m_backingUp = false;
    QString m_savedLanguage;
    bool m_startWasEnabled = false;
    QString m_restartMessage;
};

} // namespace ringback::gui
