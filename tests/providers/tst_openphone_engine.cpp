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

class TestOpenPhoneEngine : public QObject, private EngineFixture<QuoFixture>
{
    Q_OBJECT

private slots:
    void init() { QVERIFY(setUp()); }
    void cleanup() { QVERIFY2(tearDown(), qPrintable(violations())); }

    void missedCallGetsExactlyOneTextRepliesThreaded()
    {
        // Each caller writes back once they get the text.
        FakeQuo *fake = m_fake.get();
        m_fake->onSend = [fake](const FakeQuo::MessageRecord &sent) {
            QTimer::singleShot(300, fake, [fake, to = sent.participant] {
                fake->addInboundMessage(to, QStringLiteral("Yes please, the basement is flooding"));
            });
        };
        auto run = startRun();
        QTRY_COMPARE_WITH_TIMEOUT(
            name(run->engine->connectionState()), name(ConnectionState::Polling), 10000);
        m_fake->addMissedCall(kDana, QStringLiteral("no-answer"));
        m_fake->addMissedCall(kMike, QStringLiteral("completed")); // voicemail
        m_fake->addAnsweredCall(kAngela);                          // answered: no text
        for (const QString &caller : {kDana, kMike}) {
            QTRY_COMPARE_WITH_TIMEOUT(
                countDirection(messagesWith(run->db, caller), Direction::In), 1, 15000);
            const auto out = firstOut(run->db, caller);
            QVERIFY(out);
            QCOMPARE_ENUM(out->kind, MessageKind::Auto);
            QVERIFY(out->providerId.startsWith(QLatin1String("AC")));
        }
        QVERIFY(morePolls(5, 20000)); // more polls over the same conversations
        QCOMPARE(m_fake->sendsTo(kDana), 1);
        QCOMPARE(m_fake->sendsTo(kMike), 1);
        QCOMPARE(m_fake->sendsTo(kAngela), 0);
        QCOMPARE(countDirection(messagesWith(run->db, kDana), Direction::In), 1);
        QTRY_COMPARE_WITH_TIMEOUT(
            name(firstOut(run->db, kDana)->status), name(MessageStatus::Delivered), 10000);
        Queries q(run->db);
        const auto dana = q.conversation(kDana, FakeQuo::businessNumber());
        QVERIFY(dana);
        QCOMPARE_ENUM(dana->leadState, LeadState::Replied);
        QCOMPARE(int(q.calls(dana->id).size()), 1);
        run->engine->stop();
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
