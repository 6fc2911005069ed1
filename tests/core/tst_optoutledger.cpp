// The opt-out ledger through the engine: probable opt-outs held for a person,
// confirmation and dismissal, scope (this line or every line), START after
// STOP, provider refusals, manual events, the refusal text and the CSV.

#include "FakeProvider.h"
#include "engine/Engine.h"
#include "export/OptOutLedgerExport.h"
#include "rules/RulesSettings.h"
#include "store/Migrations.h"
#include "store/OptOutLedger.h"
#include "store/Queries.h"

#include <QFile>
#include <QSettings>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ringback;
using ringback::test::FakeProvider;
using Type = OptOutEvent::Type;

namespace {
const QString kLine = QStringLiteral("+15125550100");
const QString kOtherLine = QStringLiteral("+15125550199");
const QString kDana = QStringLiteral("+15125550134");
constexpr qint64 kHour = 3600LL * 1000;
} // namespace

class TestOptOutLedger : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    ManualClock m_clock;

    struct Run
    {
        Database db;
        FakeProvider provider;
        std::unique_ptr<Engine> engine;
    };
    std::unique_ptr<Run> startRun(EngineConfig config = {})
    {
        auto run = std::make_unique<Run>();
        ++m_counter;
        const Status ok
            = run->db.open(m_dir.filePath(QStringLiteral("ledger-%1.sqlite").arg(m_counter)),
                           QStringLiteral("ledger-%1").arg(m_counter));
        if (!ok)
            qFatal("cannot open the test database: %s", qPrintable(ok.errorMessage()));
        run->engine = std::make_unique<Engine>(
            run->db, run->provider, QStringLiteral("fake"), config, m_clock);
        run->engine->start();
        return run;
    }
    QDateTime now() const { return m_clock.now(); }
    static Conversation conversation(Run &run, const QString &line = kLine)
    {
        return Queries(run.db).conversation(kDana, line).value_or(Conversation{});
    }
    static std::vector<OptOutEvent> ledger(Run &run) { return OptOutLedger(run.db).events(kDana); }
    static int systemTexts(Run &run)
    {
        int n = 0;
        for (const Message &m : Queries(run.db).messages(conversation(run).id))
            n += m.kind == MessageKind::System ? 1 : 0;
        return n;
    }
    // A missed call on `line` after the de-duplication and active windows.
    void laterCall(Run &run, const QString &id, const QString &line = kLine)
    {
        m_clock.advance(25 * kHour);
        run.provider.call(id, kDana, CallResult::NoAnswer, now(), line);
    }
    static QString lastDecision(Run &run, const QString &line = kLine)
    {
        const auto calls = Queries(run.db).calls(conversation(run, line).id);
        return calls.empty() ? QString() : toString(calls.back().decisionCode);
    }

