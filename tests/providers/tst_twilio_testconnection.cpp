// Twilio's "Test connection" (Provider::testConnection) against the fake
// Twilio on 127.0.0.1: success, a refused Auth Token, a business number that
// is not on the account, and a server that cannot be reached.

#include "FakeTwilio.h"
#include "TwilioTestKit.h"

#include <QTest>

#include <optional>

using namespace ringback;
using namespace ringback::test;

class TestTwilioConnection : public FixtureTestCase<ProviderFixture>
{
    Q_OBJECT

private slots:
    void cleanup()
    {
        const bool clean = tearDown();
        // Every request follows Twilio's contract; a wrong token is the point
        // of wrongToken().
        if (QLatin1String(QTest::currentTestFunction()) != QLatin1String("wrongToken"))
            QVERIFY2(clean, qPrintable(violations()));
    }

    void success()
    {
        const auto result = checkConnectionWith();
        QVERIFY(result);
        QVERIFY2(result->ok, qPrintable(result->message));
        QVERIFY(result->message.contains(FakeTwilio::businessNumber()));
        QCOMPARE(m_fake->count("GET", QStringLiteral("/IncomingPhoneNumbers.json")), 1);
        // The check never starts polling.
        QCOMPARE(m_fake->count("GET", QStringLiteral("/Calls.json")), 0);
    }

    void wrongToken()
    {
        const QString message
            = failedCheck({{QStringLiteral("auth_token"), QStringLiteral("wrong-test-token")}});
        QCOMPARE(message, QStringLiteral("Twilio refused the Account SID or Auth Token."));
        QVERIFY(!message.contains(QLatin1String("wrong-test-token")));
    }

    void numberNotOnAccount()
    {
        m_fake->numberOnAccount = false;
        const QString message = failedCheck();
        QCOMPARE(message, QStringLiteral("+15125550100 is not a number on this Twilio account."));
    }

    void unreachable()
    {
        // A port that was free a moment ago: connection refused.
        const QString message = failedCheckOfRefusingServer();
        QVERIFY2(message.startsWith(QLatin1String("Cannot reach Twilio")), qPrintable(message));
    }

    void noAnswerAfterTheProviderIsGone() { connectionCheckEndsWithTheProvider(); }
};

QTEST_GUILESS_MAIN(TestTwilioConnection)
#include "tst_twilio_testconnection.moc"
