// The openphone (Quo) plugin with Quo's webhooks on: signed deliveries reach
// the engine without waiting for a poll, polling stays on as the catch-up,
// and an event that both paths see is reported, stored and texted once.
// Unsigned, forged, stale and replayed deliveries get 403 and store nothing.
// Without webhooks the plugin polls and tests the connection as before.

#include "EngineTestKit.h"
#include "FakeQuo.h"
#include "FakeQuoKit.h"
#include "FakeQuoWebhooks.h"
#include "OpenSession.h"
#include "TestCallers.h"
#include "TestPrinting.h"
#include "session/EngineSession.h"
#include "store/Queries.h"

#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace ringback;
using namespace ringback::test;
using namespace ringback::test::callers;

namespace {
const QString kPublicUrl = QStringLiteral("https://office.example.com");
constexpr double kRarely = 3600; // one pass at start, then only webhooks
} // namespace

class TestOpenPhoneWebhooks : public FixtureTestCase<QuoFixture>
{
    Q_OBJECT

private:
    std::unique_ptr<QuoWebhookHost> m_host;
    QuoWebhookSender m_hooks;
    int m_runs = 0;

    QVariantMap settings(double pollSeconds, bool webhooks = true) const
    {
        QVariantMap s = quoSettings(*m_fake, pollSeconds);
        if (webhooks) {
            s.insert(QStringLiteral("webhook_signing_key"),
                     QString::fromLatin1(QuoWebhookSender::signingKey()));
            s.insert(QStringLiteral("webhook_public_url"), kPublicUrl);
        }
        return s;
    }
    std::unique_ptr<Provider> load(const QVariantMap &s, QString *error = nullptr)
    {
        return loadProvider(m_loader, providerId(), s, m_dir.path(), error, m_host.get());
    }
    bool startProvider(double pollSeconds, bool webhooks = true)
    {
        m_provider = load(settings(pollSeconds, webhooks));
        if (!m_provider)
            return false;
        m_provider->start(&m_sink, QString());
        return QTest::qWaitFor([this] { return m_sink.state() == ConnectionState::Polling; },
                               10000);
    }
    std::unique_ptr<EngineRun> startRun(double pollSeconds)
    {
        return startEngineRun(m_loader,
                              QStringLiteral("openphone"),
                              settings(pollSeconds),
                              m_dir.path(),
                              m_dir.filePath(QStringLiteral("engine.sqlite")),
                              QStringLiteral("quo-webhooks-%1").arg(++m_runs),
                              EngineConfig{},
                              m_host.get());
    }
    int post(const QString &type, const QJsonObject &object)
    {
        return m_hooks.post(m_host->url(), QuoWebhookSender::event(type, object));
    }
    int messagesWithId(const QString &id) const
    {
        int n = 0;
        for (const ProviderMessage &m : m_sink.messages)
            n += m.providerId == id ? 1 : 0;
        return n;
    }
    static std::vector<Message> messagesWith(Database &db, const QString &contact)
    {
        return test::messagesWith(db, contact, FakeQuo::businessNumber());
    }

private slots:
    void init()
    {
        QVERIFY(setUp());
        m_host = std::make_unique<QuoWebhookHost>();
        QVERIFY(m_host->ok());
        QFile::remove(m_dir.filePath(QStringLiteral("engine.sqlite")));
    }
    void cleanup()
    {
        const bool clean = tearDown();
        m_host.reset();
        QVERIFY2(clean, qPrintable(violations()));
    }

