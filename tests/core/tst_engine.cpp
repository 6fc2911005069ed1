#include "FakeProvider.h"
#include "engine/Engine.h"
#include "engine/Keywords.h"
#include "store/Queries.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ringback;
using ringback::test::FakeProvider;

namespace {
const QString kLine = QStringLiteral("+15125550100");
const QString kDana = QStringLiteral("+15125550134");
const QString kMike = QStringLiteral("+15125550147");
} // namespace

class TestEngine : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_dbCounter = 0;
    QString m_dbPath;
    ManualClock m_clock{QDateTime(QDate(2026, 3, 2), QTime(14, 0), Qt::UTC)};

    // One "run" of Ringback: a database connection, a provider and an engine.
    struct Run
    {
        Database db;
        FakeProvider provider;
        std::unique_ptr<Engine> engine;
    };
    std::unique_ptr<Run> startRun(FakeProvider::Mode mode = FakeProvider::Mode::Accept,
                                  EngineConfig config = {})
    {
        auto run = std::make_unique<Run>();
        const Status ok = run->db.open(m_dbPath, QStringLiteral("engine-%1").arg(++m_dbCounter));
        if (!ok)
            qFatal("cannot open the test database: %s", qPrintable(ok.errorMessage()));
        run->provider.mode = mode;
        run->engine = std::make_unique<Engine>(
            run->db, run->provider, QStringLiteral("fake"), config, m_clock);
        run->engine->start();
        return run;
    }
    QDateTime now() const { return m_clock.now(); }
    std::vector<Message> messagesWith(Database &db, const QString &contact)
    {
        Queries q(db);
        const auto conversation = q.conversation(contact, kLine);
        return conversation ? q.messages(conversation->id) : std::vector<Message>{};
    }
    std::vector<Call> callsWith(Database &db, const QString &contact)
    {
        Queries q(db);
        const auto conversation = q.conversation(contact, kLine);
        return conversation ? q.calls(conversation->id) : std::vector<Call>{};
    }

