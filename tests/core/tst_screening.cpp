// Screening before a text-back: numbers that can't receive texts (and the
// office clearing that), spam marked by the office and its quiet replies,
// robocaller patterns, and the opt-out hint on first contact.

#include "FakeProvider.h"
#include "engine/Engine.h"
#include "engine/TextBackPolicy.h"
#include "store/Queries.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ringback;
using ringback::test::FakeProvider;

namespace {

const QString kLine = QStringLiteral("+15125550100");
const QString kOtherLine = QStringLiteral("+15125550199");
const QString kCaller = QStringLiteral("+15125550134");
const QTimeZone kCentral(QByteArrayLiteral("America/Chicago"));

// Monday 2 March 2026 in Central time.
QDateTime central(int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, 3, day), QTime(hour, minute), kCentral).toUTC();
}

TextBackRules officeRules()
{
    TextBackRules rules;
    rules.defaultLine.hours
        = BusinessHours::fromScheduleText(QStringLiteral("mon 08:00-17:00\ntue 08:00-17:00\n"
                                                         "wed 08:00-17:00\nthu 08:00-17:00\n"
                                                         "fri 08:00-17:00\nsat closed\nsun closed"),
                                          kCentral)
              .value();
    return rules;
}

CallContext missedAt(const QDateTime &when)
{
    CallContext c;
    c.result = CallResult::NoAnswer;
    c.ringSeconds = 20;
    c.rawFrom = kCaller;
    c.contact = PhoneNumber::parse(kCaller);
    c.businessNumber = kLine;
    c.callEndedMs = when.toMSecsSinceEpoch();
    c.nowMs = when.toMSecsSinceEpoch() + 1000;
    c.engineStartedMs = when.toMSecsSinceEpoch() - 3600000;
    c.recentCalls = 1;
    return c;
}

// An engine on a fresh database, with a manual clock.
struct Run
{
    Run(const QString &path, const QDateTime &start, EngineConfig config = {})
        : clock(start)
    {
        QVERIFY(db.open(path, path).isOk());
        config.rules.defaultLine = officeRules().defaultLine;
        config.sendRatePerSecond = 0;
        engine = std::make_unique<Engine>(db, provider, QStringLiteral("fake"), config, clock);
        engine->start();
    }
    Conversation conversation(const QString &line = kLine)
    {
        return *Queries(db).conversation(kCaller, line);
    }
    Call lastCall(const QString &line = kLine)
    {
        return Queries(db).calls(conversation(line).id).back();
    }

    Database db;
    FakeProvider provider;
    ManualClock clock;
    std::unique_ptr<Engine> engine;
};

} // namespace

Q_DECLARE_METATYPE(CallContext)
Q_DECLARE_METATYPE(SendError)

class TestScreening : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_runs = 0;
    QString nextPath() { return m_dir.filePath(QStringLiteral("run-%1.sqlite").arg(++m_runs)); }
    static QStringList codes(const char *list)
    {
        return QString::fromLatin1(list).split(QLatin1Char(','));
    }