private slots:
    void init() { m_clock.set(QDateTime(QDate(2026, 11, 3), QTime(14, 0), Qt::UTC)); }

    void probableOptOutHoldsAutomation()
    {
        EngineConfig config;
        config.rules.sendDelaySeconds = 120; // the opener waits: it must be withdrawn
        auto run = startRun(config);
        run->provider.call(QStringLiteral("CA1"), kDana, CallResult::NoAnswer, now());
        m_clock.advance(30000);
        run->provider.reply(
            QStringLiteral("SM1"), kDana, QStringLiteral("please stop texting me"), now());
        m_clock.advance(10 * 60000);
        run->engine->processOutbox();
        QCOMPARE(run->provider.sent.size(), 0); // no opener, no confirmation
        const Conversation c = conversation(*run);
        QCOMPARE(toString(c.optOut), toString(OptOutState::Probable));
        QVERIFY2(c.optOutReason.contains(QStringLiteral("please stop texting me")),
                 qPrintable(c.optOutReason));
        QCOMPARE(toString(Queries(run->db).calls(c.id).front().decisionCode),
                 QStringLiteral("probable_opt_out"));
        const auto events = ledger(*run);
        QCOMPARE(int(events.size()), 1);
        QCOMPARE(int(events.front().type), int(Type::Probable));
        QCOMPARE(events.front().detail, QStringLiteral("please stop texting me"));
        QCOMPARE(events.front().source, QStringLiteral("reply"));
        // The reply itself is stored as usual.
        QCOMPARE(Queries(run->db).messages(c.id).back().body,
                 QStringLiteral("please stop texting me"));
        laterCall(*run, QStringLiteral("CA2"));
        QCOMPARE(lastDecision(*run), QStringLiteral("probable_opt_out"));
        QCOMPARE(run->provider.sent.size(), 0);
    }

    void confirmRecordsAndConfirmsOnce_data()
    {
        QTest::addColumn<bool>("providerConfirms");
        QTest::newRow("our confirmation") << false;
        // The provider confirms its own keywords only; it never saw one here.
        QTest::newRow("provider confirms keywords") << true;
    }
    void confirmRecordsAndConfirmsOnce()
    {
        QFETCH(bool, providerConfirms);
        EngineConfig config;
        if (providerConfirms)
            config.providerAutoReplies = QStringList{QStringLiteral("STOP")};
        auto run = startRun(config);
        run->provider.reply(QStringLiteral("SM1"), kDana, QStringLiteral("No más, gracias"), now());
        const qint64 id = conversation(*run).id;
        QVERIFY(!run->engine->dismissProbableOptOut(999, QStringLiteral("Ana")).isOk());
        QVERIFY(run->engine->confirmProbableOptOut(id, QStringLiteral("Ana")).isOk());
        QCOMPARE(toString(conversation(*run).optOut), toString(OptOutState::OptedOut));
        QCOMPARE(run->provider.sent.size(), 1);
        QVERIFY(run->provider.sent.first().body.contains(QLatin1String("unsubscribed")));
        QCOMPARE(systemTexts(*run), 1);
        QVERIFY(!run->engine->confirmProbableOptOut(id, QStringLiteral("Ana")).isOk());
        QCOMPARE(run->provider.sent.size(), 1);
        const auto events = ledger(*run);
        QCOMPARE(int(events.size()), 2);
        QCOMPARE(int(events.back().type), int(Type::OptOut));
        QCOMPARE(events.back().source, QStringLiteral("confirmed_reply"));
        QCOMPARE(events.back().actor, QStringLiteral("Ana"));
        QCOMPARE(events.back().detail, QStringLiteral("No más, gracias"));
        const Status refused = run->engine->sendManual(id, QStringLiteral("Sorry!"));
        QCOMPARE(refused.errorMessage(),
                 QStringLiteral("Not sent: (512) 555-0134 opted out on 3 Nov 2026 by replying "
                                "\u201cNo más, gracias\u201d (confirmed by Ana)."));
    }

    void dismissResumesAutomation()
    {
        auto run = startRun();
        run->provider.reply(
            QStringLiteral("SM1"), kDana, QStringLiteral("take me off your list"), now());
        const qint64 id = conversation(*run).id;
        QVERIFY(run->engine->dismissProbableOptOut(id, QStringLiteral("Luis")).isOk());
        QCOMPARE(toString(conversation(*run).optOut), toString(OptOutState::None));
        QVERIFY(!run->engine->confirmProbableOptOut(id, QStringLiteral("Luis")).isOk());
        const auto events = ledger(*run);
        QCOMPARE(int(events.size()), 2);
        QCOMPARE(int(events.back().type), int(Type::Dismissed));
        QCOMPARE(events.back().actor, QStringLiteral("Luis"));
        laterCall(*run, QStringLiteral("CA1"));
        QCOMPARE(lastDecision(*run), QStringLiteral("texted"));
        QCOMPARE(run->provider.sent.size(), 1);
    }

    void heldCallSaysWhenAndHow()
    {
        // The reason beside a held call names the opt-out's source and date.
        auto run = startRun();
        run->provider.reply(QStringLiteral("SM1"), kDana, QStringLiteral("Stop."), now());
        laterCall(*run, QStringLiteral("CA1"));
        const auto calls = Queries(run->db).calls(conversation(*run).id);
        QCOMPARE(toString(calls.back().decisionCode), QStringLiteral("opted_out"));
        QCOMPARE(calls.back().decisionReason,
                 QStringLiteral("opted out (replied STOP on 3 Nov 2026)"));
    }

    void tradeTalkChangesNothing()
    {
        auto run = startRun();
        run->provider.reply(
            QStringLiteral("SM1"), kDana, QStringLiteral("can you stop by tomorrow?"), now());
        QCOMPARE(toString(conversation(*run).optOut), toString(OptOutState::None));
        QVERIFY(ledger(*run).empty());
        QCOMPARE(run->provider.sent.size(), 0);
    }

    void scope_data()
    {
        QTest::addColumn<bool>("allLines");
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("otherLineDecision"); // a later call on the other line
        const QString stop = QStringLiteral("STOP"),
                      probable = QStringLiteral("don't text me again");
        QTest::newRow("all lines, STOP") << true << stop << QStringLiteral("opted_out");
        QTest::newRow("this line, STOP") << false << stop << QStringLiteral("texted");
        QTest::newRow("all lines, probable")
            << true << probable << QStringLiteral("probable_opt_out");
        QTest::newRow("this line, probable") << false << probable << QStringLiteral("texted");
    }
    void scope()
    {
        QFETCH(bool, allLines);
        QFETCH(QString, body);
        QFETCH(QString, otherLineDecision);
        EngineConfig config;
        config.optOutAllLines = allLines;
        auto run = startRun(config);
        run->provider.call(QStringLiteral("CA1"), kDana, CallResult::NoAnswer, now(), kOtherLine);
        QCOMPARE(run->provider.sent.size(), 1);
        m_clock.advance(60000);
        run->provider.reply(QStringLiteral("SM1"), kDana, body, now());
        QCOMPARE(ledger(*run).front().scope == OptOutEvent::Scope::All, allLines);
        const OptOutState onLine = conversation(*run).optOut;
        QVERIFY(onLine != OptOutState::None);
        QCOMPARE(toString(conversation(*run, kOtherLine).optOut),
                 toString(allLines ? onLine : OptOutState::None));
        const int before = int(run->provider.sent.size());
        laterCall(*run, QStringLiteral("CA2"), kOtherLine);
        QCOMPARE(int(run->provider.sent.size()), allLines ? before : before + 1);
        QCOMPARE(lastDecision(*run, kOtherLine), otherLineDecision);
    }

    void startAfterStopAppends()
    {
        auto run = startRun();
        run->provider.reply(QStringLiteral("SM1"), kDana, QStringLiteral("Stop."), now());
        run->provider.reply(QStringLiteral("SM2"), kDana, QStringLiteral("STOP"), now());
        m_clock.advance(kHour);
        run->provider.reply(QStringLiteral("SM3"), kDana, QStringLiteral("start"), now());
        QCOMPARE(toString(conversation(*run).optOut), toString(OptOutState::None));
        const auto events = ledger(*run);
        QCOMPARE(int(events.size()), 2); // the second STOP changed nothing
        QCOMPARE(int(events.front().type), int(Type::OptOut));
        QCOMPARE(events.front().source, QStringLiteral("keyword"));
        QCOMPARE(events.front().detail, QStringLiteral("STOP"));
        QCOMPARE(int(events.back().type), int(Type::OptIn));
        QCOMPARE(events.back().detail, QStringLiteral("START"));
        // Append-only: the store itself refuses to change or delete events.
        QSqlQuery q(run->db.db());
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM opt_out_events")));
        QVERIFY(!q.exec(QStringLiteral("UPDATE opt_out_events SET event = 'opt_in'")));
        QCOMPARE(int(ledger(*run).size()), 2);
    }

    void providerRefusalIsRecorded()
    {
        auto run = startRun();
        SendOutcome refused;
        refused.error = SendError::OptedOut;
        refused.errorDetail = QStringLiteral("21610 Attempt to send to unsubscribed recipient");
        run->provider.scriptedFailures.push_back(refused);
        run->provider.call(QStringLiteral("CA1"), kDana, CallResult::NoAnswer, now());
        const auto events = ledger(*run);
        QCOMPARE(int(events.size()), 1);
        QCOMPARE(events.front().source, QStringLiteral("provider"));
        QCOMPARE(events.front().actor, QStringLiteral("fake"));
        QVERIFY(events.front().detail.contains(QLatin1String("21610")));
        QCOMPARE(toString(conversation(*run).optOut), toString(OptOutState::OptedOut));
        const Status manual = run->engine->sendManual(conversation(*run).id, QStringLiteral("Hi"));
        QVERIFY2(manual.errorMessage().contains(QLatin1String("3 Nov 2026"))
                     && manual.errorMessage().contains(QLatin1String("21610")),
                 qPrintable(manual.errorMessage()));
    }

    void manualEventsAndRefusal()
    {
        auto run = startRun();
        run->provider.reply(QStringLiteral("SM1"), kDana, QStringLiteral("STOP"), now());
        const qint64 id = conversation(*run).id;
        QCOMPARE(
            run->engine->sendManual(id, QStringLiteral("Are you sure?")).errorMessage(),
            QStringLiteral("Not sent: (512) 555-0134 opted out on 3 Nov 2026 by replying STOP."));
        QVERIFY(run->engine
                    ->recordManualOptIn(id, QStringLiteral("Ana"), QStringLiteral("asked by phone"))
                    .isOk());
        QVERIFY(run->engine->sendManual(id, QStringLiteral("Welcome back")).isOk());
        const int sent = int(run->provider.sent.size());
        QVERIFY(run->engine->recordManualOptOut(id, QStringLiteral("Ana")).isOk());
        QCOMPARE(int(run->provider.sent.size()), sent); // a manual opt-out sends nothing
        QVERIFY(run->engine->sendManual(id, QStringLiteral("Hi"))
                    .errorMessage()
                    .endsWith(QLatin1String("as recorded by Ana.")));
        QCOMPARE(int(ledger(*run).size()), 3);
    }

    void ledgerCsv()
    {
        auto run = startRun();
        run->provider.reply(
            QStringLiteral("SM1"), kDana, QStringLiteral("please stop texting me"), now());
        const qint64 id = conversation(*run).id;
        QVERIFY(
            run->engine->confirmProbableOptOut(id, QStringLiteral("=cmd|' /C calc'!A0")).isOk());
        const QString path = m_dir.filePath(QStringLiteral("ledger.csv"));
        QVERIFY(OptOutLedgerExport::writeCsv(run->db, path).isOk());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QStringList lines
            = QString::fromUtf8(file.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines.at(0),
                 QStringLiteral("id,at,contact_number,business_number,event,source,detail,actor,"
                                "scope,description"));
        QVERIFY2(lines.at(1).startsWith(QStringLiteral("1,2026-11-03T14:00:00Z,+15125550134,"
                                                       "+15125550100,probable,reply,"
                                                       "please stop texting me,,all,")),
                 qPrintable(lines.at(1)));
        QVERIFY2(lines.at(2).contains(QStringLiteral(",opt_out,confirmed_reply,please stop "
                                                     "texting me,'=cmd|' /C calc'!A0,all,")),
                 qPrintable(lines.at(2)));
    }

    void legacyOptOutsAreMigrated()
    {
        const QString path = m_dir.filePath(QStringLiteral("legacy.sqlite"));
        {
            // Schema 2, with an opt-out recorded the old way.
            QSqlDatabase legacy
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("legacy-1"));
            legacy.setDatabaseName(path);
            QVERIFY(legacy.open());
            QVERIFY(Migrations::apply(legacy, 2).isOk());
            QCOMPARE(Migrations::currentVersion(legacy), 2);
            QSqlQuery q(legacy);
            QVERIFY(q.exec(QStringLiteral(
                "INSERT INTO conversations (contact_number, business_number, created_at, opt_out, "
                "opt_out_reason) VALUES ('+15125550134', '+15125550100', 1, 'opted_out', "
                "'replied \"STOP\" on 2026-03-02T14:00:00Z')")));
            q.finish();
            legacy.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("legacy-1"));
        Database db;
        QVERIFY(db.open(path, QStringLiteral("legacy-2")).isOk());
        QCOMPARE(db.schemaVersion(), Migrations::latestVersion());
        const auto events = OptOutLedger(db).events(kDana);
        QCOMPARE(int(events.size()), 1);
        QCOMPARE(events.front().source, QStringLiteral("migrated"));
        QCOMPARE(events.front().scope == OptOutEvent::Scope::All, true);
        // Still opted out, on a new line too.
        Store store(db);
        const auto other = store.ensureConversation(kDana, kOtherLine, 2);
        QVERIFY(other.isOk());
        QCOMPARE(toString(store.conversation(other.value())->optOut),
                 toString(OptOutState::OptedOut));
    }

    void scopeSetting()
    {
        QSettings s(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        QStringList problems;
        QVERIFY(RulesSettings::load(s, &problems).optOutAllLines); // default: every line
        s.setValue(QStringLiteral("rules/opt_out_scope"), QStringLiteral("line"));
        const EngineConfig loaded = RulesSettings::load(s, &problems);
        QVERIFY(!loaded.optOutAllLines);
        RulesSettings::save(s, EngineConfig{});
        QCOMPARE(s.value(QStringLiteral("rules/opt_out_scope")).toString(), QStringLiteral("all"));
        s.setValue(QStringLiteral("rules/opt_out_scope"), QStringLiteral("everything"));
        QVERIFY(RulesSettings::load(s, &problems).optOutAllLines);
        QCOMPARE(problems.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestOptOutLedger)
#include "tst_optoutledger.moc"
