// The openphone (Quo) provider plugin, receiving side: loaded for real through
// PluginLoader and driven with a recording sink against a fake Quo on
// 127.0.0.1 (settings, polling conversations, calls and messages, paging,
// de-duplication, connection states, rate limits).

#include "FakeQuo.h"
#include "FakeQuoKit.h"
#include "TestCallers.h"
#include "TestPrinting.h"
#include "provider/ProviderSettings.h"

#include <QElapsedTimer>
#include <QTest>

using namespace ringback;
using namespace ringback::test;
using namespace ringback::test::callers;

class TestOpenPhone : public FixtureTestCase<QuoFixture>
{
    Q_OBJECT

    const ProviderCall *callFrom(const QString &from) const
    {
        for (const ProviderCall &c : m_sink.calls) {
            if (c.from == from)
                return &c;
        }
        return nullptr;
    }

private slots:
    void schemaAndKeyFromEnvironment()
    {
        m_loader.scan();
        const ProviderInfo *info = m_loader.find(QStringLiteral("openphone"));
        QVERIFY(info);
        QCOMPARE(info->name, QStringLiteral("Quo (OpenPhone)"));
        QVERIFY(info->hasCapability(QStringLiteral("poll")));
        QVERIFY(info->hasCapability(QStringLiteral("webhook"))); // optional: see the session
        for (const char *name : {"api_key",
                                 "phone_number",
                                 "api_base_url",
                                 "poll_interval_seconds",
                                 "webhook_signing_key",
                                 "webhook_listen",
                                 "webhook_public_url"}) {
            QVERIFY2(info->field(QLatin1String(name)), name);
            QVERIFY2(!info->field(QLatin1String(name))->help.isEmpty(), name);
        }
        QCOMPARE(int(info->settings.size()), 7);
        QVERIFY(info->field(QStringLiteral("api_key"))->isSecret());
        QVERIFY(info->field(QStringLiteral("webhook_signing_key"))->isSecret());
        QVERIFY(!info->field(QStringLiteral("webhook_signing_key"))->required);
        QCOMPARE(ProviderSettings::environmentVariable(QStringLiteral("openphone"),
                                                       QStringLiteral("webhook_signing_key")),
                 QStringLiteral("RINGBACK_OPENPHONE_WEBHOOK_SIGNING_KEY"));

        const QJsonObject given{{QStringLiteral("phone_number"), QStringLiteral("(512) 555-0100")}};
        checkSecretFromEnvironment(given,
                                   QStringLiteral("api_key"),
                                   QStringLiteral("RINGBACK_OPENPHONE_API_KEY"),
                                   FakeQuo::apiKey(),
                                   QStringLiteral("https://api.openphone.com"));
        // The webhook signing key is optional, and read from its variable too.
        QProcessEnvironment env;
        env.insert(QStringLiteral("RINGBACK_OPENPHONE_API_KEY"), FakeQuo::apiKey());
        const auto withoutKey = ProviderSettings::resolve(*info, given, env);
        QVERIFY2(withoutKey, qPrintable(withoutKey.errorMessage()));
        QVERIFY(withoutKey->value(QStringLiteral("webhook_signing_key")).toString().isEmpty());
        env.insert(QStringLiteral("RINGBACK_OPENPHONE_WEBHOOK_SIGNING_KEY"),
                   QStringLiteral("a2V5"));
        const auto withKey = ProviderSettings::resolve(*info, given, env);
        QVERIFY2(withKey, qPrintable(withKey.errorMessage()));
        QCOMPARE(withKey->value(QStringLiteral("webhook_signing_key")).toString(),
                 QStringLiteral("a2V5"));

        // The plugin itself refuses what it cannot use.
        QString error;
        QVariantMap s = settings();
        s.insert(QStringLiteral("api_base_url"), QStringLiteral("http://example.com"));
        QVERIFY(!configured(s, &error));
        QVERIFY2(error.contains(QLatin1String("api_base_url")), qPrintable(error));
        s = settings();
        s.insert(QStringLiteral("api_key"), QStringLiteral("two words"));
        QVERIFY(!configured(s, &error));
        QVERIFY2(error.contains(QLatin1String("api_key")), qPrintable(error));
    }

