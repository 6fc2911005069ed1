// The twilio provider plugin, sending side: texts form-encoded with Basic
// auth, Twilio's errors mapped, delivery status polled, and reconciliation of
// sends whose outcome is unknown (at most once).

#include "FakeTwilio.h"
#include "TestPrinting.h"
#include "TwilioTestKit.h"

#include <QRegularExpression>
#include <QTcpServer>
#include <QTest>

using namespace ringback;
using namespace ringback::test;

namespace {
const QString kDana = QStringLiteral("+15125550134");
const QString kMike = QStringLiteral("+15125550147");
const QString kPat = QStringLiteral("+15125550162");
} // namespace

class TestTwilioSend : public QObject, private ProviderFixture
{
    Q_OBJECT

private slots:
    void init() { QVERIFY(setUp()); }
    void cleanup() { QVERIFY2(tearDown(), qPrintable(violations())); }

    void sendIsFormEncodedWithBasicAuth()
    {
        startProvider();
        const QString body = QStringLiteral(
            "Sorry we missed you! Reply here & we'll call back: +1 (512) 555-0100 ✓\nThanks");
        m_provider->send(request(7, kDana, body));
        QTRY_COMPARE_WITH_TIMEOUT(m_sink.sends.size(), 1, 10000);
        const SendOutcome &outcome = m_sink.sends.first();
        QCOMPARE(outcome.messageId, qint64(7));
        QVERIFY2(outcome.accepted, qPrintable(outcome.errorDetail));
        static const QRegularExpression sid(QStringLiteral("^SM[0-9a-f]{32}$"));
        QVERIFY(sid.match(outcome.providerMessageId).hasMatch());
        QCOMPARE_ENUM(outcome.status, MessageStatus::Sent);
        const auto sent = m_fake->sentMessages();
        QCOMPARE(sent.size(), 1);
        QCOMPARE(sent.first().to, kDana);
        QCOMPARE(sent.first().from, FakeTwilio::businessNumber());
        QCOMPARE(sent.first().body, body);
        const auto posts = m_fake->count("POST", QStringLiteral("/Messages.json"));
        QCOMPARE(posts, 1);
        for (const FakeTwilio::Request &r : m_fake->requests)
            QVERIFY(r.authorized);
        // Delivery status by polling the message.
        QTRY_VERIFY_WITH_TIMEOUT(!m_sink.statuses.isEmpty(), 10000);
        QCOMPARE(m_sink.statuses.last().providerMessageId, outcome.providerMessageId);
        QCOMPARE_ENUM(m_sink.statuses.last().status, MessageStatus::Delivered);
    }

