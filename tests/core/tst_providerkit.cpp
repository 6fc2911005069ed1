// The provider kit (core/provider/kit) on its own, on a manual clock: the
// clock's waits, the sender's reconcile and outcome plumbing, the provider's
// start/stop/send guards, the poll loop's back-off, the classification of
// HTTP answers and the connection test's words.

#include "net/HttpClient.h"
#include "provider/kit/ClockTimer.h"
#include "provider/kit/ConnectionTests.h"
#include "provider/kit/PollLoop.h"
#include "provider/kit/ProviderBase.h"
#include "provider/kit/SenderBase.h"
#include "provider/kit/SessionBase.h"
#include "util/Clock.h"

#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTest>

using namespace ringback;
using namespace ringback::provider;

namespace {

Q_LOGGING_CATEGORY(lcKitTest, "ringback.test.providerkit", QtInfoMsg)

class Words final : public ProblemWords
{
public:
    Words()
        : ProblemWords(QStringLiteral("Acme"))
    {}

protected:
    ErrorBody errorOf(const net::HttpResponse &response) const override
    {
        return {QString(), QString::fromUtf8(response.body)};
    }
    QString authRefused(const net::HttpResponse &, const ErrorBody &) const override
    {
        return QStringLiteral("Acme refused the key (401)");
    }
};

const Words &words()
{
    static const Words instance;
    return instance;
}

class Session final : public SessionBase
{
public:
    Session()
        : SessionBase(lcKitTest(), words())
    {}
};

struct Sink final : ProviderEvents
{
    void callEnded(const ProviderCall &) override {}
    void messageReceived(const ProviderMessage &) override {}
    void sendFinished(const SendOutcome &outcome) override { sends << outcome; }
    void reconciled(const ReconcileOutcome &outcome) override { reconciles << outcome; }
    void statusChanged(const StatusUpdate &) override {}
    void cursorAdvanced(const QString &cursor) override { cursors << cursor; }
    void connectionStateChanged(ConnectionState state, const QString &) override
    {
        states << state;
    }
    QList<SendOutcome> sends;
    QList<ReconcileOutcome> reconciles;
    QStringList cursors;
    QList<ConnectionState> states;
};

net::HttpResponse failed(net::HttpResponse::Failure failure)
{
    net::HttpResponse r;
    r.failure = failure;
    r.errorString = QStringLiteral("connection refused");
    r.url = QUrl(QStringLiteral("https://api.acme.test/x"));
    return r;
}

net::HttpResponse status(int code, const QByteArray &body = {})
{
    net::HttpResponse r;
    r.status = code;
    r.body = body;
    return r;
}

// A sender whose look-ups answer from a script of problems, then find the
// message.
class Sender final : public SenderBase
{
public:
    explicit Sender(Session &session)
        : SenderBase(session, lcKitTest(), QStringLiteral("Acme"))
    {}

    void send(const SendRequest &request) override
    {
        SendOutcome outcome = outcomeFor(request);
        if (!noStatus(reply, outcome)) {
            outcome.accepted = true;
            outcome.providerMessageId = QStringLiteral("M1");
        }
        finish(request, outcome);
    }

    net::HttpResponse reply; // what the next send meets
    QList<Problem> problems; // what the next look-ups meet, in turn
    QList<int> attempts;
    QStringList tracked;

protected:
    void lookUp(const SendRequest &request, int attempt) override
    {
        attempts << attempt;
        if (!problems.isEmpty()) {
            lookUpFailed(request, attempt, problems.takeFirst());
            return;
        }
        answer(request,
               ReconcileOutcome::Found::Yes,
               Match{QStringLiteral("M9"), MessageStatus::Received, false},
               QString());
    }
    void matched(const SendRequest &, const Match &match) override
    {
        if (!match.final)
            tracked << match.id;
    }
    void saveCursor() override {}
    using SenderBase::answer;
};

class KitProvider final : public ProviderBase
{
public:
    KitProvider()
        : ProviderBase(
            m_session, m_sender, {QStringLiteral("Stopped"), QStringLiteral("Acme is not set up.")})
        , m_sender(m_session)
    {}

