// The openphone (Quo) plugin driven by the real Engine and a real (temporary)
// store: a missed call gets exactly one automatic text, replies are threaded,
// a timed-out send is reconciled instead of resent, restarts lose nothing.

#include "EngineTestKit.h"
#include "FakeQuo.h"
#include "FakeQuoKit.h"
#include "TestCallers.h"
#include "TestPrinting.h"

#include <QTest>
#include <QTimer>

using namespace ringback;
using namespace ringback::test;
using namespace ringback::test::callers;

class TestOpenPhoneEngine : public FixtureTestCase<EngineFixture<QuoFixture>>
{
    Q_OBJECT

private slots:
    void missedCallGetsExactlyOneTextRepliesThreaded()
    {
        checkMissedCallsTextedOnceRepliesThreaded(
            &FakeQuo::MessageRecord::participant, QStringLiteral("AC"), [this] {
                m_fake->addMissedCall(kDana, QStringLiteral("no-answer"));
                m_fake->addMissedCall(kMike, QStringLiteral("completed")); // voicemail
                m_fake->addAnsweredCall(kAngela);                          // answered: no text
            });
    }

    void timedOutSendIsReconciledNotResent()
    {
        checkTimedOutSendIsReconciled(
            [this](const QString &caller) { m_fake->addMissedCall(caller); });
    }

    void restartContinuesFromTheCursor()
    {
        checkRestartContinuesFromTheCursor(
            [this](const QString &caller) { m_fake->addMissedCall(caller); },
            // Missed while Ringback was closed.
            [this](const QString &caller) {
                m_fake->addMissedCall(caller, QStringLiteral("abandoned"));
            });
    }
};

QTEST_GUILESS_MAIN(TestOpenPhoneEngine)
#include "tst_openphone_engine.moc"