private slots:
    // The policy's new rows: every decision has a code and a reason.
    void policy_data()
    {
        QTest::addColumn<CallContext>("context");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("reasonHas");

        const QDateTime open = central(2, 10);
        auto with = [&](auto change) {
            CallContext c = missedAt(open);
            change(c);
            return c;
        };
        QTest::newRow("ordinary call") << missedAt(open) << "texted"
                                       << "business hours";
        QTest::newRow("landline remembered") << with([](CallContext &c) {
            c.undeliverable = QStringLiteral("Twilio 30006: Landline or unreachable carrier");
            c.undeliverableAtMs
                = QDateTime(QDate(2025, 11, 2), QTime(15, 0), kCentral).toMSecsSinceEpoch();
        }) << "cant_receive_texts"
                                             << "30006 on 2 Nov";
        QTest::newRow("marked as spam") << with([](CallContext &c) { c.spam = true; }) << "spam"
                                        << "spam";
        QTest::newRow("spam beats blocked") << with([](CallContext &c) {
            c.spam = true;
            c.blocked = true;
        }) << "spam"
                                            << "spam";
        QTest::newRow("fourth call in ten minutes")
            << with([](CallContext &c) { c.recentCalls = 4; }) << "spam_pattern"
            << "in 10 min";
        QTest::newRow("third call is only a repeat") << with([](CallContext &c) {
            c.recentCalls = 3;
            c.facts.lastAutoTextMs = c.nowMs - 120000;
        }) << "repeat_call"
                                                     << "already texted";
        QTest::newRow("a caller who texted back is no robocaller") << with([](CallContext &c) {
            c.recentCalls = 6;
            c.everReplied = true;
        }) << "texted"
                                                                   << "business hours";
        QTest::newRow("known contact calling often") << with([](CallContext &c) {
            c.recentCalls = 6;
            c.knownContact = true;
        }) << "known_contact"
                                                     << "known";
    }
    void policy()
    {
        QFETCH(CallContext, context);
        QFETCH(QString, code);
        QFETCH(QString, reasonHas);
        const CallDecision d = decideTextBack(context, officeRules());
        QCOMPARE(toString(d.code), code);
        QVERIFY2(d.reason.contains(reasonHas), qPrintable(d.reason));
        QCOMPARE(d.decision == Decision::Texted, code == QLatin1String("texted"));
    }

    // A send that fails as "can't receive texts" is remembered with the
    // provider's code: the next missed call goes to the call-back queue.
    void undeliverableIsRemembered_data()
    {
        QTest::addColumn<SendError>("error");
        QTest::addColumn<QString>("detail");
        QTest::addColumn<QString>("nextCode");
        QTest::newRow("30006 landline")
            << SendError::Landline << "Twilio 30006: Landline or unreachable carrier"
            << "cant_receive_texts";
        QTest::newRow("21635 landline")
            << SendError::Landline << "Twilio 21635: not a mobile number"
            << "cant_receive_texts";
        QTest::newRow("21614 not mobile")
            << SendError::InvalidNumber << "Twilio 21614: not a valid mobile number"
            << "cant_receive_texts";
        QTest::newRow("21211 invalid")
            << SendError::InvalidNumber << "Twilio 21211: Invalid 'To' Phone Number"
            << "cant_receive_texts";
        QTest::newRow("21612 unreachable")
            << SendError::InvalidNumber << "Twilio 21612: 'To' number is not reachable"
            << "cant_receive_texts";
        QTest::newRow("other refusal is not remembered")
            << SendError::Rejected << "Twilio 30007: filtered"
            << "texted";
    }
    void undeliverableIsRemembered()
    {
        QFETCH(SendError, error);
        QFETCH(QString, detail);
        QFETCH(QString, nextCode);
        Run run(nextPath(), central(2, 10));
        SendOutcome failed;
        failed.error = error;
        failed.errorDetail = detail;
        run.provider.scriptedFailures.push_back(failed);
        run.provider.call(QStringLiteral("CA1"), kCaller, CallResult::NoAnswer, run.clock.now());
        QCOMPARE(run.provider.sent.size(), 1);
        // After the de-dup window, so only the memory can hold it.
        run.clock.advance(25LL * 3600 * 1000);
        run.provider.call(QStringLiteral("CA2"), kCaller, CallResult::NoAnswer, run.clock.now());
        const Call call = run.lastCall();
        QCOMPARE(toString(call.decisionCode), nextCode);
        if (nextCode == QLatin1String("cant_receive_texts")) {
            QCOMPARE(run.provider.sent.size(), 1);
            QCOMPARE(toString(call.decision), QStringLiteral("held"));
            const QString code = detail.section(QLatin1Char(' '), 1, 1).chopped(1);
            QVERIFY2(call.decisionReason.contains(code + QLatin1String(" on 2 Mar")),
                     qPrintable(call.decisionReason));
        } else {
            QCOMPARE(run.provider.sent.size(), 2);
        }
    }

    // The usual way Twilio reports a landline: the send is accepted, then the
    // delivery report says 30006. The next missed call is held for it.
    void undeliverableReportedLater()
    {
        Run run(nextPath(), central(2, 10));
        run.provider.call(QStringLiteral("CA1"), kCaller, CallResult::NoAnswer, run.clock.now());
        QCOMPARE(run.provider.sent.size(), 1);
        run.provider.deliveryStatus(
            run.provider.sent.first().messageId,
            MessageStatus::Failed,
            SendError::Landline,
            QStringLiteral("Twilio 30006: Landline or unreachable carrier"));
        run.clock.advance(25LL * 3600 * 1000);
        run.provider.call(QStringLiteral("CA2"), kCaller, CallResult::NoAnswer, run.clock.now());
        const Call call = run.lastCall();
        QCOMPARE(toString(call.decisionCode), QStringLiteral("cant_receive_texts"));
        QVERIFY2(call.decisionReason.contains(QLatin1String("30006 on 2 Mar")),
                 qPrintable(call.decisionReason));
        QCOMPARE(run.provider.sent.size(), 1);
        // It waits for a person instead.
        QVERIFY(run.conversation().needsCallback);
    }

    // "Mark as spam" blocks the number on every line and hides it from the
    // default list; "Not spam" restores what was there.
    void spamMarkAndUndo()
    {
        Run run(nextPath(), central(2, 10));
        run.provider.call(QStringLiteral("CA1"), kCaller, CallResult::NoAnswer, run.clock.now());
        run.provider.reply(QStringLiteral("SM1"), kCaller, QStringLiteral("hi"), run.clock.now());
        const Conversation before = run.conversation();
        QCOMPARE(toString(before.leadState), QStringLiteral("replied"));
        Queries queries(run.db);
        QCOMPARE(int(queries.conversationPage(ConversationFilter::All, std::nullopt, 50).size()),
                 1);

        QVERIFY(run.engine->markSpam(before.id).isOk());
        QVERIFY(!run.engine->markSpam(before.id).isOk()); // once
        QCOMPARE(toString(run.conversation().leadState), QStringLiteral("spam"));
        QCOMPARE(int(queries.conversationPage(ConversationFilter::All, std::nullopt, 50).size()),
                 0);
        QCOMPARE(queries.conversationCount(ConversationFilter::All), 0);
        QCOMPARE(int(queries.conversationPage(ConversationFilter::Spam, std::nullopt, 50).size()),
                 1);
        QCOMPARE(queries.conversationCount(ConversationFilter::Everything), 1);
        QVERIFY(Store(run.db).isListed(kCaller, Store::kBlockList).value());

        // Future calls are held, on this line and on another one.
        run.clock.advance(25LL * 3600 * 1000);
        run.provider.call(QStringLiteral("CA2"), kCaller, CallResult::NoAnswer, run.clock.now());
        run.provider.call(
            QStringLiteral("CA3"), kCaller, CallResult::NoAnswer, run.clock.now(), kOtherLine);
        QCOMPARE(toString(run.lastCall().decisionCode), QStringLiteral("spam"));
        QCOMPARE(toString(run.lastCall(kOtherLine).decisionCode), QStringLiteral("spam"));
        QCOMPARE(toString(run.conversation(kOtherLine).leadState), QStringLiteral("spam"));
        QCOMPARE(run.provider.sent.size(), 1);

        QVERIFY(run.engine->markNotSpam(before.id).isOk());
        QCOMPARE(toString(run.conversation().leadState), QStringLiteral("replied"));
        QCOMPARE(toString(run.conversation(kOtherLine).leadState), QStringLiteral("new"));
        QVERIFY(!Store(run.db).isListed(kCaller, Store::kBlockList).value());
        QCOMPARE(queries.conversationCount(ConversationFilter::All), 2);
        QVERIFY(!run.engine->markNotSpam(before.id).isOk());
    }

    // A block the office set by hand stays when "Not spam" is undone.
    void undoKeepsAnOwnBlock()
    {
        Run run(nextPath(), central(2, 10));
        run.provider.call(QStringLiteral("CA1"), kCaller, CallResult::NoAnswer, run.clock.now());
        QVERIFY(Store(run.db)
                    .setListed(kCaller, Store::kBlockList, true, QStringLiteral("ex-tenant"), 1)
                    .isOk());
        const qint64 id = run.conversation().id;
        QVERIFY(run.engine->markSpam(id).isOk());
        QVERIFY(run.engine->markNotSpam(id).isOk());
        QVERIFY(Store(run.db).isListed(kCaller, Store::kBlockList).value());
    }

    // N calls in M minutes from a number that never texted back: held.
    void spamPattern_data()
    {
        QTest::addColumn<int>("gapMinutes");
        QTest::addColumn<bool>("replied");
        QTest::addColumn<QStringList>("codes");
        QTest::newRow("four calls in six minutes")
            << 2 << false << codes("texted,repeat_call,repeat_call,spam_pattern,spam_pattern");
        QTest::newRow("spread over half an hour")
            << 8 << false << codes("texted,repeat_call,repeat_call,repeat_call,repeat_call");
        QTest::newRow("a caller who texted back")
            << 2 << true << codes("texted,repeat_call,repeat_call,repeat_call,repeat_call");
    }
    void spamPattern()
    {
        QFETCH(int, gapMinutes);
        QFETCH(bool, replied);
        QFETCH(QStringList, codes);
        Run run(nextPath(), central(2, 10));
        for (int i = 0; i < codes.size(); ++i) {
            run.provider.call(
                QStringLiteral("CA%1").arg(i), kCaller, CallResult::NoAnswer, run.clock.now());
            if (i == 0 && replied)
                run.provider.reply(QStringLiteral("SM1"),
                                   kCaller,
                                   QStringLiteral("who is this?"),
                                   run.clock.now());
            QCOMPARE(toString(run.lastCall().decisionCode), codes.at(i));
            run.clock.advance(qint64(gapMinutes) * 60000);
        }
        QCOMPARE(run.provider.sent.size(), 1);
    }

    // Likely pocket dials and robocallers are listed under Screened, not put
    // in the call-back queue, and not counted as leads with no next step;
    // real activity (a reply, the office acting) makes them leads again.
    void screenedCallersAreListed_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("pocket dial") << "pocket_dial";
        QTest::newRow("robocaller") << "spam_pattern";
    }
    void screenedCallersAreListed()
    {
        QFETCH(QString, kind);
        Run run(nextPath(), central(2, 10));
        Queries queries(run.db);
        if (kind == QLatin1String("pocket_dial")) {
            run.provider.call(
                QStringLiteral("CA1"), kCaller, CallResult::Canceled, run.clock.now(), kLine, 1);
        } else {
            // The first call is texted and waits in the queue; the fourth in
            // six minutes shows the pattern and takes it out of the queue.
            for (int i = 0; i < 4; ++i) {
                run.provider.call(
                    QStringLiteral("CA%1").arg(i), kCaller, CallResult::NoAnswer, run.clock.now());
                run.clock.advance(2 * 60000);
            }
        }
        QCOMPARE(toString(run.lastCall().decisionCode), kind);
        QVERIFY(run.conversation().screened);
        QVERIFY(!run.conversation().needsCallback);
        QCOMPARE(queries.conversationCount(ConversationFilter::Screened), 1);
        QCOMPARE(
            int(queries.conversationPage(ConversationFilter::Screened, std::nullopt, 50).size()),
            1);
        QCOMPARE(queries.conversationCount(ConversationFilter::NeedsCallback), 0);
        QCOMPARE(queries.noNextStepCount(run.clock.now().toMSecsSinceEpoch()), 0);

        // The caller writes: a real lead after all.
        run.provider.reply(
            QStringLiteral("SM1"), kCaller, QStringLiteral("sorry, wrong button"), run.clock.now());
        QVERIFY(!run.conversation().screened);
        QVERIFY(run.conversation().needsCallback);
        QCOMPARE(queries.conversationCount(ConversationFilter::Screened), 0);
    }

    void screenedPocketDialKeepsAWaitingCaller()
    {
        // A caller already waiting for a call-back stays in the queue when a
        // later call is a pocket dial.
        Run run(nextPath(), central(2, 10));
        run.provider.call(QStringLiteral("CA1"), kCaller, CallResult::NoAnswer, run.clock.now());
        QVERIFY(run.conversation().needsCallback);
        run.clock.advance(60000);
        run.provider.call(
            QStringLiteral("CA2"), kCaller, CallResult::Canceled, run.clock.now(), kLine, 1);
        QCOMPARE(toString(run.lastCall().decisionCode), QStringLiteral("pocket_dial"));
        QVERIFY(run.conversation().needsCallback);
        QVERIFY(!run.conversation().screened);
        QCOMPARE(Queries(run.db).conversationCount(ConversationFilter::Screened), 0);
    }

    // The first automatic text to a number carries the opt-out hint, once.
    void optOutHintOnFirstContact_data()
    {
        QTest::addColumn<QString>("templateText");
        QTest::addColumn<bool>("hint");
        QTest::addColumn<int>("firstStops");
        QTest::newRow("template without a hint")
            << "Hi, this is {company}. What do you need?" << true << 1;
        QTest::newRow("office switched it off")
            << "Hi, this is {company}. What do you need?" << false << 0;
        QTest::newRow("shipped template has one") << "" << true << 1;
    }
    void optOutHintOnFirstContact()
    {
        QFETCH(QString, templateText);
        QFETCH(bool, hint);
        QFETCH(int, firstStops);
        EngineConfig config;
        config.companyName = QStringLiteral("Ortiz Plumbing");
        config.rules.optOutHint = hint;
        if (!templateText.isEmpty())
            config.templates.insert(QStringLiteral("general"), templateText);
        Run run(nextPath(), central(2, 10), config);
        run.provider.call(QStringLiteral("CA1"), kCaller, CallResult::NoAnswer, run.clock.now());
        run.clock.advance(25LL * 3600 * 1000); // after the de-dup window
        run.provider.call(QStringLiteral("CA2"), kCaller, CallResult::NoAnswer, run.clock.now());
        QCOMPARE(run.provider.sent.size(), 2);
        const QString first = run.provider.sent.at(0).body;
        const QString second = run.provider.sent.at(1).body;
        QCOMPARE(int(first.count(QLatin1String("STOP"))), firstStops);
        QVERIFY2(first.contains(QLatin1String("Ortiz Plumbing")), qPrintable(first));
        if (!templateText.isEmpty()) {
            QVERIFY2(!second.contains(QLatin1String("STOP")), qPrintable(second));
            if (hint)
                QVERIFY2(first.endsWith(QLatin1String("need? Reply STOP to opt out.")),
                         qPrintable(first));
        }
    }

    // The linter already warns about both (TemplateLinter: no_opt_out, no_business_name).

    // "Number can receive texts again": the office lifts the mark on every
    // line; the next missed call is texted.
    void officeClearsCantReceiveTexts()
    {
        Run run(nextPath(), central(2, 10));
        SendOutcome failed;
        failed.error = SendError::Landline;
        failed.errorDetail = QStringLiteral("Twilio 30006: Landline or unreachable carrier");
        run.provider.scriptedFailures.push_back(failed);
        run.provider.call(QStringLiteral("CA1"), kCaller, CallResult::NoAnswer, run.clock.now());
        const qint64 id = run.conversation().id;
        const auto mark = run.engine->cantReceiveTexts(id);
        QVERIFY(mark);
        QCOMPARE(mark->note, failed.errorDetail);
        run.clock.advance(25LL * 3600 * 1000);
        run.provider.call(
            QStringLiteral("CA2"), kCaller, CallResult::NoAnswer, run.clock.now(), kOtherLine);
        QCOMPARE(toString(run.lastCall(kOtherLine).decisionCode),
                 QStringLiteral("cant_receive_texts"));
        // Cleared from the other line's conversation: it covers the number.
        QVERIFY(run.engine->clearCantReceiveTexts(run.conversation(kOtherLine).id).isOk());
        QVERIFY(!run.engine->cantReceiveTexts(id));
        QVERIFY(!run.engine->clearCantReceiveTexts(id).isOk()); // nothing left to clear
        run.clock.advance(25LL * 3600 * 1000);
        run.provider.call(QStringLiteral("CA3"), kCaller, CallResult::NoAnswer, run.clock.now());
        QCOMPARE(toString(run.lastCall().decisionCode), QStringLiteral("texted"));
        QCOMPARE(run.provider.sent.size(), 2);
    }

    // A spam number that texts in: kept, still spam, but not unread, not
    // urgent and no replyReceived (no notification), on any line.
    void spamRepliesStayQuiet()
    {
        Run run(nextPath(), central(2, 10));
        run.provider.call(QStringLiteral("CA1"), kCaller, CallResult::NoAnswer, run.clock.now());
        QVERIFY(run.engine->markSpam(run.conversation().id).isOk());
        QSignalSpy replies(run.engine.get(), &Engine::replyReceived);
        const QString urgent = QStringLiteral("URGENT: water everywhere, the pipe burst");
        run.provider.reply(QStringLiteral("SM1"), kCaller, urgent, run.clock.now());
        run.provider.reply(QStringLiteral("SM2"), kCaller, urgent, run.clock.now(), kOtherLine);
        QCOMPARE(replies.count(), 0);
        Queries queries(run.db);
        for (const QString &line : {kLine, kOtherLine}) {
            const Conversation c = run.conversation(line);
            QCOMPARE(toString(c.leadState), QStringLiteral("spam"));
            QCOMPARE(c.unreadCount, 0);
            QVERIFY(!c.urgent);
            QCOMPARE(int(queries.messages(c.id).size()), line == kLine ? 2 : 1);
        }
        QCOMPARE(queries.conversationCount(ConversationFilter::Unread), 0);
        QCOMPARE(queries.conversationCount(ConversationFilter::Urgent), 0);
        QCOMPARE(queries.conversationCount(ConversationFilter::Spam), 2);
        // Not spam any more: replies count again.
        QVERIFY(run.engine->markNotSpam(run.conversation().id).isOk());
        run.provider.reply(QStringLiteral("SM3"), kCaller, urgent, run.clock.now());
        QCOMPARE(replies.count(), 1);
        QCOMPARE(run.conversation().unreadCount, 1);
        QVERIFY(run.conversation().urgent);
    }
};

QTEST_GUILESS_MAIN(TestScreening)
#include "tst_screening.moc"
