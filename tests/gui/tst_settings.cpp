// The settings dialog, real widgets, offscreen. Secrets go to the system
// keychain (scripts/test.sh runs the suite inside a throw-away unlocked
// gnome-keyring); the keychain cases are skipped, visibly, without one.

#include "FakeTwilio.h"
#include "credentials/SecretStore.h"
#include "gui/settings/GeneralPage.h"
#include "gui/settings/HoursPage.h"
#include "gui/settings/NumbersPage.h"
#include "gui/settings/OfficePage.h"
#include "gui/settings/ProviderForm.h"
#include "gui/settings/ProviderPage.h"
#include "gui/settings/RulesPage.h"
#include "gui/settings/SecretField.h"
#include "gui/settings/SettingsDialog.h"
#include "gui/settings/UrgencyPage.h"
#include "profile/Profile.h"
#include "rules/RulesSettings.h"
#include "store/Database.h"
#include "store/Store.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDirIterator>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeEdit>

#include <memory>

using namespace ringback;
using namespace ringback::gui;

namespace {

const QString kToken = QStringLiteral("Zq9-distinctive-TOKEN-7781");

QStringList pluginPaths()
{
    return qEnvironmentVariable("RINGBACK_PROVIDER_PATH")
        .split(QDir::listSeparator(), Qt::SkipEmptyParts);
}

QLineEdit *lineEdit(ProviderForm *form, const char *field)
{
    return qobject_cast<QLineEdit *>(form->editor(QLatin1String(field)));
}

} // namespace

class TestSettings : public QObject
{
    Q_OBJECT

    bool m_keychain = false;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    int m_connection = 0;

    std::unique_ptr<SettingsDialog> makeDialog()
    {
        SettingsContext context;
        context.profileDir = m_dir->path();
        context.database = m_db.get();
        context.pluginPaths = pluginPaths();
        context.runningProviderId = QStringLiteral("simulator");
        return std::make_unique<SettingsDialog>(context);
    }

    void fillTwilio(ProviderForm *form, const QString &baseUrl, const QString &token)
    {
        lineEdit(form, "account_sid")->setText(test::FakeTwilio::accountSid());
        lineEdit(form, "phone_number")->setText(QStringLiteral("(512) 555-0100"));
        lineEdit(form, "api_base_url")->setText(baseUrl);
        form->secretField(QStringLiteral("auth_token"))->lineEdit()->setText(token);
    }

    QString settingsPath() const { return Profile(m_dir->path()).settingsPath(); }

private slots:
    void initTestCase()
    {
        QTemporaryDir probeDir;
        SecretStore probe(probeDir.path());
        m_keychain
            = probe
                  .writeNow(
                      QStringLiteral("probe"), QStringLiteral("probe"), QStringLiteral("x"), 15000)
                  .isOk();
        if (m_keychain)
            probe.removeNow(QStringLiteral("probe"), QStringLiteral("probe"));
        qunsetenv("RINGBACK_TWILIO_AUTH_TOKEN");
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_db = std::make_unique<Database>();
        const Status ok = m_db->open(Profile(m_dir->path()).databasePath(),
                                     QStringLiteral("tst-settings-%1").arg(++m_connection));
        QVERIFY2(ok, qPrintable(ok.errorMessage()));
    }

    void cleanup()
    {
        if (m_keychain) {
            SecretStore(m_dir->path())
                .removeNow(QStringLiteral("twilio"), QStringLiteral("auth_token"));
        }
        m_db.reset();
        m_dir.reset();
    }

