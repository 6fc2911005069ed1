// Sending through the ringcentral plugin: the SMS body, delivery followed by
// message sync, RingCentral's error codes mapped (opted out, landline, rate
// limited with Retry-After, 5xx), a 401 answered with a fresh token and one
// retry, reconciliation of an interrupted send, and "Test connection".

#include "FakeRingCentralKit.h"
#include "TestCallers.h"
#include "TestPrinting.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace ringback;
using namespace ringback::test;
using namespace ringback::test::callers;

namespace {
const QString kText = QStringLiteral("Sorry we missed your call! Reply here or call back.");
} // namespace

class TestRingCentralSend : public FixtureTestCase<RcFixture>
{
    Q_OBJECT

private slots:
    void sentAndDelivered()
    {
        Provider &p = startProvider();
        QVERIFY(waitConnected());
        p.send(request(7, kDana, kText));
        QTRY_COMPARE_WITH_TIMEOUT(m_sink.sends.size(), 1, 10000);
        const SendOutcome out = m_sink.sends.first();
        QVERIFY2(out.accepted, qPrintable(out.errorDetail));
        QCOMPARE(out.messageId, qint64(7));
        QCOMPARE(out.providerMessageId, m_fake->sentMessages().first().id);
        QCOMPARE_ENUM(out.status, MessageStatus::Sent);
        const QJsonObject body = QJsonDocument::fromJson(m_fake->requests.last().body).object();
        QCOMPARE(body.value(QLatin1String("text")).toString(), kText);
        QCOMPARE(body.value(QLatin1String("to"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QLatin1String("phoneNumber"))
                     .toString(),
                 kDana);
        QTRY_COMPARE_WITH_TIMEOUT(m_sink.statuses.size(), 1, 10000);
        QCOMPARE(m_sink.statuses.first().providerMessageId, out.providerMessageId);
        QCOMPARE_ENUM(m_sink.statuses.first().status, MessageStatus::Delivered);
    }

    void landlineFoundAfterSending()
    {
        m_fake->deliveryErrors.insert(kMike, QStringLiteral("SMS-CAR-411"));
        Provider &p = startProvider();
        QVERIFY(waitConnected());
        p.send(request(8, kMike, kText));
        QTRY_COMPARE_WITH_TIMEOUT(m_sink.statuses.size(), 1, 10000);
        QCOMPARE_ENUM(m_sink.statuses.first().status, MessageStatus::Failed);
        QCOMPARE_ENUM(m_sink.statuses.first().error, SendError::Landline);
        QVERIFY(m_sink.statuses.first().errorDetail.contains(QLatin1String("SMS-CAR-411")));
    }

    void errorCodesAreMapped_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QByteArray>("retryAfter");
        QTest::addColumn<int>("error");
        QTest::addColumn<int>("retryAfterMs");
        QTest::newRow("opted out")
            << 400 << QStringLiteral("SMS-RC-413") << QByteArray() << int(SendError::OptedOut) << 0;
        QTest::newRow("landline") << 400 << QStringLiteral("SMS-CAR-411") << QByteArray()
                                  << int(SendError::Landline) << 0;
        QTest::newRow("invalid") << 400 << QStringLiteral("SMS-RC-410") << QByteArray()
                                 << int(SendError::InvalidNumber) << 0;
        QTest::newRow("rate limited") << 429 << QStringLiteral("CMN-301") << QByteArray("7")
                                      << int(SendError::RateLimited) << 7000;
        QTest::newRow("server") << 503 << QStringLiteral("CMN-211") << QByteArray()
                                << int(SendError::ProviderDown) << 0;
        QTest::newRow("other") << 400 << QStringLiteral("MSG-240") << QByteArray()
                               << int(SendError::Rejected) << 0;
    }
    void errorCodesAreMapped()
    {
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(QByteArray, retryAfter);
        QFETCH(int, error);
        QFETCH(int, retryAfterMs);
        m_fake->smsReplies.push_back(
            FakeRingCentral::Reply::fail(status, code, QStringLiteral("refused"), retryAfter));
        Provider &p = startProvider();
        QVERIFY(waitConnected());
        p.send(request(9, kDana, kText));
        QTRY_COMPARE_WITH_TIMEOUT(m_sink.sends.size(), 1, 10000);
        const SendOutcome out = m_sink.sends.first();
        QVERIFY(!out.accepted);
        QCOMPARE_ENUM(out.error, SendError(error));
        QCOMPARE(out.retryAfterMs, retryAfterMs);
        QVERIFY2(out.errorDetail.contains(code) || status == 429, qPrintable(out.errorDetail));
        if (status == 429)
            QVERIFY2(out.errorDetail.contains(QLatin1String("Medium")),
                     qPrintable(out.errorDetail));
        QCOMPARE(m_fake->sendsTo(kDana), 0);
    }

