// The twilio provider plugin, receiving side: loaded for real through
// PluginLoader and driven with a recording sink against a fake Twilio on
// 127.0.0.1 (settings, polling calls and messages, connection states).

#include "FakeTwilio.h"
#include "TestCallers.h"
#include "TestPrinting.h"
#include "TwilioTestKit.h"
#include "provider/ProviderSettings.h"
#include "util/Clock.h"

#include <QFile>
#include <QTest>
#include <QUrl>

using namespace ringback;
using namespace ringback::test;
using namespace ringback::test::callers;

class TestTwilio : public FixtureTestCase<ProviderFixture>
{
    Q_OBJECT

private slots:
    void schemaAndSecretsFromEnvironment()
    {
        m_loader.scan();
        const ProviderInfo *info = m_loader.find(QStringLiteral("twilio"));
        QVERIFY(info);
        QVERIFY(info->hasCapability(QStringLiteral("poll")));
        const QStringList expected{QStringLiteral("account_sid"),
                                   QStringLiteral("auth_token"),
                                   QStringLiteral("phone_number"),
                                   QStringLiteral("api_base_url"),
                                   QStringLiteral("lookup_base_url"),
                                   QStringLiteral("poll_interval_seconds")};
        QCOMPARE(int(info->settings.size()), expected.size());
        for (const QString &name : expected) {
            QVERIFY2(info->field(name), qPrintable(name));
            QVERIFY2(!info->field(name)->help.isEmpty(), qPrintable(name));
        }
        QVERIFY(info->field(QStringLiteral("auth_token"))->isSecret());
        QCOMPARE(info->field(QStringLiteral("poll_interval_seconds"))->defaultValue.toInt(), 15);

        // Without the token anywhere: the message names the field and the variable.
        checkSecretFromEnvironment(
            {{QStringLiteral("account_sid"), FakeTwilio::accountSid()},
             {QStringLiteral("phone_number"), QStringLiteral("(512) 555-0100")}},
            QStringLiteral("auth_token"),
            QStringLiteral("RINGBACK_TWILIO_AUTH_TOKEN"),
            FakeTwilio::authToken(),
            QStringLiteral("https://api.twilio.com"));
    }

    void plainHttpRefusedExceptLoopback()
    {
        checkPlainHttpRefusedExceptLoopback(
            {{QStringLiteral("account_sid"), FakeTwilio::accountSid()},
             {QStringLiteral("auth_token"), FakeTwilio::authToken()},
             {QStringLiteral("phone_number"), FakeTwilio::businessNumber()}});
        QVariantMap s = settings({{QStringLiteral("account_sid"), QStringLiteral("AC123")}});
        QString error;
        QVERIFY(!configured(s, &error));
        QVERIFY(error.contains(QLatin1String("account_sid")));
    }

    void pagesThroughThreePages()
    {
        m_fake->maxPageSize = 2;
        QStringList sids;
        for (const QString &from : {kDana, kMike, kPat, kLee, kAngela})
            sids << m_fake->addMissedInbound(from);
        startProvider();
        QTRY_COMPARE_WITH_TIMEOUT(m_sink.calls.size(), 5, 10000);
        sids.sort();
        QCOMPARE(m_sink.callIds(), sids);
        int pageTwo = 0;
        int pageThree = 0;
        for (const FakeTwilio::Request &r : m_fake->requests) {
            for (const auto &[key, value] : r.query) {
                pageTwo += key == QLatin1String("Page") && value == QLatin1String("1") ? 1 : 0;
                pageThree += key == QLatin1String("Page") && value == QLatin1String("2") ? 1 : 0;
            }
        }
        QVERIFY(pageTwo > 0 && pageThree > 0);
        QTRY_COMPARE_WITH_TIMEOUT(ringback::test::name(m_sink.state()),
                                  ringback::test::name(ConnectionState::Polling),
                                  10000);
    }

    void overlappingPollsReportOnceAndRestartLosesNothing()
    {
        m_fake->addMissedInbound(kDana);
        startProvider();
        QTRY_COMPARE_WITH_TIMEOUT(m_sink.calls.size(), 1, 10000);
        waitForPolls(3);
        QCOMPARE(m_sink.calls.size(), 1);
        QVERIFY(!m_sink.cursor.isEmpty());

        // Stop; a call comes in while Ringback is closed; start from the cursor.
        const QString cursor = m_sink.cursor;
        m_provider->stop();
        m_fake->addMissedInbound(kMike, QStringLiteral("busy"));
        m_sink = RecordingSink();
        startProvider({}, cursor);
        QTRY_COMPARE_WITH_TIMEOUT(m_sink.calls.size(), 1, 10000);
        waitForPolls(2);
        QCOMPARE(m_sink.calls.size(), 1);
        QCOMPARE(m_sink.calls.first().from, kMike);
        QCOMPARE_ENUM(m_sink.calls.first().result, CallResult::Busy);
    }