    bool refuse = false;
    QStringList calls;
    Session m_session;

private:
    Status configureWith(const ProviderContext &) override
    {
        calls << QStringLiteral("configure");
        return refuse ? Status(Error(QStringLiteral("bad settings"))) : Status();
    }
    void begin(const QString &cursor) override { calls << QStringLiteral("begin ") + cursor; }
    void halt() override { calls << QStringLiteral("halt"); }
    void leave() override { calls << QStringLiteral("leave"); }
    void check(std::function<void(const ConnectionCheck &)> done) override
    {
        done({true, QStringLiteral("fine")});
    }

    Sender m_sender;
};

SendRequest request(qint64 id, QDateTime first = QDateTime::currentDateTimeUtc())
{
    return {id,
            QStringLiteral("+15125550100"),
            QStringLiteral("+15125550134"),
            QStringLiteral("Hi"),
            first};
}

} // namespace

class TestProviderKit : public QObject
{
    Q_OBJECT

private slots:
    void clockTimerFiresWhenTheManualClockReachesIt()
    {
        ManualClock clock;
        Session session;
        session.setClock(&clock);
        ClockTimer timer(session);
        QSignalSpy fired(&timer, &ClockTimer::timeout);
        timer.start(60000);
        QVERIFY(timer.isActive());
        ClockTimer::advance(clock, 59999);
        QCOMPARE(fired.size(), 0);
        ClockTimer::advance(clock, 1);
        QCOMPARE(fired.size(), 1);
        QVERIFY(!timer.isActive());
        ClockTimer::advance(clock, 120000); // single shot
        QCOMPARE(fired.size(), 1);
    }

    void clockTimerFiresInDeadlineOrderAndNotWhenStopped()
    {
        ManualClock clock;
        Session session;
        session.setClock(&clock);
        ClockTimer late(session);
        ClockTimer early(session);
        ClockTimer stopped(session);
        QStringList order;
        connect(&late, &ClockTimer::timeout, this, [&order] { order << QStringLiteral("late"); });
        connect(&early, &ClockTimer::timeout, this, [&order] { order << QStringLiteral("early"); });
        connect(
            &stopped, &ClockTimer::timeout, this, [&order] { order << QStringLiteral("stopped"); });
        late.start(3000);
        early.start(1000);
        stopped.start(2000);
        stopped.stop();
        ClockTimer::advance(clock, 5000);
        QCOMPARE(order, (QStringList{QStringLiteral("early"), QStringLiteral("late")}));
    }

    void clockTimerOnAnotherClockIsLeftAlone()
    {
        ManualClock mine;
        ManualClock other;
        Session session;
        session.setClock(&mine);
        ClockTimer timer(session);
        QSignalSpy fired(&timer, &ClockTimer::timeout);
        timer.start(1000);
        ClockTimer::advance(other, 5000);
        QCOMPARE(fired.size(), 0);
        ClockTimer::advance(mine, 1000);
        QCOMPARE(fired.size(), 1);
    }

    void clockTimerAlsoRunsOnTheEventLoop()
    {
        Session session; // the system clock
        ClockTimer timer(session);
        QSignalSpy fired(&timer, &ClockTimer::timeout);
        timer.start(0);
        QVERIFY(fired.wait(5000));
    }

    void singleShotIsGoneWithItsContext()
    {
        ManualClock clock;
        Session session;
        session.setClock(&clock);
        int calls = 0;
        {
            QObject context;
            ClockTimer::singleShot(session, 1000, &context, [&calls] { ++calls; });
        }
        ClockTimer::advance(clock, 2000);
        QCOMPARE(calls, 0);
        QObject context;
        ClockTimer::singleShot(session, 1000, &context, [&calls] { ++calls; });
        ClockTimer::advance(clock, 1000);
        QCOMPARE(calls, 1);
    }