    void sendErrorsAreMapped_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<int>("error");
        QTest::newRow("21610 opted out") << 21610 << int(SendError::OptedOut);
        QTest::newRow("21211 invalid") << 21211 << int(SendError::InvalidNumber);
        QTest::newRow("21614 not mobile") << 21614 << int(SendError::InvalidNumber);
        QTest::newRow("21635 landline") << 21635 << int(SendError::Landline);
        QTest::newRow("21617 too long") << 21617 << int(SendError::Rejected);
    }
    void sendErrorsAreMapped()
    {
        QFETCH(int, code);
        QFETCH(int, error);
        m_fake->sendReplies.push_back(
            FakeTwilio::Reply::fail(400, code, QStringLiteral("scripted refusal")));
        startProvider();
        m_provider->send(request(1, kDana, QStringLiteral("Hello")));
        QTRY_COMPARE_WITH_TIMEOUT(m_sink.sends.size(), 1, 10000);
        QVERIFY(!m_sink.sends.first().accepted);
        QCOMPARE(int(m_sink.sends.first().error), error);
        QVERIFY(m_sink.sends.first().errorDetail.contains(QString::number(code)));
    }

    void rateLimitedWaitsRetryAfter()
    {
        m_fake->sendReplies.push_back(
            FakeTwilio::Reply::fail(429, 20429, QStringLiteral("Too Many Requests"), "7"));
        startProvider();
        m_provider->send(request(1, kDana, QStringLiteral("Hello")));
        QTRY_COMPARE_WITH_TIMEOUT(m_sink.sends.size(), 1, 10000);
        QCOMPARE_ENUM(m_sink.sends.first().error, SendError::RateLimited);
        QCOMPARE(m_sink.sends.first().retryAfterMs, 7000);
        QCOMPARE(m_fake->sendsTo(kDana), 0);
    }

    void serverErrorThenSuccessSendsOnce()
    {
        m_fake->sendReplies.push_back(
            FakeTwilio::Reply::fail(500, 20500, QStringLiteral("Internal Server Error")));
        startProvider();
        const SendRequest r = request(3, kMike, QStringLiteral("Hello Mike"));
        m_provider->send(r);
        QTRY_COMPARE_WITH_TIMEOUT(m_sink.sends.size(), 1, 10000);
        QCOMPARE_ENUM(m_sink.sends.first().error, SendError::ProviderDown);
        // The engine asks before resending: Twilio has nothing.
        m_provider->reconcile(r);
        QTRY_COMPARE_WITH_TIMEOUT(m_sink.reconciles.size(), 1, 10000);
        QCOMPARE_ENUM(m_sink.reconciles.first().found, ReconcileOutcome::Found::No);
        m_provider->send(r);
        QTRY_COMPARE_WITH_TIMEOUT(m_sink.sends.size(), 2, 10000);
        QVERIFY(m_sink.sends.last().accepted);
        QCOMPARE(m_fake->sendsTo(kMike), 1);
    }

    void unreadable201IsReconciledNotResent()
    {
        startProvider();
        // A 201 whose body cannot be read: outcome unknown, never a blind resend.
        FakeTwilio::Reply garbled;
        garbled.rawBody = "<html>oops";
        garbled.record = true;
        m_fake->sendReplies.push_back(garbled);
        const SendRequest r = request(9, kDana, QStringLiteral("Hello Dana"));
        m_provider->send(r);
        QTRY_COMPARE_WITH_TIMEOUT(m_sink.sends.size(), 1, 10000);
        QCOMPARE_ENUM(m_sink.sends.first().error, SendError::ProviderDown);
        m_provider->reconcile(r);
        QTRY_COMPARE_WITH_TIMEOUT(m_sink.reconciles.size(), 1, 10000);
        QCOMPARE_ENUM(m_sink.reconciles.first().found, ReconcileOutcome::Found::Yes);
        QCOMPARE(m_sink.reconciles.first().providerMessageId, m_fake->sentMessages().first().sid);
        QCOMPARE(m_fake->sendsTo(kDana), 1);
    }

    void reconcileFindsAMessageStillInFlight()
    {
        FakeTwilio::Reply hang;
        hang.never = true; // Twilio takes it, the answer never comes
        m_fake->sendReplies.push_back(hang);
        // One pass only, so the poller does not consume the scripted answers.
        startProvider({{QStringLiteral("poll_interval_seconds"), 60}});
        QTRY_COMPARE_WITH_TIMEOUT(ringback::test::name(m_sink.state()),
                                  ringback::test::name(ConnectionState::Polling),
                                  10000);
        const SendRequest r = request(5, kPat, QStringLiteral("Hi Pat, sorry we missed your call"));
        m_provider->send(r);
        QTRY_COMPARE_WITH_TIMEOUT(m_fake->sendsTo(kPat), 1, 10000);
        m_provider->reconcile(r);
        QTRY_COMPARE_WITH_TIMEOUT(m_sink.reconciles.size(), 1, 10000);
        QCOMPARE(m_sink.reconciles.first().messageId, qint64(5));
        QCOMPARE_ENUM(m_sink.reconciles.first().found, ReconcileOutcome::Found::Yes);
        QCOMPARE(m_sink.reconciles.first().providerMessageId, m_fake->sentMessages().first().sid);
        // A different body to the same caller is not that message.
        m_provider->reconcile(request(6, kPat, QStringLiteral("Another text")));
        QTRY_COMPARE_WITH_TIMEOUT(m_sink.reconciles.size(), 2, 10000);
        QCOMPARE_ENUM(m_sink.reconciles.last().found, ReconcileOutcome::Found::No);
        // Twilio unreachable while looking: can't tell, never "no".
        for (int i = 0; i < 6; ++i)
            m_fake->messagesReplies.push_back(
                FakeTwilio::Reply::fail(500, 20500, QStringLiteral("Internal Server Error")));
        m_provider->reconcile(request(8, kDana, QStringLiteral("Hello")));
        QTRY_COMPARE_WITH_TIMEOUT(m_sink.reconciles.size(), 3, 15000);
        QCOMPARE_ENUM(m_sink.reconciles.last().found, ReconcileOutcome::Found::Unknown);
        QCOMPARE(m_sink.sends.size(), 0);
    }

    void refusedConnectionIsADefiniteNo()
    {
        QTcpServer closed; // a loopback port nobody listens on
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const QString dead = QStringLiteral("http://127.0.0.1:%1").arg(closed.serverPort());
        closed.close();
        startProvider({{QStringLiteral("api_base_url"), dead}});
        QTRY_VERIFY_WITH_TIMEOUT(m_sink.sawState(ConnectionState::Reconnecting), 10000);
        const SendRequest r = request(4, kDana, QStringLiteral("Hello"));
        m_provider->send(r);
        QTRY_COMPARE_WITH_TIMEOUT(m_sink.sends.size(), 1, 10000);
        QCOMPARE_ENUM(m_sink.sends.first().error, SendError::ProviderDown);
        QVERIFY(m_sink.sends.first().errorDetail.contains(QLatin1String("did not leave")));
        // It never reached Twilio, so the engine may send it again.
        m_provider->reconcile(r);
        QTRY_COMPARE_WITH_TIMEOUT(m_sink.reconciles.size(), 1, 10000);
        QCOMPARE_ENUM(m_sink.reconciles.first().found, ReconcileOutcome::Found::No);
    }
};

QTEST_GUILESS_MAIN(TestTwilioSend)
#include "tst_twilio_send.moc"