    void missedCallsReportedPerQuoRules()
    {
        startProvider();
        QTRY_COMPARE_WITH_TIMEOUT(name(m_sink.state()), name(ConnectionState::Polling), 10000);
        QVERIFY2(m_sink.detail().contains(QLatin1String("Main line")), qPrintable(m_sink.detail()));
        const QString missed = m_fake->addMissedCall(kDana, QStringLiteral("missed"));
        m_fake->addMissedCall(kMike, QStringLiteral("busy"));
        m_fake->addMissedCall(kPat, QStringLiteral("completed")); // unanswered: voicemail
        m_fake->addAnsweredCall(kLee);
        FakeQuo::CallRecord outgoing;
        outgoing.participant = kAngela;
        outgoing.direction = QStringLiteral("outgoing");
        outgoing.status = QStringLiteral("no-answer");
        outgoing.completedAt = QDateTime::currentDateTimeUtc();
        m_fake->addCall(outgoing);
        QTRY_COMPARE_WITH_TIMEOUT(m_sink.calls.size(), 4, 10000);
        waitForPolls(2);
        QCOMPARE(m_sink.calls.size(), 4); // the outgoing call is not a caller's
        QCOMPARE_ENUM(callFrom(kDana)->result, CallResult::NoAnswer);
        QCOMPARE(callFrom(kDana)->providerId, missed);
        QCOMPARE(callFrom(kDana)->to, FakeQuo::businessNumber());
        QCOMPARE(callFrom(kDana)->ringSeconds, 20);
        QCOMPARE_ENUM(callFrom(kMike)->result, CallResult::Busy);
        QCOMPARE_ENUM(callFrom(kPat)->result, CallResult::Voicemail);
        QCOMPARE_ENUM(callFrom(kLee)->result, CallResult::Answered);
        QCOMPARE(callFrom(kLee)->durationSeconds, 195);
        QVERIFY(!callFrom(kAngela));
        // Every request: the raw key, the business number's id, one participant.
        for (const FakeQuo::Request &r : m_fake->requests) {
            QCOMPARE(r.authorization, FakeQuo::apiKey().toUtf8());
            if (r.path == QLatin1String("/v1/calls")) {
                QCOMPARE(r.query.count({QStringLiteral("phoneNumberId"), FakeQuo::phoneNumberId()}),
                         1);
            }
        }
        QVERIFY(!m_sink.cursor.isEmpty());
    }

    void ringingCallIsReportedOnceItEnds()
    {
        startProvider();
        QTRY_COMPARE_WITH_TIMEOUT(name(m_sink.state()), name(ConnectionState::Polling), 10000);
        FakeQuo::CallRecord ringing;
        ringing.participant = kDana;
        ringing.status = QStringLiteral("ringing");
        const QString id = m_fake->addCall(ringing);
        waitForPolls(3);
        QCOMPARE(m_sink.calls.size(), 0);
        m_fake->setCallStatus(id, QStringLiteral("no-answer"));
        QTRY_COMPARE_WITH_TIMEOUT(m_sink.calls.size(), 1, 10000);
        QCOMPARE(m_sink.calls.first().providerId, id);
        QCOMPARE_ENUM(m_sink.calls.first().result, CallResult::NoAnswer);
    }