    void neverConnectedSendIsReconciledNoWithoutAsking()
    {
        Session session;
        Sink sink;
        session.begin(&sink);
        session.running = true;
        Sender sender(session);
        sender.reply = failed(net::HttpResponse::Failure::NotConnected);
        sender.send(request(7));
        QCOMPARE(sink.sends.size(), 1);
        QCOMPARE_EQ(sink.sends.first().error, SendError::ProviderDown);
        QCOMPARE(sink.sends.first().errorDetail,
                 QStringLiteral("could not connect to Acme (connection refused); the message did "
                                "not leave this computer"));
        QCOMPARE_EQ(session.state(), ConnectionState::Reconnecting);
        sender.reconcile(request(7));
        QVERIFY(sink.reconciles.isEmpty()); // never before reconcile() returns
        QTRY_COMPARE(sink.reconciles.size(), 1);
        QCOMPARE_EQ(sink.reconciles.first().found, ReconcileOutcome::Found::No);
        QCOMPARE(sink.reconciles.first().detail,
                 QStringLiteral("the last attempt never reached Acme"));
        QVERIFY(sender.attempts.isEmpty());
    }

    void aLaterAttemptForgetsThatAnEarlierOneNeverLeft()
    {
        Session session;
        Sink sink;
        session.begin(&sink);
        session.running = true;
        Sender sender(session);
        sender.reply = failed(net::HttpResponse::Failure::NotConnected);
        sender.send(request(7));
        sender.reply = failed(net::HttpResponse::Failure::Timeout);
        sender.send(request(7));
        QVERIFY(sink.sends.last().errorDetail.startsWith(QLatin1String("no answer from Acme")));
        sender.reconcile(request(7));
        QTRY_COMPARE(sink.reconciles.size(), 1);
        QCOMPARE(sender.attempts, QList<int>{1}); // asked the provider
        QCOMPARE_EQ(sink.reconciles.first().found, ReconcileOutcome::Found::Yes);
        QCOMPARE_EQ(sink.reconciles.first().status, MessageStatus::Sent); // not Received
        QCOMPARE(sender.tracked, QStringList{QStringLiteral("M9")});
    }

    void reconcileWithoutTheFirstAttemptIsUnknown()
    {
        Session session;
        Sink sink;
        session.begin(&sink);
        session.running = true;
        Sender sender(session);
        sender.reconcile(request(8, QDateTime()));
        QTRY_COMPARE(sink.reconciles.size(), 1);
        QCOMPARE_EQ(sink.reconciles.first().found, ReconcileOutcome::Found::Unknown);
        QCOMPARE(sink.reconciles.first().detail,
                 QStringLiteral("the time of the first attempt is unknown"));
    }

    void transientLookUpProblemsAreRetriedOnTheClock()
    {
        ManualClock clock;
        Session session;
        session.setClock(&clock);
        Sink sink;
        session.begin(&sink);
        session.running = true;
        Sender sender(session);
        Problem server;
        server.kind = Problem::Kind::Server;
        sender.problems = {server, server};
        sender.reconcile(request(9));
        QCOMPARE(sender.attempts, QList<int>{1});
        ClockTimer::advance(clock, 999);
        QCOMPARE(sender.attempts, QList<int>{1});
        ClockTimer::advance(clock, 1); // 1 s after the first
        QCOMPARE(sender.attempts, (QList<int>{1, 2}));
        ClockTimer::advance(clock, 2000); // 2 s after the second
        QCOMPARE(sender.attempts, (QList<int>{1, 2, 3}));
        QCOMPARE(sink.reconciles.size(), 1);
        QCOMPARE_EQ(sink.reconciles.first().found, ReconcileOutcome::Found::Yes);
    }

