#pragma once

#include "gui/settings/SettingsPage.h"
#include "util/Result.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;

namespace ringback {
class Database;
}

namespace ringback::gui {

// Settings › General: language ([ui] language, shown after a restart), start
// at login (StartAtLogin), and the data folder with "Open folder" and
// "Back up now…" (a consistent copy of the database, taken with SQLite's
// VACUUM INTO through the open connection).
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
    // Ringback. The copy is complete and consistent, or `file` is untouched.
    static Status backUp(Database &db, const QString &file);
    // backUp() with the result shown on the page; returns it too.
    Status backUpTo(const QString &file);

    QComboBox *language() const { return m_language; }
    QCheckBox *startAtLogin() const { return m_startAtLogin; }
    QLabel *backupResult() const { return m_result; }

private:
    void chooseAndBackUp();

    QString m_profileDir;
    Database *m_db;
    QComboBox *m_language;
    QCheckBox *m_startAtLogin;
    QPushButton *m_open;
    QPushButton *m_backup;
    QLabel *m_result;
    QString m_savedLanguage;
    bool m_startWasEnabled = false;
    QString m_restartMessage;
};

} // namespace ringback::gui
