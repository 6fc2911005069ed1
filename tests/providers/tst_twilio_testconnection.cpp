// Twilio's "Test connection" (Provider::testConnection) against the fake
// Twilio on 127.0.0.1: success, a refused Auth Token, a business number that
// is not on the account, and a server that cannot be reached.

#include "FakeTwilio.h"
#include "TwilioTestKit.h"

#include <QTcpServer>
#include <QTest>

#include <optional>

using namespace ringback;
using namespace ringback::test;

class TestTwilioConnection : public QObject
{
    Q_OBJECT

    std::unique_ptr<FakeTwilio> m_fake;
    PluginLoader m_loader;
    QTemporaryDir m_dir;

    std::optional<ConnectionCheck> check(const QVariantMap &overrides = {})
    {
        QVariantMap settings = twilioSettings(*m_fake);
        for (auto it = overrides.begin(); it != overrides.end(); ++it)
            settings.insert(it.key(), it.value());
        QString error;
        auto provider = loadTwilio(m_loader, settings, m_dir.path(), &error);
        if (!provider) {
            qWarning().noquote() << error;
            return std::nullopt;
        }
        std::optional<ConnectionCheck> result;
        int calls = 0;
        provider->testConnection([&](const ConnectionCheck &c) {
            result = c;
            ++calls;
        });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 30000))
            return std::nullopt;
        QTest::qWait(50); // a second answer would show up here
        return calls == 1 ? result : std::nullopt;
    }

private slots:
    void init()
    {
        m_fake = std::make_unique<FakeTwilio>();
        QVERIFY(m_fake->start());
    }
    void cleanup()
    {
        const QString violations = m_fake->violations.join(QLatin1String("; "));
        m_fake.reset();
        // Every request follows Twilio's contract; a wrong token is the point
        // of wrongToken().
        if (QLatin1String(QTest::currentTestFunction()) != QLatin1String("wrongToken"))
            QVERIFY2(violations.isEmpty(), qPrintable(violations));
    }

    void success()
    {
        const auto result = check();
        QVERIFY(result);
        QVERIFY2(result->ok, qPrintable(result->message));
        QVERIFY(result->message.contains(FakeTwilio::businessNumber()));
        QCOMPARE(m_fake->count("GET", QStringLiteral("/IncomingPhoneNumbers.json")), 1);
        // The check never starts polling.
        QCOMPARE(m_fake->count("GET", QStringLiteral("/Calls.json")), 0);
    }

    void wrongToken()
    {
        const auto result
            = check({{QStringLiteral("auth_token"), QStringLiteral("wrong-test-token")}});
        QVERIFY(result);
        QVERIFY(!result->ok);
        QCOMPARE(result->message, QStringLiteral("Twilio refused the Account SID or Auth Token."));
        QVERIFY(!result->message.contains(QLatin1String("wrong-test-token")));
    }

    void numberNotOnAccount()
    {
        m_fake->numberOnAccount = false;
        const auto result = check();
        QVERIFY(result);
        QVERIFY(!result->ok);
        QCOMPARE(result->message,
                 QStringLiteral("+15125550100 is not a number on this Twilio account."));
    }

    void unreachable()
    {
        // A port that was free a moment ago: connection refused.
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            port = probe.serverPort();
        }
        const auto result = check(
            {{QStringLiteral("api_base_url"), QStringLiteral("http://127.0.0.1:%1").arg(port)}});
        QVERIFY(result);
        QVERIFY(!result->ok);
        QVERIFY2(result->message.startsWith(QLatin1String("Cannot reach Twilio")),
                 qPrintable(result->message));
    }

    void noAnswerAfterTheProviderIsGone()
    {
        QString error;
        auto provider = loadTwilio(m_loader, twilioSettings(*m_fake), m_dir.path(), &error);
        QVERIFY2(provider, qPrintable(error));
        bool called = false;
        provider->testConnection([&](const ConnectionCheck &) { called = true; });
        provider.reset();
        QTest::qWait(200);
        QVERIFY(!called);
    }
};

QTEST_GUILESS_MAIN(TestTwilioConnection)
#include "tst_twilio_testconnection.moc"