    void lookUpGivesUpAfterThreeAttemptsOrARefusal()
    {
        ManualClock clock;
        Session session;
        session.setClock(&clock);
        Sink sink;
        session.begin(&sink);
        session.running = true;
        Sender sender(session);
        Problem busy;
        busy.kind = Problem::Kind::RateLimited;
        busy.retryAfterMs = 7000;
        busy.detail = QStringLiteral("busy");
        sender.problems = {busy, busy, busy};
        sender.reconcile(request(10));
        ClockTimer::advance(clock, 6999);
        QCOMPARE(sender.attempts.size(), 1); // Retry-After counts
        ClockTimer::advance(clock, 1);
        ClockTimer::advance(clock, 7000);
        QCOMPARE(sender.attempts.size(), 3);
        QCOMPARE(sink.reconciles.size(), 1);
        QCOMPARE_EQ(sink.reconciles.first().found, ReconcileOutcome::Found::Unknown);
        QCOMPARE(sink.reconciles.first().detail, QStringLiteral("busy"));

        Problem refused;
        refused.kind = Problem::Kind::Refused;
        sender.problems = {refused};
        sender.attempts.clear();
        sender.reconcile(request(11));
        QCOMPARE(sender.attempts.size(), 1);
        QCOMPARE(sink.reconciles.size(), 2);
        QCOMPARE_EQ(sink.reconciles.last().found, ReconcileOutcome::Found::Unknown);
    }

    void noRetryAfterTheProviderStopped()
    {
        ManualClock clock;
        Session session;
        session.setClock(&clock);
        Sink sink;
        session.begin(&sink);
        session.running = true;
        Sender sender(session);
        Problem network;
        network.kind = Problem::Kind::Network;
        sender.problems = {network};
        sender.reconcile(request(12));
        session.running = false;
        ClockTimer::advance(clock, 60000);
        QCOMPARE(sender.attempts.size(), 1);
    }

    void providerGuardsStartStopAndSend()
    {
        KitProvider provider;
        Sink sink;
        provider.send(request(1));                  // before configure: ignored
        provider.start(&sink, QStringLiteral("c")); // not configured: ignored
        QVERIFY(provider.calls.isEmpty());
        std::optional<ConnectionCheck> check;
        provider.testConnection([&check](const ConnectionCheck &c) { check = c; });
        QVERIFY(check && !check->ok);
        QCOMPARE(check->message, QStringLiteral("Acme is not set up."));

        ManualClock clock;
        ProviderContext context;
        context.clock = &clock;
        QVERIFY(provider.configure(context));
        QCOMPARE(provider.m_session.now(), clock.now());
        provider.testConnection([&check](const ConnectionCheck &c) { check = c; });
        QVERIFY(check->ok);
        provider.start(&sink, QStringLiteral("c"));
        QVERIFY(provider.m_session.running);
        provider.send(request(2));
        QCOMPARE(sink.sends.size(), 1);
        provider.stop();
        QCOMPARE(provider.calls,
                 (QStringList{QStringLiteral("configure"),
                              QStringLiteral("begin c"),
                              QStringLiteral("leave"),
                              QStringLiteral("halt")}));
        QCOMPARE_EQ(sink.states.last(), ConnectionState::Disconnected);
        provider.send(request(3)); // after stop: ignored
        provider.reconcile(request(3));
        QCOMPARE(sink.sends.size(), 1);
        provider.stop(); // stopped already: lets go again, halts nothing
        QCOMPARE(provider.calls.size(), 5);

        provider.refuse = true;
        QVERIFY(!provider.configure(context));
        provider.testConnection([&check](const ConnectionCheck &c) { check = c; });
        QVERIFY(!check->ok);
    }

