// The telnyx plugin against a fake Telnyx API on 127.0.0.1: sending, the
// error mapping, reconciliation of interrupted sends, the connection check.

#include "FakeTelnyxKit.h"
#include "TestCallers.h"
#include "provider/ProviderSettings.h"

#include <QJsonArray>
#include <QProcessEnvironment>
#include <QTcpServer>
#include <QTest>

using namespace ringback;
using namespace ringback::test;
using namespace ringback::test::callers;
namespace ev = ringback::test::telnyx_events;

namespace {
const QString kBody = QStringLiteral("Sorry we missed your call - how can we help?");
} // namespace

class TestTelnyx : public FixtureTestCase<TelnyxFixture>
{
    Q_OBJECT

private:
    static SendRequest request(qint64 id, const QString &to = kDana, const QString &body = kBody)
    {
        return TelnyxFixture::request(id, to, body);
    }
    void deliverOutbound(const FakeTelnyx::MessageRecord &m,
                         const QString &type,
                         const QString &status,
                         const QString &code = QString())
    {
        QCOMPARE(post(ev::event(type, ev::newId(), FakeTelnyx::outboundPayload(m, status, code))),
                 200);
    }

private slots:
    void startsConnectedWithTheWebhookUrl()
    {
        startProvider();
        QTRY_COMPARE_WITH_TIMEOUT(int(m_sink.state()), int(ConnectionState::Connected), 10000);
        QVERIFY(m_sink.detail().contains(m_host->url().toString()));
        QVERIFY(m_host->server().hasProvider(QStringLiteral("telnyx")));
        m_provider->stop();
        QVERIFY(!m_host->server().hasProvider(QStringLiteral("telnyx")));
    }

    void startWithRefusedKeyIsAuthFailed()
    {
        startProvider({{QStringLiteral("api_key"), QStringLiteral("KEYwrong")}});
        QTRY_COMPARE_WITH_TIMEOUT(int(m_sink.state()), int(ConnectionState::AuthFailed), 10000);
        m_fake->violations.clear(); // the refused key was the point
    }

    void configureRefusesABadPublicKey()
    {
        QVariantMap s = telnyxSettings(*m_fake, "bm90IGEga2V5");
        QString error;
        QVERIFY(!configured(s, &error));
        QVERIFY2(error.contains(QLatin1String("public_key")), qPrintable(error));
    }

    void plainHttpRefusedExceptLoopback()
    {
        checkPlainHttpRefusedExceptLoopback(
            {{QStringLiteral("api_key"), FakeTelnyx::apiKey()},
             {QStringLiteral("phone_number"), FakeTelnyx::businessNumber()},
             {QStringLiteral("public_key"), QString::fromLatin1(m_hooks->publicKey())}});
    }

    void sendHappyPathAndDeliveryWebhooks()
    {
        startProvider();
        m_provider->send(request(7));
        QTRY_COMPARE_WITH_TIMEOUT(m_sink.sends.size(), 1, 10000);
        const SendOutcome &out = m_sink.sends.first();
        QVERIFY(out.accepted);
        QCOMPARE(out.messageId, 7);
        QCOMPARE(m_fake->sentMessages().size(), 1);
        const FakeTelnyx::MessageRecord sent = m_fake->sentMessages().first();
        QCOMPARE(out.providerMessageId, sent.id);
        QCOMPARE(int(out.status), int(MessageStatus::Sent));
        QCOMPARE(sent.text, kBody);
        QCOMPARE(sent.profileId, FakeTelnyx::profileId());

        deliverOutbound(sent, QStringLiteral("message.sent"), QStringLiteral("sent"));
        deliverOutbound(sent, QStringLiteral("message.finalized"), QStringLiteral("delivered"));
        QTRY_COMPARE_WITH_TIMEOUT(m_sink.statuses.size(), 2, 10000);
        QCOMPARE(m_sink.statuses.at(0).providerMessageId, sent.id);
        QCOMPARE(int(m_sink.statuses.at(1).status), int(MessageStatus::Delivered));
    }

