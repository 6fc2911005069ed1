// The telnyx plugin against a fake Telnyx API on 127.0.0.1: sending, the
// error mapping, reconciliation of interrupted sends, the connection check.

#include "FakeTelnyxKit.h"
#include "provider/ProviderSettings.h"

#include <QJsonArray>
#include <QProcessEnvironment>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace ringback;
using namespace ringback::test;
namespace ev = ringback::test::telnyx_events;

namespace {
const QString kDana = QStringLiteral("+15125550134");
const QString kBody = QStringLiteral("Sorry we missed your call - how can we help?");
} // namespace

class TestTelnyx : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    PluginLoader m_loader;
    std::unique_ptr<FakeTelnyx> m_fake;
    std::unique_ptr<TestWebhookHost> m_host;
    std::unique_ptr<TelnyxWebhookSender> m_hooks;
    TelnyxSink m_sink;
    std::unique_ptr<Provider> m_provider;

    Provider &startProvider(const QVariantMap &overrides = {}, const QString &cursor = QString())
    {
        QVariantMap s = telnyxSettings(*m_fake, m_hooks->publicKey());
        for (auto it = overrides.begin(); it != overrides.end(); ++it)
            s.insert(it.key(), it.value());
        QString error;
        m_provider = loadTelnyx(m_loader, s, m_dir.path(), m_host.get(), &error);
        if (!m_provider)
            qFatal("cannot load the telnyx provider: %s", qPrintable(error));
        m_provider->start(&m_sink, cursor);
        return *m_provider;
    }
    static SendRequest request(qint64 id, const QString &to = kDana, const QString &body = kBody)
    {
        return {id, FakeTelnyx::businessNumber(), to, body, QDateTime::currentDateTimeUtc()};
    }
    void deliverOutbound(const FakeTelnyx::MessageRecord &m,
                         const QString &type,
                         const QString &status,
                         const QString &code = QString())
    {
        QCOMPARE(m_hooks->post(
                     m_host->url(),
                     ev::event(type, ev::newId(), FakeTelnyx::outboundPayload(m, status, code))),
                 200);
    }