    void pollLoopBacksOffOnTheClock()
    {
        ManualClock clock;
        Session session;
        session.setClock(&clock);
        Sink sink;
        session.begin(&sink);
        session.running = true;
        PollLoop loop(session, lcKitTest());
        int verifies = 0;
        int passes = 0;
        std::optional<Problem> next;
        loop.setSteps({[&verifies](Done done) {
                           ++verifies;
                           done(std::nullopt);
                       },
                       {[&passes, &next](Done done) {
                           ++passes;
                           done(next);
                       }},
                       [] { return QStringLiteral("checking"); },
                       [] {
                           return QStringLiteral("fine");
                       }});
        loop.start(10000);
        ClockTimer::advance(clock, 0);
        QCOMPARE(verifies, 1);
        QCOMPARE(passes, 1);
        QCOMPARE(session.detail(), QStringLiteral("fine"));
        ClockTimer::advance(clock, 9999);
        QCOMPARE(passes, 1);
        Problem trouble;
        trouble.kind = Problem::Kind::Server;
        trouble.detail = QStringLiteral("trouble");
        next = trouble;
        ClockTimer::advance(clock, 1);
        QCOMPARE(passes, 2);
        QCOMPARE_EQ(session.state(), ConnectionState::Reconnecting);
        ClockTimer::advance(clock, 9999); // never sooner than the interval
        QCOMPARE(passes, 2);
        ClockTimer::advance(clock, 1);
        QCOMPARE(passes, 3);
        ClockTimer::advance(clock, 9999); // the second failure waits as long at least
        QCOMPARE(passes, 3);
        next.reset();
        ClockTimer::advance(clock, 5 * 60 * 1000);
        QCOMPARE(passes, 4);
        QCOMPARE_EQ(session.state(), ConnectionState::Polling);
        loop.stop();
        ClockTimer::advance(clock, 60 * 60 * 1000);
        QCOMPARE(passes, 4);
    }

    void problemsAreClassifiedInTheProvidersWords()
    {
        Session session;
        QCOMPARE(session.problemOf(failed(net::HttpResponse::Failure::Timeout), QStringLiteral("x"))
                     .kind,
                 Problem::Kind::Network);
        const Problem auth = session.problemOf(status(401), QStringLiteral("listing calls"));
        QCOMPARE(auth.kind, Problem::Kind::Auth);
        QCOMPARE(auth.detail, QStringLiteral("Acme refused the key (401)"));
        QCOMPARE(session.problemOf(status(503), QStringLiteral("listing calls")).detail,
                 QStringLiteral("Acme is having trouble (HTTP 503) while listing calls"));
        QCOMPARE(session.problemOf(status(404), QStringLiteral("listing calls")).detail,
                 QStringLiteral("Acme refused listing calls (HTTP 404: no details)"));
        QCOMPARE(session.problemOf(status(400, "bad number"), QStringLiteral("sending")).detail,
                 QStringLiteral("Acme refused sending (HTTP 400: bad number)"));
        QCOMPARE(session.badAnswer(QStringLiteral("sending"), QStringLiteral("no id")).detail,
                 QStringLiteral("Acme sent an answer Ringback cannot read while sending (no id)"));
    }

    void connectionTestWords()
    {
        const auto refused = [] {
            return QStringLiteral("refused");
        };
        const QString acme = QStringLiteral("Acme");
        const QString key = QStringLiteral("refused the key");
        QVERIFY(describeTestFailure(
                    failed(net::HttpResponse::Failure::NotConnected), acme, key, refused)
                    .startsWith(QLatin1String("Cannot reach Acme at api.acme.test")));
        QVERIFY(describeTestFailure(failed(net::HttpResponse::Failure::Network), acme, key, refused)
                    .startsWith(QLatin1String("The connection to Acme broke")));
        QCOMPARE(describeTestFailure(status(401), acme, key, refused), key);
        QCOMPARE(describeTestFailure(status(429), acme, key, refused),
                 QStringLiteral("Acme asked Ringback to slow down (429). Try again in a minute."));
        QCOMPARE(describeTestFailure(status(502), acme, key, refused),
                 QStringLiteral("Acme is having trouble (HTTP 502). Try again later."));
        QCOMPARE(describeTestFailure(status(404), acme, key, refused), QStringLiteral("refused"));
        net::HttpClient http(nullptr);
        QCOMPARE(testOptions(http).timeoutMs, 20000);
    }
};

QTEST_GUILESS_MAIN(TestProviderKit)
#include "tst_providerkit.moc"