    void webhookEventsArriveWithoutAPoll()
    {
        QVERIFY(startProvider(kRarely));
        QVERIFY(m_host->server().hasProvider(QStringLiteral("openphone")));
        QVERIFY2(m_sink.detail().contains(m_host->url().toString()), qPrintable(m_sink.detail()));
        const QString text = m_fake->addInboundMessage(kDana, QStringLiteral("Is Tuesday ok?"));
        QCOMPARE(post(QStringLiteral("message.received"), m_fake->webhookObject(text)), 200);
        QTRY_COMPARE_WITH_TIMEOUT(m_sink.messages.size(), 1, 10000);
        QCOMPARE(m_sink.messages.first().providerId, text);
        QCOMPARE(m_sink.messages.first().from, kDana);
        QCOMPARE(m_sink.messages.first().to, FakeQuo::businessNumber());
        QCOMPARE(m_sink.messages.first().body, QStringLiteral("Is Tuesday ok?"));

        const QString call = m_fake->addMissedCall(kMike, QStringLiteral("no-answer"));
        QCOMPARE(post(QStringLiteral("call.ringing"), m_fake->webhookObject(call)), 200);
        QCOMPARE(post(QStringLiteral("call.completed"), m_fake->webhookObject(call)), 200);
        QTRY_COMPARE_WITH_TIMEOUT(m_sink.calls.size(), 1, 10000);
        QCOMPARE(m_sink.calls.first().providerId, call);
        QCOMPARE(m_sink.calls.first().from, kMike);
        QCOMPARE_ENUM(m_sink.calls.first().result, CallResult::NoAnswer);
        // What the webhooks reported is in the saved position, for the polls.
        QVERIFY(m_sink.cursor.contains(text));
        QVERIFY(m_sink.cursor.contains(call));

        // Another number of the workspace, and an outgoing text: not ours.
        QJsonObject other
            = m_fake->webhookObject(m_fake->addInboundMessage(kDana, QStringLiteral("x")));
        other.insert(QStringLiteral("phoneNumberId"), QStringLiteral("PNother0001"));
        QCOMPARE(post(QStringLiteral("message.received"), other), 200);
        QJsonObject outgoing
            = m_fake->webhookObject(m_fake->addInboundMessage(kDana, QStringLiteral("y")));
        outgoing.insert(QStringLiteral("direction"), QStringLiteral("outgoing"));
        QCOMPARE(post(QStringLiteral("message.received"), outgoing), 200);
        const QString last = m_fake->addInboundMessage(kMike, QStringLiteral("last"));
        QCOMPARE(post(QStringLiteral("message.received"), m_fake->webhookObject(last)), 200);
        QTRY_COMPARE_WITH_TIMEOUT(m_sink.messages.size(), 2, 10000);
        QCOMPARE(m_sink.messages.last().providerId, last);
    }

    void eventSeenByWebhookAndPollIsReportedOnce()
    {
        QVERIFY(startProvider(0.2));
        // Webhook first, then the polls list it too.
        const QString first = m_fake->addInboundMessage(kDana, QStringLiteral("first"));
        QCOMPARE(post(QStringLiteral("message.received"), m_fake->webhookObject(first)), 200);
        QTRY_COMPARE_WITH_TIMEOUT(messagesWithId(first), 1, 10000);
        waitForPolls(3);
        QCOMPARE(messagesWithId(first), 1);
        // A poll first, then the (late) webhook.
        const QString second = m_fake->addInboundMessage(kMike, QStringLiteral("second"));
        QTRY_COMPARE_WITH_TIMEOUT(messagesWithId(second), 1, 10000);
        QCOMPARE(post(QStringLiteral("message.received"), m_fake->webhookObject(second)), 200);
        // Same for a call.
        const QString call = m_fake->addMissedCall(kDana);
        QCOMPARE(post(QStringLiteral("call.completed"), m_fake->webhookObject(call)), 200);
        QTRY_COMPARE_WITH_TIMEOUT(m_sink.callsWithId(call), 1, 10000);
        QCOMPARE(post(QStringLiteral("call.completed"), m_fake->webhookObject(call)), 200);
        // Handlers run in order: once this one is in, the ones before ran.
        const QString marker = m_fake->addInboundMessage(kDana, QStringLiteral("marker"));
        QCOMPARE(post(QStringLiteral("message.received"), m_fake->webhookObject(marker)), 200);
        QTRY_COMPARE_WITH_TIMEOUT(messagesWithId(marker), 1, 10000);
        waitForPolls(3);
        QCOMPARE(m_sink.messages.size(), 3);
        QCOMPARE(messagesWithId(second), 1);
        QCOMPARE(m_sink.callsWithId(call), 1);
    }

    void deliveryWebhookUpdatesTheStatusOnce()
    {
        QVERIFY(startProvider(kRarely));
        m_provider->send({7,
                          FakeQuo::businessNumber(),
                          kDana,
                          QStringLiteral("Hi"),
                          QDateTime::currentDateTimeUtc()});
        QTRY_COMPARE_WITH_TIMEOUT(m_sink.sends.size(), 1, 10000);
        QVERIFY(m_sink.sends.first().accepted);
        const QString id = m_sink.sends.first().providerMessageId;
        QJsonObject delivered = m_fake->webhookObject(id);
        QVERIFY(!delivered.isEmpty());
        delivered.insert(QStringLiteral("status"), QStringLiteral("delivered"));
        QCOMPARE(post(QStringLiteral("message.delivered"), delivered), 200);
        QTRY_COMPARE_WITH_TIMEOUT(m_sink.statuses.size(), 1, 10000);
        QCOMPARE(m_sink.statuses.first().providerMessageId, id);
        QCOMPARE_ENUM(m_sink.statuses.first().status, MessageStatus::Delivered);
        QCOMPARE(post(QStringLiteral("message.delivered"), delivered), 200); // Quo retried
        const QString marker = m_fake->addInboundMessage(kDana, QStringLiteral("thanks"));
        QCOMPARE(post(QStringLiteral("message.received"), m_fake->webhookObject(marker)), 200);
        QTRY_COMPARE_WITH_TIMEOUT(m_sink.messages.size(), 1, 10000);
        QCOMPARE(m_sink.statuses.size(), 1);
    }