    void deliveryFailureCarriesTheErrorCode()
    {
        startProvider();
        m_provider->send(request(8));
        QTRY_COMPARE_WITH_TIMEOUT(m_sink.sends.size(), 1, 10000);
        deliverOutbound(m_fake->sentMessages().first(),
                        QStringLiteral("message.finalized"),
                        QStringLiteral("delivery_failed"),
                        QStringLiteral("40001"));
        QTRY_COMPARE_WITH_TIMEOUT(m_sink.statuses.size(), 1, 10000);
        QCOMPARE(int(m_sink.statuses.first().status), int(MessageStatus::Failed));
        QCOMPARE(int(m_sink.statuses.first().error), int(SendError::Landline));
        QVERIFY(m_sink.statuses.first().errorDetail.contains(QLatin1String("40001")));
    }

    void sendErrorsAreMapped_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("error");
        QTest::newRow("STOP") << 403 << QStringLiteral("40300") << int(SendError::OptedOut);
        QTest::newRow("E.164") << 400 << QStringLiteral("10016") << int(SendError::InvalidNumber);
        QTest::newRow("invalid") << 422 << QStringLiteral("10002") << int(SendError::InvalidNumber);
        QTest::newRow("unroutable") << 400 << QStringLiteral("40001") << int(SendError::Landline);
        QTest::newRow("auth") << 401 << QStringLiteral("10009") << int(SendError::AuthFailed);
        QTest::newRow("other") << 400 << QStringLiteral("40009") << int(SendError::Rejected);
        QTest::newRow("5xx") << 503 << QStringLiteral("10007") << int(SendError::ProviderDown);
    }
    void sendErrorsAreMapped()
    {
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(int, error);
        m_fake->sendReplies.push_back(
            FakeTelnyx::Reply::fail(status, code, QStringLiteral("Scripted failure")));
        startProvider();
        m_provider->send(request(9));
        QTRY_COMPARE_WITH_TIMEOUT(m_sink.sends.size(), 1, 10000);
        QVERIFY(!m_sink.sends.first().accepted);
        QCOMPARE(int(m_sink.sends.first().error), error);
        QVERIFY(m_sink.sends.first().errorDetail.contains(code));
    }

    void rateLimitedThenSuccess()
    {
        m_fake->sendReplies.push_back(FakeTelnyx::rateLimited(
            FakeTelnyx::Reply::fail(
                429, QStringLiteral("10011"), QStringLiteral("Too many requests")),
            "3"));
        startProvider();
        QVERIFY(sendFailsWith(request(10), SendError::RateLimited));
        QCOMPARE(m_sink.sends.first().retryAfterMs, 3000);
        QCOMPARE(m_fake->sentMessages().size(), 0);
        QVERIFY(sendAccepted(request(10))); // the engine resends after the wait
        QCOMPARE(m_fake->sendsTo(kDana), 1);
    }

    void serverErrorThenReconcileFindsIt()
    {
        // Telnyx kept the message despite the 500; the record search fails once.
        FakeTelnyx::Reply down = FakeTelnyx::Reply::fail(
            500, QStringLiteral("10007"), QStringLiteral("Unexpected error"));
        down.record = true;
        m_fake->sendReplies.push_back(down);
        m_fake->recordsReplies.push_back(
            FakeTelnyx::Reply::fail(503, QStringLiteral("10007"), QStringLiteral("Unavailable")));
        startProvider();
        QVERIFY(sendFailsWith(request(11), SendError::ProviderDown));
        QVERIFY(reconcileFinds(request(11), ReconcileOutcome::Found::Yes, 15000));
        QCOMPARE(m_sink.reconciles.first().providerMessageId, m_fake->sentMessages().first().id);
        QCOMPARE(m_fake->count("GET", QStringLiteral("/v2/detail_records")), 2);
        QCOMPARE(m_fake->count("POST", QStringLiteral("/v2/messages")), 1);
    }

    void serverErrorNotKeptIsUnknownNotResent()
    {
        m_fake->sendReplies.push_back(FakeTelnyx::Reply::fail(
            500, QStringLiteral("10007"), QStringLiteral("Unexpected error")));
        startProvider();
        m_provider->send(request(12));
        QTRY_COMPARE_WITH_TIMEOUT(m_sink.sends.size(), 1, 10000);
        QVERIFY(reconcileFinds(request(12), ReconcileOutcome::Found::Unknown));
        QCOMPARE(m_fake->count("POST", QStringLiteral("/v2/messages")), 1);
    }

    void timedOutSendIsFoundThroughItsWebhook()
    {
        FakeTelnyx::Reply hang;
        hang.never = true;
        hang.record = true;
        m_fake->sendReplies.push_back(hang);
        startProvider();
        m_provider->send(request(13));
        QTRY_COMPARE_WITH_TIMEOUT(m_fake->sentMessages().size(), 1, 10000);
        const FakeTelnyx::MessageRecord sent = m_fake->sentMessages().first();
        deliverOutbound(sent, QStringLiteral("message.sent"), QStringLiteral("sent"));
        QTRY_VERIFY_WITH_TIMEOUT(!m_sink.statuses.isEmpty(), 10000);
        // The engine gave up waiting and asks: the webhook answers it.
        QVERIFY(reconcileFinds(request(13), ReconcileOutcome::Found::Yes));
        QCOMPARE(m_sink.reconciles.first().providerMessageId, sent.id);
        QCOMPARE(m_fake->count("GET", QStringLiteral("/v2/detail_records")), 0);
        // It survives a restart through the cursor.
        const QString cursor = m_sink.cursor;
        QVERIFY(cursor.contains(sent.id));
        m_provider->stop();
        m_sink = RecordingSink();
        startProvider({}, cursor);
        m_provider->reconcile(request(14, kDana, QStringLiteral("another text")));
        QTRY_COMPARE_WITH_TIMEOUT(m_sink.reconciles.size(), 1, 10000);
        // Known as message 13's: not taken for another text.
        QCOMPARE(int(m_sink.reconciles.first().found), int(ReconcileOutcome::Found::Unknown));
    }

    void malformedAnswerIsReconciledNotResent()
    {
        m_fake->sendReplies.push_back(FakeTelnyx::Reply::raw(200, "{\"data\": {\"id\": ", true));
        startProvider();
        QVERIFY(sendFailsWith(request(15), SendError::ProviderDown));
        QVERIFY(reconcileFinds(request(15), ReconcileOutcome::Found::Yes));
        QCOMPARE(m_sink.reconciles.first().providerMessageId, m_fake->sentMessages().first().id);
        QCOMPARE(m_fake->count("POST", QStringLiteral("/v2/messages")), 1);
    }

    void unreachableSendIsADefiniteNo()
    {
        const QString dead = refusingBaseUrl();
        QVERIFY(!dead.isEmpty());
        startProvider({{QStringLiteral("api_base_url"), dead}});
        QVERIFY(sendFailsWith(request(16), SendError::ProviderDown));
        QVERIFY(reconcileFinds(request(16), ReconcileOutcome::Found::No));
    }

    void testConnection_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<bool>("onAccount");
        QTest::addColumn<QString>("profile");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("words");
        QTest::newRow("ok") << FakeTelnyx::apiKey() << true << FakeTelnyx::profileId() << true
                            << QStringLiteral("Connected to Telnyx");
        QTest::newRow("401") << QStringLiteral("KEYwrong") << true << FakeTelnyx::profileId()
                             << false << QStringLiteral("refused the API key");
        QTest::newRow("not on account") << FakeTelnyx::apiKey() << false << FakeTelnyx::profileId()
                                        << false << QStringLiteral("not a messaging number");
        QTest::newRow("other profile") << FakeTelnyx::apiKey() << true << QStringLiteral("other")
                                       << false << QStringLiteral("not on the messaging profile");
    }
    void testConnection()
    {
        QFETCH(QString, key);
        QFETCH(bool, onAccount);
        QFETCH(QString, profile);
        QFETCH(bool, ok);
        QFETCH(QString, words);
        m_fake->numberOnAccount = onAccount;
        m_fake->numberProfileId = profile;
        QVariantMap s = settings();
        s.insert(QStringLiteral("api_key"), key);
        QString error;
        // As the settings dialog does it: configured, never started, no webhooks.
        auto provider = loadProvider(m_loader, providerId(), s, m_dir.path(), &error);
        QVERIFY2(provider, qPrintable(error));
        std::optional<ConnectionCheck> check;
        provider->testConnection([&check](const ConnectionCheck &c) { check = c; });
        QTRY_VERIFY_WITH_TIMEOUT(check.has_value(), 10000);
        QCOMPARE(check->ok, ok);
        QVERIFY2(check->message.contains(words), qPrintable(check->message));
        QCOMPARE(m_fake->count("GET", QStringLiteral("/v2/phone_numbers/messaging")), 1);
        m_fake->violations.clear();
    }
};

QTEST_GUILESS_MAIN(TestTelnyx)
#include "tst_telnyx.moc"
