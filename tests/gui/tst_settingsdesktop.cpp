// The settings dialog where it meets the desktop, real widgets, offscreen:
// "Start Ringback when I log in" writes and removes the platform's real
// entry, and the provider page speaks the user's language, down to the texts
// of the provider plugins' JSON metadata.

#include "MarkingTranslator.h"
#include "credentials/SecretStore.h"
#include "gui/settings/GeneralPage.h"
#include "gui/settings/ProviderForm.h"
#include "gui/settings/ProviderPage.h"
#include "gui/settings/SettingsDialog.h"
#include "platform/StartAtLogin.h"
#include "profile/Profile.h"
#include "provider/ProviderInfo.h"
#include "provider/ProviderTexts.h"
#include "store/Database.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace ringback;
using namespace ringback::gui;

class TestSettingsDesktop : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    int m_connection = 0;

    std::unique_ptr<SettingsDialog> makeDialog()
    {
        SettingsContext context;
        context.profileDir = m_dir->path();
        context.database = m_db.get();
        context.pluginPaths = qEnvironmentVariable("RINGBACK_PROVIDER_PATH")
                                  .split(QDir::listSeparator(), Qt::SkipEmptyParts);
        context.runningProviderId = QStringLiteral("simulator");
        return std::make_unique<SettingsDialog>(context);
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_db = std::make_unique<Database>();
        const Status ok = m_db->open(Profile(m_dir->path()).databasePath(),
                                     QStringLiteral("tst-settingsdesktop-%1").arg(++m_connection));
        QVERIFY2(ok, qPrintable(ok.errorMessage()));
    }

    void cleanup()
    {
        m_db.reset();
        m_dir.reset();
    }

    // The checkbox writes the XDG autostart entry (in a private
    // XDG_CONFIG_HOME) that starts this profile, removes it, and shows what
    // is there.
    void startAtLoginTurnsTheEntryOnAndOff()
    {
#if defined(Q_OS_WIN) || defined(Q_OS_MACOS)
        QSKIP("The XDG autostart entry is the Linux mechanism (tst_desktop checks the others' "
              "pieces); here the test would change the real login items.");
#else
        const bool hadConfigHome = qEnvironmentVariableIsSet("XDG_CONFIG_HOME");
        const QByteArray savedConfigHome = qgetenv("XDG_CONFIG_HOME");
        const auto restore = qScopeGuard([&] {
            if (hadConfigHome)
                qputenv("XDG_CONFIG_HOME", savedConfigHome);
            else
                qunsetenv("XDG_CONFIG_HOME");
        });
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_dir->filePath(QStringLiteral("config"))));
        const QString entry = StartAtLogin::xdgAutostartPath();
        QVERIFY2(entry.startsWith(m_dir->path()), qPrintable(entry));
        QVERIFY(!QFile::exists(entry));

        auto dialog = makeDialog();
        QCheckBox *start = dialog->generalPage()->startAtLogin();
        QVERIFY(!start->isChecked());
        start->setChecked(true);
        QVERIFY(dialog->apply());
        QFile file(entry);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(entry));
        const QString text = QString::fromUtf8(file.readAll());
        file.close();
        const QString profile
            = StartAtLogin::desktopExecArgument(QDir(m_dir->path()).absolutePath());
        QVERIFY2(text.contains(QLatin1String(" --profile ") + profile + QLatin1Char('\n')),
                 qPrintable(text));

        dialog = makeDialog();
        start = dialog->generalPage()->startAtLogin();
        QVERIFY(start->isChecked());
        start->setChecked(false);
        QVERIFY(dialog->apply());
        QVERIFY(!QFile::exists(entry));
        QVERIFY(!makeDialog()->generalPage()->startAtLogin()->isChecked());
#endif
    }

    // The provider's name, description, labels and help come from its
    // plugin's JSON metadata, translated in the ProviderMetaData context per
    // provider (scripts/provider-texts.py lists them for lupdate); a choice
    // shows translated but saves its value.
    void providerTextsInTheUsersLanguage()
    {
        test::MarkingTranslator translator(ProviderTexts::kContext, QStringLiteral("ES"));
        auto dialog = makeDialog();
        ProviderPage *page = dialog->providerPage();
        QComboBox *providers = page->providerCombo();
        QCOMPARE(providers->itemText(providers->findData(QStringLiteral("simulator"))),
                 QStringLiteral("ES[simulator]Simulator"));
        QVERIFY(page->selectProvider(QStringLiteral("simulator")));
        const auto *description = page->findChild<QLabel *>(QStringLiteral("providerDescription"));
        QVERIFY(description);
        QVERIFY2(description->text().startsWith(QLatin1String("ES[simulator]A built-in")),
                 qPrintable(description->text()));
        const QWidget *line
            = page->form(QStringLiteral("simulator"))->editor(QStringLiteral("phone_number"));
        QVERIFY(line);
        QCOMPARE(line->accessibleName(), QStringLiteral("ES[simulator]Business line"));
        QCOMPARE(line->accessibleDescription(),
                 QStringLiteral("ES[simulator]The number the simulated callers dial."));

        const auto info = ProviderInfo::fromMetaData(QJsonObject{
            {QStringLiteral("id"), QStringLiteral("acme")},
            {QStringLiteral("name"), QStringLiteral("Acme")},
            {QStringLiteral("apiVersion"), 1},
            {QStringLiteral("capabilities"), QJsonArray{QStringLiteral("poll")}},
            {QStringLiteral("settings"),
             QJsonArray{
                 QJsonObject{{QStringLiteral("name"), QStringLiteral("mode")},
                             {QStringLiteral("label"), QStringLiteral("Sign in with")},
                             {QStringLiteral("kind"), QStringLiteral("choice")},
                             {QStringLiteral("help"), QStringLiteral("How Ringback signs in.")},
                             {QStringLiteral("choices"),
                              QJsonArray{QStringLiteral("jwt"), QStringLiteral("browser")}}},
                 QJsonObject{{QStringLiteral("name"), QStringLiteral("line")},
                             {QStringLiteral("label"), QStringLiteral("Line")},
                             {QStringLiteral("kind"), QStringLiteral("phone")},
                             {QStringLiteral("required"), true}}}}});
        QVERIFY2(info, qPrintable(info.errorMessage()));
        SecretStore secrets(m_dir->path());
        ProviderForm form(*info, secrets);
        QStringList labels;
        for (const QLabel *label : form.findChildren<QLabel *>())
            labels << label->text();
        for (const char *shown :
             {"ES[acme]Sign in with", "ES[acme]Line *", "ES[acme]How Ringback signs in."}) {
            QVERIFY2(labels.contains(QLatin1String(shown)),
                     qPrintable(labels.join(QLatin1Char('|'))));
        }
        auto *mode = qobject_cast<QComboBox *>(form.editor(QStringLiteral("mode")));
        QVERIFY(mode);
        QCOMPARE(mode->itemText(1), QStringLiteral("ES[acme]browser"));
        mode->setCurrentIndex(1);
        QCOMPARE(form.values().value(QStringLiteral("mode")).toString(), QStringLiteral("browser"));
        form.load({{QStringLiteral("mode"), QStringLiteral("jwt")}});
        QCOMPARE(mode->currentIndex(), 0);
        form.load({{QStringLiteral("mode"), QStringLiteral("browser")}});
        QCOMPARE(mode->currentIndex(), 1);
        QCOMPARE(form.validate(), QStringLiteral("ES[acme]Line is required."));
    }
};

QTEST_MAIN(TestSettingsDesktop)
#include "tst_settingsdesktop.moc"
