// The twilio provider plugin, sending side: texts form-encoded with Basic
// auth, Twilio's errors mapped, delivery status polled, and reconciliation of
// sends whose outcome is unknown (at most once).

#include "FakeTwilio.h"
#include "TestCallers.h"
#include "TestPrinting.h"
#include "TwilioTestKit.h"

#include <QRegularExpression>
#include <QTest>

using namespace ringback;
using namespace ringback::test;
using namespace ringback::test::callers;

class TestTwilioSend : public FixtureTestCase<ProviderFixture>
{
    Q_OBJECT

private slots:
    void sendIsFormEncodedWithBasicAuth()
    {
        startProvider();
        const QString &body = kTrickyText;
        const auto accepted = sendAccepted(request(7, kDana, body));
        QVERIFY(accepted);
        const SendOutcome &outcome = *accepted;
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
        QVERIFY(statusReported(outcome.providerMessageId, MessageStatus::Delivered));
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
        QVERIFY(sendFailsWith(request(1, kDana, QStringLiteral("Hello")), SendError::RateLimited));
        QCOMPARE(m_sink.sends.first().retryAfterMs, 7000);
        QCOMPARE(m_fake->sendsTo(kDana), 0);
    }

    void serverErrorThenSuccessSendsOnce()
    {
        startProvider();
        checkServerErrorThenSuccessSendsOnce(
            FakeTwilio::Reply::fail(500, 20500, QStringLiteral("Internal Server Error")));
    }

    void unreadable201IsReconciledNotResent()
    {
        startProvider();
        // A 201 whose body cannot be read: outcome unknown, never a blind resend.
        checkUnreadableAnswerIsReconciled(FakeTwilio::Reply::raw(201, "<html>oops", true));
    }

    void reconcileFindsAMessageStillInFlight()
    {
        // Twilio unreachable while looking: can't tell, never "no".
        checkReconcileFindsATextInFlight(
            FakeTwilio::Reply::fail(500, 20500, QStringLiteral("Internal Server Error")));
    }

    void refusedConnectionIsADefiniteNo() { sendToRefusingServerIsADefiniteNo(kDana); }
};

QTEST_GUILESS_MAIN(TestTwilioSend)
#include "tst_twilio_send.moc"
