// Quiet hours in the caller's local time: the caller's zone from the offline
// geocoder, the window (and the stricter state windows), and the outbox
// waiting for it to open.

#include "FakeProvider.h"
#include "MarkingTranslator.h"
#include "engine/Engine.h"
#include "rules/QuietHours.h"
#include "rules/RulesSettings.h"
#include "store/Queries.h"
#include "util/TimeOfDay.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace ringback;
using ringback::test::FakeProvider;

namespace {

const QString kLine = QStringLiteral("+15125550100");
const QTimeZone kCentral(QByteArrayLiteral("America/Chicago"));

QDateTime at(const QTimeZone &zone, int day, int hour, int minute = 0, int second = 0)
{
    return QDateTime(QDate(2026, 3, day), QTime(hour, minute, second), zone).toUTC();
}
QDateTime central(int day, int hour, int minute = 0, int second = 0)
{
    return at(kCentral, day, hour, minute, second);
}

EngineConfig officeConfig()
{
    EngineConfig config;
    config.sendRatePerSecond = 0;
    config.rules.defaultLine.hours.setTimeZone(kCentral);
    return config;
}

} // namespace

class TestQuietHours : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_runs = 0;
    QString nextPath() { return m_dir.filePath(QStringLiteral("run-%1.sqlite").arg(++m_runs)); }