    void secretGoesOnlyToTheKeychain()
    {
        if (!m_keychain)
            QSKIP("no unlocked Secret Service here (run under scripts/test.sh's keyring)");
        {
            QSettings seed(settingsPath(), QSettings::IniFormat);
            seed.setValue(QStringLiteral("custom/keep"), QStringLiteral("unknown keys survive"));
        }
        auto dialog = makeDialog();
        ProviderPage *page = dialog->providerPage();
        QVERIFY(page->selectProvider(QStringLiteral("twilio")));
        QVERIFY(page->findChild<QLabel *>(QStringLiteral("restartNote"))
                    ->text()
                    .contains(QLatin1String("Ringback will switch to Twilio when you restart")));
        ProviderForm *form = page->form(QStringLiteral("twilio"));
        fillTwilio(form, QStringLiteral("https://api.twilio.com"), kToken);
        QSignalSpy finished(dialog.get(), &SettingsDialog::applyFinished);
        QSignalSpy applied(dialog.get(), &SettingsDialog::applied);
        QVERIFY(dialog->apply());
        QTRY_COMPARE(finished.count(), 1);
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        QCOMPARE(applied.count(), 1);
        QVERIFY(dialog->restartRequired());
        QVERIFY(dialog->restartMessages().join(u' ').contains(QLatin1String("Twilio")));

        // In the keychain...
        const auto stored = SecretStore(m_dir->path())
                                .readNow(QStringLiteral("twilio"), QStringLiteral("auth_token"));
        QVERIFY2(stored.isOk(), qPrintable(stored.message));
        QCOMPARE(stored.secret, kToken);
        // ...shown as saved, never read back into the field...
        SecretField *secret = form->secretField(QStringLiteral("auth_token"));
        QVERIFY(secret->isSaved());
        QVERIFY(secret->lineEdit()->text().isEmpty());
        QVERIFY(secret->replaceButton()->isVisibleTo(dialog.get()));

        // ...and in no file of the profile (settings.ini, database, WAL, ...).
        QStringList files;
        QDirIterator it(m_dir->path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            files << QFileInfo(path).fileName();
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray bytes = f.readAll();
            QVERIFY2(!bytes.contains(kToken.toUtf8()), qPrintable(path));
            QVERIFY2(!bytes.contains(QByteArray(reinterpret_cast<const char *>(kToken.utf16()),
                                                kToken.size() * 2)),
                     qPrintable(path));
        }
        QVERIFY2(files.contains(QStringLiteral("settings.ini")), qPrintable(files.join(u',')));
        QVERIFY2(files.contains(QStringLiteral("ringback.sqlite")), qPrintable(files.join(u',')));

        // The non-secret values are in settings.ini, where the session reads them.
        QSettings s(settingsPath(), QSettings::IniFormat);
        QCOMPARE(s.value(QStringLiteral("provider/id")).toString(), QStringLiteral("twilio"));
        QCOMPARE(s.value(QStringLiteral("provider/twilio/account_sid")).toString(),
                 test::FakeTwilio::accountSid());
        QCOMPARE(s.value(QStringLiteral("provider/twilio/phone_number")).toString(),
                 QStringLiteral("+15125550100"));
        QVERIFY(!s.contains(QStringLiteral("provider/twilio/auth_token")));
        QCOMPARE(s.value(QStringLiteral("custom/keep")).toString(),
                 QStringLiteral("unknown keys survive"));

        // A new dialog shows it saved; Remove takes it out of the keychain.
        auto again = makeDialog();
        SecretField *shown = again->providerPage()
                                 ->form(QStringLiteral("twilio"))
                                 ->secretField(QStringLiteral("auth_token"));
        QTRY_VERIFY(shown->isSaved());
        QVERIFY(shown->lineEdit()->text().isEmpty());
        shown->removeButton()->click();
        QSignalSpy done(again.get(), &SettingsDialog::applyFinished);
        QVERIFY(!again->apply()); // a required secret is missing now
        shown->lineEdit()->setText(QStringLiteral("replacement-token"));
        QVERIFY(again->apply());
        QTRY_COMPARE(done.count(), 1);
        QCOMPARE(SecretStore(m_dir->path())
                     .readNow(QStringLiteral("twilio"), QStringLiteral("auth_token"))
                     .secret,
                 QStringLiteral("replacement-token"));
    }

