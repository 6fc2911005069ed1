#include "gui/settings/GeneralPage.h"

#include "cli/Language.h"
#include "platform/StartAtLogin.h"
#include "store/Backup.h"
#include "store/Database.h"

#include <QBoxLayout>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QUrl>

namespace ringback::gui {

GeneralPage::GeneralPage(const QString &profileDir, Database *db, QWidget *parent)
    : SettingsPage(parent)
    , m_profileDir(profileDir)
    , m_db(db)
    , m_language(new QComboBox(this))
    , m_startAtLogin(new QCheckBox(tr("Start Ringback when I &log in"), this))
    , m_open(new QPushButton(tr("&Open folder"), this))
    , m_backup(new QPushButton(tr("&Back up now…"), this))
    , m_progress(new QProgressBar(this))
    , m_result(new QLabel(this))
{
    setObjectName(QStringLiteral("generalPage"));
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(tr("System language"), Language::systemChoice());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Español"), QStringLiteral("es"));
    m_language->setAccessibleName(tr("Language"));
    auto *languageLabel = new QLabel(tr("&Language:"), this);
    languageLabel->setBuddy(m_language);
    m_startAtLogin->setObjectName(QStringLiteral("startAtLogin"));
    m_startAtLogin->setAccessibleName(tr("Start Ringback when I log in"));
    m_startAtLogin->setAccessibleDescription(StartAtLogin::location());

    auto *folder = new QLabel(QDir::toNativeSeparators(profileDir), this);
    folder->setObjectName(QStringLiteral("dataFolder"));
    folder->setTextFormat(Qt::PlainText);
    folder->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    folder->setWordWrap(true);
    folder->setAccessibleName(tr("Data folder"));
    m_open->setAutoDefault(false);
    m_backup->setObjectName(QStringLiteral("backUpNow"));
    m_backup->setAutoDefault(false);
    m_backup->setEnabled(db != nullptr);
    m_backup->setToolTip(tr("Saves a complete copy of the conversations database to a file you "
                            "choose, without stopping Ringback."));
    m_progress->setObjectName(QStringLiteral("backupProgress"));
    m_progress->setRange(0, 0); // busy: VACUUM INTO does not say how far it is
    m_progress->setTextVisible(false);
    m_progress->setAccessibleName(tr("Backing up"));
    m_progress->hide();
    m_result->setObjectName(QStringLiteral("backupResult"));
    m_result->setTextFormat(Qt::PlainText);
    m_result->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(languageLabel, m_language);
    form->addRow(
        QString(),
        settingsui::helpLabel(tr("A new language shows when you restart Ringback."), this));
    form->addRow(m_startAtLogin);
    auto *data = new QGroupBox(tr("Data folder"), this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_open);
    buttons->addWidget(m_backup);
    buttons->addStretch(1);
    auto *dataLayout = new QVBoxLayout(data);
    dataLayout->addWidget(folder);
    dataLayout->addLayout(buttons);
    dataLayout->addWidget(m_progress);
    dataLayout->addWidget(m_result);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(data);
    layout->addStretch(1);

    connect(m_language, &QComboBox::currentIndexChanged, this, &GeneralPage::changed);
    connect(m_startAtLogin, &QCheckBox::toggled, this, &GeneralPage::changed);
    connect(m_open, &QPushButton::clicked, this, [this] {
        QDesktopServices::openUrl(QUrl::fromLocalFile(m_profileDir));
    });
    connect(m_backup, &QPushButton::clicked, this, &GeneralPage::chooseAndBackUp);
}

void GeneralPage::load(QSettings &settings, const EngineConfig &)
{
    QString language = settings.value(Language::settingsKey()).toString();
    if (m_language->findData(language) < 0)
        language = Language::systemChoice();
    m_savedLanguage = language;
    m_language->setCurrentIndex(m_language->findData(language));
    m_startWasEnabled = StartAtLogin::isEnabled();
    m_startAtLogin->setChecked(m_startWasEnabled);
}

void GeneralPage::save(QSettings &settings, EngineConfig &)
{
    const QString language = m_language->currentData().toString();
    settings.setValue(Language::settingsKey(), language);
    m_restartMessage = language != m_savedLanguage
                           ? tr("The new language shows when you restart Ringback.")
                           : QString();
    if (m_startAtLogin->isChecked() != m_startWasEnabled) {
        const Status ok = m_startAtLogin->isChecked()
                              ? StartAtLogin::enable(StartAtLogin::currentCommand(m_profileDir))
                              : StartAtLogin::disable();
        if (ok)
            m_startWasEnabled = m_startAtLogin->isChecked();
        else
            m_result->setText(ok.errorMessage());
    }
}

void GeneralPage::backUpTo(const QString &file)
{
    if (!m_db) {
        showBackupResult(Error(tr("The database is not open.")), file);
        return;
    }
    if (m_backingUp)
        return;
    // On a thread of its own (store/Backup.h): the window keeps working.
    m_backingUp = true;
    m_backup->setEnabled(false);
    m_progress->show();
    const QString text = tr("Backing up to %1…").arg(QDir::toNativeSeparators(file));
    m_result->setText(text);
    m_result->setAccessibleName(text);
    backup::start(m_db->filePath(), file, this, [this, file](const Status &ok) {
        m_backingUp = false;
        m_progress->hide();
        m_backup->setEnabled(true);
        showBackupResult(ok, file);
    });
}

void GeneralPage::showBackupResult(const Status &ok, const QString &file)
{
    const QString text
        = ok ? tr("Backed up to %1.").arg(QDir::toNativeSeparators(file)) : ok.errorMessage();
    m_result->setText(text);
    m_result->setAccessibleName(text);
    emit backupFinished(ok.isOk());
}

void GeneralPage::chooseAndBackUp()
{
    const QString suggested
        = QDir::home().filePath(QStringLiteral("ringback-backup-%1.sqlite")
                                    .arg(QDate::currentDate().toString(Qt::ISODate)));
    const QString file = QFileDialog::getSaveFileName(
        this, tr("Back up Ringback"), suggested, tr("SQLite database (*.sqlite)"));
    if (!file.isEmpty())
        backUpTo(file);
}

} // namespace ringback::gui