private slots:
    void callerZone_data()
    {
        QTest::addColumn<QString>("number");
        QTest::addColumn<QString>("state");
        QTest::addColumn<QByteArray>("zone");
        QTest::newRow("212 New York") << "+12125550100"
                                      << "NY" << QByteArray("America/New_York");
        QTest::newRow("512 Texas") << "+15125550134"
                                   << "TX" << QByteArray("America/Chicago");
        QTest::newRow("602 Arizona") << "+16025550100"
                                     << "AZ" << QByteArray("America/Phoenix");
        QTest::newRow("808 Hawaii") << "+18085550100"
                                    << "HI" << QByteArray("Pacific/Honolulu");
        QTest::newRow("415 California") << "+14155550100"
                                        << "CA" << QByteArray("America/Los_Angeles");
        QTest::newRow("305 Florida") << "+13055550100"
                                     << "FL" << QByteArray("America/New_York");
        QTest::newRow("416 Ontario") << "+14165550100"
                                     << "ON" << QByteArray("America/Toronto");
        QTest::newRow("unknown area code: the business's zone")
            << "+15555550100"
            << "" << QByteArray("Europe/Berlin");
        QTest::newRow("toll-free: the business's zone") << "+18005550100"
                                                        << "" << QByteArray("Europe/Berlin");
    }
    void callerZone()
    {
        QFETCH(QString, number);
        QFETCH(QString, state);
        QFETCH(QByteArray, zone);
        if (QuietHours::describe(QStringLiteral("+12125550100")).isEmpty())
            QSKIP("built without libphonenumber's offline geocoder");
        const auto place = QuietHours::placeOf(number, QTimeZone("Europe/Berlin"));
        QCOMPARE(place.state, state);
        QCOMPARE(place.zone.id(), zone);
        QCOMPARE(place.fromNumber, !state.isEmpty());
    }

    void window_data()
    {
        QTest::addColumn<QString>("number");
        QTest::addColumn<bool>("stateWindows");
        QTest::addColumn<QDateTime>("when");
        QTest::addColumn<QDateTime>("allowed");
        const QTimeZone eastern("America/New_York");
        // Monday 2 March 2026 (Sunday 1, Saturday 7).
        QTest::newRow("10 pm waits for 8 am")
            << "+15125550134" << false << central(2, 22) << central(3, 8);
        QTest::newRow("7:59 am waits a minute")
            << "+15125550134" << false << central(2, 7, 59) << central(2, 8);
        QTest::newRow("noon goes") << "+15125550134" << false << central(2, 12) << central(2, 12);
        QTest::newRow("9 pm sharp is quiet")
            << "+15125550134" << false << central(2, 21) << central(3, 8);
        QTest::newRow("8:30 pm Central is 9:30 pm in New York")
            << "+12125550100" << false << central(2, 20, 30) << at(eastern, 3, 8);
        QTest::newRow("Texas Sunday waits for noon")
            << "+15125550134" << true << central(1, 10) << central(1, 12);
        QTest::newRow("Texas Sunday without the preset")
            << "+15125550134" << false << central(1, 10) << central(1, 10);
        QTest::newRow("Florida 8:30 pm waits")
            << "+13055550100" << true << at(eastern, 2, 20, 30) << at(eastern, 3, 8);
        QTest::newRow("Rhode Island Saturday waits for 10")
            << "+14015550100" << true << at(eastern, 7, 9, 30) << at(eastern, 7, 10);
        QTest::newRow("New York has no stricter window")
            << "+12125550100" << true << at(eastern, 2, 20, 30) << at(eastern, 2, 20, 30);
    }
    void window()
    {
        QFETCH(QString, number);
        QFETCH(bool, stateWindows);
        QFETCH(QDateTime, when);
        QFETCH(QDateTime, allowed);
        QuietHoursRules rules;
        rules.stateWindows = stateWindows;
        const auto place = QuietHours::placeOf(number, kCentral);
        QCOMPARE(QDateTime::fromMSecsSinceEpoch(
                     QuietHours::nextAllowedMs(when.toMSecsSinceEpoch(), place, rules), Qt::UTC),
                 allowed);
    }

    // A text that would leave in quiet hours waits in the outbox until the
    // window opens in the caller's zone; the first text-back to a call that
    // just happened goes at once unless the office holds it.
    void outboxWaits_data()
    {
        QTest::addColumn<QString>("caller");
        QTest::addColumn<QDateTime>("callAt");
        QTest::addColumn<int>("delaySeconds");
        QTest::addColumn<bool>("holdFirst");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QDateTime>("sendsAt"); // invalid: at once
        QTest::addColumn<int>("reportedLate");  // minutes after the call ended
        const QTimeZone eastern("America/New_York");
        QTest::newRow("delay lands at 10 pm in Texas")
            << "+15125550134" << central(2, 21, 58) << 120 << false << "quiet_hours"
            << central(3, 8) << 0;
        QTest::newRow("delay lands at 10 pm in New York")
            << "+12125550100" << central(2, 20, 58) << 120 << false << "quiet_hours"
            << at(eastern, 3, 8) << 0;
        QTest::newRow("first text to a call just now goes at once")
            << "+15125550134" << central(2, 22) << 0 << false << "texted" << QDateTime() << 0;
        QTest::newRow("office holds it until morning")
            << "+15125550134" << central(2, 22) << 0 << true << "quiet_hours" << central(3, 8) << 0;
        QTest::newRow("delay in the evening is fine")
            << "+15125550134" << central(2, 19) << 120 << false << "texted" << central(2, 19, 2)
            << 0;
        QTest::newRow("catch-up text waits") << "+15125550134" << central(2, 21, 30) << 0 << false
                                             << "quiet_hours" << central(3, 8) << 30;
    }

    void outboxWaits()
    {
        QFETCH(QString, caller);
        QFETCH(QDateTime, callAt);
        QFETCH(int, delaySeconds);
        QFETCH(bool, holdFirst);
        QFETCH(QString, code);
        QFETCH(QDateTime, sendsAt);
        QFETCH(int, reportedLate);
        Database db;
        QVERIFY(db.open(nextPath(), QStringLiteral("quiet-%1").arg(m_runs)).isOk());
        FakeProvider provider;
        ManualClock clock(callAt.addSecs(reportedLate * 60));
        EngineConfig config = officeConfig();
        config.rules.sendDelaySeconds = delaySeconds;
        config.rules.quiet.holdFirstText = holdFirst;
        Engine engine(db, provider, QStringLiteral("fake"), config, clock);
        engine.start();
        provider.call(QStringLiteral("CA1"), caller, CallResult::NoAnswer, callAt);
        const auto conversation = Queries(db).conversation(caller, kLine);
        const Call call = Queries(db).calls(conversation->id).front();
        QCOMPARE(toString(call.decisionCode), code);
        if (!sendsAt.isValid()) {
            QCOMPARE(provider.sent.size(), 1);
            return;
        }
        if (code == QLatin1String("quiet_hours"))
            QVERIFY2(call.decisionReason.contains(QLatin1String("quiet hours in the caller's")),
                     qPrintable(call.decisionReason));
        QCOMPARE(Store(db).nextDueMs().value_or(0), sendsAt.toMSecsSinceEpoch());
        // Nothing leaves before the window opens, however often the outbox runs.
        while (clock.now() < sendsAt.addSecs(-60)) {
            clock.advance(30 * 60 * 1000);
            if (clock.now() >= sendsAt)
                clock.set(sendsAt.addSecs(-1));
            engine.processOutbox();
            QCOMPARE(provider.sent.size(), 0);
        }
        clock.set(sendsAt);
        engine.processOutbox();
        QCOMPARE(provider.sent.size(), 1);
    }

    // A retry that would leave after 9 pm waits for the morning.
    void retryWaitsForMorning()
    {
        Database db;
        QVERIFY(db.open(nextPath(), QStringLiteral("quiet-retry")).isOk());
        FakeProvider provider;
        SendOutcome busy;
        busy.error = SendError::RateLimited;
        busy.errorDetail = QStringLiteral("429 Too Many Requests");
        provider.scriptedFailures.push_back(busy);
        ManualClock clock(central(2, 20, 59, 58));
        Engine engine(db, provider, QStringLiteral("fake"), officeConfig(), clock);
        engine.start();
        provider.call(QStringLiteral("CA1"),
                      QStringLiteral("+15125550134"),
                      CallResult::NoAnswer,
                      clock.now());
        QCOMPARE(provider.sent.size(), 1); // the first attempt, refused
        clock.advance(10 * 1000);
        engine.processOutbox();
        QCOMPARE(provider.sent.size(), 1);
        QCOMPARE(Store(db).nextDueMs().value_or(0), central(3, 8).toMSecsSinceEpoch());
        clock.set(central(3, 8));
        engine.processOutbox();
        QCOMPARE(provider.sent.size(), 2);
    }

    // A manual text in quiet hours asks first: refused without "send anyway".
    void manualSendAsks()
    {
        Database db;
        QVERIFY(db.open(nextPath(), QStringLiteral("quiet-manual")).isOk());
        FakeProvider provider;
        ManualClock clock(central(2, 22, 30));
        Engine engine(db, provider, QStringLiteral("fake"), officeConfig(), clock);
        engine.start();
        provider.call(QStringLiteral("CA1"),
                      QStringLiteral("+15125550134"),
                      CallResult::NoAnswer,
                      clock.now());
        QCOMPARE(provider.sent.size(), 1); // the first text-back goes at once
        const qint64 id = Queries(db).conversation(QStringLiteral("+15125550134"), kLine)->id;
        const QString notice = engine.quietHoursNotice(id);
        QVERIFY2(notice.contains(QLatin1String("Central")), qPrintable(notice));
        const Status refused = engine.sendManual(id, QStringLiteral("We'll call at 8"));
        QVERIFY(!refused.isOk());
        QCOMPARE(refused.errorMessage(), notice);
        QCOMPARE(provider.sent.size(), 1);
        QVERIFY(engine
                    .sendManual(
                        id, QStringLiteral("We'll call at 8"), Engine::QuietHoursCheck::SendAnyway)
                    .isOk());
        QCOMPARE(provider.sent.size(), 2);
        // In the morning no confirmation is needed.
        clock.set(central(3, 8));
        QVERIFY(engine.quietHoursNotice(id).isEmpty());
        QVERIFY(engine.sendManual(id, QStringLiteral("On our way")).isOk());
        QCOMPARE(provider.sent.size(), 3);
    }

    void shownHour_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QTime>("time");
        QTest::addColumn<int>("hour");
        QTest::newRow("12-hour 1:05 PM") << "en_US" << QTime(13, 5) << 1;
        QTest::newRow("12-hour 1:05 AM") << "en_US" << QTime(1, 5) << 1;
        QTest::newRow("12-hour 12:30 AM") << "en_US" << QTime(0, 30) << 12;
        QTest::newRow("12-hour noon") << "es_US" << QTime(12, 0) << 12;
        QTest::newRow("12-hour 8 PM, Spanish") << "es_US" << QTime(20, 0) << 8;
        QTest::newRow("24-hour 13:05") << "es_ES" << QTime(13, 5) << 13;
        QTest::newRow("24-hour 0:30") << "de_DE" << QTime(0, 30) << 0;
        QTest::newRow("24-hour, quoted text") << "fr_CA" << QTime(13, 5) << 13;
    }
    // The hour a sentence around the time agrees with is the one shown.
    void shownHour()
    {
        QFETCH(QString, locale);
        QFETCH(QTime, time);
        QFETCH(int, hour);
        QCOMPARE(TimeOfDay::shownHour(time, QLocale(locale)), hour);
    }

    // The messages with a time of day pass its shown hour as %n, so a
    // translation can agree with it (Spanish "es la 1:05" but "son las 2:05").
    void wordingAgreesWithTheHour()
    {
        const QLocale saved;
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        test::MarkingTranslator engineWords("ringback::Engine", QStringLiteral("E"));
        test::MarkingTranslator policyWords("ringback::TextBackPolicy", QStringLiteral("P"));
        Database db;
        QVERIFY(db.open(nextPath(), QStringLiteral("quiet-hour")).isOk());
        FakeProvider provider;
        ManualClock clock(central(3, 10));
        EngineConfig config = officeConfig();
        config.rules.sendDelaySeconds = 120;
        config.rules.quiet.windowStart = QTime(13, 0);
        Engine engine(db, provider, QStringLiteral("fake"), config, clock);
        engine.start();
        provider.call(QStringLiteral("CA1"),
                      QStringLiteral("+15125550134"),
                      CallResult::NoAnswer,
                      clock.now());
        const auto conversation = Queries(db).conversation(QStringLiteral("+15125550134"), kLine);
        const Call call = Queries(db).calls(conversation->id).front();
        const QString notice = engine.quietHoursNotice(conversation->id);
        QLocale::setDefault(saved);
        QVERIFY2(call.decisionReason.contains(QLatin1String(
                     "P[|1]quiet hours in the caller's time zone (Central), sends at 1:00")),
                 qPrintable(call.decisionReason));
        QVERIFY2(notice.startsWith(QLatin1String("E[|10]It's 10:00")), qPrintable(notice));
        QVERIFY2(notice.contains(QLatin1String(" E[|1]Quiet hours until 1:00")),
                 qPrintable(notice));
    }

    void settingsRoundTrip()
    {
        QSettings settings(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        EngineConfig config;
        config.rules.spamCalls = 5;
        config.rules.spamMinutes = 15;
        config.rules.optOutHint = false;
        config.rules.quiet.windowStart = QTime(9, 0);
        config.rules.quiet.windowEnd = QTime(20, 0);
        config.rules.quiet.stateWindows = true;
        config.rules.quiet.holdFirstText = true;
        RulesSettings::save(settings, config);
        QStringList problems;
        const EngineConfig loaded = RulesSettings::load(settings, &problems);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        QCOMPARE(loaded.rules.spamCalls, 5);
        QCOMPARE(loaded.rules.spamMinutes, 15);
        QCOMPARE(loaded.rules.optOutHint, false);
        QCOMPARE(loaded.rules.quiet.windowStart, QTime(9, 0));
        QCOMPARE(loaded.rules.quiet.windowEnd, QTime(20, 0));
        QCOMPARE(loaded.rules.quiet.stateWindows, true);
        QCOMPARE(loaded.rules.quiet.holdFirstText, true);
        settings.setValue(QStringLiteral("rules/quiet_window"), QStringLiteral("21:00-08:00"));
        const EngineConfig bad = RulesSettings::load(settings, &problems);
        QCOMPARE(problems.size(), 1);
        QCOMPARE(bad.rules.quiet.windowStart, QTime(8, 0));
    }
};

QTEST_GUILESS_MAIN(TestQuietHours)
#include "tst_quiethours.moc"