    void pagesThroughThreePages()
    {
        m_fake->maxPageSize = 2;
        QStringList ids;
        for (const QString &from : {kDana, kMike, kPat, kLee, kAngela})
            ids << m_fake->addMissedCall(from);
        // One caller with five calls: three pages of calls too.
        for (int i = 0; i < 4; ++i)
            ids << m_fake->addMissedCall(kDana, QStringLiteral("no-answer"));
        startProvider();
        QTRY_COMPARE_WITH_TIMEOUT(m_sink.calls.size(), 9, 10000);
        ids.sort();
        QCOMPARE(m_sink.callIds(), ids);
        int conversationPages = 0;
        int callPages = 0;
        for (const FakeQuo::Request &r : m_fake->requests) {
            bool paged = false;
            for (const auto &[key, value] : r.query)
                paged = paged || key == QLatin1String("pageToken");
            conversationPages += paged && r.path == QLatin1String("/v1/conversations") ? 1 : 0;
            callPages += paged && r.path == QLatin1String("/v1/calls") ? 1 : 0;
        }
        QVERIFY2(conversationPages >= 2, qPrintable(QString::number(conversationPages)));
        QVERIFY2(callPages >= 2, qPrintable(QString::number(callPages)));
        waitForPolls(2);
        QCOMPARE(m_sink.calls.size(), 9);
    }

