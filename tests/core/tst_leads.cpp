#include "FakeProvider.h"
#include "engine/Engine.h"
#include "store/Migrations.h"
#include "store/Queries.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ringback;
using ringback::test::FakeProvider;

namespace {
const QString kLine = QStringLiteral("+15125550100");
const QString kDana = QStringLiteral("+15125550134");
const QString kMike = QStringLiteral("+15125550147");
const QString kAnn = QStringLiteral("+15125550161");
const QString kPat = QStringLiteral("Pat");
constexpr qint64 kHour = 3600 * 1000;
} // namespace

// Leads and the morning call-back queue: who enters and leaves it, in what
// order, the outcomes and their history, the list filters and counts.
class TestLeads : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    ManualClock m_clock;
    std::unique_ptr<Database> m_db;
    FakeProvider m_provider;
    std::unique_ptr<Engine> m_engine;

    QDateTime now() const { return m_clock.now(); }
    qint64 nowMs() const { return m_clock.nowMs(); }
    Queries queries() { return Queries(*m_db); }
    void call(const QString &from, CallResult result = CallResult::NoAnswer)
    {
        m_provider.call(QStringLiteral("CA%1").arg(++m_counter), from, result, now());
    }
    void reply(const QString &from, const QString &body)
    {
        m_provider.reply(QStringLiteral("SM%1").arg(++m_counter), from, body, now());
    }
    qint64 idOf(const QString &contact)
    {
        const auto c = queries().conversation(contact, kLine);
        return c ? c->id : 0;
    }
    Conversation lead(const QString &contact) { return *queries().conversation(contact, kLine); }
    QStringList queue()
    {
        QStringList out;
        for (const Conversation &c : queries().callbackQueuePage(nowMs(), std::nullopt, 100))
            out << c.contactNumber;
        return out;
    }

