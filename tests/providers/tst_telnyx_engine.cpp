// The telnyx plugin driven by the real Engine and a real (temporary) store,
// with webhooks through the real WebhookServer: a missed call is one call and
// one text, a STOP block is recorded as an opt-out, an interrupted send is
// reconciled instead of resent, a reply delivered twice is stored once, a
// missed call Telnyx could not deliver while Ringback was closed is texted
// once after the next start (GET /v2/call_events), even when a webhook
// reports it too.

#include "EngineTestKit.h"
#include "FakeTelnyxKit.h"
#include "TestCallers.h"

#include <QSqlQuery>
#include <QTest>
#include <QTimer>

using namespace ringback;
using namespace ringback::test;
using namespace ringback::test::callers;
namespace ev = ringback::test::telnyx_events;

class TestTelnyxEngine : public FixtureTestCase<EngineFixture<TelnyxFixture>>
{
    Q_OBJECT

private:
    struct Run : EngineRun
    {
        ~Run()
        {
            if (engine)
                engine->stop();
        }
    };
    // A run on a new database, or on `dbPath` (an earlier run's, after a restart).
    std::unique_ptr<Run> startRun(EngineConfig config = {}, const QString &dbPath = QString())
    {
        // Retries must not wait for the caller's morning, whenever this runs.
        config.rules.quiet.enabled = false;
        const QString path = dbPath.isEmpty()
                                 ? m_dir.filePath(QStringLiteral("run-%1.sqlite").arg(m_runs + 1))
                                 : dbPath;
        return EngineFixture::startRun<Run>(config, path);
    }
    void missedCall(const QString &from)
    {
        const QByteArray hangup = postUnansweredCall(ev::newId(), from);
        QVERIFY(!hangup.isEmpty());
        // Telnyx delivers it again (a retry, signed anew).
        QCOMPARE(post(hangup, QDateTime::currentSecsSinceEpoch() - 2), 200);
    }
    // A run that started, caught up once, connected and stopped, leaving its
    // database (and the saved position of the call-event catch-up) behind:
    // that database, or nothing if the run did not get that far.
    QString closedRun()
    {
        auto run = startRun();
        if (!QTest::qWaitFor(
                [&] { return m_fake->count("GET", QStringLiteral("/v2/call_events")) == 1; }, 10000)
            || !QTest::qWaitFor(
                [&] { return run->engine->connectionState() == ConnectionState::Connected; },
                10000))
            return {};
        return m_dir.filePath(QStringLiteral("run-%1.sqlite").arg(m_runs));
    }
    // Telnyx reports each text it took by message.sent, then message.finalized.
    void reportSends()
    {
        FakeTelnyx *fake = m_fake.get();
        TelnyxWebhookSender *hooks = m_hooks.get();
        const QUrl url = m_host->url();
        m_fake->onSend = [fake, hooks, url](const FakeTelnyx::MessageRecord &m) {
            QTimer::singleShot(300, fake, [hooks, url, m] {
                hooks->post(url,
                            ev::event(QStringLiteral("message.sent"),
                                      ev::newId(),
                                      FakeTelnyx::outboundPayload(m, QStringLiteral("sent"))));
                hooks->post(url,
                            ev::event(QStringLiteral("message.finalized"),
                                      ev::newId(),
                                      FakeTelnyx::outboundPayload(m, QStringLiteral("delivered"))));
            });
        };
    }
    static int countIn(Database &db, const QString &contact)
    {
        return countDirection(messagesWith(db, contact), Direction::In);
    }

private slots:
    void missedCallIsOneCallAndOneText()
    {
        reportSends();
        auto run = startRun();
        QTRY_COMPARE_WITH_TIMEOUT(
            int(run->engine->connectionState()), int(ConnectionState::Connected), 10000);
        missedCall(kDana);
        QTRY_COMPARE_WITH_TIMEOUT(m_fake->sendsTo(kDana), 1, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(firstOut(run->db, kDana)
                                     && firstOut(run->db, kDana)->status
                                            == MessageStatus::Delivered,
                                 10000);
        const auto out = firstOut(run->db, kDana);
        QCOMPARE(int(out->kind), int(MessageKind::Auto));
        QCOMPARE(out->providerId, m_fake->sentMessages().first().id);
        QCOMPARE(callsWith(run->db, kDana), 1);
        QCOMPARE(m_fake->sendsTo(kDana), 1);
    }

    void missedWhileClosedIsTextedOnceAfterStart()
    {
        const QString db = closedRun();
        QVERIFY(!db.isEmpty());
        // While Ringback is closed Telnyx cannot deliver the webhooks; it
        // lists them at GET /v2/call_events.
        const QDateTime at = QDateTime::currentDateTimeUtc();
        const QString leg = ev::newId();
        const QList<QByteArray> events = ev::unansweredCall(leg, kDana);
        const QByteArray &hangup = events.last();
        m_fake->callEvents.append(ev::callEvent(events.first(), at));
        m_fake->callEvents.append(ev::callEvent(hangup, at.addMSecs(1)));
        auto run = startRun({}, db);
        QTRY_COMPARE_WITH_TIMEOUT(m_fake->sendsTo(kDana), 1, 10000);
        // Telnyx's late retry of the same webhook, and the hangup as a new
        // event (another id, same call): still one call, one text.
        QCOMPARE(post(hangup), 200);
        QCOMPARE(post(ev::event(QStringLiteral("call.hangup"),
                                ev::newId(),
                                ev::call(leg, kDana, {}, QStringLiteral("no_answer")))),
                 200);
        QCOMPARE(postMarker(), 200);
        QTRY_COMPARE_WITH_TIMEOUT(countIn(run->db, kMike), 1, 10000);
        QCOMPARE(callsWith(run->db, kDana), 1);
        QCOMPARE(m_fake->sendsTo(kDana), 1);
    }

    void callByWebhookThenCatchUpIsTextedOnce()
    {
        const QString db = closedRun();
        QVERIFY(!db.isEmpty());
        auto run = startRun({}, db);
        QTRY_COMPARE_WITH_TIMEOUT(
            int(run->engine->connectionState()), int(ConnectionState::Connected), 10000);
        // Delivered as webhooks while running...
        const QList<QByteArray> events
            = ev::unansweredCall(ev::newId(), kDana, QStringLiteral("timeout"));
        for (const QByteArray &event : events)
            QCOMPARE(post(event), 200);
        QTRY_COMPARE_WITH_TIMEOUT(m_fake->sendsTo(kDana), 1, 10000);
        // ...and listed again by the catch-up of the next start.
        for (const QByteArray &event : events)
            m_fake->callEvents.append(ev::callEvent(event));
        const int listed = m_fake->count("GET", QStringLiteral("/v2/call_events"));
        run.reset();
        auto again = startRun({}, db);
        QTRY_COMPARE_WITH_TIMEOUT(
            m_fake->count("GET", QStringLiteral("/v2/call_events")), listed + 1, 10000);
        QCOMPARE(postMarker(), 200);
        QTRY_COMPARE_WITH_TIMEOUT(countIn(again->db, kMike), 1, 10000);
        QCOMPARE(callsWith(again->db, kDana), 1);
        QCOMPARE(m_fake->sendsTo(kDana), 1);
    }

    void stopBlockIsRecordedAsOptOut()
    {
        FakeTelnyx::Reply blocked = FakeTelnyx::Reply::fail(
            403, QStringLiteral("40300"), QStringLiteral("Blocked due to STOP message"));
        blocked.detail = QStringLiteral("Messages cannot be sent from '%1' to '%2' due to an "
                                        "existing block rule.")
                             .arg(FakeTelnyx::businessNumber(), kMike);
        m_fake->sendReplies.push_back(blocked);
        auto run = startRun();
        checkRefusalIsAnOptOut(
            run->db,
            [this](const QString &caller) { missedCall(caller); },
            QStringLiteral("40300"));
    }

    void timedOutSendIsReconciledNotResent()
    {
        FakeTelnyx::Reply hang;
        hang.never = true; // Telnyx takes the message; its answer never comes
        hang.record = true;
        m_fake->sendReplies.push_back(hang);
        reportSends();
        EngineConfig config;
        config.sendTimeoutMs = 1500;
        auto run = startRun(config);
        missedCall(kDana);
        QTRY_COMPARE_WITH_TIMEOUT(m_fake->sendsTo(kDana), 1, 10000);
        // The fake may have counted the send before it recorded the message.
        QTRY_VERIFY_WITH_TIMEOUT(!m_fake->sentMessages().isEmpty() && firstOut(run->db, kDana)
                                     && firstOut(run->db, kDana)->providerId
                                            == m_fake->sentMessages().first().id,
                                 20000);
        QCOMPARE(m_fake->count("POST", QStringLiteral("/v2/messages")), 1); // no second text
        const auto out = firstOut(run->db, kDana);
        QVERIFY(out->status == MessageStatus::Sent || out->status == MessageStatus::Delivered);
    }

    void serverErrorThenFoundInRecords()
    {
        FakeTelnyx::Reply down
            = FakeTelnyx::Reply::fail(502, QStringLiteral("10007"), QStringLiteral("Bad gateway"));
        down.record = true; // it went out anyway; no webhook reports it
        m_fake->sendReplies.push_back(down);
        auto run = startRun();
        missedCall(kDana);
        // The fake may have counted the send before it recorded the message.
        QTRY_VERIFY_WITH_TIMEOUT(!m_fake->sentMessages().isEmpty() && firstOut(run->db, kDana)
                                     && firstOut(run->db, kDana)->providerId
                                            == m_fake->sentMessages().first().id,
                                 20000);
        QCOMPARE(m_fake->count("POST", QStringLiteral("/v2/messages")), 1);
        QVERIFY(m_fake->count("GET", QStringLiteral("/v2/detail_records")) >= 1);
    }

    void rateLimitedThenSent()
    {
        FakeTelnyx::Reply limited = FakeTelnyx::Reply::fail(
            429, QStringLiteral("10011"), QStringLiteral("Too many requests"));
        limited.retryAfter = "1";
        m_fake->sendReplies.push_back(limited);
        auto run = startRun();
        missedCall(kMike);
        QTRY_VERIFY_WITH_TIMEOUT(
            firstOut(run->db, kMike) && !firstOut(run->db, kMike)->providerId.isEmpty(), 20000);
        QCOMPARE(m_fake->count("POST", QStringLiteral("/v2/messages")), 2);
        QCOMPARE(m_fake->sendsTo(kMike), 1);
    }

    void replyDeliveredTwiceIsStoredOnce()
    {
        auto run = startRun();
        const QByteArray reply
            = ev::event(QStringLiteral("message.received"),
                        ev::newId(),
                        ev::inbound(ev::newId(), kDana, QStringLiteral("Can you come today?")));
        QCOMPARE(post(reply), 200);
        QCOMPARE(post(reply, QDateTime::currentSecsSinceEpoch() - 3), 200);
        QCOMPARE(postMarker(), 200);
        QTRY_COMPARE_WITH_TIMEOUT(countIn(run->db, kMike), 1, 10000);
        QCOMPARE(countIn(run->db, kDana), 1);
    }
};

QTEST_GUILESS_MAIN(TestTelnyxEngine)
#include "tst_telnyx_engine.moc"
