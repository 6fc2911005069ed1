// EngineSession with a webhook provider: it owns a WebhookServer on the
// provider's webhook_listen, hands it to the plugin, and fails clearly when it
// cannot listen. A polling provider gets no receiver.

#include "FakeTelnyxKit.h"
#include "OpenSession.h"
#include "session/EngineSession.h"
#include "store/Queries.h"
#include "webhook/WebhookSpool.h"

#include <QDir>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace ringback;
using namespace ringback::test;

class TestTelnyxSession : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<FakeTelnyx> m_fake;
    std::unique_ptr<TelnyxWebhookSender> m_hooks;

    QString writeConfig(const QTemporaryDir &dir, const QVariantMap &overrides)
    {
        return writeProviderConfig(
            dir.path(),
            QStringLiteral("telnyx.json"),
            withOverrides(telnyxSettings(*m_fake, m_hooks->publicKey()), overrides));
    }
    static SessionOptions options(const QTemporaryDir &dir, const QString &config)
    {
        SessionOptions o;
        o.profileDir = dir.filePath(QStringLiteral("profile"));
        o.providerId = QStringLiteral("telnyx");
        o.providerConfigPath = config;
        return o;
    }

private slots:
    void init()
    {
        m_fake = std::make_unique<FakeTelnyx>();
        QVERIFY(m_fake->start());
        m_hooks = std::make_unique<TelnyxWebhookSender>();
    }
    void cleanup() { m_fake.reset(); }

    void sessionReceivesWebhooksForTheProvider()
    {
        QTemporaryDir dir;
        const QString config
            = writeConfig(dir, {{QStringLiteral("webhook_listen"), QStringLiteral("127.0.0.1:0")}});
        auto session = test::openSession(options(dir, config));
        QVERIFY2(session, qPrintable(session.errorMessage()));
        webhook::WebhookServer *server = session.value()->webhookServer();
        QVERIFY(server);
        QVERIFY(server->isListening());
        const QUrl url(session.value()->webhookUrl());
        QCOMPARE(url.path(), QStringLiteral("/webhooks/telnyx"));
        QCOMPARE(url.port(), int(server->serverPort()));

        session.value()->start();
        const auto routed = [&] {
            return test::onEngine(*session.value(), [&](Engine &) {
                return server->hasProvider(QStringLiteral("telnyx"));
            });
        };
        QVERIFY(routed());
        QTRY_COMPARE_WITH_TIMEOUT(int(session.value()->client().connectionState()),
                                  int(ConnectionState::Connected),
                                  10000);
        // A signed reply reaches the engine's store.
        namespace ev = ringback::test::telnyx_events;
        QCOMPARE(m_hooks->post(url,
                               ev::event(QStringLiteral("message.received"),
                                         ev::newId(),
                                         ev::inbound(ev::newId(),
                                                     QStringLiteral("+15125550134"),
                                                     QStringLiteral("hello")))),
                 200);
        Database read;
        QVERIFY(read.open(session.value()->profile().databasePath(), QStringLiteral("read")));
        Queries q(read);
        QTRY_VERIFY_WITH_TIMEOUT(
            q.conversation(QStringLiteral("+15125550134"), FakeTelnyx::businessNumber()), 10000);
        session.value()->stop();
        QVERIFY(!routed());
    }

    // A reply accepted (200) just before a crash is in the profile's spool:
    // the next start stores it, and the spool is empty after.
    void spooledReplyIsStoredAtTheNextStart()
    {
        QTemporaryDir dir;
        const QString config
            = writeConfig(dir, {{QStringLiteral("webhook_listen"), QStringLiteral("127.0.0.1:0")}});
        const SessionOptions o = options(dir, config);
        const QString spoolDir = Profile(o.profileDir).webhookSpoolDir();
        {
            namespace ev = ringback::test::telnyx_events;
            webhook::WebhookSpool spool(spoolDir);
            webhook::WebhookRequest request;
            request.providerId = QStringLiteral("telnyx");
            request.receivedAtMs = QDateTime::currentMSecsSinceEpoch();
            request.body = ev::event(QStringLiteral("message.received"),
                                     ev::newId(),
                                     ev::inbound(ev::newId(),
                                                 QStringLiteral("+15125550177"),
                                                 QStringLiteral("sent before the crash")));
            QVERIFY(spool.store(request));
        }
        auto session = test::openSession(o);
        QVERIFY2(session, qPrintable(session.errorMessage()));
        QCOMPARE(session.value()->webhookServer()->spoolDir(), spoolDir);
        session.value()->start();
        Database read;
        QVERIFY(read.open(session.value()->profile().databasePath(), QStringLiteral("read")));
        Queries q(read);
        QTRY_VERIFY_WITH_TIMEOUT(
            q.conversation(QStringLiteral("+15125550177"), FakeTelnyx::businessNumber()), 10000);
        QTRY_VERIFY(QDir(spoolDir).entryList({QStringLiteral("*.webhook")}, QDir::Files).isEmpty());
    }

    void publicUrlIsTheWebhookUrl()
    {
        QTemporaryDir dir;
        const QString config
            = writeConfig(dir,
                          {{QStringLiteral("webhook_listen"), QStringLiteral("127.0.0.1:0")},
                           {QStringLiteral("webhook_public_url"),
                            QStringLiteral("https://office.example.com/")}});
        auto session = test::openSession(options(dir, config));
        QVERIFY2(session, qPrintable(session.errorMessage()));
        QCOMPARE(session.value()->webhookUrl(),
                 QStringLiteral("https://office.example.com/webhooks/telnyx"));
    }

    void portInUseIsAClearError()
    {
        QTcpServer occupied;
        QVERIFY(occupied.listen(QHostAddress::LocalHost, 0));
        QTemporaryDir dir;
        const QString config
            = writeConfig(dir,
                          {{QStringLiteral("webhook_listen"),
                            QStringLiteral("127.0.0.1:%1").arg(occupied.serverPort())}});
        auto session = test::openSession(options(dir, config));
        QVERIFY(!session);
        const QString message = session.errorMessage();
        QVERIFY2(message.contains(QLatin1String("Telnyx")), qPrintable(message));
        QVERIFY2(message.contains(QString::number(occupied.serverPort())), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("webhook_listen")), qPrintable(message));
    }

    void pollingProviderHasNoReceiver()
    {
        QTemporaryDir dir;
        SessionOptions o;
        o.profileDir = dir.filePath(QStringLiteral("profile"));
        o.providerId = QStringLiteral("simulator");
        auto session = test::openSession(o);
        QVERIFY2(session, qPrintable(session.errorMessage()));
        QVERIFY(!session.value()->webhookServer());
        QVERIFY(session.value()->webhookUrl().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTelnyxSession)
#include "tst_telnyx_session.moc"