private slots:
    void init()
    {
        m_fake = std::make_unique<FakeTelnyx>();
        QVERIFY(m_fake->start());
        m_host = std::make_unique<TestWebhookHost>();
        QVERIFY(m_host->ok());
        m_hooks = std::make_unique<TelnyxWebhookSender>();
        m_sink = TelnyxSink();
    }
    void cleanup()
    {
        if (m_provider)
            m_provider->stop();
        m_provider.reset();
        const QString violations = m_fake->violations.join(QLatin1String("; "));
        m_fake.reset();
        m_host.reset();
        QVERIFY2(violations.isEmpty(), qPrintable(violations));
    }

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
        QVERIFY(!loadTelnyx(m_loader, s, m_dir.path(), m_host.get(), &error));
        QVERIFY2(error.contains(QLatin1String("public_key")), qPrintable(error));
    }

    void plainHttpRefusedExceptLoopback()
    {
        QVariantMap s = telnyxSettings(*m_fake, m_hooks->publicKey());
        s.insert(QStringLiteral("api_base_url"), QStringLiteral("http://example.com"));
        QString error;
        QVERIFY(!loadTelnyx(m_loader, s, m_dir.path(), m_host.get(), &error));
        QVERIFY2(error.contains(QLatin1String("api_base_url")), qPrintable(error));
        // The settings layer refuses it too, before the plugin sees it.
        const ProviderInfo *info = m_loader.find(QStringLiteral("telnyx"));
        QVERIFY(info);
        const auto resolved = ProviderSettings::resolve(
            *info,
            {{QStringLiteral("api_key"), FakeTelnyx::apiKey()},
             {QStringLiteral("phone_number"), FakeTelnyx::businessNumber()},
             {QStringLiteral("public_key"), QString::fromLatin1(m_hooks->publicKey())},
             {QStringLiteral("api_base_url"), QStringLiteral("http://example.com")}},
            QProcessEnvironment());
        QVERIFY(!resolved);
        QVERIFY2(resolved.errorMessage().contains(QLatin1String("api_base_url")),
                 qPrintable(resolved.errorMessage()));

        for (const char *ok :
             {"https://proxy.example.com/telnyx", "http://127.0.0.1:8080", "http://localhost:1"}) {
            s.insert(QStringLiteral("api_base_url"), QString::fromLatin1(ok));
            QVERIFY2(loadTelnyx(m_loader, s, m_dir.path(), m_host.get(), &error),
                     qPrintable(QLatin1String(ok) + QLatin1String(": ") + error));
        }
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
        FakeTelnyx::Reply limited = FakeTelnyx::Reply::fail(
            429, QStringLiteral("10011"), QStringLiteral("Too many requests"));
        limited.rateReset = "3";
        m_fake->sendReplies.push_back(limited);
        startProvider();
        m_provider->send(request(10));
        QTRY_COMPARE_WITH_TIMEOUT(m_sink.sends.size(), 1, 10000);
        QCOMPARE(int(m_sink.sends.first().error), int(SendError::RateLimited));
        QCOMPARE(m_sink.sends.first().retryAfterMs, 3000);
        QCOMPARE(m_fake->sentMessages().size(), 0);
        m_provider->send(request(10)); // the engine resends after the wait
        QTRY_COMPARE_WITH_TIMEOUT(m_sink.sends.size(), 2, 10000);
        QVERIFY(m_sink.sends.last().accepted);
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
        m_provider->send(request(11));
        QTRY_COMPARE_WITH_TIMEOUT(m_sink.sends.size(), 1, 10000);
        QCOMPARE(int(m_sink.sends.first().error), int(SendError::ProviderDown));
        m_provider->reconcile(request(11));
        QTRY_COMPARE_WITH_TIMEOUT(m_sink.reconciles.size(), 1, 15000);
        QCOMPARE(int(m_sink.reconciles.first().found), int(ReconcileOutcome::Found::Yes));
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
        m_provider->reconcile(request(12));
        QTRY_COMPARE_WITH_TIMEOUT(m_sink.reconciles.size(), 1, 10000);
        QCOMPARE(int(m_sink.reconciles.first().found), int(ReconcileOutcome::Found::Unknown));
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
        m_provider->reconcile(request(13));
        QTRY_COMPARE_WITH_TIMEOUT(m_sink.reconciles.size(), 1, 10000);
        QCOMPARE(int(m_sink.reconciles.first().found), int(ReconcileOutcome::Found::Yes));
        QCOMPARE(m_sink.reconciles.first().providerMessageId, sent.id);
        QCOMPARE(m_fake->count("GET", QStringLiteral("/v2/detail_records")), 0);
        // It survives a restart through the cursor.
        const QString cursor = m_sink.cursor;
        QVERIFY(cursor.contains(sent.id));
        m_provider->stop();
        m_sink = TelnyxSink();
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
        m_provider->send(request(15));
        QTRY_COMPARE_WITH_TIMEOUT(m_sink.sends.size(), 1, 10000);
        QCOMPARE(int(m_sink.sends.first().error), int(SendError::ProviderDown));
        m_provider->reconcile(request(15));
        QTRY_COMPARE_WITH_TIMEOUT(m_sink.reconciles.size(), 1, 10000);
        QCOMPARE(int(m_sink.reconciles.first().found), int(ReconcileOutcome::Found::Yes));
        QCOMPARE(m_sink.reconciles.first().providerMessageId, m_fake->sentMessages().first().id);
        QCOMPARE(m_fake->count("POST", QStringLiteral("/v2/messages")), 1);
    }

    void unreachableSendIsADefiniteNo()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();
        startProvider(
            {{QStringLiteral("api_base_url"), QStringLiteral("http://127.0.0.1:%1").arg(port)}});
        m_provider->send(request(16));
        QTRY_COMPARE_WITH_TIMEOUT(m_sink.sends.size(), 1, 10000);
        QCOMPARE(int(m_sink.sends.first().error), int(SendError::ProviderDown));
        m_provider->reconcile(request(16));
        QTRY_COMPARE_WITH_TIMEOUT(m_sink.reconciles.size(), 1, 10000);
        QCOMPARE(int(m_sink.reconciles.first().found), int(ReconcileOutcome::Found::No));
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
        QVariantMap s = telnyxSettings(*m_fake, m_hooks->publicKey());
        s.insert(QStringLiteral("api_key"), key);
        QString error;
        // As the settings dialog does it: configured, never started, no webhooks.
        auto provider = loadTelnyx(m_loader, s, m_dir.path(), nullptr, &error);
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
