// Quo's "Test connection" (Provider::testConnection) against the fake Quo on
// 127.0.0.1: success, a refused API key, a business number that is not in
// the workspace, and a server that cannot be reached.

#include "FakeQuo.h"
#include "FakeQuoKit.h"

#include <QTcpServer>
#include <QTest>

#include <optional>

using namespace ringback;
using namespace ringback::test;

class TestOpenPhoneConnection : public QObject
{
    Q_OBJECT

    std::unique_ptr<FakeQuo> m_fake;
    PluginLoader m_loader;
    QTemporaryDir m_dir;

    std::optional<ConnectionCheck> check(const QVariantMap &overrides = {})
    {
        QVariantMap settings = quoSettings(*m_fake);
        for (auto it = overrides.begin(); it != overrides.end(); ++it)
            settings.insert(it.key(), it.value());
        QString error;
        auto provider = loadQuo(m_loader, settings, m_dir.path(), &error);
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
        m_fake = std::make_unique<FakeQuo>();
        QVERIFY(m_fake->start());
    }
    void cleanup()
    {
        const QString violations = m_fake->violations.join(QLatin1String("; "));
        m_fake.reset();
        QVERIFY2(violations.isEmpty(), qPrintable(violations));
    }

    void success()
    {
        const auto result = check();
        QVERIFY(result);
        QVERIFY2(result->ok, qPrintable(result->message));
        QVERIFY(result->message.contains(FakeQuo::businessNumber()));
        QVERIFY(result->message.contains(QLatin1String("Main line")));
        QCOMPARE(m_fake->count("GET", QStringLiteral("/v1/phone-numbers")), 1);
        QCOMPARE(m_fake->requests.first().authorization, FakeQuo::apiKey().toUtf8());
        // The check never starts polling.
        QCOMPARE(m_fake->requests.size(), 1);
    }

    void wrongKey()
    {
        const auto result = check({{QStringLiteral("api_key"), QStringLiteral("wrong-test-key")}});
        QVERIFY(result);
        QVERIFY(!result->ok);
        QVERIFY2(result->message.startsWith(QLatin1String("Quo refused the API key.")),
                 qPrintable(result->message));
        QVERIFY(!result->message.contains(QLatin1String("wrong-test-key")));
    }

    void numberNotInWorkspace()
    {
        m_fake->numberOnAccount = false;
        const auto result = check();
        QVERIFY(result);
        QVERIFY(!result->ok);
        QCOMPARE(result->message,
                 QStringLiteral("+15125550100 is not a number in this Quo workspace. "
                                "Its numbers: +15125550111."));
    }

    void unreachable()
    {
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
        QVERIFY2(result->message.startsWith(QLatin1String("Cannot reach Quo")),
                 qPrintable(result->message));
    }

    void noAnswerAfterTheProviderIsGone()
    {
        QString error;
        auto provider = loadQuo(m_loader, quoSettings(*m_fake), m_dir.path(), &error);
        QVERIFY2(provider, qPrintable(error));
        bool called = false;
        provider->testConnection([&](const ConnectionCheck &) { called = true; });
        provider.reset();
        QTest::qWait(200);
        QVERIFY(!called);
    }
};

QTEST_GUILESS_MAIN(TestOpenPhoneConnection)
#include "tst_openphone_testconnection.moc"