    void serverErrorThenReconcileThenSuccess()
    {
        m_fake->smsReplies.push_back(
            FakeRingCentral::Reply::fail(500, QStringLiteral("CMN-211"), QStringLiteral("oops")));
        startProvider();
        QVERIFY(waitConnected());
        QVERIFY(sendFailsWith(request(10, kDana, kText), SendError::ProviderDown));
        // The engine asks before any resend.
        QVERIFY(reconcileFinds(request(10, kDana, kText), ReconcileOutcome::Found::No));
        QVERIFY(sendAccepted(request(10, kDana, kText)));
        QCOMPARE(m_fake->sendsTo(kDana), 1);
    }

    void interruptedSendIsFoundByReconcile()
    {
        FakeRingCentral::Reply kept = FakeRingCentral::Reply::fail(
            504, QStringLiteral("CMN-211"), QStringLiteral("gateway"));
        kept.record = true; // RingCentral sent it anyway
        m_fake->smsReplies.push_back(kept);
        startProvider();
        QVERIFY(waitConnected());
        const SendRequest r = request(11, kDana, kText);
        QVERIFY(sendFailsWith(r, SendError::ProviderDown));
        QVERIFY(reconcileFinds(r, ReconcileOutcome::Found::Yes));
        QCOMPARE(m_sink.reconciles.first().providerMessageId, m_fake->sentId());
        QCOMPARE(m_fake->sendsTo(kDana), 1);
    }

    void expiredTokenOnSendIsRefreshedOnce()
    {
        Provider &p = startProvider();
        QVERIFY(waitConnected());
        m_fake->expireAccessTokens();
        p.send(request(12, kDana, kText));
        QTRY_COMPARE_WITH_TIMEOUT(m_sink.sends.size(), 1, 10000);
        QVERIFY2(m_sink.sends.first().accepted, qPrintable(m_sink.sends.first().errorDetail));
        QCOMPARE(m_fake->refreshGrants, 1);
        QCOMPARE(m_fake->sendsTo(kDana), 1);
    }

    void testConnectionOk()
    {
        const auto c = checkConnectionWith();
        QVERIFY(c);
        QVERIFY2(c->ok, qPrintable(c->message));
        QVERIFY(c->message.contains(FakeRingCentral::businessNumber()));
        QCOMPARE(m_fake->jwtGrants, 1);
    }

    void testConnectionBadCredentials()
    {
        QString message = failedCheck({{QStringLiteral("client_secret"), QStringLiteral("wrong")}});
        QVERIFY2(message.contains(QLatin1String("Client secret")), qPrintable(message));
        message = failedCheck({{QStringLiteral("jwt"), QStringLiteral("wrong")}});
        QVERIFY2(message.contains(QLatin1String("JWT")), qPrintable(message));
    }

    void testConnectionNumber()
    {
        m_fake->numberCanText = false;
        QString message = failedCheck();
        QVERIFY2(message.contains(QLatin1String("cannot send texts")), qPrintable(message));
        m_fake->numberOnExtension = false;
        message = failedCheck();
        QVERIFY2(message.contains(QLatin1String("not a number")), qPrintable(message));
    }
};

QTEST_GUILESS_MAIN(TestRingCentralSend)
#include "tst_ringcentral_send.moc"