    void dialledLegNoAnswerIsMissed()
    {
        const QString sid = m_fake->addDialled(kDana, QStringLiteral("no-answer"));
        startProvider();
        QTRY_COMPARE_WITH_TIMEOUT(m_sink.calls.size(), 1, 10000);
        const ProviderCall &call = m_sink.calls.first();
        QCOMPARE(call.providerId, sid); // the parent's sid, not the leg's
        QCOMPARE(call.from, kDana);
        QCOMPARE(call.to, FakeTwilio::businessNumber());
        QCOMPARE_ENUM(call.result, CallResult::NoAnswer);
        QCOMPARE(call.ringSeconds, 20);
        QCOMPARE(call.durationSeconds, 0);
        bool askedForLegs = false;
        for (const FakeTwilio::Request &r : m_fake->requests) {
            for (const auto &[key, value] : r.query)
                askedForLegs
                    = askedForLegs || (key == QLatin1String("ParentCallSid") && value == sid);
        }
        QVERIFY(askedForLegs);
    }

    void answeredAndOutboundCallsAreNotMissed()
    {
        m_fake->addDialled(kMike, QStringLiteral("completed"));
        FakeTwilio::CallRecord outbound;
        outbound.from = FakeTwilio::businessNumber();
        outbound.to = kPat;
        outbound.direction = QStringLiteral("outbound-api");
        outbound.status = QStringLiteral("no-answer");
        outbound.end = QDateTime::currentDateTimeUtc();
        m_fake->addCall(outbound);
        FakeTwilio::CallRecord toUs = outbound; // an API call placed to our own line
        toUs.from = kPat;
        toUs.to = FakeTwilio::businessNumber();
        m_fake->addCall(toUs);
        m_fake->addMissedInbound(kDana, QStringLiteral("canceled"));
        startProvider();
        QTRY_COMPARE_WITH_TIMEOUT(m_sink.calls.size(), 2, 10000);
        waitForPolls(2);
        QCOMPARE(m_sink.calls.size(), 2);
        QCOMPARE(m_sink.callsFrom(kPat), 0);
        for (const ProviderCall &c : m_sink.calls) {
            if (c.from == kMike) {
                QCOMPARE_ENUM(c.result, CallResult::Answered);
                QCOMPARE(c.durationSeconds, 200);
            } else {
                QCOMPARE(c.from, kDana);
                QCOMPARE_ENUM(c.result, CallResult::Canceled);
            }
        }
    }

    void ringingCallIsReportedWhenItEnds()
    {
        FakeTwilio::CallRecord ringing;
        ringing.from = kDana;
        ringing.to = FakeTwilio::businessNumber();
        ringing.status = QStringLiteral("ringing");
        ringing.start = QDateTime::currentDateTimeUtc().addSecs(-5);
        const QString sid = m_fake->addCall(ringing);
        startProvider();
        waitForPolls(3);
        QCOMPARE(m_sink.calls.size(), 0);
        m_fake->setCall(sid, QStringLiteral("no-answer"), QDateTime::currentDateTimeUtc());
        QTRY_COMPARE_WITH_TIMEOUT(m_sink.calls.size(), 1, 10000);
        QCOMPARE(m_sink.calls.first().providerId, sid);
    }

