// The openphone (Quo) plugin driven by the real Engine and a real (temporary)
// store: a missed call gets exactly one automatic text, replies are threaded,
// a timed-out send is reconciled instead of resent, restarts lose nothing.

#include "FakeQuo.h"
#include "FakeQuoKit.h"
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
const QString kAngela = QStringLiteral("+15125550183");
} // namespace

class TestOpenPhoneEngine : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    PluginLoader m_loader;
    std::unique_ptr<FakeQuo> m_fake;
    QString m_dbPath;
    int m_runs = 0;

    struct Run
    {
        Database db;
        std::unique_ptr<Provider> provider;
        std::unique_ptr<Engine> engine;
    };
    std::unique_ptr<Run> startRun(EngineConfig config = {})
    {
        auto run = std::make_unique<Run>();
        const Status ok = run->db.open(m_dbPath, QStringLiteral("quo-engine-%1").arg(++m_runs));
        if (!ok)
            qFatal("cannot open the test database: %s", qPrintable(ok.errorMessage()));
        QString error;
        run->provider = loadQuo(m_loader, quoSettings(*m_fake), m_dir.path(), &error);
        if (!run->provider)
            qFatal("cannot load the openphone provider: %s", qPrintable(error));
        run->engine = std::make_unique<Engine>(
            run->db, *run->provider, QStringLiteral("openphone"), config);
        run->engine->start();
        return run;
    }
    static std::vector<Message> messagesWith(Database &db, const QString &contact)
    {
        Queries q(db);
        const auto conversation = q.conversation(contact, FakeQuo::businessNumber());
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

    // Waits until the provider has polled `passes` more times (each pass
    // lists /v1/conversations): anything it would report or send twice, it has by then.
    // A condition on the fake's log, not a fixed sleep.
    bool morePasses(int passes)
    {
        const QString path = QStringLiteral("/v1/conversations");
        const int before = m_fake->count("GET", path);
        return QTest::qWaitFor([&] { return m_fake->count("GET", path) >= before + passes; },
                               20000);
    }
private slots:
    void init()
    {
        m_fake = std::make_unique<FakeQuo>();
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
                count(messagesWith(run->db, caller), Direction::In), 1, 15000);
            const auto out = firstOut(run->db, caller);
            QVERIFY(out);
            QCOMPARE_ENUM(out->kind, MessageKind::Auto);
            QVERIFY(out->providerId.startsWith(QLatin1String("AC")));
        }
        QVERIFY(morePasses(5)); // more polls over the same conversations
        QCOMPARE(m_fake->sendsTo(kDana), 1);
        QCOMPARE(m_fake->sendsTo(kMike), 1);
        QCOMPARE(m_fake->sendsTo(kAngela), 0);
        QCOMPARE(count(messagesWith(run->db, kDana), Direction::In), 1);
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
        FakeQuo::Reply hang;
        hang.never = true; // Quo keeps the message; its answer never comes
        m_fake->sendReplies.push_back(hang);
        EngineConfig config;
        config.sendTimeoutMs = 1500;
        auto run = startRun(config);
        m_fake->addMissedCall(kDana);
        QTRY_COMPARE_WITH_TIMEOUT(m_fake->sendsTo(kDana), 1, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(firstOut(run->db, kDana)
                                     && firstOut(run->db, kDana)->providerId
                                            == m_fake->sentMessages().first().id,
                                 20000);
        QVERIFY(morePasses(10));             // the engine has settled the timed-out send
        QCOMPARE(m_fake->sendsTo(kDana), 1); // no second text
        const auto out = firstOut(run->db, kDana);
        QVERIFY(out->status == MessageStatus::Sent || out->status == MessageStatus::Delivered);
        run->engine->stop();
    }

    void restartContinuesFromTheCursor()
    {
        {
            auto run = startRun();
            m_fake->addMissedCall(kDana);
            QTRY_COMPARE_WITH_TIMEOUT(m_fake->sendsTo(kDana), 1, 10000);
            QTRY_VERIFY_WITH_TIMEOUT(
                firstOut(run->db, kDana) && !firstOut(run->db, kDana)->providerId.isEmpty(), 10000);
            run->engine->stop();
        }
        // Missed while Ringback was closed (a moment ago, so still texted).
        m_fake->addMissedCall(kMike, QStringLiteral("abandoned"));
        auto run = startRun();
        QTRY_COMPARE_WITH_TIMEOUT(m_fake->sendsTo(kMike), 1, 10000);
        QVERIFY(morePasses(5)); // more polls over what was already texted
        QCOMPARE(m_fake->sendsTo(kDana), 1);
        QCOMPARE(m_fake->sendsTo(kMike), 1);
        run->engine->stop();
    }
};

QTEST_GUILESS_MAIN(TestOpenPhoneEngine)
#include "tst_openphone_engine.moc"
