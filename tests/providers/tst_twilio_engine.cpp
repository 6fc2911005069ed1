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

class TestTwilioEngine : public QObject, private EngineFixture<ProviderFixture>
{
    Q_OBJECT

private slots:
    void init() { QVERIFY(setUp()); }
    void cleanup() { QVERIFY2(tearDown(), qPrintable(violations())); }

    void missedCallsTextedOnceRepliesThreaded()
    {
        // Each caller writes back once they get the text.
        FakeTwilio *fake = m_fake.get();
        m_fake->onSend = [fake](const FakeTwilio::MessageRecord &sent) {
            QTimer::singleShot(300, fake, [fake, to = sent.to] {
                fake->addInboundMessage(to, QStringLiteral("Yes please, the basement is flooding"));
            });
        };
        auto run = startRun();
        QTRY_COMPARE_WITH_TIMEOUT(ringback::test::name(run->engine->connectionState()),
                                  ringback::test::name(ConnectionState::Polling),
                                  10000);
        m_fake->addDialled(kDana, QStringLiteral("no-answer"));
        m_fake->addMissedInbound(kMike, QStringLiteral("busy"));
        m_fake->addDialled(kAngela, QStringLiteral("completed")); // answered: no text
        for (const QString &caller : {kDana, kMike}) {
            QTRY_COMPARE_WITH_TIMEOUT(
                countDirection(messagesWith(run->db, caller), Direction::In), 1, 15000);
            const auto out = firstOut(run->db, caller);
            QVERIFY(out);
            QCOMPARE_ENUM(out->kind, MessageKind::Auto);
            QVERIFY(out->providerId.startsWith(QLatin1String("SM")));
        }
        QVERIFY(morePolls(5, 20000)); // more polls over the same calls and messages
        QCOMPARE(m_fake->sendsTo(kDana), 1);
        QCOMPARE(m_fake->sendsTo(kMike), 1);
        QCOMPARE(m_fake->sendsTo(kAngela), 0);
        QCOMPARE(countDirection(messagesWith(run->db, kDana), Direction::In), 1);
        QTRY_COMPARE_WITH_TIMEOUT(ringback::test::name(firstOut(run->db, kDana)->status),
                                  ringback::test::name(MessageStatus::Delivered),
                                  10000);
        Queries q(run->db);
        const auto dana = q.conversation(kDana, FakeTwilio::businessNumber());
        QVERIFY(dana);
        QCOMPARE_ENUM(dana->leadState, LeadState::Replied);
        QCOMPARE(int(q.calls(dana->id).size()), 1);
        run->engine->stop();
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
        m_fake->addMissedInbound(kMike);
        QTRY_VERIFY_WITH_TIMEOUT(firstOut(run->db, kMike)
                                     && firstOut(run->db, kMike)->status == MessageStatus::Failed,
                                 10000);
        Queries q(run->db);
        const auto mike = q.conversation(kMike, FakeTwilio::businessNumber());
        QVERIFY(mike);
        QCOMPARE_ENUM(mike->optOut, OptOutState::OptedOut);
        QVERIFY(firstOut(run->db, kMike)->error.contains(QLatin1String("21610")));
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