    void testConnectionReportsInWords()
    {
        test::FakeTwilio fake;
        QVERIFY(fake.start());
        auto dialog = makeDialog();
        ProviderPage *page = dialog->providerPage();
        QVERIFY(page->selectProvider(QStringLiteral("twilio")));
        ProviderForm *form = page->form(QStringLiteral("twilio"));
        fillTwilio(form, fake.baseUrl(), test::FakeTwilio::authToken());
        QSignalSpy tested(page, &ProviderPage::testFinished);
        page->testButton()->click();
        QVERIFY(page->busyIndicator()->isVisibleTo(dialog.get()));
        QVERIFY(!page->testButton()->isEnabled());
        QTRY_COMPARE(tested.count(), 1);
        QVERIFY2(tested.first().at(0).toBool(), qPrintable(tested.first().at(1).toString()));
        QVERIFY(page->testResult()->text().startsWith(QLatin1String("Success:")));
        QVERIFY(!page->busyIndicator()->isVisibleTo(dialog.get()));
        QVERIFY(page->testButton()->isEnabled());

        form->secretField(QStringLiteral("auth_token"))
            ->lineEdit()
            ->setText(QStringLiteral("a-wrong-token"));
        page->testButton()->click();
        QTRY_COMPARE(tested.count(), 2);
        QVERIFY(!tested.at(1).at(0).toBool());
        QCOMPARE(page->testResult()->text(),
                 QStringLiteral("Failed: Twilio refused the Account SID or Auth Token."));

        // A malformed number is caught before anything is sent.
        lineEdit(form, "phone_number")->setText(QStringLiteral("12"));
        page->testButton()->click();
        QTRY_COMPARE(tested.count(), 3);
        QVERIFY(!tested.at(2).at(0).toBool());
        QVERIFY(form->findChild<QLabel *>(QStringLiteral("error_phone_number"))
                    ->isVisibleTo(dialog.get()));

        QVERIFY(page->selectProvider(QStringLiteral("simulator")));
        page->testButton()->click();
        QTRY_COMPARE(tested.count(), 4);
        QCOMPARE(page->testResult()->text(),
                 QStringLiteral("Success: Simulator ready: no account needed."));
    }

