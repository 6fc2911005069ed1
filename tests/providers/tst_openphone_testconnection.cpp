// Quo's "Test connection" (Provider::testConnection) against the fake Quo on
// 127.0.0.1: success, a refused API key, a business number that is not in
// the workspace, and a server that cannot be reached.

#include "FakeQuo.h"
#include "FakeQuoKit.h"

#include <QTest>

#include <optional>

using namespace ringback;
using namespace ringback::test;

class TestOpenPhoneConnection : public FixtureTestCase<QuoFixture>
{
    Q_OBJECT

private slots:
    void success()
    {
        const auto result = checkConnectionWith();
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
        const QString message
            = failedCheck({{QStringLiteral("api_key"), QStringLiteral("wrong-test-key")}});
        QVERIFY2(message.startsWith(QLatin1String("Quo refused the API key.")),
                 qPrintable(message));
        QVERIFY(!message.contains(QLatin1String("wrong-test-key")));
    }

    void numberNotInWorkspace()
    {
        m_fake->numberOnAccount = false;
        const QString message = failedCheck();
        QCOMPARE(message,
                 QStringLiteral("+15125550100 is not a number in this Quo workspace. "
                                "Its numbers: +15125550111."));
    }

    void unreachable()
    {
        const QString message = failedCheckOfRefusingServer();
        QVERIFY2(message.startsWith(QLatin1String("Cannot reach Quo")), qPrintable(message));
    }

    void noAnswerAfterTheProviderIsGone() { connectionCheckEndsWithTheProvider(); }
};

QTEST_GUILESS_MAIN(TestOpenPhoneConnection)
#include "tst_openphone_testconnection.moc"
