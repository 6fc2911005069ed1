#include "stats/DashboardStats.h"
#include "stats/DayBuckets.h"
#include "stats/HeldReasons.h"
#include "store/Database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ringback;

// The dashboard's figures: per local day in America/Chicago (across the
// spring-forward day), spam left out, held calls by reason, ROI.
class TestStats : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Database m_db;
    const QTimeZone m_chicago{QByteArrayLiteral("America/Chicago")};
    qint64 m_spam = 0;
    int m_calls = 0;

    qint64 at(int month, int day, int hour, int minute) const
    {
        return QDateTime(QDate(2026, month, day), QTime(hour, minute), m_chicago)
            .toMSecsSinceEpoch();
    }
    // 10 March 2026, noon in Chicago: the last 7 days are 4..10 March, and
    // clocks went forward on 8 March (CST -6 to CDT -5 at 02:00).
    qint64 now() const { return at(3, 10, 12, 0); }

    void exec(const QString &sql, const QVariantList &values)
    {
        QSqlQuery q(m_db.db());
        QVERIFY2(q.prepare(sql), qPrintable(q.lastError().text()));
        for (const QVariant &v : values)
            q.addBindValue(v);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    }
    // What the engine does for every call and message it stores.
    void touch(qint64 conversation, qint64 atMs)
    {
        exec(QStringLiteral(
                 "UPDATE conversations SET last_activity = max(last_activity, ?) WHERE id = ?"),
             {atMs, conversation});
    }
    qint64 conversation(const char *number,
                        const char *state,
                        int needsCallback = 0,
                        const QVariant &snoozedUntil = QVariant(QMetaType::fromType<qlonglong>()))
    {
        exec(
            QStringLiteral("INSERT INTO conversations (contact_number, business_number, "
                           "lead_state, needs_callback, snoozed_until, created_at) "
                           "VALUES (?, '+15125550100', ?, ?, ?, 0)"),
            {QString::fromLatin1(number), QString::fromLatin1(state), needsCallback, snoozedUntil});
        QSqlQuery q(m_db.db());
        q.exec(QStringLiteral("SELECT max(id) FROM conversations"));
        q.next();
        return q.value(0).toLongLong();
    }
    void call(qint64 conversation,
              qint64 startedAt,
              const char *result = "no-answer",
              const char *decision = "texted",
              const char *code = "texted")
    {
        exec(QStringLiteral("INSERT INTO calls (conversation_id, provider, provider_id, "
                            "from_number, to_number, started_at, ended_at, result, decision, "
                            "decision_code, received_at) VALUES (?, 'test', ?, '', '', ?, ?, ?, "
                            "?, ?, ?)"),
             {conversation,
              QStringLiteral("call-%1").arg(++m_calls),
              startedAt,
              startedAt + 20000,
              QString::fromLatin1(result),
              QString::fromLatin1(decision),
              QString::fromLatin1(code),
              startedAt});
        touch(conversation, startedAt + 20000);
    }
    void message(qint64 conversation,
                 qint64 atMs,
                 const char *direction,
                 const char *kind,
                 const char *status,
                 int urgent = 0)
    {
        exec(QStringLiteral("INSERT INTO messages (conversation_id, provider, direction, kind, "
                            "body, status, at, urgent) VALUES (?, 'test', ?, ?, 'hi', ?, ?, ?)"),
             {conversation,
              QString::fromLatin1(direction),
              QString::fromLatin1(kind),
              QString::fromLatin1(status),
              atMs,
              urgent});
        touch(conversation, atMs);
    }
    void reply(qint64 conversation, qint64 atMs, int urgent = 0)
    {
        message(conversation, atMs, "in", "manual", "received", urgent);
    }
    void leadEvent(qint64 conversation,
                   qint64 atMs,
                   const char *event,
                   const char *state,
                   const char *detail = "")
    {
        exec(QStringLiteral("INSERT INTO lead_events (conversation_id, event, lead_state, detail, "
                            "at) VALUES (?, ?, ?, ?, ?)"),
             {conversation,
              QString::fromLatin1(event),
              QString::fromLatin1(state),
              QString::fromLatin1(detail),
              atMs});
    }

    DashboardFigures figures(int days)
    {
        DashboardStats stats(m_db);
        const auto result = stats.compute(days, m_chicago, now());
        if (!result)
            qWarning() << result.errorMessage();
        return result ? result.value() : DashboardFigures();
    }

    // One row of expected figures: missed calls, texts sent, replies, missed
    // leads, replied leads, recovered, booked, urgent.
    static QList<int> row(const DayFigures &d)
    {
        return {d.missedCalls,
                d.textsSent,
                d.replies,
                d.missedLeads,
                d.repliedLeads,
                d.recovered,
                d.booked,
                d.urgent};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_chicago.isValid());
        QVERIFY(m_dir.isValid());
        QVERIFY(m_db.open(m_dir.filePath(QStringLiteral("stats.sqlite")), QStringLiteral("stats"))
                    .isOk());

        // G: a held call at the very first instant of the period; lost.
        const qint64 g = conversation("+15125550107", "lost");
        call(g, at(3, 4, 0, 0), "no-answer", "held", "blocked");
        // E: missed, wrote back (urgent), booked on the 6th, rescheduled on the 9th.
        const qint64 e = conversation("+15125550105", "booked");
        call(e, at(3, 5, 12, 0), "voicemail", "held", "known_contact");
        message(e, at(3, 5, 12, 30), "out", "manual", "delivered");
        reply(e, at(3, 5, 13, 0), 1);
        leadEvent(e, at(3, 6, 9, 0), "booked", "booked");
        leadEvent(e, at(3, 9, 9, 0), "booked", "booked");
        // A: missed at 23:30 CST on the 7th (05:30 UTC on the 8th); the
        // automatic text was delivered; the reply came after midnight.
        const qint64 a = conversation("+15125550101", "replied", 1);
        call(a, at(3, 7, 23, 30));
        message(a, at(3, 7, 23, 31), "out", "auto", "delivered");
        reply(a, at(3, 8, 0, 15));
        // B: three missed calls on the spring-forward day, the text failed,
        // no reply; called back: no answer on the 9th, reached on the 10th.
        const qint64 b = conversation("+15125550102", "called_back");
        call(b, at(3, 8, 1, 30));
        message(b, at(3, 8, 1, 31), "out", "auto", "failed");
        call(b, at(3, 8, 3, 30), "busy", "held", "repeat_call");
        call(b, at(3, 8, 23, 30), "no-answer", "held", "repeat_call");
        leadEvent(b, at(3, 9, 10, 0), "callback", "called_back", "no_answer");
        leadEvent(b, at(3, 10, 9, 0), "callback", "called_back", "reached");
        // C: missed at 00:30 CDT on the 9th (05:30 UTC; 23:30 on the 8th at
        // the old offset); the text is still queued; not reached.
        const qint64 c = conversation("+15125550103", "new", 1);
        call(c, at(3, 9, 0, 30));
        message(c, at(3, 9, 0, 31), "out", "auto", "queued");
        leadEvent(c, at(3, 9, 11, 0), "callback", "new", "voicemail");
        // D: answered, then two urgent texts: one urgent lead.
        const qint64 d = conversation("+15125550104", "replied");
        call(d, at(3, 10, 10, 0), "answered", "not_applicable", "answered");
        reply(d, at(3, 10, 10, 5), 1);
        reply(d, at(3, 10, 10, 6), 1);
        // F: missed a minute before the period, replied inside it; snoozed.
        const qint64 f = conversation("+15125550106", "replied", 0, at(3, 12, 9, 0));
        call(f, at(3, 3, 23, 59));
        reply(f, at(3, 4, 0, 10));
        // H: missed in February, held; nobody is on it (snooze over).
        const qint64 h = conversation("+15125550108", "new", 0, at(2, 2, 9, 0));
        call(h, at(2, 1, 10, 0), "no-answer", "held", "repeat_call");
        // S: spam, with something in every figure.
        m_spam = conversation("+15125550199", "spam");
        call(m_spam, at(3, 9, 10, 0), "no-answer", "held", "spam_pattern");
        call(m_spam, at(3, 9, 11, 0));
        message(m_spam, at(3, 9, 11, 1), "out", "auto", "sent");
        reply(m_spam, at(3, 9, 11, 5), 1);
        leadEvent(m_spam, at(3, 9, 12, 0), "booked", "booked");
    }

    void perDayInChicago()
    {
        const DashboardFigures f = figures(7);
        QCOMPARE(f.first, QDate(2026, 3, 4));
        QCOMPARE(f.last, QDate(2026, 3, 10));
        QCOMPARE(int(f.perDay.size()), 7);
        //                                        missed texts replies leads replied recov booked
        //                                        urg
        const QList<QList<int>> expected{{1, 0, 1, 1, 0, 0, 0, 0},  // 4 Mar: G; F's reply
                                         {1, 0, 1, 1, 1, 1, 0, 1},  // 5 Mar: E
                                         {0, 0, 0, 0, 0, 0, 1, 0},  // 6 Mar: E booked
                                         {1, 1, 0, 1, 1, 1, 0, 0},  // 7 Mar: A
                                         {3, 0, 1, 1, 0, 1, 0, 0},  // 8 Mar: B; A's reply
                                         {1, 0, 0, 1, 0, 0, 0, 0},  // 9 Mar: C
                                         {0, 0, 2, 0, 0, 0, 0, 1}}; // 10 Mar: D
        for (int i = 0; i < 7; ++i) {
            QCOMPARE(f.perDay[std::size_t(i)].date, QDate(2026, 3, 4 + i));
            QCOMPARE(row(f.perDay[std::size_t(i)]), expected[i]);
        }
        QCOMPARE(row(f.totals), (QList<int>{7, 1, 5, 5, 2, 3, 1, 2}));
        QCOMPARE(f.totals.replyRate(), 0.4);
        QCOMPARE(f.perDay[1].replyRate(), 1.0);
        QCOMPARE(f.perDay[2].replyRate(), 0.0);
    }

    void noNextStep()
    {
        // B (called back, not queued), D (replied, not queued), H (snooze
        // over). Not A, C (queued), E (booked), F (snoozed), G (lost), S (spam).
        QCOMPARE(figures(7).noNextStep, 3);
    }

    void heldByReason()
    {
        const DashboardFigures f = figures(7);
        QCOMPARE(int(f.held.size()), 3);
        QCOMPARE(f.held[0].code, QStringLiteral("repeat_call"));
        QCOMPARE(f.held[0].count, 2);
        QCOMPARE(f.held[1].code, QStringLiteral("blocked"));
        QCOMPARE(f.held[1].count, 1);
        QCOMPARE(f.held[2].code, QStringLiteral("known_contact"));
        QCOMPARE(f.held[2].count, 1);
        QCOMPARE(heldReasonText(QStringLiteral("repeat_call")),
                 QStringLiteral("Repeat call, already texted"));
        QCOMPARE(heldReasonText(QStringLiteral("something_new")), QStringLiteral("something_new"));
    }

    void everyHeldCodeHasWords()
    {
        // The codes decideTextBack and the engine's withdrawals store.
        for (const char *code : {"not_a_trigger",
                                 "pocket_dial",
                                 "line_off",
                                 "withheld",
                                 "invalid_number",
                                 "not_textable",
                                 "cant_receive_texts",
                                 "international",
                                 "spam",
                                 "blocked",
                                 "known_contact",
                                 "opted_out",
                                 "probable_opt_out",
                                 "spam_pattern",
                                 "repeat_call",
                                 "active_conversation",
                                 "missed_while_closed",
                                 "too_old",
                                 "business_hours_only",
                                 "quiet_hours",
                                 "template_error",
                                 "canceled_answered",
                                 "canceled_office_wrote",
                                 "landline",
                                 "not_mobile"}) {
            const QString words = heldReasonText(QString::fromLatin1(code));
            QVERIFY2(!words.isEmpty() && words != QLatin1String(code), code);
        }
        QCOMPARE(heldReasonText(QString()), QStringLiteral("No reason recorded"));
    }

    void longerPeriodsReachFurther()
    {
        const DashboardFigures month = figures(30);
        QCOMPARE(int(month.perDay.size()), 30);
        QCOMPARE(month.first, QDate(2026, 2, 9));
        // F's call on 3 March is in; H's in February is not.
        QCOMPARE(month.totals.missedCalls, 8);
        QCOMPARE(month.totals.missedLeads, 6);
        QCOMPARE(month.totals.repliedLeads, 3);
        QCOMPARE(month.perDay[22].date, QDate(2026, 3, 3));
        QCOMPARE(month.perDay[22].missedLeads, 1);

        const DashboardFigures quarter = figures(90);
        QCOMPARE(int(quarter.perDay.size()), 90);
        QCOMPARE(quarter.first, QDate(2025, 12, 11));
        QCOMPARE(quarter.totals.missedCalls, 9);
        QCOMPARE(quarter.held[0].code, QStringLiteral("repeat_call"));
        QCOMPARE(quarter.held[0].count, 3);
    }

    void spamCountsNowhere()
    {
        const QList<int> before = row(figures(7).totals);
        exec(QStringLiteral("UPDATE conversations SET lead_state = 'new' WHERE id = ?"), {m_spam});
        const DashboardFigures notSpam = figures(7);
        exec(QStringLiteral("UPDATE conversations SET lead_state = 'spam' WHERE id = ?"), {m_spam});
        // Not spam: two more missed calls, a text, a reply, a recovered and
        // booked urgent lead, a held call, and a lead with no next step.
        QCOMPARE(row(notSpam.totals), (QList<int>{9, 2, 6, 6, 3, 4, 2, 3}));
        QCOMPARE(notSpam.noNextStep, 4);
        QCOMPARE(int(notSpam.held.size()), 4);
        QCOMPARE(row(figures(7).totals), before);
    }

    void returnOnInvestment()
    {
        const DashboardFigures f = figures(7);
        QCOMPARE(f.recoveredValue(250.0), 750.0);
        QCOMPARE(f.recoveredValue(0.0), 0.0);
    }

    void fallBackDayHas25Hours()
    {
        // 1 November 2026: clocks go back at 02:00 CDT to 01:00 CST.
        const DayBuckets days(7, m_chicago, at(11, 3, 12, 0));
        QCOMPARE(days.first(), QDate(2026, 10, 28));
        const qint64 nov1
            = QDateTime(QDate(2026, 11, 1), QTime(0, 0), m_chicago).toMSecsSinceEpoch();
        const qint64 nov2
            = QDateTime(QDate(2026, 11, 2), QTime(0, 0), m_chicago).toMSecsSinceEpoch();
        QCOMPARE(nov2 - nov1, qint64(25) * 3600 * 1000);
        QCOMPARE(days.endMs() - days.startMs(), (qint64(7) * 24 + 1) * 3600 * 1000);

        SqlParams p;
        const QString day = days.dayExpression(QStringLiteral("t"), p);
        for (const qint64 t : {nov1, nov1 + 1, nov2 - 1, nov2, days.startMs(), days.endMs() - 1}) {
            SqlParams params = p;
            const QString value = params.add(t);
            QSqlQuery q(m_db.db());
            QString error;
            QVERIFY2(params.exec(q,
                                 QStringLiteral("SELECT %1 FROM (SELECT %2 AS t)").arg(day, value),
                                 &error),
                     qPrintable(error));
            QVERIFY(q.next());
            const QDate local = QDateTime::fromMSecsSinceEpoch(t, m_chicago).date();
            QCOMPARE(days.indexOf(q.value(0).toLongLong()), int(days.first().daysTo(local)));
        }
    }

    void emptyStoreGivesZeros()
    {
        Database empty;
        QVERIFY(empty.open(m_dir.filePath(QStringLiteral("empty.sqlite")), QStringLiteral("empty"))
                    .isOk());
        for (const int days : {7, 30, 90}) {
            const auto result = DashboardStats(empty).compute(days, m_chicago, now());
            QVERIFY2(result.isOk(), qPrintable(result.errorMessage()));
            QCOMPARE(int(result->perDay.size()), days);
            for (const DayFigures &d : result->perDay)
                QCOMPARE(row(d), (QList<int>{0, 0, 0, 0, 0, 0, 0, 0}));
            QCOMPARE(row(result->totals), (QList<int>{0, 0, 0, 0, 0, 0, 0, 0}));
            QCOMPARE(result->totals.replyRate(), 0.0);
            QCOMPARE(result->noNextStep, 0);
            QVERIFY(result->held.empty());
            QCOMPARE(result->recoveredValue(300.0), 0.0);
        }
    }
};

QTEST_GUILESS_MAIN(TestStats)
#include "tst_stats.moc"