    void forgedStaleUnsignedAndReplayedAreRefused()
    {
        auto run = startRun(kRarely);
        QTRY_COMPARE_WITH_TIMEOUT(
            name(run->engine->connectionState()), name(ConnectionState::Polling), 10000);
        const QUrl url = m_host->url();
        const QByteArray forgedBody = QuoWebhookSender::event(
            QStringLiteral("message.received"),
            m_fake->webhookObject(m_fake->addInboundMessage(kDana, QStringLiteral("forged"))));
        const QByteArray otherKey = QByteArrayLiteral("not the key").toBase64();
        QCOMPARE(m_hooks.post(url, forgedBody, 0, otherKey), 403);
        QCOMPARE(m_hooks.post(url, forgedBody, QDateTime::currentMSecsSinceEpoch() - 301000), 403);
        QCOMPARE(m_hooks.postUnsigned(url, forgedBody), 403);
        const QByteArray real = QuoWebhookSender::event(
            QStringLiteral("message.received"),
            m_fake->webhookObject(m_fake->addInboundMessage(kMike, QStringLiteral("real"))));
        QCOMPARE(m_hooks.post(url, real), 200);
        QCOMPARE(m_hooks.replayLast(url), 403);
        QTRY_COMPARE_WITH_TIMEOUT(
            countDirection(messagesWith(run->db, kMike), Direction::In), 1, 10000);
        QCOMPARE(int(messagesWith(run->db, kDana).size()), 0);
        run->engine->stop();
    }

    void missedCallEventIsTextedOnce()
    {
        QString call;
        {
            auto run = startRun(kRarely);
            QTRY_COMPARE_WITH_TIMEOUT(
                name(run->engine->connectionState()), name(ConnectionState::Polling), 10000);
            call = m_fake->addMissedCall(kDana, QStringLiteral("no-answer"));
            QCOMPARE(post(QStringLiteral("call.completed"), m_fake->webhookObject(call)), 200);
            QTRY_COMPARE_WITH_TIMEOUT(m_fake->sendsTo(kDana), 1, 10000);
            QCOMPARE(post(QStringLiteral("call.completed"), m_fake->webhookObject(call)), 200);
            QTRY_COMPARE_WITH_TIMEOUT(
                countDirection(messagesWith(run->db, kDana), Direction::Out), 1, 10000);
            run->engine->stop();
        }
        // Restarted, polling often: the polls list the same call.
        auto run = startRun(0.2);
        waitForPolls(4);
        QCOMPARE(m_fake->sendsTo(kDana), 1);
        QCOMPARE(callsWith(run->db, kDana, FakeQuo::businessNumber()), 1);
        QCOMPARE(countDirection(messagesWith(run->db, kDana), Direction::Out), 1);
        run->engine->stop();
    }

