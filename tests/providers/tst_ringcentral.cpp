// The ringcentral plugin against a fake RingCentral: the JWT grant and token
// refresh, the WebSocket subscription and its notifications, heartbeats,
// drops with and without session recovery (nothing lost: the gap is caught
// up through the sync endpoints), malformed answers, refused settings. Where a
// test proves that nothing is reported twice, the plugin runs on a manual
// clock and the test drives its next syncs (RingCentralOnClock.h).

#include "FakeRingCentralKit.h"
#include "RingCentralOnClock.h"
#include "TestPrinting.h"

#include <QJsonArray>
#include <QTest>

using namespace ringback;
using namespace ringback::test;

namespace {
const QString kDana = QStringLiteral("+15125550134");
const QString kMike = QStringLiteral("+15125550147");
const QString kAngela = QStringLiteral("+15125550183");
} // namespace

class TestRingCentral : public QObject, private RcFixture
{
    Q_OBJECT

    ManualClock m_clock;

    // Like startProvider(), on m_clock (set to now).
    void startOnClock(const QString &cursor = QString())
    {
        m_clock.set(QDateTime::currentDateTimeUtc());
        m_provider
            = loadRingCentralOnClock(m_loader, ringCentralSettings(*m_fake), m_dir.path(), m_clock);
        m_provider->start(&m_sink, cursor);
    }

private slots:
    void init() { QVERIFY(setUp()); }
    void cleanup() { QVERIFY2(tearDown(), qPrintable(violations())); }

    void subscribesWithTheFiltersAfterTheJwtGrant()
    {
        startProvider();
        QVERIFY(waitConnected());
        QCOMPARE(m_fake->jwtGrants, 1);
        QCOMPARE(m_fake->subscriptions.size(), 1);
        QStringList filters;
        for (const QJsonValue &f :
             m_fake->subscriptions.first().value(QLatin1String("eventFilters")).toArray())
            filters << f.toString();
        QCOMPARE(filters, FakeRingCentral::expectedFilters());
        QCOMPARE_ENUM(m_sink.state(), ConnectionState::Connected);
        QVERIFY(!m_sink.cursor.isEmpty());
    }

    void missedCallNotificationReportsOneCall()
    {
        startOnClock();
        QVERIFY(waitConnected());
        m_fake->addMissedCall(kDana);
        m_fake->addAnsweredCall(kAngela);
        m_fake->addMissedCall(kMike, QStringLiteral("Voicemail"));
        QTRY_COMPARE_WITH_TIMEOUT(m_sink.calls.size(), 2, 10000);
        QCOMPARE(m_sink.callsFrom(kDana), 1); // "15125550134" in the log, E.164 here
        QCOMPARE(m_sink.callsFrom(kMike), 1);
        for (const ProviderCall &c : m_sink.calls) {
            QCOMPARE(c.to, FakeRingCentral::businessNumber());
            QCOMPARE_ENUM(c.result, c.from == kMike ? CallResult::Voicemail : CallResult::NoAnswer);
            QVERIFY(c.providerId.startsWith(QLatin1String("CL")));
        }
        QVERIFY(syncTwiceMore(m_clock, *m_fake)); // further syncs see the same calls
        QCOMPARE(m_sink.calls.size(), 2);
        m_fake->addInboundSms(kAngela, QStringLiteral("hi"));
        QTRY_COMPARE_WITH_TIMEOUT(m_sink.messages.size(), 1, 5000);
        QCOMPARE(m_sink.calls.size(), 2);
    }