private slots:
    void init()
    {
        m_dbPath = m_dir.filePath(
            QStringLiteral("engine-%1.sqlite").arg(QDateTime::currentMSecsSinceEpoch()));
        m_clock.set(QDateTime(QDate(2026, 3, 2), QTime(14, 0), Qt::UTC));
    }

    void missedCallIsTextedOnce()
    {
        auto run = startRun();
        run->provider.call(
            QStringLiteral("CA1"), QStringLiteral("(512) 555-0134"), CallResult::NoAnswer, now());
        QCOMPARE(run->provider.sent.size(), 1);
        QCOMPARE(run->provider.sent.first().to, kDana);
        QCOMPARE(run->provider.sent.first().from, kLine);
        // The provider reports the same call again (a poll overlap): one call, one text.
        run->provider.call(QStringLiteral("CA1"), kDana, CallResult::NoAnswer, now());
        QCOMPARE(run->provider.sent.size(), 1);
        const auto calls = callsWith(run->db, kDana);
        QCOMPARE(int(calls.size()), 1);
        QCOMPARE(toString(calls.front().decision), toString(Decision::Texted));
        QVERIFY(!calls.front().decisionReason.isEmpty());
        const auto messages = messagesWith(run->db, kDana);
        QCOMPARE(int(messages.size()), 1);
        QCOMPARE(toString(messages.front().kind), toString(MessageKind::Auto));
        QCOMPARE(toString(messages.front().status), toString(MessageStatus::Sent));
        QCOMPARE(messages.front().providerId, QStringLiteral("FAKE%1").arg(messages.front().id));
    }

    void answeredCallIsNotTexted()
    {
        auto run = startRun();
        run->provider.call(QStringLiteral("CA2"), kDana, CallResult::Answered, now());
        QCOMPARE(run->provider.sent.size(), 0);
        const auto calls = callsWith(run->db, kDana);
        QCOMPARE(int(calls.size()), 1);
        QCOMPARE(toString(calls.front().decision), toString(Decision::NotApplicable));
    }

    void rapidRepeatCallsGetOneText()
    {
        auto run = startRun();
        run->provider.call(QStringLiteral("CA3"), kDana, CallResult::NoAnswer, now());
        m_clock.advance(5 * 60 * 1000);
        run->provider.call(QStringLiteral("CA4"), kDana, CallResult::Busy, now());
        QCOMPARE(run->provider.sendsTo(kDana), 1);
        const auto calls = callsWith(run->db, kDana);
        QCOMPARE(int(calls.size()), 2);
        QCOMPARE(toString(calls.back().decision), toString(Decision::Held));
        QVERIFY2(calls.back().decisionReason.contains(QLatin1String("already texted")),
                 qPrintable(calls.back().decisionReason));
    }

    void withheldNumberIsNotTexted()
    {
        auto run = startRun();
        run->provider.call(
            QStringLiteral("CA5"), QStringLiteral("anonymous"), CallResult::NoAnswer, now());
        QCOMPARE(run->provider.sent.size(), 0);
        const auto calls = callsWith(run->db, QStringLiteral("anonymous"));
        QCOMPARE(int(calls.size()), 1);
        QCOMPARE(toString(calls.front().decision), toString(Decision::Held));
    }

    void repliesThreadOntoTheCallersConversation()
    {
        auto run = startRun();
        run->provider.call(QStringLiteral("CA6"), kDana, CallResult::NoAnswer, now());
        m_clock.advance(60000);
        QSignalSpy replies(run->engine.get(), &Engine::replyReceived);
        run->provider.reply(QStringLiteral("SM1"),
                            QStringLiteral("512-555-0134"),
                            QStringLiteral("Roof is leaking"),
                            now());
        run->provider.reply(
            QStringLiteral("SM1"), kDana, QStringLiteral("Roof is leaking"), now()); // duplicate id
        run->provider.reply(QStringLiteral("SM2"), kMike, QStringLiteral("Hi"), now());
        run->provider.reply(QStringLiteral("SM3"),
                            kDana,
                            QStringLiteral("Other line"),
                            now(),
                            QStringLiteral("+15125550199"));
        QCOMPARE(replies.count(), 3);
        const auto dana = messagesWith(run->db, kDana);
        QCOMPARE(int(dana.size()), 2); // the automatic text and the one reply
        QCOMPARE(toString(dana.back().direction), toString(Direction::In));
        QCOMPARE(dana.back().body, QStringLiteral("Roof is leaking"));
        Queries q(run->db);
        const auto conversation = q.conversation(kDana, kLine);
        QCOMPARE(conversation->unreadCount, 1);
        QCOMPARE(toString(conversation->leadState), toString(LeadState::Replied));
        QVERIFY(conversation->urgent);
        QCOMPARE(conversation->urgencyReason, QStringLiteral("matched: leak"));
        QCOMPARE(int(messagesWith(run->db, kMike).size()), 1);
        QCOMPARE(q.conversationCount(ConversationFilter::All), 3); // Dana on two lines, Mike
    }

    void replyThenNewCallGetsNoSecondOpener()
    {
        auto run = startRun();
        run->provider.call(QStringLiteral("CA7"), kDana, CallResult::NoAnswer, now());
        // The caller writes back much later; past the de-duplication window
        // they call again: the conversation is live, so no second opener.
        m_clock.advance(20LL * 3600 * 1000);
        run->provider.reply(QStringLiteral("SM4"), kDana, QStringLiteral("Need a quote"), now());
        m_clock.advance(5LL * 3600 * 1000);
        run->provider.call(QStringLiteral("CA8"), kDana, CallResult::NoAnswer, now());
        QCOMPARE(run->provider.sendsTo(kDana), 1);
        const auto calls = callsWith(run->db, kDana);
        QCOMPARE(toString(calls.back().decision), toString(Decision::Held));
        QVERIFY2(calls.back().decisionReason.contains(QLatin1String("active")),
                 qPrintable(calls.back().decisionReason));
    }

    void crashAfterOutboxWrittenSendsExactlyOnceAfterRestart()
    {
        EngineConfig paced;
        paced.sendRatePerSecond = 0.001; // one send per 1000 s: the second text waits in the outbox
        {
            auto run = startRun(FakeProvider::Mode::Accept, paced);
            run->provider.call(QStringLiteral("CA9"), kMike, CallResult::NoAnswer, now());
            run->provider.call(QStringLiteral("CA10"), kDana, CallResult::NoAnswer, now());
            QCOMPARE(run->provider.sent.size(), 1);
            QCOMPARE(run->provider.sendsTo(kDana), 0);
            QCOMPARE(toString(messagesWith(run->db, kDana).front().status),
                     toString(MessageStatus::Queued));
        } // the process "dies" here with Dana's text in the outbox
        auto run = startRun();
        QCOMPARE(run->provider.sendsTo(kDana), 1);
        QCOMPARE(run->provider.sendsTo(kMike), 0);
        QCOMPARE(toString(messagesWith(run->db, kDana).front().status),
                 toString(MessageStatus::Sent));
        auto again = startRun(); // and a third start sends nothing more
        QCOMPARE(again->provider.sent.size(), 0);
    }

    void crashMidSend_data()
    {
        QTest::addColumn<bool>("carrierHasIt");
        QTest::addColumn<bool>("cannotTell");
        QTest::addColumn<int>("resends");
        QTest::addColumn<int>("finalStatus");
        QTest::newRow("provider has it: adopt, no resend")
            << true << false << 0 << int(MessageStatus::Sent);
        QTest::newRow("provider never got it: send once")
            << false << false << 1 << int(MessageStatus::Sent);
        QTest::newRow("provider cannot tell: fail, no resend")
            << true << true << 0 << int(MessageStatus::Failed);
    }
    void crashMidSend()
    {
        QFETCH(bool, carrierHasIt);
        QFETCH(bool, cannotTell);
        QFETCH(int, resends);
        QFETCH(int, finalStatus);
        qint64 messageId = 0;
        {
            auto run = startRun(FakeProvider::Mode::Hold);
            run->provider.call(QStringLiteral("CA11"), kDana, CallResult::NoAnswer, now());
            QCOMPARE(run->provider.sent.size(), 1);
            messageId = run->provider.sent.first().messageId;
            QCOMPARE(toString(messagesWith(run->db, kDana).front().status),
                     toString(MessageStatus::Sending));
        } // dies while the provider holds the request
        auto run = std::make_unique<Run>();
        QVERIFY(run->db.open(m_dbPath, QStringLiteral("restart-%1").arg(++m_dbCounter)).isOk());
        if (carrierHasIt)
            run->provider.carrier.insert(messageId);
        run->provider.cannotTell = cannotTell;
        run->engine = std::make_unique<Engine>(
            run->db, run->provider, QStringLiteral("fake"), EngineConfig{}, m_clock);
        run->engine->start();
        QCOMPARE(run->provider.reconciled, QList<qint64>{messageId});
        QCOMPARE(run->provider.sent.size(), resends);
        const auto messages = messagesWith(run->db, kDana);
        QCOMPARE(int(messages.size()), 1);
        QCOMPARE(int(messages.front().status), finalStatus);
        if (finalStatus == int(MessageStatus::Failed))
            QVERIFY(messages.front().error.contains(QLatin1String("not resent")));
    }

    void rateLimitedIsRetriedAfterRetryAfter()
    {
        // A 429 with Retry-After: 2 s. The retry waits for it (and for the
        // back-off, 2 s +-20 % after a first failure); the manual clock drives it.
        FakeProvider::Mode mode = FakeProvider::Mode::Accept;
        EngineConfig config;
        config.sendRatePerSecond = 0;
        auto run = startRun(mode, config);
        SendOutcome limited;
        limited.error = SendError::RateLimited;
        limited.retryAfterMs = 2000;
        limited.errorDetail = QStringLiteral("429 Too Many Requests");
        run->provider.scriptedFailures.push_back(limited);
        run->provider.call(QStringLiteral("CA12"), kDana, CallResult::NoAnswer, now());
        QCOMPARE(run->provider.sent.size(), 1);
        m_clock.advance(1999);
        run->engine->processOutbox();
        QCOMPARE(run->provider.sent.size(), 1); // not before the server's wait
        m_clock.advance(401);                   // 2.4 s: the longest first back-off
        run->engine->processOutbox();
        QCOMPARE(run->provider.sent.size(), 2);
        m_clock.advance(60 * 60 * 1000);
        run->engine->processOutbox();
        QCOMPARE(run->provider.sent.size(), 2); // accepted: never a third
        QCOMPARE(toString(messagesWith(run->db, kDana).front().status),
                 toString(MessageStatus::Sent));
    }

    void providerDownIsReconciledBeforeResend()
    {
        FakeProvider::Mode mode = FakeProvider::Mode::Accept;
        EngineConfig config;
        config.sendRatePerSecond = 0;
        auto run = startRun(mode, config);
        SendOutcome down;
        down.error = SendError::ProviderDown;
        down.errorDetail = QStringLiteral("503 Service Unavailable");
        run->provider.scriptedFailures.push_back(down);
        run->provider.call(QStringLiteral("CA13"), kDana, CallResult::NoAnswer, now());
        QCOMPARE(run->provider.sent.size(), 1);
        m_clock.advance(1599); // before the shortest first back-off
        run->engine->processOutbox();
        QCOMPARE(run->provider.reconciled.size(), 0);
        m_clock.advance(801);
        run->engine->processOutbox();
        // Asked first; the provider has no such message, so it goes now.
        QCOMPARE(run->provider.reconciled.size(), 1);
        QCOMPARE(run->provider.sent.size(), 2);
        QCOMPARE(toString(messagesWith(run->db, kDana).front().status),
                 toString(MessageStatus::Sent));
    }

    void permanentErrorsNeverRetry_data()
    {
        QTest::addColumn<int>("error");
        QTest::addColumn<bool>("optsOut");
        QTest::newRow("opted out") << int(SendError::OptedOut) << true;
        QTest::newRow("invalid number") << int(SendError::InvalidNumber) << false;
        QTest::newRow("landline") << int(SendError::Landline) << false;
    }
    void permanentErrorsNeverRetry()
    {
        QFETCH(int, error);
        QFETCH(bool, optsOut);
        auto run = startRun();
        SendOutcome refused;
        refused.error = SendError(error);
        refused.errorDetail = QStringLiteral("21610 unsubscribed recipient");
        run->provider.scriptedFailures.push_back(refused);
        run->provider.call(QStringLiteral("CA14"), kDana, CallResult::NoAnswer, now());
        m_clock.advance(3600 * 1000);
        run->engine->processOutbox();
        QCOMPARE(run->provider.sent.size(), 1);
        const auto messages = messagesWith(run->db, kDana);
        QCOMPARE(toString(messages.front().status), toString(MessageStatus::Failed));
        QVERIFY(!messages.front().error.isEmpty());
        const auto conversation = Queries(run->db).conversation(kDana, kLine);
        QCOMPARE(conversation->optOut == OptOutState::OptedOut, optsOut);
    }

    void stopAndStart()
    {
        auto run = startRun();
        run->provider.call(QStringLiteral("CA15"), kDana, CallResult::NoAnswer, now());
        QCOMPARE(run->provider.sent.size(), 1);
        m_clock.advance(60000); // past the send pacing
        run->provider.reply(QStringLiteral("SM5"), kDana, QStringLiteral("Stop."), now());
        // One confirmation.
        QCOMPARE(run->provider.sent.size(), 2);
        QVERIFY(run->provider.sent.last().body.contains(QLatin1String("unsubscribed")));
        run->provider.reply(QStringLiteral("SM6"), kDana, QStringLiteral("STOP"), now());
        QCOMPARE(run->provider.sent.size(), 2); // not confirmed twice
        const qint64 conversationId = Queries(run->db).conversation(kDana, kLine)->id;
        const Status manual
            = run->engine->sendManual(conversationId, QStringLiteral("Are you sure?"));
        QVERIFY(!manual.isOk());
        QVERIFY2(manual.errorMessage().contains(QLatin1String("opted out")),
                 qPrintable(manual.errorMessage()));
        m_clock.advance(48LL * 3600 * 1000);
        run->provider.call(QStringLiteral("CA16"), kDana, CallResult::NoAnswer, now());
        QCOMPARE(run->provider.sent.size(), 2);
        // Opted out on one line means opted out on every line of the office.
        run->provider.call(QStringLiteral("CA17"),
                           kDana,
                           CallResult::NoAnswer,
                           now(),
                           QStringLiteral("+15125550199"));
        QCOMPARE(run->provider.sent.size(), 2);

        run->provider.reply(QStringLiteral("SM7"), kDana, QStringLiteral("start"), now());
        QVERIFY(run->engine->sendManual(conversationId, QStringLiteral("Welcome back")).isOk());
        QCOMPARE(run->provider.sent.size(), 3);
    }

    void providerConfirmedOptOutIsNotDoubled_data()
    {
        // What the provider answers itself, the reply, and how many texts
        // Ringback sends for it: one answer to a keyword, never two.
        QTest::addColumn<QStringList>("providerAnswers");
        QTest::addColumn<QString>("reply");
        QTest::addColumn<int>("ourTexts");
        const QStringList twilio{QStringLiteral("STOP"),
                                 QStringLiteral("UNSUBSCRIBE"),
                                 QStringLiteral("HELP"),
                                 QStringLiteral("INFO")};
        QTest::newRow("provider confirms") << twilio << QStringLiteral("UNSUBSCRIBE") << 0;
        QTest::newRow("case and punctuation") << twilio << QStringLiteral(" Stop. ") << 0;
        QTest::newRow("provider answers HELP") << twilio << QStringLiteral("help") << 0;
        QTest::newRow("keyword the provider lacks") << twilio << QStringLiteral("opt out") << 1;
        QTest::newRow("provider confirms nothing") << QStringList() << QStringLiteral("STOP") << 1;
        QTest::newRow("HELP the provider lacks") << QStringList() << QStringLiteral("help") << 1;
    }
    void providerConfirmedOptOutIsNotDoubled()
    {
        QFETCH(QStringList, providerAnswers);
        QFETCH(QString, reply);
        QFETCH(int, ourTexts);
        EngineConfig config;
        config.providerAutoReplies = providerAnswers;
        auto run = startRun(FakeProvider::Mode::Accept, config);
        run->provider.reply(QStringLiteral("SM8"), kDana, reply, now());
        QCOMPARE(run->provider.sent.size(), ourTexts);
        const bool optOut = classifyKeyword(reply) == Keyword::OptOut;
        QCOMPARE(toString(Queries(run->db).conversation(kDana, kLine)->optOut),
                 toString(optOut ? OptOutState::OptedOut : OptOutState::None));
    }

    void manualSendValidation()
    {
        auto run = startRun();
        run->provider.reply(QStringLiteral("SM9"), kDana, QStringLiteral("hello"), now());
        m_clock.advance(60000);
        const qint64 id = Queries(run->db).conversation(kDana, kLine)->id;
        QVERIFY(!run->engine->sendManual(id, QStringLiteral("   ")).isOk());
        QVERIFY(!run->engine->sendManual(id, QString(1601, QLatin1Char('a'))).isOk());
        QVERIFY(!run->engine->sendManual(999999, QStringLiteral("hi")).isOk());
        QVERIFY(run->engine->sendManual(id, QStringLiteral("<b>hi</b>")).isOk());
        QCOMPARE(run->provider.sent.last().body, QStringLiteral("<b>hi</b>"));
    }

    void cursorPersists()
    {
        {
            auto run = startRun();
            QCOMPARE(run->provider.startCursor, QString());
        }
        Database db;
        QVERIFY(db.open(m_dbPath, QStringLiteral("cursor-%1").arg(++m_dbCounter)).isOk());
        Store store(db);
        QVERIFY(store.setCursor(
            QStringLiteral("fake"), QStringLiteral("2026-03-02T14:00:00Z|CA99"), 1));
        FakeProvider provider;
        Engine engine(db, provider, QStringLiteral("fake"), EngineConfig{}, m_clock);
        engine.start();
        QCOMPARE(provider.startCursor, QStringLiteral("2026-03-02T14:00:00Z|CA99"));
    }

    void keywords_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<int>("keyword");
        const int none = int(Keyword::None), out = int(Keyword::OptOut), in = int(Keyword::OptIn),
                  help = int(Keyword::Help);
        QTest::newRow("STOP") << "STOP" << out;
        QTest::newRow("Stop.") << "Stop." << out;
        QTest::newRow("stop!!") << " stop!! " << out;
        QTest::newRow("emoji") << "stop 🙏" << out;
        QTest::newRow("stop all") << "STOP ALL" << out;
        QTest::newRow("stopall") << "stopall" << out;
        QTest::newRow("unsubscribe") << "Unsubscribe" << out;
        QTest::newRow("cancel") << "CANCEL" << out;
        QTest::newRow("end") << "end" << out;
        QTest::newRow("quit") << "Quit!" << out;
        QTest::newRow("opt out") << "opt out" << out;
        QTest::newRow("revoke") << "REVOKE" << out;
        QTest::newRow("start") << "START" << in;
        QTest::newRow("unstop") << "unstop" << in;
        QTest::newRow("yes") << "Yes" << in;
        QTest::newRow("help") << "HELP" << help;
        QTest::newRow("info") << "info?" << help;
        QTest::newRow("stop by") << "can you stop by tomorrow" << none;
        QTest::newRow("won't stop") << "the leak won't stop" << none;
        QTest::newRow("cancel appt") << "I want to cancel my appointment" << none;
        QTest::newRow("stop it") << "stop it" << none;
        QTest::newRow("empty") << "" << none;
        QTest::newRow("stopped") << "stopped" << none;
    }
    void keywords()
    {
        QFETCH(QString, body);
        QFETCH(int, keyword);
        QCOMPARE(int(classifyKeyword(body)), keyword);
    }
};

QTEST_GUILESS_MAIN(TestEngine)
#include "tst_engine.moc"