    void overlappingPollsAndRestartsReportOnce()
    {
        const QString call = m_fake->addMissedCall(kDana);
        const QString text
            = m_fake->addInboundMessage(kDana, QStringLiteral("Are you open today?"));
        startProvider();
        QTRY_COMPARE_WITH_TIMEOUT(m_sink.calls.size(), 1, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(m_sink.messages.size(), 1, 10000);
        // The conversation changes again: its calls and texts are listed again.
        m_fake->addInboundMessage(kDana, QStringLiteral("Hello?"));
        QTRY_COMPARE_WITH_TIMEOUT(m_sink.messages.size(), 2, 10000);
        waitForPolls(2);
        QCOMPARE(m_sink.callsWithId(call), 1);
        QCOMPARE(m_sink.calls.size(), 1);
        QCOMPARE(m_sink.messages.size(), 2);
        QCOMPARE(m_sink.messages.first().providerId, text);
        QCOMPARE(m_sink.messages.first().body, QStringLiteral("Are you open today?"));
        QCOMPARE(m_sink.messages.first().from, kDana);
        QCOMPARE(m_sink.messages.first().to, FakeQuo::businessNumber());
        // A restart from the saved cursor reports nothing twice.
        const QString cursor = m_sink.cursor;
        QVERIFY(!cursor.isEmpty());
        m_provider->stop();
        m_sink = RecordingSink();
        startProvider({}, cursor);
        waitForPolls(2);
        QCOMPARE(m_sink.calls.size(), 0);
        QCOMPARE(m_sink.messages.size(), 0);
        m_fake->addMissedCall(kMike);
        QTRY_COMPARE_WITH_TIMEOUT(m_sink.calls.size(), 1, 10000);
        QCOMPARE(m_sink.calls.first().from, kMike);
    }

    void rateLimitWaitsRetryAfter()
    {
        m_fake->conversationsReplies.push_back(FakeQuo::Reply::fail(
            429, QStringLiteral("0100429"), QStringLiteral("Too Many Requests"), "1"));
        m_fake->addMissedCall(kDana);
        QElapsedTimer clock;
        clock.start();
        startProvider();
        QTRY_VERIFY_WITH_TIMEOUT(m_sink.sawState(ConnectionState::Reconnecting), 10000);
        const QString detail = m_sink.detailOf(ConnectionState::Reconnecting);
        QVERIFY2(detail.contains(QLatin1String("429")), qPrintable(detail));
        QTRY_COMPARE_WITH_TIMEOUT(m_sink.calls.size(), 1, 15000);
        QVERIFY(clock.elapsed() >= 1000); // not before Retry-After
        QCOMPARE_ENUM(m_sink.state(), ConnectionState::Polling);
    }

    void serverErrorThenSuccess()
    {
        m_fake->callsReplies.push_back(
            FakeQuo::Reply::fail(500, QStringLiteral("0101500"), QStringLiteral("Unknown")));
        const QString id = m_fake->addMissedCall(kDana);
        startProvider();
        QTRY_VERIFY_WITH_TIMEOUT(m_sink.sawState(ConnectionState::Reconnecting), 10000);
        QVERIFY(m_sink.detailOf(ConnectionState::Reconnecting).contains(QLatin1String("500")));
        QTRY_COMPARE_WITH_TIMEOUT(m_sink.calls.size(), 1, 15000);
        QCOMPARE(m_sink.calls.first().providerId, id);
        QTRY_COMPARE_WITH_TIMEOUT(name(m_sink.state()), name(ConnectionState::Polling), 10000);
        waitForPolls(2);
        QCOMPARE(m_sink.calls.size(), 1);
    }

    void malformedJsonIsAnErrorThenRecovers()
    {
        m_fake->callsReplies.push_back(FakeQuo::Reply::raw(200, "{\"data\": [{\"id\": "));
        m_fake->messagesReplies.push_back(FakeQuo::Reply::raw(200, "{\"data\": {}}"));
        m_fake->addMissedCall(kDana);
        m_fake->addInboundMessage(kDana, QStringLiteral("Call me"));
        startProvider();
        QTRY_VERIFY_WITH_TIMEOUT(m_sink.sawState(ConnectionState::Error), 10000);
        const QString detail = m_sink.detailOf(ConnectionState::Error);
        QVERIFY2(detail.contains(QLatin1String("cannot read")), qPrintable(detail));
        QTRY_COMPARE_WITH_TIMEOUT(m_sink.calls.size(), 1, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(m_sink.messages.size(), 1, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(name(m_sink.state()), name(ConnectionState::Polling), 10000);
    }

    void wrongKeyIsAuthFailed()
    {
        m_fake->addMissedCall(kDana);
        startProvider({{QStringLiteral("api_key"), QStringLiteral("not-the-key")}});
        QTRY_COMPARE_WITH_TIMEOUT(name(m_sink.state()), name(ConnectionState::AuthFailed), 10000);
        QVERIFY(m_sink.detail().contains(QLatin1String("401")));
        QVERIFY(m_sink.calls.isEmpty());
        QVERIFY(!m_fake->requests.isEmpty());
        for (const FakeQuo::Request &r : m_fake->requests)
            QCOMPARE(r.authorization, QByteArray("not-the-key")); // still raw, no "Bearer"
    }

    void pastedBearerPrefixIsDropped()
    {
        m_fake->addMissedCall(kDana);
        const QString pasted = QStringLiteral("Bearer ") + FakeQuo::apiKey();
        startProvider({{QStringLiteral("api_key"), pasted}});
        QTRY_COMPARE_WITH_TIMEOUT(m_sink.calls.size(), 1, 10000);
        for (const FakeQuo::Request &r : m_fake->requests)
            QVERIFY(r.authorized);
    }

    void numberNotOnAccountIsAnError()
    {
        m_fake->numberOnAccount = false;
        startProvider();
        QTRY_COMPARE_WITH_TIMEOUT(name(m_sink.state()), name(ConnectionState::Error), 10000);
        QVERIFY2(m_sink.detail().contains(FakeQuo::businessNumber()), qPrintable(m_sink.detail()));
        QCOMPARE(m_fake->count("GET", QStringLiteral("/v1/calls")), 0);
    }

    void manyConversationsStayUnderTenRequestsASecond()
    {
        // 15 callers: 1 + 15 × 2 requests in one pass, paced (the fake flags
        // more than 10 within a second as a violation at cleanup).
        for (int i = 0; i < 15; ++i)
            m_fake->addMissedCall(QStringLiteral("+1512555%1").arg(2000 + i));
        startProvider({{QStringLiteral("poll_interval_seconds"), 60}});
        QTRY_COMPARE_WITH_TIMEOUT(m_sink.calls.size(), 15, 20000);
        QVERIFY(m_fake->requests.size() >= 31);
        QVERIFY2(m_fake->violations.isEmpty(),
                 qPrintable(m_fake->violations.join(QLatin1String("; "))));
    }
};

QTEST_GUILESS_MAIN(TestOpenPhone)
#include "tst_openphone.moc"
