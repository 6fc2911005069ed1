// Telnyx webhooks through the real WebhookServer into the telnyx plugin:
// signed deliveries become replies and calls exactly once; forged, stale,
// tampered and replayed ones are refused before the plugin sees them.

#include "FakeTelnyxKit.h"
#include "TestCallers.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace ringback;
using namespace ringback::test;
using namespace ringback::test::callers;
namespace ev = ringback::test::telnyx_events;

class TestTelnyxWebhooks : public FixtureTestCase<TelnyxFixture>
{
    Q_OBJECT

private:
    // The plugin, given `host` as its webhook receiver (or none).
    void startProvider(webhook::WebhookRegistrar *host)
    {
        m_webhooks = host;
        TelnyxFixture::startProvider();
    }

private slots:
    void init()
    {
        QVERIFY(setUp());
        startProvider(m_host.get());
    }

    void replyIsReportedOnceWithMedia()
    {
        const QString messageId = ev::newId();
        const QStringList media{QStringLiteral("https://media.telnyx.com/a.jpg")};
        const QByteArray payload
            = ev::event(QStringLiteral("message.received"),
                        QStringLiteral("event-1"),
                        ev::inbound(messageId, kDana, QStringLiteral("Yes please"), media));
        QCOMPARE(post(payload), 200);
        // Telnyx retries the same event with a fresh signature.
        QCOMPARE(m_hooks->post(m_host->url(), payload, QDateTime::currentSecsSinceEpoch() - 5),
                 200);
        settle();
        QCOMPARE(m_sink.messages.size(), 1);
        const ProviderMessage &m = m_sink.messages.first();
        QCOMPARE(m.providerId, messageId);
        QCOMPARE(m.from, kDana);
        QCOMPARE(m.to, FakeTelnyx::businessNumber());
        QCOMPARE(m.body, QStringLiteral("Yes please"));
        QCOMPARE(m.mediaUrls, media);
        QVERIFY(m.at.isValid());
    }

    void forgedStaleTamperedAndReplayedAreRefused()
    {
        QSignalSpy rejected(&m_host->server(), &webhook::WebhookServer::rejected);
        const QByteArray body = ev::event(QStringLiteral("message.received"),
                                          ev::newId(),
                                          ev::inbound(ev::newId(), kDana, QStringLiteral("STOP")));
        // Signed with another key.
        Ed25519TestKey other;
        const QByteArray ts = QByteArray::number(QDateTime::currentSecsSinceEpoch());
        QCOMPARE(m_hooks->post(m_host->url(), body, 0, other.sign(ts + '|' + body).toBase64()),
                 403);
        // Ten minutes old.
        QCOMPARE(m_hooks->post(m_host->url(), body, QDateTime::currentSecsSinceEpoch() - 600), 403);
        // The genuine delivery, then the same bytes again (a replay).
        QCOMPARE(post(body), 200);
        QCOMPARE(m_hooks->replayLast(m_host->url()), 403);
        // Signed, then changed on the way.
        QByteArray tampered = body;
        tampered.replace("STOP", "STAR");
        const QByteArray sig = m_hooks->key().sign(ts + '|' + body).toBase64();
        QCOMPARE(m_hooks->post(m_host->url(), tampered, ts.toLongLong(), sig), 403);
        QCOMPARE(rejected.size(), 4);
        settle();
        QCOMPARE(m_sink.messages.size(), 1); // the genuine one, once
        QCOMPARE(m_sink.messages.first().body, QStringLiteral("STOP"));
    }

    void missedCallSequenceIsOneCall()
    {
        const QString leg = ev::newId();
        const QByteArray hangup
            = postUnansweredCall(leg, kDana, QStringLiteral("originator_cancel"));
        QVERIFY(!hangup.isEmpty());
        QCOMPARE(m_hooks->post(m_host->url(), hangup, QDateTime::currentSecsSinceEpoch() - 1), 200);
        QTRY_COMPARE_WITH_TIMEOUT(m_sink.calls.size(), 1, 10000);
        settle();
        QCOMPARE(m_sink.calls.size(), 1);
        const ProviderCall &c = m_sink.calls.first();
        QCOMPARE(c.providerId, QString(QStringLiteral("session-") + leg));
        QCOMPARE(c.from, kDana);
        QCOMPARE(c.to, FakeTelnyx::businessNumber());
        QCOMPARE(int(c.result), int(CallResult::Canceled));
        QCOMPARE(c.durationSeconds, 0);
        QVERIFY(c.ringSeconds >= 19);
    }

    void answeredCallIsNotMissed()
    {
        const QString leg = ev::newId();
        post(ev::event(QStringLiteral("call.initiated"), ev::newId(), ev::call(leg, kDana)));
        post(ev::event(QStringLiteral("call.answered"), ev::newId(), ev::call(leg, kDana)));
        post(ev::event(QStringLiteral("call.hangup"),
                       ev::newId(),
                       ev::call(leg, kDana, {}, QStringLiteral("normal_clearing"))));
        QTRY_COMPARE_WITH_TIMEOUT(m_sink.calls.size(), 1, 10000);
        QCOMPARE(int(m_sink.calls.first().result), int(CallResult::Answered));
    }

    void callsOnlyFromIncomingLegsToTheBusinessNumber()
    {
        // The office's own outgoing leg, then a hangup whose start was not seen
        // but that never connected (Ringback was closed when it began), then
        // one that may have been answered: only the second is a missed call.
        const QString out = ev::newId();
        post(ev::event(QStringLiteral("call.initiated"),
                       ev::newId(),
                       ev::call(out, kMike, QStringLiteral("outgoing"))));
        post(ev::event(QStringLiteral("call.hangup"),
                       ev::newId(),
                       ev::call(out, kMike, {}, QStringLiteral("normal_clearing"))));
        const QString unseen = ev::newId();
        post(ev::event(QStringLiteral("call.hangup"),
                       ev::newId(),
                       ev::call(unseen, kDana, {}, QStringLiteral("no_answer"))));
        post(ev::event(QStringLiteral("call.hangup"),
                       ev::newId(),
                       ev::call(ev::newId(), kDana, {}, QStringLiteral("normal_clearing"))));
        QTRY_COMPARE_WITH_TIMEOUT(m_sink.calls.size(), 1, 10000);
        settle();
        QCOMPARE(m_sink.calls.size(), 1);
        QCOMPARE(m_sink.calls.first().providerId, QString(QStringLiteral("session-") + unseen));
        QCOMPARE(int(m_sink.calls.first().result), int(CallResult::NoAnswer));
    }

    void unreadableOrForeignEventsAreDropped()
    {
        QCOMPARE(post("{\"data\": [1, 2"), 200); // signed, but not JSON: answered, ignored
        QJsonObject toOther = ev::inbound(ev::newId(), kDana, QStringLiteral("hi"));
        toOther.insert(QStringLiteral("to"),
                       QJsonArray{QJsonObject{
                           {QStringLiteral("phone_number"), QStringLiteral("+15125550999")}}});
        QCOMPARE(post(ev::event(QStringLiteral("message.received"), ev::newId(), toOther)), 200);
        settle();
        QCOMPARE(m_sink.messages.size(), 0);
    }

    void withoutAReceiverTheStateSaysSo()
    {
        m_provider->stop();
        m_sink = RecordingSink();
        startProvider(nullptr);
        QCOMPARE(int(m_sink.state()), int(ConnectionState::Error));
        QVERIFY(m_sink.detail().contains(QLatin1String("webhook")));
    }
};

QTEST_GUILESS_MAIN(TestTelnyxWebhooks)
#include "tst_telnyx_webhooks.moc"