private slots:
    void init()
    {
        m_clock.set(QDateTime(QDate(2026, 3, 2), QTime(18, 0), Qt::UTC)); // noon in Austin
        m_engine.reset();
        m_db = std::make_unique<Database>();
        const QString path = m_dir.filePath(QStringLiteral("leads-%1.sqlite").arg(++m_counter));
        QVERIFY(m_db->open(path, QStringLiteral("leads-%1").arg(m_counter)).isOk());
        m_provider.sent.clear();
        m_engine = std::make_unique<Engine>(
            *m_db, m_provider, QStringLiteral("fake"), EngineConfig(), m_clock);
        m_engine->start();
    }
    void cleanup()
    {
        m_engine.reset();
        m_db.reset();
    }

    void missedCallEntersQueue()
    {
        const QDateTime first = now();
        call(kDana);
        QCOMPARE(queue(), QStringList{kDana});
        Conversation c = lead(kDana);
        QVERIFY(c.needsCallback);
        QCOMPARE(c.waitingSinceMs, first.toMSecsSinceEpoch());
        QCOMPARE(queries().callbackQueueCount(nowMs()), 1);
        // A held second call (already texted) keeps the earliest wait.
        m_clock.advance(10 * 60 * 1000);
        call(kDana, CallResult::Busy);
        QCOMPARE(m_provider.sendsTo(kDana), 1);
        QCOMPARE(lead(kDana).waitingSinceMs, first.toMSecsSinceEpoch());
        // Answered calls and withheld numbers do not queue anyone.
        call(kMike, CallResult::Answered);
        call(QStringLiteral("anonymous"));
        QCOMPARE(queue(), QStringList{kDana});
    }

    void urgentReplyTopsQueue()
    {
        call(kDana);
        m_clock.advance(kHour);
        call(kMike);
        QCOMPARE(queue(), (QStringList{kDana, kMike})); // longest wait first
        m_clock.advance(kHour);
        reply(kMike, QStringLiteral("Water is pouring through the ceiling, pipe burst"));
        QVERIFY(lead(kMike).urgent);
        QCOMPARE(queue(), (QStringList{kMike, kDana}));
        // A plain reply joins the queue too; STOP alone does not.
        reply(kAnn, QStringLiteral("Can you quote a new water heater?"));
        reply(QStringLiteral("+15125550170"), QStringLiteral("STOP"));
        QCOMPARE(queue(), (QStringList{kMike, kDana, kAnn}));
        // Paging by one key at a time walks the same order.
        QStringList paged;
        std::optional<QueueKey> after;
        for (;;) {
            const auto page = queries().callbackQueuePage(nowMs(), after, 1);
            if (page.empty())
                break;
            paged << page.front().contactNumber;
            after = QueueKey::of(page.front());
        }
        QCOMPARE(paged, queue());
    }

    void reachedLeavesNoAnswerStays()
    {
        call(kDana);
        call(kMike);
        QSignalSpy changed(m_engine.get(), &Engine::conversationChanged);
        m_clock.advance(kHour);
        QVERIFY(m_engine->calledBack(idOf(kMike), CallbackOutcome::NoAnswer, kPat).isOk());
        Conversation mike = lead(kMike);
        QCOMPARE(mike.callbackAttempts, 1);
        QCOMPARE(mike.callbackOutcome, QStringLiteral("no_answer"));
        QCOMPARE(mike.handledBy, kPat);
        QCOMPARE(mike.handledAtMs, nowMs());
        QVERIFY(queue().contains(kMike));
        QVERIFY(m_engine->calledBack(idOf(kMike), CallbackOutcome::Voicemail, kPat).isOk());
        QCOMPARE(lead(kMike).callbackAttempts, 2);
        QVERIFY(m_engine->calledBack(idOf(kDana), CallbackOutcome::Reached, kPat).isOk());
        QCOMPARE(queue(), QStringList{kMike});
        QCOMPARE(toString(lead(kDana).leadState), toString(LeadState::CalledBack));
        QCOMPARE(changed.count(), 3);
        QCOMPARE(changed.last().at(0).toLongLong(), idOf(kDana));
        QVERIFY(!m_engine->calledBack(9999, CallbackOutcome::Reached, kPat).isOk());
    }

    void snoozeHidesUntilTime()
    {
        call(kDana);
        const qint64 id = idOf(kDana);
        QVERIFY(!m_engine->snooze(id, now().addSecs(-60), kPat).isOk()); // the past
        QVERIFY(m_engine->snooze(id, now().addSecs(2 * 3600), kPat).isOk());
        QVERIFY(queue().isEmpty());
        QCOMPARE(queries().callbackQueueCount(nowMs()), 0);
        // Still a caller waiting: the list filter shows snoozed ones too.
        QCOMPARE(queries().conversationCount(ConversationFilter::NeedsCallback), 1);
        m_clock.advance(2 * kHour);
        QCOMPARE(queue(), QStringList{kDana});
        // A new reply while snoozed ends the snooze.
        QVERIFY(m_engine->snooze(id, now().addSecs(3600), kPat).isOk());
        reply(kDana, QStringLiteral("Still need someone"));
        QCOMPARE(queue(), QStringList{kDana});
    }

    void bookedAndNotALead()
    {
        call(kDana);
        call(kMike);
        const QDateTime when(QDate(2026, 3, 4), QTime(15, 30), Qt::UTC);
        QVERIFY(!m_engine->booked(idOf(kDana), QDateTime(), kPat).isOk());
        QVERIFY(m_engine->booked(idOf(kDana), when, kPat, QStringLiteral("Bring ladder")).isOk());
        const Conversation dana = lead(kDana);
        QCOMPARE(toString(dana.leadState), toString(LeadState::Booked));
        QCOMPARE(dana.bookedForMs, when.toMSecsSinceEpoch());
        QVERIFY(m_engine->notALead(idOf(kMike), kPat).isOk());
        QCOMPARE(toString(lead(kMike).leadState), toString(LeadState::Lost));
        QVERIFY(queue().isEmpty());
        const auto booked = queries().conversationPage(ConversationFilter::Booked, {}, 10);
        QCOMPARE(int(booked.size()), 1);
        QCOMPARE(booked.front().contactNumber, kDana);
    }

    void officeTextClearsUnlessUrgent()
    {
        call(kDana);
        reply(kMike, QStringLiteral("Gas smell in the kitchen"));
        QVERIFY(lead(kMike).urgent);
        for (const QString &who : {kDana, kMike})
            QVERIFY(m_engine
                        ->sendManual(idOf(who),
                                     QStringLiteral("On our way"),
                                     Engine::QuietHoursCheck::SendAnyway)
                        .isOk());
        QCOMPARE(queue(), QStringList{kMike}); // urgent: only an outcome takes it out
        QVERIFY(m_engine->calledBack(idOf(kMike), CallbackOutcome::Reached, kPat).isOk());
        QVERIFY(queue().isEmpty());
    }

    void spamNeverQueued()
    {
        call(kDana);
        QVERIFY(m_engine->markSpam(idOf(kDana)).isOk());
        QVERIFY(queue().isEmpty());
        call(kDana);
        QVERIFY(queue().isEmpty());
        QCOMPARE(queries().conversationCount(ConversationFilter::NeedsCallback), 0);
        QVERIFY(!m_engine->calledBack(idOf(kDana), CallbackOutcome::Reached, kPat).isOk());
        // The combo's "New" goes through markNotSpam: the number is unblocked.
        QVERIFY(m_engine->setLeadState(idOf(kDana), LeadState::New, kPat).isOk());
        QCOMPARE(toString(lead(kDana).leadState), toString(LeadState::New));
        QVERIFY(queue().contains(kDana));
    }

    void leadStateCombo()
    {
        call(kDana);
        const qint64 id = idOf(kDana);
        QVERIFY(m_engine->setLeadState(id, LeadState::Lost, kPat).isOk());
        QVERIFY(queue().isEmpty());
        QVERIFY(m_engine->setLeadState(id, LeadState::Spam, kPat).isOk());
        QCOMPARE(toString(lead(kDana).leadState), toString(LeadState::Spam));
        QSqlQuery q(m_db->db());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM number_lists WHERE list = 'blocked'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        const auto events = queries().leadEvents(id);
        QCOMPARE(int(events.size()), 2);
        QCOMPARE(toString(events.back().leadState), toString(LeadState::Spam));
    }

    void leadDetails()
    {
        call(kDana);
        const qint64 id = idOf(kDana);
        LeadDetails d;
        d.name = QStringLiteral("  Dana   Ortiz ");
        d.address = QStringLiteral(" 12 Elm St,\n Austin ");
        d.service = QStringLiteral("Roof repair");
        d.notes = QStringLiteral("\nGate code 4411\nDog in yard\n");
        QVERIFY(m_engine->setLeadDetails(id, d, kPat).isOk());
        Conversation c = lead(kDana);
        QCOMPARE(c.displayName, QStringLiteral("Dana Ortiz"));
        QCOMPARE(c.address, QStringLiteral("12 Elm St, Austin"));
        QCOMPARE(c.notes, QStringLiteral("Gate code 4411\nDog in yard"));
        QCOMPARE(c.handledBy, kPat);
        // Saving the same again records nothing.
        QVERIFY(m_engine->setLeadDetails(id, d, QStringLiteral("Sam")).isOk());
        QCOMPARE(lead(kDana).handledBy, kPat);
        LeadDetails tooLong = d;
        tooLong.address = QString(201, QLatin1Char('a'));
        const Status refused = m_engine->setLeadDetails(id, tooLong, kPat);
        QVERIFY(!refused.isOk());
        QVERIFY2(refused.errorMessage().contains(QLatin1String("200")),
                 qPrintable(refused.errorMessage()));
        const auto events = queries().leadEvents(id);
        QCOMPARE(int(events.size()), 1);
        QCOMPARE(events.front().event, QStringLiteral("details"));
        QCOMPARE(events.front().detail, QStringLiteral("name, address, service, notes"));
    }

    void historyOfEveryAction()
    {
        call(kDana);
        const qint64 id = idOf(kDana);
        QVERIFY(m_engine->calledBack(id, CallbackOutcome::NoAnswer, kPat).isOk());
        m_clock.advance(kHour);
        QVERIFY(m_engine->snooze(id, now().addSecs(3600), QStringLiteral("Sam")).isOk());
        QVERIFY(m_engine->calledBack(id, CallbackOutcome::Reached, kPat).isOk());
        QVERIFY(m_engine->booked(id, now().addDays(1), kPat, QStringLiteral("AM")).isOk());
        const auto events = queries().leadEvents(id);
        QStringList got;
        for (const LeadEvent &e : events)
            got << QStringLiteral("%1/%2/%3/%4")
                       .arg(e.event, toString(e.leadState), e.detail.section(QLatin1Char(' '), -1))
                       .arg(e.actor);
        QCOMPARE(got,
                 (QStringList{QStringLiteral("callback/new/no_answer/Pat"),
                              QStringLiteral("snooze/new/2026-03-02T20:00:00Z/Sam"),
                              QStringLiteral("callback/called_back/reached/Pat"),
                              QStringLiteral("booked/booked/AM/Pat")}));
        QCOMPARE(events.back().atMs, nowMs());
        // Append-only in practice: every action added one row, none changed.
        QVERIFY(events.front().id < events.back().id);
    }

    void markAllDoneMarksTheVisibleQueue()
    {
        call(kDana);
        call(kMike);
        call(kAnn);
        QVERIFY(m_engine->snooze(idOf(kAnn), now().addSecs(3600), kPat).isOk());
        std::vector<qint64> visible;
        for (const Conversation &c : queries().callbackQueuePage(nowMs(), std::nullopt, 100))
            visible.push_back(c.id);
        visible.push_back(idOf(kAnn)); // snoozed meanwhile: left alone
        QSignalSpy changed(m_engine.get(), &Engine::conversationChanged);
        const auto done = m_engine->markAllDone(visible, kPat);
        QVERIFY(done.isOk());
        QCOMPARE(done.value(), 2);
        QCOMPARE(changed.count(), 2);
        QCOMPARE(queries().callbackQueueCount(nowMs()), 0);
        QCOMPARE(toString(lead(kMike).leadState), toString(LeadState::CalledBack));
        QVERIFY(lead(kAnn).needsCallback);
    }

    void noNextStepCount()
    {
        call(kDana);                               // waiting: has a next step
        call(kMike);                               // reached, nothing booked: none
        reply(kAnn, QStringLiteral("Hi, price?")); // office texted, went quiet: none
        call(QStringLiteral("+15125550180"));      // booked: done
        call(QStringLiteral("+15125550181"));      // lost: done
        call(QStringLiteral("+15125550182"), CallResult::Answered); // not a lead
        QCOMPARE(queries().noNextStepCount(nowMs()), 0);
        QVERIFY(m_engine->calledBack(idOf(kMike), CallbackOutcome::Reached, kPat).isOk());
        QVERIFY(m_engine
                    ->sendManual(idOf(kAnn),
                                 QStringLiteral("About $400"),
                                 Engine::QuietHoursCheck::SendAnyway)
                    .isOk());
        QVERIFY(m_engine->booked(idOf(QStringLiteral("+15125550180")), now(), kPat).isOk());
        QVERIFY(m_engine->notALead(idOf(QStringLiteral("+15125550181")), kPat).isOk());
        QCOMPARE(queries().noNextStepCount(nowMs()), 2);
        QVERIFY(m_engine->markSpam(idOf(kAnn)).isOk());
        QCOMPARE(queries().noNextStepCount(nowMs()), 1);
    }

    void countsMatchPagesForEveryFilter_data()
    {
        QTest::addColumn<int>("filter");
        for (const auto &[f, name] : {std::pair{ConversationFilter::All, "all"},
                                      std::pair{ConversationFilter::Unread, "unread"},
                                      std::pair{ConversationFilter::Urgent, "urgent"},
                                      std::pair{ConversationFilter::Spam, "spam"},
                                      std::pair{ConversationFilter::Everything, "everything"},
                                      std::pair{ConversationFilter::NeedsCallback, "callback"},
                                      std::pair{ConversationFilter::Booked, "booked"},
                                      std::pair{ConversationFilter::OptedOut, "opted out"}})
            QTest::newRow(name) << int(f);
    }
    void countsMatchPagesForEveryFilter()
    {
        QFETCH(int, filter);
        for (int i = 0; i < 13; ++i) {
            const QString number = QStringLiteral("+151255502%1").arg(i, 2, 10, QLatin1Char('0'));
            call(number);
            m_clock.advance(60000);
            if (i % 3 == 0)
                reply(number, i % 2 ? QStringLiteral("Leak under sink") : QStringLiteral("ok"));
            if (i % 4 == 1)
                QVERIFY(m_engine->booked(idOf(number), now(), kPat).isOk());
            if (i % 5 == 2)
                QVERIFY(m_engine->markSpam(idOf(number)).isOk());
            if (i % 6 == 3)
                reply(number, QStringLiteral("STOP"));
        }
        const auto f = ConversationFilter(filter);
        int paged = 0;
        std::optional<ListKey> after;
        for (;;) {
            const auto page = queries().conversationPage(f, after, 2);
            paged += int(page.size());
            if (page.size() < 2)
                break;
            after = ListKey{page.back().lastActivityMs, page.back().id};
        }
        QCOMPARE(queries().conversationCount(f), paged);
        QVERIFY(paged > 0);
    }

    void leadQueriesUseIndexes()
    {
        const char *const statements[] = {
            "SELECT id FROM conversations WHERE needs_callback = 1 AND lead_state != 'spam' "
            "ORDER BY last_activity DESC, id DESC LIMIT 50",
            "SELECT id FROM conversations WHERE lead_state = 'booked' AND (last_activity < 5 OR "
            "(last_activity = 5 AND id < 9)) ORDER BY last_activity DESC, id DESC LIMIT 50",
            "SELECT id FROM conversations WHERE opt_out = 'opted_out' ORDER BY last_activity "
            "DESC, id DESC LIMIT 50",
            "SELECT count(*) FROM conversations WHERE needs_callback = 1 AND lead_state != 'spam'",
            "SELECT count(*) FROM conversations WHERE lead_state = 'booked'",
            "SELECT count(*) FROM conversations WHERE opt_out = 'opted_out'",
            "SELECT count(*) FROM conversations WHERE lead_state != 'spam'",
            "SELECT count(*) FROM conversations WHERE urgent = 1",
            // The queue, first and next pages, and its count.
            "SELECT id FROM conversations WHERE needs_callback = 1 AND lead_state != 'spam' AND "
            "(snoozed_until IS NULL OR snoozed_until <= 5) ORDER BY urgent DESC, waiting_since, "
            "id LIMIT 50",
            "SELECT id FROM conversations WHERE needs_callback = 1 AND lead_state != 'spam' AND "
            "(snoozed_until IS NULL OR snoozed_until <= 5) AND urgent <= 1 AND (urgent < 1 OR "
            "waiting_since > 3 OR (waiting_since = 3 AND id > 2)) ORDER BY urgent DESC, "
            "waiting_since, id LIMIT 50",
            "SELECT count(*) FROM conversations WHERE needs_callback = 1 AND lead_state != 'spam' "
            "AND (snoozed_until IS NULL OR snoozed_until <= 5)",
            "SELECT id FROM lead_events WHERE conversation_id = 1 ORDER BY id",
            // Leads with no next step (Queries::noNextStepCount), and Screened.
            "SELECT count(*) FROM conversations WHERE is_lead = 1 AND needs_callback = 0 AND "
            "screened = 0 AND lead_state IN ('new', 'replied', 'called_back') AND "
            "(snoozed_until IS NULL OR snoozed_until <= 5)",
            "SELECT count(*) FROM conversations WHERE screened = 1 AND lead_state != 'spam'",
            "SELECT id FROM conversations WHERE screened = 1 AND lead_state != 'spam' "
            "ORDER BY last_activity DESC, id DESC LIMIT 50",
        };
        for (const char *statement : statements) {
            QSqlQuery q(m_db->db());
            QVERIFY(q.exec(QStringLiteral("EXPLAIN QUERY PLAN ") + QLatin1String(statement)));
            QString plan;
            while (q.next())
                plan += q.value(3).toString() + QLatin1Char('\n');
            QVERIFY2(!plan.contains(QLatin1String("TEMP B-TREE")), qPrintable(plan));
            QVERIFY2(!plan.contains(
                         QRegularExpression(QStringLiteral("SCAN (conversations|lead_events)$"),
                                            QRegularExpression::MultilineOption)),
                     qPrintable(QLatin1String(statement) + QLatin1Char('\n') + plan));
        }
    }

    void migrationFiveBackfillsTheQueue()
    {
        m_engine.reset();
        m_db.reset();
        const QString path = m_dir.filePath(QStringLiteral("schema4.sqlite"));
        {
            auto raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v4"));
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            QVERIFY(Migrations::apply(raw, 4).isOk());
            QSqlQuery q(raw);
            QVERIFY(q.exec(QStringLiteral(
                "INSERT INTO conversations (contact_number, business_number, lead_state, "
                "last_activity, created_at) VALUES ('+15125550134', '+15125550100', 'new', 1000, "
                "1), ('+15125550147', '+15125550100', 'replied', 2000, 1), ('+15125550161', "
                "'+15125550100', 'booked', 3000, 1), ('+15125550162', '+15125550100', 'spam', "
                "4000, 1)")));
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v4"));
        Database db;
        QVERIFY(db.open(path, QStringLiteral("v5")).isOk());
        QCOMPARE(db.schemaVersion(), Migrations::latestVersion()); // 4 -> 5 -> 6
        Queries q(db);
        const auto queued = q.callbackQueuePage(0, std::nullopt, 10);
        QCOMPARE(int(queued.size()), 2);
        QCOMPARE(queued[0].contactNumber, kDana);
        QCOMPARE(queued[0].waitingSinceMs, 1000);
        QCOMPARE(queued[1].contactNumber, kMike);
        QVERIFY(!q.conversation(kAnn, kLine)->needsCallback);
    }
};

QTEST_GUILESS_MAIN(TestLeads)
#include "tst_leads.moc"