    void officeHoursRulesAndUrgencyRoundTrip()
    {
        auto dialog = makeDialog();
        OfficePage *office = dialog->officePage();
        office->companyName()->setText(QStringLiteral("Acme Plumbing"));
        office->agentName()->setText(QStringLiteral("Dana"));
        office->averageJobValue()->setValue(450);
        office->userName()->setText(QStringLiteral("Sam"));

        HoursPage *hours = dialog->hoursPage();
        hours->timeZone()->setCurrentText(QStringLiteral("America/Chicago"));
        hours->fromEdit(1)->setTime(QTime(7, 30));
        hours->toEdit(1)->setTime(QTime(16, 0));
        hours->openBox(5)->setChecked(false);
        hours->openBox(6)->setChecked(true);
        hours->fromEdit(6)->setTime(QTime(9, 0));
        hours->toEdit(6)->setTime(QTime(12, 0));
        hours->addClosure(QDate(2026, 12, 25), QStringLiteral("Christmas"));
        hours->afterHoursOnly()->setChecked(true);

        RulesPage *rules = dialog->rulesPage();
        rules->trigger(CallResult::Busy)->setChecked(false);
        rules->dedupHours()->setValue(6);
        rules->sendDelaySeconds()->setValue(30);
        rules->minRingSeconds()->setValue(5);
        rules->maxCatchUpMinutes()->setValue(90);
        rules->textInternational()->setChecked(true);
        rules->optOutScope()->setCurrentIndex(1);
        rules->quietHours()->setChecked(true);
        rules->quietFrom()->setTime(QTime(9, 0));
        rules->quietTo()->setTime(QTime(20, 0));
        rules->spamCalls()->setValue(6);
        rules->spamMinutes()->setValue(15);
        // A roofer sends the roofing opener during business hours.
        QComboBox *business = rules->businessHoursTemplate();
        business->setCurrentIndex(business->findData(QStringLiteral("roofing")));
        QVERIFY(business->currentIndex() > 0);

        UrgencyPage *urgency = dialog->urgencyPage();
        const int before = urgency->table()->rowCount();
        urgency->addRule(UrgencyRule::High,
                         QStringLiteral("gas smell"),
                         QStringLiteral("rotten eggs, smell gas"));
        // A rule with no phrases is refused inline, with the parser's words.
        urgency->addRule(UrgencyRule::Soon, QStringLiteral("empty"), QString());
        QVERIFY(!dialog->apply());
        QLabel *error = urgency->findChild<QLabel *>(QStringLiteral("urgencyError"));
        QVERIFY(error->isVisibleTo(dialog.get()));
        QVERIFY2(error->text().contains(QStringLiteral("Line %1").arg(before + 2)),
                 qPrintable(error->text()));
        urgency->table()->removeRow(before + 1);

        QSignalSpy finished(dialog.get(), &SettingsDialog::applyFinished);
        QVERIFY(dialog->apply());
        QTRY_COMPARE(finished.count(), 1);
        QVERIFY(!dialog->restartRequired());

        QSettings s(settingsPath(), QSettings::IniFormat);
        QStringList problems;
        const EngineConfig c = RulesSettings::load(s, &problems);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        QCOMPARE(c.companyName, QStringLiteral("Acme Plumbing"));
        QCOMPARE(s.value(QStringLiteral("office/agent_name")).toString(), QStringLiteral("Dana"));
        QCOMPARE(s.value(QStringLiteral("office/average_job_value")).toDouble(), 450.0);
        QCOMPARE(s.value(QStringLiteral("office/user_name")).toString(), QStringLiteral("Sam"));
        const BusinessHours &h = c.rules.defaultLine.hours;
        QCOMPARE(h.timeZone().id(), QByteArray("America/Chicago"));
        QCOMPARE(h.day(1).size(), 1);
        QCOMPARE(h.day(1).first().open, QTime(7, 30));
        QCOMPARE(h.day(1).first().close, QTime(16, 0));
        QVERIFY(h.day(5).isEmpty());
        QCOMPARE(h.day(6).first().open, QTime(9, 0));
        QCOMPARE(h.day(2).first().open, QTime(8, 0)); // untouched days keep their hours
        QCOMPARE(h.closures().size(), 1);
        QCOMPARE(h.closures().first().date, QDate(2026, 12, 25));
        QCOMPARE(h.closures().first().name, QStringLiteral("Christmas"));
        QVERIFY(c.rules.defaultLine.afterHoursOnly);
        QVERIFY(!c.rules.triggers.contains(CallResult::Busy));
        QVERIFY(c.rules.triggers.contains(CallResult::NoAnswer));
        QCOMPARE(c.rules.dedupWindowMs, 6LL * 3600 * 1000);
        QCOMPARE(c.rules.sendDelaySeconds, 30);
        QCOMPARE(c.rules.minRingSeconds, 5);
        QCOMPARE(c.rules.maxCatchUpAgeMs, 90LL * 60 * 1000);
        QVERIFY(c.rules.textInternational);
        QVERIFY(!c.optOutAllLines);
        QVERIFY(c.rules.quiet.enabled);
        QCOMPARE(c.rules.quiet.windowStart, QTime(9, 0));
        QCOMPARE(c.rules.quiet.windowEnd, QTime(20, 0));
        QCOMPARE(c.rules.spamCalls, 6);
        QCOMPARE(c.rules.spamMinutes, 15);
        QCOMPARE(c.rules.businessHoursTemplate, QStringLiteral("roofing"));
        QCOMPARE(s.value(QStringLiteral("rules/business_hours_template")).toString(),
                 QStringLiteral("roofing"));
        QCOMPARE(c.rules.afterHoursTemplate, QStringLiteral("after_hours"));
        QVERIFY(!s.contains(QStringLiteral("rules/after_hours_template"))); // default: not written
        QCOMPARE(c.urgencyRules.size(), before + 1);
        QCOMPARE(c.urgencyRules.last().label, QStringLiteral("gas smell"));
        QCOMPARE(c.urgencyRules.last().severity, int(UrgencyRule::High));
        QCOMPARE(c.urgencyRules.last().phrases,
                 QStringList({QStringLiteral("rotten eggs"), QStringLiteral("smell gas")}));

        // A fresh dialog shows what was saved; restoring defaults drops the override.
        auto again = makeDialog();
        QCOMPARE(again->hoursPage()->fromEdit(1)->time(), QTime(7, 30));
        QVERIFY(!again->hoursPage()->openBox(5)->isChecked());
        QCOMPARE(again->rulesPage()->dedupHours()->value(), 6.0);
        QCOMPARE(again->rulesPage()->businessHoursTemplate()->currentData().toString(),
                 QStringLiteral("roofing"));
        QCOMPARE(again->officePage()->companyName()->text(), QStringLiteral("Acme Plumbing"));
        again->urgencyPage()->restoreDefaults();
        QSignalSpy done(again.get(), &SettingsDialog::applyFinished);
        QVERIFY(again->apply());
        QTRY_COMPARE(done.count(), 1);
        QSettings after(settingsPath(), QSettings::IniFormat);
        QVERIFY(!after.contains(QStringLiteral("urgency/rules")));
    }