    void repliesAndMediaArrive()
    {
        const QByteArray jpeg("\xff\xd8\xff\xe0 fake jpeg bytes", 22);
        startProvider();
        QTRY_COMPARE_WITH_TIMEOUT(ringback::test::name(m_sink.state()),
                                  ringback::test::name(ConnectionState::Polling),
                                  10000);
        const QString text = m_fake->addInboundMessage(
            kDana, QStringLiteral("Water is coming through the ceiling!"));
        const QString mms = m_fake->addInboundMessage(
            kDana, QStringLiteral("Photo of the leak"), {{QString(), "image/jpeg", jpeg}});
        QTRY_COMPARE_WITH_TIMEOUT(m_sink.messages.size(), 2, 10000);
        QCOMPARE(m_sink.messages.at(0).providerId, text);
        QCOMPARE(m_sink.messages.at(0).from, kDana);
        QCOMPARE(m_sink.messages.at(0).to, FakeTwilio::businessNumber());
        QCOMPARE(m_sink.messages.at(0).body,
                 QStringLiteral("Water is coming through the ceiling!"));
        QVERIFY(m_sink.messages.at(0).mediaUrls.isEmpty());
        const ProviderMessage &photo = m_sink.messages.at(1);
        QCOMPARE(photo.providerId, mms);
        QCOMPARE(photo.mediaUrls.size(), 1);
        const QUrl url(photo.mediaUrls.first());
        QVERIFY2(url.isLocalFile(), qPrintable(url.toString()));
        QVERIFY(url.toLocalFile().startsWith(m_dir.path()));
        QVERIFY(url.toLocalFile().endsWith(QLatin1String(".jpg")));
        QFile file(url.toLocalFile());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), jpeg);
        // Outbound messages on the log are not replies.
        waitForPolls(2);
        QCOMPARE(m_sink.messages.size(), 2);
    }

    void pollingRecoversFromServerErrors()
    {
        m_fake->callsReplies.push_back(
            FakeTwilio::Reply::fail(500, 20500, QStringLiteral("Internal Server Error")));
        m_fake->callsReplies.push_back(
            FakeTwilio::Reply::fail(503, 20503, QStringLiteral("Service Unavailable")));
        m_fake->addMissedInbound(kDana);
        startProvider();
        QTRY_VERIFY_WITH_TIMEOUT(m_sink.sawState(ConnectionState::Reconnecting), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(m_sink.calls.size(), 1, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(ringback::test::name(m_sink.state()),
                                  ringback::test::name(ConnectionState::Polling),
                                  10000);
    }

    void malformedJsonIsReportedNotFatal()
    {
        m_fake->callsReplies.push_back(FakeTwilio::Reply::raw(200, "{\"calls\": [{\"sid\": "));
        m_fake->addMissedInbound(kDana);
        startProvider();
        QTRY_VERIFY_WITH_TIMEOUT(m_sink.sawState(ConnectionState::Error), 10000);
        bool explained = false;
        for (const auto &[state, detail] : m_sink.states)
            explained = explained
                        || (state == ConnectionState::Error
                            && detail.contains(QLatin1String("cannot read")));
        QVERIFY(explained);
        QTRY_COMPARE_WITH_TIMEOUT(m_sink.calls.size(), 1, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(ringback::test::name(m_sink.state()),
                                  ringback::test::name(ConnectionState::Polling),
                                  10000);
    }
    void wrongCredentialsAreAuthFailed()
    {
        startProvider({{QStringLiteral("auth_token"), QStringLiteral("wrong-test-token")}});
        QTRY_COMPARE_WITH_TIMEOUT(ringback::test::name(m_sink.state()),
                                  ringback::test::name(ConnectionState::AuthFailed),
                                  10000);
        QCOMPARE(m_sink.detail(),
                 QStringLiteral("Twilio refused the Account SID or Auth Token (401)"));
        QVERIFY(sendFailsWith(request(1, kDana, QStringLiteral("Hello")), SendError::AuthFailed));
        QCOMPARE(m_fake->sendsTo(kDana), 0);
        m_fake->violations.clear(); // the 401s were the point
    }

    void numberNotOnAccountIsExplained()
    {
        m_fake->numberOnAccount = false;
        startProvider();
        QTRY_COMPARE_WITH_TIMEOUT(ringback::test::name(m_sink.state()),
                                  ringback::test::name(ConnectionState::Error),
                                  10000);
        QVERIFY2(
            m_sink.detail().contains(QLatin1String("+15125550100 is not on this Twilio account")),
            qPrintable(m_sink.detail()));
        QCOMPARE(m_fake->count("GET", QStringLiteral("/Calls.json")), 0);
    }

    void pollsAreDatedByTheContextClock()
    {
        // The plugin reads the host's clock (ProviderContext::clock), not the
        // wall clock: a first start on 2 March 2026 asks for that day's calls.
        const ManualClock clock(QDateTime::fromSecsSinceEpoch(1772463600, Qt::UTC));
        m_loader.scan();
        auto created = m_loader.create(QStringLiteral("twilio"));
        QVERIFY2(created, qPrintable(created.errorMessage()));
        m_provider = std::move(created.value());
        ProviderContext context;
        context.settings = settings();
        context.dataDir = m_dir.path();
        context.clock = &clock;
        QVERIFY(m_provider->configure(context));
        m_provider->start(&m_sink, QString());
        QTRY_VERIFY_WITH_TIMEOUT(m_fake->count("GET", QStringLiteral("/Calls.json")) > 0, 10000);
        QString since;
        for (const FakeTwilio::Request &r : m_fake->requests) {
            if (r.path.endsWith(QLatin1String("/Calls.json")) && since.isEmpty()) {
                for (const auto &[key, value] : r.query)
                    since = key == QLatin1String("StartTime>") ? value : since;
            }
        }
        QCOMPARE(since, QStringLiteral("2026-03-02"));
    }
};

QTEST_GUILESS_MAIN(TestTwilio)
#include "tst_twilio.moc"
