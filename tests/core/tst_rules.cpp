// The text-back rules: who is texted, when, with which template, and why not.

#include "FakeProvider.h"
#include "engine/Engine.h"
#include "engine/TextBackPolicy.h"
#include "engine/UrgencyTriage.h"
#include "rules/RulesSettings.h"
#include "store/Queries.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace ringback;
using ringback::test::FakeProvider;

namespace {

const QString kLine = QStringLiteral("+15125550100");
const QTimeZone kCentral(QByteArrayLiteral("America/Chicago"));

// Monday 2 March 2026, 10:00 Central: business hours.
QDateTime central(int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, 3, day), QTime(hour, minute), kCentral).toUTC();
}

TextBackRules officeRules()
{
    TextBackRules rules;
    BusinessHours hours
        = BusinessHours::fromScheduleText(
              QStringLiteral("mon 08:00-17:00\ntue 08:00-17:00\nwed 08:00-17:00\nthu 08:00-17:00\n"
                             "fri 08:00-17:00\nsat 09:00-12:00\nsun closed"),
              kCentral)
              .value();
    hours.setClosures({{QDate(2026, 3, 4), QStringLiteral("Staff day")}});
    rules.defaultLine.hours = hours;
    return rules;
}

struct Case
{
    CallContext context;
    TextBackRules rules = officeRules();
};

CallContext missedAt(const QDateTime &when, const QString &from = QStringLiteral("+15125550134"))
{
    CallContext c;
    c.result = CallResult::NoAnswer;
    c.ringSeconds = 20;
    c.rawFrom = from;
    c.contact = PhoneNumber::parse(from);
    c.businessNumber = kLine;
    c.callEndedMs = when.toMSecsSinceEpoch();
    c.nowMs = when.toMSecsSinceEpoch() + 1000;
    c.engineStartedMs = when.toMSecsSinceEpoch() - 3600000;
    return c;
}

} // namespace

Q_DECLARE_METATYPE(CallContext)
Q_DECLARE_METATYPE(TextBackRules)

