// The twilio plugin driven by the real Engine and a real (temporary) store:
// missed call to one text, replies threaded, timeouts reconciled instead of
// resent, restarts that lose nothing.

#include "EngineTestKit.h"
#include "FakeTwilio.h"
#include "TestCallers.h"
#include "TestPrinting.h"
#include "TwilioTestKit.h"

#include <QTest>
#include <QTimer>

using namespace ringback;
using namespace ringback::test;
using namespace ringback::test::callers;

class TestTwilioEngine : public FixtureTestCase<EngineFixture<ProviderFixture>>
{
    Q_OBJECT

private slots:
    void missedCallsTextedOnceRepliesThreaded()
    {
        checkMissedCallsTextedOnceRepliesThreaded(
            &FakeTwilio::MessageRecord::to, QStringLiteral("SM"), [this] {
                m_fake->addDialled(kDana, QStringLiteral("no-answer"));
                m_fake->addMissedInbound(kMike, QStringLiteral("busy"));
                m_fake->addDialled(kAngela, QStringLiteral("completed")); // answered: no text
            });
    }

    void timedOutSendIsReconciledNotResent()
    {
        checkTimedOutSendIsReconciled(
            [this](const QString &caller) { m_fake->addMissedInbound(caller); });
    }

    void optedOutRefusalIsRecorded()
    {
        m_fake->sendReplies.push_back(FakeTwilio::Reply::fail(
            400, 21610, QStringLiteral("Attempt to send to unsubscribed recipient")));
        auto run = startRun();
        checkRefusalIsAnOptOut(
            run->db,
            [this](const QString &caller) { m_fake->addMissedInbound(caller); },
            QStringLiteral("21610"));
        run->engine->stop();
    }

    void restartContinuesFromTheCursor()
    {
        checkRestartContinuesFromTheCursor(
            [this](const QString &caller) { m_fake->addMissedInbound(caller); },
            // Missed while Ringback was closed.
            [this](const QString &caller) {
                m_fake->addDialled(caller, QStringLiteral("no-answer"));
            });
    }
};

QTEST_GUILESS_MAIN(TestTwilioEngine)
#include "tst_twilio_engine.moc"