    void inboundTextNotificationIsReportedOnce()
    {
        startOnClock();
        QVERIFY(waitConnected());
        m_fake->addInboundSms(kDana, QStringLiteral("Can you come Tuesday?"));
        QTRY_COMPARE_WITH_TIMEOUT(m_sink.messages.size(), 1, 5000);
        const ProviderMessage m = m_sink.messages.first();
        QCOMPARE(m.from, kDana);
        QCOMPARE(m.to, FakeRingCentral::businessNumber());
        QCOMPARE(m.body, QStringLiteral("Can you come Tuesday?"));
        // A later message sync sees the same text: still one.
        const int syncs = m_fake->count("GET", QStringLiteral("/message-sync"));
        m_fake->allowRecovery = false;
        m_fake->dropSockets();
        QTRY_COMPARE_WITH_TIMEOUT(m_fake->subscriptions.size(), 2, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(m_fake->count("GET", QStringLiteral("/message-sync")) > syncs,
                                 5000);
        QVERIFY(syncTwiceMore(m_clock, *m_fake)); // and the syncs after it
        QCOMPARE(m_sink.messages.size(), 1);
    }

    void droppedSocketRecoversTheSession()
    {
        startProvider();
        QVERIFY(waitConnected());
        m_fake->dropSockets();
        m_fake->addMissedCall(kDana); // waits in the recovery buffer
        QTRY_COMPARE_WITH_TIMEOUT(m_fake->recoveries, 1, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(m_sink.callsFrom(kDana), 1, 10000);
        QTRY_COMPARE_ENUM_WITH_TIMEOUT(m_sink.state(), ConnectionState::Connected, 5000);
        QVERIFY(m_sink.sawState(ConnectionState::Reconnecting));
        QCOMPARE(m_fake->subscriptions.size(), 1); // recovered: no new subscription
    }

    void droppedWithoutRecoveryCatchesUpThroughSync()
    {
        startOnClock();
        QVERIFY(waitConnected());
        m_fake->allowRecovery = false;
        m_fake->dropSockets();
        // Both happen during the gap; the new session does not replay them.
        m_fake->addMissedCall(kMike);
        m_fake->addInboundSms(kAngela, QStringLiteral("Are you open Saturday?"));
        QTRY_COMPARE_WITH_TIMEOUT(m_fake->subscriptions.size(), 2, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(m_sink.callsFrom(kMike), 1, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(m_sink.messages.size(), 1, 10000);
        QCOMPARE(m_fake->recoveries, 0);
        QVERIFY(syncTwiceMore(m_clock, *m_fake));
        QCOMPARE(m_sink.calls.size(), 1);
        QCOMPARE(m_sink.messages.size(), 1);
    }

    void restartContinuesFromTheCursor()
    {
        startProvider();
        QVERIFY(waitConnected());
        m_fake->addMissedCall(kDana);
        QTRY_COMPARE_WITH_TIMEOUT(m_sink.callsFrom(kDana), 1, 10000);
        const QString cursor = m_sink.cursor;
        m_provider->stop();
        m_fake->dropSockets();
        m_fake->allowRecovery = false;
        m_fake->addMissedCall(kMike, QStringLiteral("Missed"), false); // while closed
        m_sink = RcSink();
        startProvider({}, cursor);
        QVERIFY(waitConnected());
        QTRY_COMPARE_WITH_TIMEOUT(m_sink.callsFrom(kMike), 1, 10000);
        QCOMPARE(m_sink.callsFrom(kDana), 0); // reported before the restart
    }

    void refusedSyncTokenFallsBackToFullSync()
    {
        startOnClock();
        QVERIFY(waitConnected());
        m_fake->invalidateSyncTokens();
        m_fake->addMissedCall(kDana);
        QTRY_COMPARE_WITH_TIMEOUT(m_sink.callsFrom(kDana), 1, 10000);
        QVERIFY(syncTwiceMore(m_clock, *m_fake)); // the full syncs see Dana's call again
        QCOMPARE(m_sink.calls.size(), 1);
    }

    void heartbeatsKeepTheConnection()
    {
        startProvider({{QStringLiteral("keepalive_seconds"), 1}});
        QVERIFY(waitConnected());
        QTRY_VERIFY_WITH_TIMEOUT(m_fake->heartbeats >= 2, 10000);
        QCOMPARE(m_fake->socketConnections, 1);
        QCOMPARE_ENUM(m_sink.state(), ConnectionState::Connected);
    }

    void unansweredHeartbeatReconnects()
    {
        m_fake->answerHeartbeats = false;
        startProvider({{QStringLiteral("keepalive_seconds"), 1}});
        QVERIFY(waitConnected());
        QTRY_VERIFY_WITH_TIMEOUT(m_fake->socketConnections >= 2, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(m_fake->recoveries >= 1, 10000);
        QVERIFY(m_sink.sawState(ConnectionState::Reconnecting));
    }

    void expiredTokenIsRefreshedAndTheRequestRetried()
    {
        startProvider();
        QVERIFY(waitConnected());
        m_fake->expireAccessTokens();
        m_fake->addMissedCall(kDana); // its call-log-sync gets 401 first
        QTRY_COMPARE_WITH_TIMEOUT(m_sink.callsFrom(kDana), 1, 10000);
        QCOMPARE(m_fake->refreshGrants, 1);
        QCOMPARE(m_fake->jwtGrants, 1);
        QCOMPARE_ENUM(m_sink.state(), ConnectionState::Connected);
    }

    void tokenIsRefreshedBeforeItExpires()
    {
        m_fake->tokenTtlSeconds = 2;
        startProvider();
        QVERIFY(waitConnected());
        QTRY_VERIFY_WITH_TIMEOUT(m_fake->refreshGrants >= 2, 10000);
        QCOMPARE(m_fake->jwtGrants, 1);
        m_fake->addMissedCall(kDana);
        QTRY_COMPARE_WITH_TIMEOUT(m_sink.callsFrom(kDana), 1, 10000);
    }

    void malformedSocketMessagesAreIgnored()
    {
        startProvider();
        QVERIFY(waitConnected());
        m_fake->sendRaw(QStringLiteral("this is not JSON"));
        m_fake->sendRaw(QStringLiteral("{\"type\":\"ServerNotification\"}"));
        m_fake->sendRaw(QStringLiteral("[42, {}]"));
        m_fake->addMissedCall(kDana);
        QTRY_COMPARE_WITH_TIMEOUT(m_sink.callsFrom(kDana), 1, 10000);
        QCOMPARE(m_fake->socketConnections, 1);
        QCOMPARE_ENUM(m_sink.state(), ConnectionState::Connected);
    }

    void malformedSyncAnswerIsRetried()
    {
        m_fake->callSyncReplies.push_back(FakeRingCentral::Reply::raw(200, "{\"records\": [ oops"));
        startProvider();
        QTRY_VERIFY_WITH_TIMEOUT(m_sink.sawState(ConnectionState::Error), 10000);
        QVERIFY(m_sink.detail().contains(QLatin1String("cannot read"))
                || m_sink.sawState(ConnectionState::Error));
        QTRY_COMPARE_ENUM_WITH_TIMEOUT(m_sink.state(), ConnectionState::Connected, 15000);
        m_fake->addMissedCall(kDana);
        QTRY_COMPARE_WITH_TIMEOUT(m_sink.callsFrom(kDana), 1, 10000);
    }

    void badCredentialsAreReported()
    {
        startProvider({{QStringLiteral("jwt"), QStringLiteral("not-the-jwt")}});
        QTRY_COMPARE_ENUM_WITH_TIMEOUT(m_sink.state(), ConnectionState::AuthFailed, 10000);
        QVERIFY(m_sink.detail().contains(QLatin1String("JWT")));
        QCOMPARE(m_fake->socketConnections, 0);
    }

    void businessNumberMustBeTheUsers()
    {
        m_fake->numberOnExtension = false;
        startProvider();
        QTRY_COMPARE_ENUM_WITH_TIMEOUT(m_sink.state(), ConnectionState::Error, 10000);
        QVERIFY(m_sink.detail().contains(FakeRingCentral::businessNumber()));
        QCOMPARE(m_fake->socketConnections, 0);
    }

    void settingsAreChecked()
    {
        QVariantMap s = ringCentralSettings(*m_fake);
        s.remove(QStringLiteral("jwt"));
        QString error;
        QVERIFY(!loadRingCentral(m_loader, s, m_dir.path(), &error));
        QVERIFY(error.contains(QLatin1String("RINGBACK_RINGCENTRAL_JWT")));
        s = ringCentralSettings(*m_fake);
        s.insert(QStringLiteral("api_base_url"), QStringLiteral("http://example.com"));
        QVERIFY(!loadRingCentral(m_loader, s, m_dir.path(), &error));
        QVERIFY(error.contains(QLatin1String("api_base_url")));
    }
};

QTEST_GUILESS_MAIN(TestRingCentral)
#include "tst_ringcentral.moc"