    void withoutWebhooksItPollsAndTestsTheConnection()
    {
        QVERIFY(startProvider(0.2, false));
        QVERIFY(!m_host->server().hasProvider(QStringLiteral("openphone")));
        QVERIFY2(!m_sink.detail().contains(QLatin1String("webhook")), qPrintable(m_sink.detail()));
        QCOMPARE(post(QStringLiteral("message.received"), {}), 404); // no route
        m_fake->addInboundMessage(kDana, QStringLiteral("polled"));
        QTRY_COMPARE_WITH_TIMEOUT(m_sink.messages.size(), 1, 10000);
        bool called = false;
        ConnectionCheck check;
        m_provider->testConnection([&](const ConnectionCheck &c) {
            check = c;
            called = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(called, 10000);
        QVERIFY2(check.ok, qPrintable(check.message));
        // With webhooks: registered at start, removed at stop.
        m_provider->stop();
        m_sink = RecordingSink();
        QVERIFY(startProvider(0.2));
        QVERIFY(m_host->server().hasProvider(QStringLiteral("openphone")));
        m_provider->stop();
        QVERIFY(!m_host->server().hasProvider(QStringLiteral("openphone")));
    }

    void webhookSettingsGoTogether()
    {
        QString error;
        QVariantMap s = settings(1);
        s.remove(QStringLiteral("webhook_public_url"));
        QVERIFY(!load(s, &error));
        QVERIFY2(error.contains(QLatin1String("webhook_public_url")), qPrintable(error));
        s = settings(1);
        s.remove(QStringLiteral("webhook_signing_key"));
        QVERIFY(!load(s, &error));
        QVERIFY2(error.contains(QLatin1String("RINGBACK_OPENPHONE_WEBHOOK_SIGNING_KEY")),
                 qPrintable(error));
        s = settings(1);
        s.insert(QStringLiteral("webhook_signing_key"), QStringLiteral("not*base64"));
        QVERIFY(!load(s, &error));
        QVERIFY2(error.contains(QLatin1String("webhook_signing_key")), qPrintable(error));
    }

    void eitherOfTwoSigningKeysIsAccepted()
    {
        // Quo's API gives the messages and the calls webhook a key each.
        const QByteArray calls = QByteArrayLiteral("the calls webhook's own key").toBase64();
        QVariantMap s = settings(kRarely);
        s.insert(QStringLiteral("webhook_signing_key"),
                 QString::fromLatin1(QuoWebhookSender::signingKey() + ' ' + calls));
        m_provider = load(s);
        QVERIFY(m_provider);
        m_provider->start(&m_sink, QString());
        QTRY_COMPARE_WITH_TIMEOUT(name(m_sink.state()), name(ConnectionState::Polling), 10000);
        const QString call = m_fake->addMissedCall(kDana);
        const QByteArray body = QuoWebhookSender::event(QStringLiteral("call.completed"),
                                                        m_fake->webhookObject(call));
        QCOMPARE(m_hooks.post(m_host->url(), body, 0, QByteArrayLiteral("a third").toBase64()),
                 403);
        QCOMPARE(m_hooks.post(m_host->url(), body, 0, calls), 200);
        QTRY_COMPARE_WITH_TIMEOUT(m_sink.calls.size(), 1, 10000);
        const QString text = m_fake->addInboundMessage(kMike, QStringLiteral("hi"));
        QCOMPARE(post(QStringLiteral("message.received"), m_fake->webhookObject(text)), 200);
        QTRY_COMPARE_WITH_TIMEOUT(m_sink.messages.size(), 1, 10000);
    }

    void sessionServesOpenphoneOnlyWithAPublicUrl()
    {
        QTemporaryDir dir;
        const auto open = [&](const QVariantMap &s) {
            const QString path = dir.filePath(QStringLiteral("openphone.json"));
            QFile file(path);
            if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
                qFatal("cannot write the provider config");
            file.write(QJsonDocument(QJsonObject::fromVariantMap(s)).toJson());
            file.close();
            SessionOptions o;
            o.profileDir = dir.filePath(QStringLiteral("profile"));
            o.providerId = QStringLiteral("openphone");
            o.providerConfigPath = path;
            return test::openSession(o);
        };
        {
            auto polling = open(settings(1, false));
            QVERIFY2(polling, qPrintable(polling.errorMessage()));
            QVERIFY(!polling.value()->webhookServer());
        }
        QVariantMap s = settings(kRarely);
        s.insert(QStringLiteral("webhook_listen"), QStringLiteral("127.0.0.1:0"));
        auto session = open(s);
        QVERIFY2(session, qPrintable(session.errorMessage()));
        webhook::WebhookServer *server = session.value()->webhookServer();
        QVERIFY(server);
        QCOMPARE(session.value()->webhookUrl(), kPublicUrl + QStringLiteral("/webhooks/openphone"));
        session.value()->start();
        const auto routed = [&] {
            return test::onEngine(*session.value(), [&](Engine &) {
                return server->hasProvider(QStringLiteral("openphone"));
            });
        };
        QVERIFY(routed());
        const QUrl local(
            QStringLiteral("http://127.0.0.1:%1/webhooks/openphone").arg(server->serverPort()));
        const QString text = m_fake->addInboundMessage(kDana, QStringLiteral("via the session"));
        QCOMPARE(m_hooks.post(local,
                              QuoWebhookSender::event(QStringLiteral("message.received"),
                                                      m_fake->webhookObject(text))),
                 200);
        Database read;
        QVERIFY(read.open(session.value()->profile().databasePath(), QStringLiteral("read")));
        Queries q(read);
        QTRY_VERIFY_WITH_TIMEOUT(q.conversation(kDana, FakeQuo::businessNumber()), 10000);
        session.value()->stop();
        QVERIFY(!routed());
    }
};

QTEST_GUILESS_MAIN(TestOpenPhoneWebhooks)
#include "tst_openphone_webhooks.moc"
