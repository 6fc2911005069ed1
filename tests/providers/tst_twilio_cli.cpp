// End to end: the real `ringback --headless` on the twilio provider against a
// fake Twilio on loopback, then `--export`: every missed caller texted exactly
// once, replies threaded, a restart texts nobody again.

#include "FakeTwilio.h"
#include "ProviderTestKit.h"
#include "TestCallers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#ifdef Q_OS_UNIX
#include <csignal>
#endif

using ringback::test::FakeTwilio;
using namespace ringback::test::callers;

namespace {
const QString kReply = QStringLiteral("Yes please, water is coming through the ceiling");
} // namespace

class TestTwilioCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    FakeTwilio m_fake;

    QString writeConfig()
    {
        // No auth_token here: it comes from the environment.
        return ringback::test::writeProviderConfig(
            m_dir.path(),
            QStringLiteral("twilio.json"),
            {{QStringLiteral("account_sid"), FakeTwilio::accountSid()},
             {QStringLiteral("phone_number"), FakeTwilio::businessNumber()},
             {QStringLiteral("api_base_url"), m_fake.baseUrl()},
             {QStringLiteral("poll_interval_seconds"), 1}});
    }
    void startEngine(QProcess &engine, const QString &profile, const QString &config)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("RINGBACK_TWILIO_AUTH_TOKEN"), FakeTwilio::authToken());
        engine.setProcessEnvironment(env);
        engine.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        engine.start(QStringLiteral(RINGBACK_EXE),
                     {QStringLiteral("--headless"),
                      QStringLiteral("--profile"),
                      profile,
                      QStringLiteral("--provider"),
                      QStringLiteral("twilio"),
                      QStringLiteral("--provider-config"),
                      config});
    }
    static void stopEngine(QProcess &engine)
    {
#ifdef Q_OS_UNIX
        ::kill(pid_t(engine.processId()), SIGTERM);
#endif
        QVERIFY(engine.waitForFinished(15000));
        QCOMPARE(engine.exitStatus(), QProcess::NormalExit);
        QCOMPARE(engine.exitCode(), 0);
    }
    // Waits (running the fake) for `n` more passes over Calls.json.
    void waitForPolls(int n)
    {
        const int target = m_fake.count("GET", QStringLiteral("/Calls.json")) + n;
        QTRY_VERIFY_WITH_TIMEOUT(m_fake.count("GET", QStringLiteral("/Calls.json")) >= target,
                                 20000);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_fake.start());
    }

    void headlessTextsEachMissedCallerOnce()
    {
#ifndef Q_OS_UNIX
        QSKIP("stops the engine with SIGTERM");
#endif
        m_fake.onSend = [this](const FakeTwilio::MessageRecord &sent) {
            QTimer::singleShot(
                200, &m_fake, [this, to = sent.to] { m_fake.addInboundMessage(to, kReply); });
        };
        const QString profile = m_dir.filePath(QStringLiteral("profile"));
        const QString config = writeConfig();
        QProcess engine;
        startEngine(engine, profile, config);
        QVERIFY(engine.waitForStarted());
        waitForPolls(1);

        m_fake.addDialled(kDana, QStringLiteral("no-answer")); // routed to the office, missed
        m_fake.addMissedInbound(kMike,
                                QStringLiteral("busy")); // the inbound call itself ended busy
        m_fake.addDialled(kAngela, QStringLiteral("completed")); // answered
        QTRY_VERIFY_WITH_TIMEOUT(m_fake.sendsTo(kDana) >= 1 && m_fake.sendsTo(kMike) >= 1, 20000);
        waitForPolls(3); // the replies are picked up, the calls seen again
        QCOMPARE(engine.state(), QProcess::Running);
        stopEngine(engine);

        // A restart from the saved position texts nobody again.
        QProcess again;
        startEngine(again, profile, config);
        QVERIFY(again.waitForStarted());
        waitForPolls(3);
        stopEngine(again);

        QCOMPARE(m_fake.sendsTo(kDana), 1);
        QCOMPARE(m_fake.sendsTo(kMike), 1);
        QCOMPARE(m_fake.sendsTo(kAngela), 0);
        QVERIFY2(m_fake.violations.isEmpty(),
                 qPrintable(m_fake.violations.join(QLatin1String("; "))));

        const QString exportPath = m_dir.filePath(QStringLiteral("export.json"));
        QProcess exporter;
        exporter.start(
            QStringLiteral(RINGBACK_EXE),
            {QStringLiteral("--profile"), profile, QStringLiteral("--export"), exportPath});
        QVERIFY(exporter.waitForFinished(30000));
        QCOMPARE(exporter.exitCode(), 0);
        QFile file(exportPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonArray conversations = QJsonDocument::fromJson(file.readAll())
                                             .object()
                                             .value(QLatin1String("conversations"))
                                             .toArray();
        QSet<QString> texted;
        for (const QJsonValue &value : conversations) {
            const QJsonObject c = value.toObject();
            const QString contact = c.value(QLatin1String("contact_number")).toString();
            QCOMPARE(c.value(QLatin1String("business_number")).toString(),
                     FakeTwilio::businessNumber());
            const QJsonArray calls = c.value(QLatin1String("calls")).toArray();
            QCOMPARE(calls.size(), 1); // seen in many polls, stored once
            const QJsonObject call = calls.first().toObject();
            QCOMPARE(call.value(QLatin1String("provider")).toString(), QStringLiteral("twilio"));
            QVERIFY(call.value(QLatin1String("provider_id"))
                        .toString()
                        .startsWith(QLatin1String("CA")));
            int out = 0;
            int in = 0;
            for (const QJsonValue &mv : c.value(QLatin1String("messages")).toArray()) {
                const QJsonObject m = mv.toObject();
                if (m.value(QLatin1String("direction")).toString() == QLatin1String("out")) {
                    ++out;
                    QCOMPARE(m.value(QLatin1String("kind")).toString(), QStringLiteral("auto"));
                    QVERIFY(m.value(QLatin1String("provider_id"))
                                .toString()
                                .startsWith(QLatin1String("SM")));
                } else {
                    ++in;
                    QCOMPARE(m.value(QLatin1String("body")).toString(), kReply);
                }
            }
            if (contact == kAngela) {
                QCOMPARE(call.value(QLatin1String("result")).toString(),
                         QStringLiteral("answered"));
                QCOMPARE(call.value(QLatin1String("decision")).toString(),
                         QStringLiteral("not_applicable"));
                QCOMPARE(out, 0);
                continue;
            }
            QCOMPARE(call.value(QLatin1String("decision")).toString(), QStringLiteral("texted"));
            QCOMPARE(out, 1);
            QCOMPARE(in, 1); // the reply is threaded with the text it answers
            QCOMPARE(c.value(QLatin1String("lead_state")).toString(), QStringLiteral("replied"));
            texted.insert(contact);
        }
        QCOMPARE(texted, QSet<QString>({kDana, kMike}));
    }
};

QTEST_GUILESS_MAIN(TestTwilioCli)
#include "tst_twilio_cli.moc"