    void invalidHoursAreRefused()
    {
        auto dialog = makeDialog();
        dialog->hoursPage()->fromEdit(3)->setTime(QTime(17, 0));
        dialog->hoursPage()->toEdit(3)->setTime(QTime(9, 0));
        QVERIFY(!dialog->apply());
        QVERIFY(dialog->statusLabel()->text().contains(QLatin1String("closing time")));
        QVERIFY(!QFile::exists(settingsPath()));
    }

    void csvImportSummary()
    {
        Store store(*m_db);
        QVERIFY(
            store.setListed(QStringLiteral("+15125550111"), Store::kBlockList, true, QString(), 1));
        const QString csv = m_dir->filePath(QStringLiteral("numbers.csv"));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Name,Phone\r\n"
                   "\"Smith, Jo\",(512) 555-0101\r\n"
                   "Supplier,+1 512 555 0102\r\n"
                   "Nobody,not a number\r\n"
                   "Already,512-555-0111\r\n"
                   ",12\r\n"
                   "Again,5125550101\r\n"
                   "\r\n"
                   "Last,512.555.0103\r\n");
        file.close();

        auto dialog = makeDialog();
        NumbersPage *numbers = dialog->numbersPage();
        numbers->setList(Store::kBlockList);
        // Written on a thread of its own: written() says when.
        QSignalSpy written(numbers, &NumbersPage::written);
        numbers->importFile(csv);
        QTRY_COMPARE(written.count(), 1);
        const QString summary = written.takeFirst().at(0).toString();
        QCOMPARE(summary,
                 QStringLiteral("3 added, 2 already listed, 2 not phone numbers (rows 4, 6)"));
        QCOMPARE(numbers->summaryLabel()->text(), summary);
        QCOMPARE(numbers->table()->rowCount(), 4);
        const auto entry = store.listEntry(QStringLiteral("+15125550101"), Store::kBlockList);
        QVERIFY(entry && entry.value());
        QCOMPARE(entry.value()->note, QStringLiteral("Smith, Jo"));

        // A malformed file adds nothing and says why.
        QFile broken(m_dir->filePath(QStringLiteral("broken.csv")));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("number,note\n5125550104,ok\n5125550105,\"never closed\n5125550106,x\n");
        broken.close();
        numbers->setList(Store::kKnownList);
        numbers->importFile(broken.fileName());
        QTRY_COMPARE(written.count(), 1);
        const QString refused = written.takeFirst().at(0).toString();
        QVERIFY2(refused.contains(QLatin1String("never closed")), qPrintable(refused));
        QVERIFY(refused.contains(QLatin1String("Nothing was imported")));
        QCOMPARE(numbers->table()->rowCount(), 0);
        QVERIFY(!store.listEntry(QStringLiteral("+15125550104"), Store::kKnownList).value());

