// The ringcentral plugin driven by the real Engine and a real (temporary)
// store: a missed call pushed over the WebSocket becomes one stored call and
// one automatic text; the reply is threaded; a send that times out is
// reconciled, not resent. The plugin runs on a manual clock: to show that no
// second text goes out, a test drives the plugin's next syncs (which see the
// same call and text again) and waits for them (RingCentralOnClock.h).

#include "FakeRingCentralKit.h"
#include "RingCentralOnClock.h"
#include "TestPrinting.h"
#include "engine/Engine.h"
#include "store/Queries.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace ringback;
using namespace ringback::test;

namespace {
const QString kDana = QStringLiteral("+15125550134");
const QString kMike = QStringLiteral("+15125550147");
} // namespace

class TestRingCentralEngine : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    PluginLoader m_loader;
    std::unique_ptr<FakeRingCentral> m_fake;
    QString m_dbPath;
    int m_runs = 0;
    ManualClock m_clock; // the plugin's

    struct Run
    {
        Database db;
        std::unique_ptr<Provider> provider;
        std::unique_ptr<Engine> engine;
    };
    std::unique_ptr<Run> startRun(EngineConfig config = {})
    {
        auto run = std::make_unique<Run>();
        const Status ok = run->db.open(m_dbPath, QStringLiteral("rc-engine-%1").arg(++m_runs));
        if (!ok)
            qFatal("cannot open the test database: %s", qPrintable(ok.errorMessage()));
        m_clock.set(QDateTime::currentDateTimeUtc());
        run->provider
            = loadRingCentralOnClock(m_loader, ringCentralSettings(*m_fake), m_dir.path(), m_clock);
        run->engine = std::make_unique<Engine>(
            run->db, *run->provider, QStringLiteral("ringcentral"), config);
        run->engine->start();
        return run;
    }
    static std::vector<Message> messagesWith(Database &db, const QString &contact)
    {
        Queries q(db);
        const auto conversation = q.conversation(contact, FakeRingCentral::businessNumber());
        return conversation ? q.messages(conversation->id) : std::vector<Message>{};
    }
    static int count(const std::vector<Message> &messages, Direction direction)
    {
        int n = 0;
        for (const Message &m : messages)
            n += m.direction == direction ? 1 : 0;
        return n;
    }
    static std::optional<Message> firstOut(Database &db, const QString &contact)
    {
        for (const Message &m : messagesWith(db, contact)) {
            if (m.direction == Direction::Out)
                return m;
        }
        return std::nullopt;
    }

private slots:
    void init()
    {
        m_fake = std::make_unique<FakeRingCentral>();
        QVERIFY(m_fake->start());
        m_dbPath = m_dir.filePath(
            QStringLiteral("run-%1.sqlite").arg(QDateTime::currentMSecsSinceEpoch()));
    }
    void cleanup()
    {
        QVERIFY2(m_fake->violations.isEmpty(),
                 qPrintable(m_fake->violations.join(QLatin1String("; "))));
        m_fake.reset();
    }

    void missedCallOverTheSocketTextedOnce()
    {
        FakeRingCentral *fake = m_fake.get();
        m_fake->onSend = [fake](const FakeRingCentral::MessageRecord &sent) {
            QTimer::singleShot(300, fake, [fake, to = sent.to] {
                fake->addInboundSms(to, QStringLiteral("Yes please, the water heater is leaking"));
            });
        };
        auto run = startRun();
        QTRY_VERIFY_WITH_TIMEOUT(m_fake->isSubscribed(), 10000);
        QTRY_COMPARE_ENUM_WITH_TIMEOUT(
            run->engine->connectionState(), ConnectionState::Connected, 10000);
        m_fake->addMissedCall(kDana);
        QTRY_COMPARE_WITH_TIMEOUT(count(messagesWith(run->db, kDana), Direction::In), 1, 15000);
        const auto out = firstOut(run->db, kDana);
        QVERIFY(out);
        QCOMPARE_ENUM(out->kind, MessageKind::Auto);
        QCOMPARE(out->providerId, m_fake->sentMessages().first().id);
        QVERIFY(syncTwiceMore(m_clock, *m_fake)); // they see the same call and text again
        QCOMPARE(m_fake->sendsTo(kDana), 1);
        Queries q(run->db);
        const auto dana = q.conversation(kDana, FakeRingCentral::businessNumber());
        QVERIFY(dana);
        QCOMPARE(int(q.calls(dana->id).size()), 1);
        QCOMPARE(count(messagesWith(run->db, kDana), Direction::In), 1);
        QCOMPARE_ENUM(dana->leadState, LeadState::Replied);
        QTRY_COMPARE_ENUM_WITH_TIMEOUT(
            firstOut(run->db, kDana)->status, MessageStatus::Delivered, 10000);
        run->engine->stop();
    }

    void timedOutSendIsReconciledNotResent()
    {
        FakeRingCentral::Reply hang;
        hang.never = true; // RingCentral keeps the message; its answer never comes
        hang.record = true;
        m_fake->smsReplies.push_back(hang);
        EngineConfig config;
        config.sendTimeoutMs = 1500;
        auto run = startRun(config);
        QTRY_VERIFY_WITH_TIMEOUT(m_fake->isSubscribed(), 10000);
        m_fake->addMissedCall(kMike);
        QTRY_COMPARE_WITH_TIMEOUT(m_fake->sendsTo(kMike), 1, 10000);
        // The fake may have counted the send before it recorded the message.
        QTRY_VERIFY_WITH_TIMEOUT(!m_fake->sentMessages().isEmpty() && firstOut(run->db, kMike)
                                     && firstOut(run->db, kMike)->providerId
                                            == m_fake->sentMessages().first().id,
                                 20000);
        // The syncs after the reconcile see the message; the engine holds it
        // as sent, one outgoing text with nothing queued behind it.
        QVERIFY(syncTwiceMore(m_clock, *m_fake));
        QCOMPARE(m_fake->sendsTo(kMike), 1); // no second text
        const auto out = firstOut(run->db, kMike);
        QVERIFY(out->status == MessageStatus::Sent || out->status == MessageStatus::Delivered);
        QCOMPARE(count(messagesWith(run->db, kMike), Direction::Out), 1);
        run->engine->stop();
    }
};

QTEST_GUILESS_MAIN(TestRingCentralEngine)
#include "tst_ringcentral_engine.moc"