class TestRules : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void policy_data()
    {
        QTest::addColumn<CallContext>("context");
        QTest::addColumn<TextBackRules>("rules");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("templateId");

        const TextBackRules rules = officeRules();
        const QDateTime open = central(2, 10);    // Monday 10:00
        const QDateTime evening = central(2, 19); // Monday 19:00
        const QDateTime sunday = central(1, 11);
        const QDateTime holiday = central(4, 10); // Wednesday closure

        QTest::newRow("business hours") << missedAt(open) << rules << "texted"
                                        << "general";
        QTest::newRow("after hours") << missedAt(evening) << rules << "texted"
                                     << "after_hours";
        QTest::newRow("sunday closed") << missedAt(sunday) << rules << "texted"
                                       << "after_hours";
        QTest::newRow("saturday noon is closed") << missedAt(central(7, 12)) << rules << "texted"
                                                 << "after_hours";
        QTest::newRow("saturday morning open") << missedAt(central(7, 9, 30)) << rules << "texted"
                                               << "general";
        QTest::newRow("holiday") << missedAt(holiday) << rules << "texted"
                                 << "holiday";

        auto with = [&](CallContext c, auto change) {
            change(c);
            return c;
        };
        QTest::newRow("answered") << with(missedAt(open),
                                          [](CallContext &c) { c.result = CallResult::Answered; })
                                  << rules << "answered"
                                  << "";
        QTest::newRow("busy") << with(missedAt(open),
                                      [](CallContext &c) { c.result = CallResult::Busy; })
                              << rules << "texted"
                              << "general";
        QTest::newRow("voicemail")
            << with(missedAt(open), [](CallContext &c) { c.result = CallResult::Voicemail; })
            << rules << "texted"
            << "general";
        QTest::newRow("hung up while ringing")
            << with(missedAt(open), [](CallContext &c) { c.result = CallResult::Canceled; })
            << rules << "texted"
            << "general";
        QTest::newRow("failed is not a trigger")
            << with(missedAt(open), [](CallContext &c) { c.result = CallResult::Failed; }) << rules
            << "not_a_trigger"
            << "";
        TextBackRules noVoicemail = rules;
        noVoicemail.triggers.remove(CallResult::Voicemail);
        QTest::newRow("voicemail switched off")
            << with(missedAt(open), [](CallContext &c) { c.result = CallResult::Voicemail; })
            << noVoicemail << "not_a_trigger"
            << "";
        QTest::newRow("pocket dial")
            << with(missedAt(open), [](CallContext &c) { c.ringSeconds = 2; }) << rules
            << "pocket_dial"
            << "";
        QTest::newRow("three seconds is enough")
            << with(missedAt(open), [](CallContext &c) { c.ringSeconds = 3; }) << rules << "texted"
            << "general";
        QTest::newRow("ring time unknown")
            << with(missedAt(open), [](CallContext &c) { c.ringSeconds = -1; }) << rules << "texted"
            << "general";
        TextBackRules lineOff = rules;
        LineRules off = rules.defaultLine;
        off.enabled = false;
        lineOff.lines.insert(kLine, off);
        QTest::newRow("line switched off") << missedAt(open) << lineOff << "line_off"
                                           << "";
        QTest::newRow("other line still on")
            << with(missedAt(open),
                    [](CallContext &c) { c.businessNumber = QStringLiteral("+15125550199"); })
            << lineOff << "texted"
            << "general";
        TextBackRules afterHoursOnly = rules;
        afterHoursOnly.defaultLine.afterHoursOnly = true;
        QTest::newRow("after-hours only, open")
            << missedAt(open) << afterHoursOnly << "business_hours_only"
            << "";
        QTest::newRow("after-hours only, closed") << missedAt(evening) << afterHoursOnly << "texted"
                                                  << "after_hours";

        QTest::newRow("anonymous")
            << missedAt(open, QStringLiteral("anonymous")) << rules << "withheld"
            << "";
        QTest::newRow("empty caller id") << missedAt(open, QString()) << rules << "withheld"
                                         << "";
        QTest::newRow("garbage number")
            << missedAt(open, QStringLiteral("12")) << rules << "invalid_number"
            << "";
        QTest::newRow("short code")
            << missedAt(open, QStringLiteral("22395")) << rules << "invalid_number"
            << "";
        QTest::newRow("toll free")
            << missedAt(open, QStringLiteral("+18005551234")) << rules << "not_textable"
            << "";
        QTest::newRow("premium rate")
            << missedAt(open, QStringLiteral("+19005550123")) << rules << "not_textable"
            << "";
        QTest::newRow("international")
            << missedAt(open, QStringLiteral("+447911123456")) << rules << "international"
            << "";
        TextBackRules international = rules;
        international.textInternational = true;
        QTest::newRow("international allowed")
            << missedAt(open, QStringLiteral("+447911123456")) << international << "texted"
            << "general";
        QTest::newRow("blocked") << with(missedAt(open), [](CallContext &c) { c.blocked = true; })
                                 << rules << "blocked"
                                 << "";
        QTest::newRow("known vendor")
            << with(missedAt(open), [](CallContext &c) { c.knownContact = true; }) << rules
            << "known_contact"
            << "";
        QTest::newRow("opted out")
            << with(missedAt(open), [](CallContext &c) { c.facts.optOut = OptOutState::OptedOut; })
            << rules << "opted_out"
            << "";
        QTest::newRow("probable opt-out")
            << with(missedAt(open), [](CallContext &c) { c.facts.optOut = OptOutState::Probable; })
            << rules << "probable_opt_out"
            << "";
        QTest::newRow("texted 5 minutes ago") << with(
            missedAt(open), [](CallContext &c) { c.facts.lastAutoTextMs = c.nowMs - 5 * 60000; })
                                              << rules << "repeat_call"
                                              << "";
        QTest::newRow("texted 23 h ago")
            << with(missedAt(open),
                    [](CallContext &c) { c.facts.lastAutoTextMs = c.nowMs - 23 * 3600000LL; })
            << rules << "repeat_call"
            << "";
        QTest::newRow("texted 25 h ago")
            << with(missedAt(open),
                    [](CallContext &c) { c.facts.lastAutoTextMs = c.nowMs - 25 * 3600000LL; })
            << rules << "texted"
            << "general";
        QTest::newRow("caller replied 1 h ago") << with(
            missedAt(open), [](CallContext &c) { c.facts.lastInboundMs = c.nowMs - 3600000LL; })
                                                << rules << "active_conversation"
                                                << "";
        QTest::newRow("office wrote 11 h ago")
            << with(missedAt(open),
                    [](CallContext &c) { c.facts.lastOfficeMessageMs = c.nowMs - 11 * 3600000LL; })
            << rules << "active_conversation"
            << "";
        QTest::newRow("last talk 13 h ago")
            << with(missedAt(open),
                    [](CallContext &c) { c.facts.lastInboundMs = c.nowMs - 13 * 3600000LL; })
            << rules << "texted"
            << "general";
        QTest::newRow("2 h old at start-up")
            << with(missedAt(open),
                    [](CallContext &c) {
                        c.nowMs = c.callEndedMs + 2 * 3600000LL + 60000;
                        c.engineStartedMs = c.nowMs - 5000;
                    })
            << rules << "missed_while_closed"
            << "";
        QTest::newRow("1 h old at start-up is texted")
            << with(missedAt(open),
                    [](CallContext &c) {
                        c.nowMs = c.callEndedMs + 3600000LL;
                        c.engineStartedMs = c.nowMs - 5000;
                    })
            << rules << "texted"
            << "general";
        QTest::newRow("reported late while running")
            << with(missedAt(open),
                    [](CallContext &c) {
                        c.nowMs = c.callEndedMs + 3 * 3600000LL;
                        c.engineStartedMs = c.callEndedMs - 1000;
                    })
            << rules << "too_old"
            << "";
    }
    void policy()
    {
        QFETCH(CallContext, context);
        QFETCH(TextBackRules, rules);
        QFETCH(QString, code);
        QFETCH(QString, templateId);
        const CallDecision d = decideTextBack(context, rules);
        QCOMPARE(toString(d.code), code);
        QVERIFY2(!d.reason.isEmpty(), "every decision has a reason");
        QCOMPARE(d.templateId, templateId);
        if (code == QLatin1String("texted"))
            QCOMPARE(toString(d.decision), QStringLiteral("texted"));
        else if (code == QLatin1String("answered"))
            QCOMPARE(toString(d.decision), QStringLiteral("not_applicable"));
        else
            QCOMPARE(toString(d.decision), QStringLiteral("held"));
    }

    void sendDelay()
    {
        TextBackRules rules = officeRules();
        rules.sendDelaySeconds = 90;
        const CallContext c = missedAt(central(2, 10));
        const CallDecision d = decideTextBack(c, rules);
        QCOMPARE(d.sendAtMs, c.nowMs + 90000);
    }

    void scheduleText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::newRow("week") << "mon 08:00-17:00\nsat 09:00-12:00\nsun closed" << true;
        QTest::newRow("split day") << "tue 08:00-12:00, 13:00-17:00" << true;
        QTest::newRow("to midnight") << "fri 18:00-00:00" << true;
        QTest::newRow("bad day") << "monday 08:00-17:00" << false;
        QTest::newRow("bad range") << "mon 17:00-08:00" << false;
        QTest::newRow("bad time") << "mon 8am-5pm" << false;
    }
    void scheduleText()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        const auto hours = BusinessHours::fromScheduleText(text, kCentral);
        QCOMPARE(hours.isOk(), ok);
        if (ok) {
            const auto again = BusinessHours::fromScheduleText(hours->scheduleText(), kCentral);
            QCOMPARE(again->scheduleText(), hours->scheduleText());
        } else {
            QVERIFY(hours.errorMessage().contains(QLatin1String("Line 1")));
        }
    }

    void nextOpening()
    {
        const BusinessHours hours = officeRules().defaultLine.hours;
        QCOMPARE(hours.nextOpening(central(2, 19)),
                 central(3, 8)); // Monday evening -> Tuesday 8:00
        QCOMPARE(hours.nextOpening(central(3, 19)),
                 central(5, 8)); // Tuesday evening -> Thursday (Wed closed)
        QCOMPARE(hours.nextOpening(central(7, 13)), central(9, 8));  // Saturday afternoon -> Monday
        QCOMPARE(hours.nextOpening(central(2, 10)), central(2, 10)); // open now
        // Daylight saving: Sunday 8 March 2026 02:00 in Chicago; Monday 9 March 8:00 CDT is 13:00
        // UTC.
        QCOMPARE(hours.nextOpening(central(8, 12)).toUTC().time(), QTime(13, 0));
    }

    void describe()
    {
        const BusinessHours hours = officeRules().defaultLine.hours;
        const QString text = hours.describe();
        QVERIFY2(text.contains(QLatin1String("Mon")) && text.contains(QLatin1String("Fri")),
                 qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("Sat")), qPrintable(text));
        QVERIFY2(!text.contains(QLatin1String("Sun")), qPrintable(text));
    }

    void settingsRoundTrip()
    {
        QSettings s(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        EngineConfig config;
        config.companyName = QStringLiteral("Ortiz Plumbing");
        config.agentName = QStringLiteral("Maria");
        config.callbackWindow = QStringLiteral("within the hour");
        config.rules = officeRules();
        config.rules.triggers = {CallResult::NoAnswer, CallResult::Busy};
        config.rules.minRingSeconds = 5;
        config.rules.sendDelaySeconds = 30;
        config.rules.dedupWindowMs = 48 * 3600000LL;
        config.rules.businessHoursTemplate = QStringLiteral("hvac_emergency");
        LineRules second = config.rules.defaultLine;
        second.enabled = false;
        config.rules.lines.insert(QStringLiteral("+15125550199"), second);
        config.templates.insert(QStringLiteral("general"),
                                QStringLiteral("Hi from {company}, what do you need?"));
        config.urgencyRules
            = {UrgencyRule{UrgencyRule::High,
                           QStringLiteral("frozen pipe"),
                           {QStringLiteral("frozen pipe"), QStringLiteral("pipes froze")}}};
        RulesSettings::save(s, config);
        s.sync();

        QStringList problems;
        const EngineConfig loaded = RulesSettings::load(s, &problems);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        QCOMPARE(loaded.companyName, config.companyName);
        QCOMPARE(loaded.agentName, QStringLiteral("Maria"));
        QCOMPARE(loaded.callbackWindow, QStringLiteral("within the hour"));
        QCOMPARE(loaded.rules.triggers, config.rules.triggers);
        QCOMPARE(loaded.rules.minRingSeconds, 5);
        QCOMPARE(loaded.rules.sendDelaySeconds, 30);
        QCOMPARE(loaded.rules.dedupWindowMs, 48 * 3600000LL);
        QCOMPARE(loaded.rules.businessHoursTemplate, QStringLiteral("hvac_emergency"));
        QCOMPARE(loaded.rules.afterHoursTemplate, QStringLiteral("after_hours"));
        QCOMPARE(loaded.rules.defaultLine.hours.scheduleText(),
                 config.rules.defaultLine.hours.scheduleText());
        QCOMPARE(loaded.rules.defaultLine.hours.timeZone().id(),
                 QByteArrayLiteral("America/Chicago"));
        QCOMPARE(loaded.rules.defaultLine.hours.closures().size(), 1);
        QVERIFY(!loaded.rules.line(QStringLiteral("+15125550199")).enabled);
        QVERIFY(loaded.rules.line(kLine).enabled);
        QCOMPARE(loaded.urgencyRules, config.urgencyRules);
        QCOMPARE(
            UrgencyTriage(loaded.urgencyRules).classify(QStringLiteral("our pipes froze")).label,
            QStringLiteral("frozen pipe"));
        QCOMPARE(loaded.templateText(QStringLiteral("general")),
                 QStringLiteral("Hi from {company}, what do you need?"));

        s.setValue(QStringLiteral("hours/time_zone"), QStringLiteral("Mars/Olympus"));
        s.setValue(QStringLiteral("rules/triggers"), QStringLiteral("no-answer,answered,bogus"));
        s.setValue(QStringLiteral("rules/after_hours_template"), QStringLiteral("plumbing"));
        const EngineConfig broken = RulesSettings::load(s, &problems);
        QCOMPARE(problems.size(), 4);
        QVERIFY(problems.join(QLatin1Char('\n')).contains(QLatin1String("\"plumbing\"")));
        QCOMPARE(broken.rules.afterHoursTemplate, QStringLiteral("after_hours")); // kept
    }

    // The send delay waits, and is withdrawn when the caller is reached first.
    void delayedTextIsCanceled_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<QString>("code");
        QTest::newRow("nothing happens") << "wait"
                                         << "texted";
        QTest::newRow("caller calls again and is answered") << "answered"
                                                            << "canceled_answered";
        QTest::newRow("office writes first") << "office"
                                             << "canceled_office_wrote";
    }
    void delayedTextIsCanceled()
    {
        QFETCH(QString, what);
        QFETCH(QString, code);
        Database db;
        QVERIFY(db.open(m_dir.filePath(QStringLiteral("delay-%1.sqlite").arg(what)), what).isOk());
        FakeProvider provider;
        ManualClock clock(central(2, 10));
        EngineConfig config;
        config.rules = officeRules();
        config.rules.sendDelaySeconds = 120;
        config.sendRatePerSecond = 0;
        Engine engine(db, provider, QStringLiteral("fake"), config, clock);
        engine.start();
        provider.call(QStringLiteral("CA1"),
                      QStringLiteral("+15125550134"),
                      CallResult::NoAnswer,
                      clock.now());
        QCOMPARE(provider.sent.size(), 0);
        clock.advance(60000);
        const qint64 conversationId
            = Queries(db).conversation(QStringLiteral("+15125550134"), kLine)->id;
        if (what == QLatin1String("answered"))
            provider.call(QStringLiteral("CA2"),
                          QStringLiteral("+15125550134"),
                          CallResult::Answered,
                          clock.now());
        else if (what == QLatin1String("office"))
            QVERIFY(engine.sendManual(conversationId, QStringLiteral("Hi, we'll call you in 5"))
                        .isOk());
        clock.advance(61000);
        engine.processOutbox();
        const auto calls = Queries(db).calls(conversationId);
        QCOMPARE(toString(calls.front().decisionCode), code);
        int autoTexts = 0;
        for (const Message &m : Queries(db).messages(conversationId))
            autoTexts += m.kind == MessageKind::Auto ? 1 : 0;
        QCOMPARE(autoTexts, code == QLatin1String("texted") ? 1 : 0);
        QCOMPARE(provider.sent.size(), what == QLatin1String("answered") ? 0 : 1);
    }

    // Ringback was closed for the night: at start-up the provider reports old
    // calls. A recent one is texted; an old one waits for a call back.
    void catchUpAtStartUp()
    {
        Database db;
        QVERIFY(db.open(m_dir.filePath(QStringLiteral("catchup.sqlite")), QStringLiteral("catchup"))
                    .isOk());
        FakeProvider provider;
        ManualClock clock(central(3, 8));
        EngineConfig config;
        config.sendRatePerSecond = 0;
        Engine engine(db, provider, QStringLiteral("fake"), config, clock);
        engine.start();
        provider.call(QStringLiteral("CA1"),
                      QStringLiteral("+15125550134"),
                      CallResult::NoAnswer,
                      clock.now().addSecs(-2 * 3600 - 60));
        provider.call(QStringLiteral("CA2"),
                      QStringLiteral("+15125550147"),
                      CallResult::NoAnswer,
                      clock.now().addSecs(-30 * 60));
        QCOMPARE(provider.sent.size(), 1);
        QCOMPARE(provider.sent.first().to, QStringLiteral("+15125550147"));
        const auto old = Queries(db).conversation(QStringLiteral("+15125550134"), kLine);
        const auto calls = Queries(db).calls(old->id);
        QCOMPARE(toString(calls.front().decisionCode), QStringLiteral("missed_while_closed"));
        QCOMPARE(toString(calls.front().decision), QStringLiteral("held"));
    }

    void helpIsAnsweredOnce()
    {
        Database db;
        QVERIFY(
            db.open(m_dir.filePath(QStringLiteral("help.sqlite")), QStringLiteral("help")).isOk());
        FakeProvider provider;
        ManualClock clock(central(2, 10));
        EngineConfig config;
        config.sendRatePerSecond = 0;
        config.companyName = QStringLiteral("Ortiz Plumbing");
        Engine engine(db, provider, QStringLiteral("fake"), config, clock);
        engine.start();
        provider.reply(QStringLiteral("SM1"),
                       QStringLiteral("+15125550134"),
                       QStringLiteral("HELP"),
                       clock.now());
        QCOMPARE(provider.sent.size(), 1);
        QVERIFY2(provider.sent.first().body.startsWith(QLatin1String("Ortiz Plumbing")),
                 qPrintable(provider.sent.first().body));
        QVERIFY(provider.sent.first().body.contains(QLatin1String("STOP")));
        // A template with an unknown variable is never sent: the call is held with the reason.
        config.templates.insert(QStringLiteral("general"),
                                QStringLiteral("Hi {firstname}, what do you need?"));
        engine.setConfig(config);
        provider.call(QStringLiteral("CA9"),
                      QStringLiteral("+15125550162"),
                      CallResult::NoAnswer,
                      clock.now());
        QCOMPARE(provider.sent.size(), 1);
        const auto conversation = Queries(db).conversation(QStringLiteral("+15125550162"), kLine);
        const auto calls = Queries(db).calls(conversation->id);
        QCOMPARE(toString(calls.front().decisionCode), QStringLiteral("template_error"));
        QVERIFY2(calls.front().decisionReason.contains(QLatin1String("{firstname}")),
                 qPrintable(calls.front().decisionReason));
    }

    // The outbox is paced to the provider's rate.
    void pacing()
    {
        Database db;
        QVERIFY(db.open(m_dir.filePath(QStringLiteral("pacing.sqlite")), QStringLiteral("pacing"))
                    .isOk());
        FakeProvider provider;
        ManualClock clock(central(2, 10));
        EngineConfig config;
        config.sendRatePerSecond = 2; // one every 500 ms
        Engine engine(db, provider, QStringLiteral("fake"), config, clock);
        engine.start();
        provider.call(QStringLiteral("CA1"),
                      QStringLiteral("+15125550134"),
                      CallResult::NoAnswer,
                      clock.now());
        provider.call(QStringLiteral("CA2"),
                      QStringLiteral("+15125550147"),
                      CallResult::NoAnswer,
                      clock.now());
        provider.call(QStringLiteral("CA3"),
                      QStringLiteral("+15125550162"),
                      CallResult::NoAnswer,
                      clock.now());
        QCOMPARE(provider.sent.size(), 1);
        clock.advance(499);
        engine.processOutbox();
        QCOMPARE(provider.sent.size(), 1);
        clock.advance(1);
        engine.processOutbox();
        QCOMPARE(provider.sent.size(), 2);
        clock.advance(500);
        engine.processOutbox();
        QCOMPARE(provider.sent.size(), 3);
    }

    // Transient errors retry with growing waits, then the message fails with
    // the reason the office can read.
    void retriesGiveUpWithAReason()
    {
        Database db;
        QVERIFY(db.open(m_dir.filePath(QStringLiteral("retries.sqlite")), QStringLiteral("retries"))
                    .isOk());
        FakeProvider provider;
        for (int i = 0; i < 10; ++i) {
            SendOutcome busy;
            busy.error = SendError::RateLimited;
            busy.errorDetail = QStringLiteral("429 Too Many Requests");
            provider.scriptedFailures.push_back(busy);
        }
        ManualClock clock(central(2, 10));
        EngineConfig config;
        config.sendRatePerSecond = 0;
        config.maxAttempts = 4;
        Engine engine(db, provider, QStringLiteral("fake"), config, clock);
        engine.start();
        provider.call(QStringLiteral("CA1"),
                      QStringLiteral("+15125550134"),
                      CallResult::NoAnswer,
                      clock.now());
        QList<qint64> gaps;
        qint64 last = clock.nowMs();
        for (int step = 0; step < 2000 && provider.sent.size() < 4; ++step) {
            const int before = provider.sent.size();
            clock.advance(250);
            engine.processOutbox();
            if (provider.sent.size() > before) {
                gaps << clock.nowMs() - last;
                last = clock.nowMs();
            }
        }
        QCOMPARE(provider.sent.size(), 4);
        QVERIFY2(gaps.size() == 3 && gaps[1] > gaps[0] && gaps[2] > gaps[1],
                 "waits grow between attempts");
        clock.advance(3600 * 1000);
        engine.processOutbox();
        QCOMPARE(provider.sent.size(), 4); // no fifth attempt
        const auto conversation = Queries(db).conversation(QStringLiteral("+15125550134"), kLine);
        const auto messages = Queries(db).messages(conversation->id);
        QCOMPARE(toString(messages.front().status), QStringLiteral("failed"));
        QVERIFY2(messages.front().error.contains(QLatin1String("4 attempts"))
                     && messages.front().error.contains(QLatin1String("429")),
                 qPrintable(messages.front().error));
    }

    // The office names a caller: the list shows it and {first_name} uses it.
    void callerNameFillsFirstName()
    {
        Database db;
        QVERIFY(db.open(m_dir.filePath(QStringLiteral("names.sqlite")), QStringLiteral("names"))
                    .isOk());
        FakeProvider provider;
        ManualClock clock(central(2, 10));
        EngineConfig config;
        config.sendRatePerSecond = 0;
        config.companyName = QStringLiteral("Ortiz Plumbing");
        config.templates.insert(
            QStringLiteral("general"),
            QStringLiteral("Hi {first_name}, this is {company}. What do you need? Reply "
                           "STOP to opt out."));
        Engine engine(db, provider, QStringLiteral("fake"), config, clock);
        engine.start();
        provider.reply(QStringLiteral("SM1"),
                       QStringLiteral("+15125550134"),
                       QStringLiteral("hello"),
                       clock.now());
        const qint64 id = Queries(db).conversation(QStringLiteral("+15125550134"), kLine)->id;
        QVERIFY(!engine.setDisplayName(id, QString(81, QLatin1Char('x'))).isOk());
        QVERIFY(!engine.setDisplayName(999999, QStringLiteral("Nobody")).isOk());
        QVERIFY(engine.setDisplayName(id, QStringLiteral("  Dana   Ortiz ")).isOk());
        QCOMPARE(Queries(db).conversation(id)->displayName, QStringLiteral("Dana Ortiz"));
        clock.advance(13 * 3600 * 1000LL); // past the active-conversation window
        clock.set(central(3, 10));
        provider.call(QStringLiteral("CA1"),
                      QStringLiteral("+15125550134"),
                      CallResult::NoAnswer,
                      clock.now());
        QCOMPARE(provider.sent.size(), 1);
        QCOMPARE(provider.sent.first().body,
                 QStringLiteral(
                     "Hi Dana, this is Ortiz Plumbing. What do you need? Reply STOP to opt out."));
        // No name: the greeting closes up instead of leaving a gap.
        provider.call(QStringLiteral("CA2"),
                      QStringLiteral("+15125550147"),
                      CallResult::NoAnswer,
                      clock.now());
        QCOMPARE(provider.sent.size(), 2);
        QVERIFY2(provider.sent.last().body.startsWith(QLatin1String("Hi, this is Ortiz Plumbing.")),
                 qPrintable(provider.sent.last().body));
    }

    void blockAndKnownLists()
    {
        Database db;
        QVERIFY(db.open(m_dir.filePath(QStringLiteral("lists.sqlite")), QStringLiteral("lists"))
                    .isOk());
        Store store(db);
        QVERIFY(store.setListed(QStringLiteral("+15125550134"),
                                Store::kBlockList,
                                true,
                                QStringLiteral("robocaller"),
                                1));
        QVERIFY(store.setListed(QStringLiteral("+15125550147"),
                                Store::kKnownList,
                                true,
                                QStringLiteral("supplier"),
                                1));
        FakeProvider provider;
        ManualClock clock(central(2, 10));
        EngineConfig config;
        config.sendRatePerSecond = 0;
        Engine engine(db, provider, QStringLiteral("fake"), config, clock);
        engine.start();
        provider.call(QStringLiteral("CA1"),
                      QStringLiteral("+15125550134"),
                      CallResult::NoAnswer,
                      clock.now());
        provider.call(QStringLiteral("CA2"),
                      QStringLiteral("+15125550147"),
                      CallResult::NoAnswer,
                      clock.now());
        provider.call(QStringLiteral("CA3"),
                      QStringLiteral("+15125550162"),
                      CallResult::NoAnswer,
                      clock.now());
        QCOMPARE(provider.sent.size(), 1);
        QCOMPARE(provider.sent.first().to, QStringLiteral("+15125550162"));
        QVERIFY(store.setListed(
            QStringLiteral("+15125550134"), Store::kBlockList, false, QString(), 2));
        QVERIFY(!store.isListed(QStringLiteral("+15125550134"), Store::kBlockList).value());
    }
};

QTEST_GUILESS_MAIN(TestRules)
#include "tst_rules.moc"