        // Typing one in: normalised, listed at once.
        // Typing one in through the page's fields: normalised, listed, the
        // fields cleared once it is in.
        numbers->numberEdit()->setText(QStringLiteral("512 555 0107"));
        numbers->noteEdit()->setText(QStringLiteral("Mom"));
        QTest::keyClick(numbers->numberEdit(), Qt::Key_Return);
        QTRY_COMPARE(written.count(), 1);
        QCOMPARE(written.takeFirst().at(1).toBool(), true);
        QVERIFY(store.listEntry(QStringLiteral("+15125550107"), Store::kKnownList).value());
        QCOMPARE(numbers->table()->rowCount(), 1);
        QTRY_COMPARE(numbers->numberEdit()->text(), QString());
        QVERIFY(!numbers->addNumber(QStringLiteral("hello"), QString()));
        // The same number again: refused, and the typed text is kept.
        numbers->numberEdit()->setText(QStringLiteral("(512) 555-0107"));
        QTest::keyClick(numbers->numberEdit(), Qt::Key_Return);
        QTRY_COMPARE(written.count(), 1);
        QCOMPARE(written.takeFirst().at(1).toBool(), false);
        QVERIFY2(numbers->summaryLabel()->text().contains(QLatin1String("already in the list")),
                 qPrintable(numbers->summaryLabel()->text()));
        QCOMPARE(numbers->numberEdit()->text(), QStringLiteral("(512) 555-0107"));
    }

    void backUpNow()
    {
        Store store(*m_db);
        QVERIFY(store.setListed(QStringLiteral("+15125550199"),
                                Store::kKnownList,
                                true,
                                QStringLiteral("backup check"),
                                1));
        auto dialog = makeDialog();
        const QString target = m_dir->filePath(QStringLiteral("backup/ringback-copy.sqlite"));
        QVERIFY(QDir().mkpath(QFileInfo(target).path()));
        GeneralPage *page = dialog->generalPage();
        QSignalSpy finished(page, &GeneralPage::backupFinished);
        // The copy runs on a thread of its own: the page says so at once and
        // the button waits for it.
        page->backUpTo(target);
        QVERIFY(page->isBackingUp());
        QVERIFY(!page->findChild<QPushButton *>(QStringLiteral("backUpNow"))->isEnabled());
        QVERIFY(page->backupResult()->text().startsWith(QLatin1String("Backing up to")));
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.takeFirst().at(0).toBool(), true);
        QVERIFY(page->backupResult()->text().startsWith(QLatin1String("Backed up to")));
        QVERIFY(page->findChild<QPushButton *>(QStringLiteral("backUpNow"))->isEnabled());
        // Again over the first copy.
        page->backUpTo(target);
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.takeFirst().at(0).toBool(), true);
        QVERIFY(!QFileInfo::exists(target + QLatin1String(".part")));
        Database copy;
        QVERIFY(copy.open(target, QStringLiteral("tst-settings-backup")));
        {
            QSqlQuery q(copy.db());
            QVERIFY(q.exec(
                QStringLiteral("SELECT note FROM number_lists WHERE number = '+15125550199'")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("backup check"));
        }
        copy.close();
        // The database itself is refused as a target.
        page->backUpTo(m_db->filePath());
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.takeFirst().at(0).toBool(), false);
        QVERIFY(page->backupResult()->text().contains(QLatin1String("database itself")));
    }

    void languageChangeNeedsARestart()
    {
        auto dialog = makeDialog();
        QComboBox *language = dialog->generalPage()->language();
        language->setCurrentIndex(language->findData(QStringLiteral("es")));
        QSignalSpy restart(dialog.get(), &SettingsDialog::restartNeeded);
        QVERIFY(dialog->apply());
        QTRY_COMPARE(restart.count(), 1);
        QVERIFY(dialog->restartMessages().join(u' ').contains(QLatin1String("language")));
        QSettings s(settingsPath(), QSettings::IniFormat);
        QCOMPARE(s.value(QStringLiteral("ui/language")).toString(), QStringLiteral("es"));
    }
};

QTEST_MAIN(TestSettings)
#include "tst_settings.moc"
