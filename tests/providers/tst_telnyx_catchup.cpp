// The telnyx plugin's catch-up on call webhooks Telnyx could not deliver:
// GET /v2/call_events from the saved position (24 h at most), every page,
// each call.* event through the webhook path (an event seen both ways counts
// once), 429 retried, odd items skipped, an unreadable answer reported
// without stopping the webhooks.

#include "FakeTelnyxKit.h"
#include "TestCallers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace ringback;
using namespace ringback::test;
using namespace ringback::test::callers;
namespace ev = ringback::test::telnyx_events;

namespace {

QString cursorFrom(const QDateTime &at)
{
    return QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("v"), 1},
                                                       {QStringLiteral("seen"), QJsonArray()},
                                                       {QStringLiteral("calls_from"),
                                                        at.toUTC().toString(Qt::ISODateWithMs)}})
                                 .toJson(QJsonDocument::Compact));
}

QDateTime cursorPosition(const QString &cursor)
{
    const QJsonObject root = QJsonDocument::fromJson(cursor.toUtf8()).object();
    return QDateTime::fromString(root.value(QLatin1String("calls_from")).toString(),
                                 Qt::ISODateWithMs);
}
} // namespace

class TestTelnyxCatchUp : public FixtureTestCase<TelnyxFixture>
{
    Q_OBJECT

private:
    // Starts the plugin, loaded once per test function, from `cursor`.
    void startProvider(const QString &cursor)
    {
        if (!m_provider)
            m_provider = loadProviderOrDie(
                m_loader, QStringLiteral("telnyx"), settings(), m_dir.path(), m_host.get());
        m_provider->start(&m_sink, cursor);
    }
    // A missed call (initiated, then hangup: no_answer) that Telnyx could not
    // deliver, listed by GET /v2/call_events; returns the hangup's webhook body.
    QByteArray listMissedCall(const QString &leg, const QString &from, const QDateTime &at)
    {
        const QList<QByteArray> events = ev::unansweredCall(leg, from);
        m_fake->callEvents.append(ev::callEvent(events.first(), at));
        m_fake->callEvents.append(ev::callEvent(events.last(), at.addSecs(25)));
        return events.last();
    }
    int listings() const { return m_fake->count("GET", QStringLiteral("/v2/call_events")); }

private slots:
    void missedWhileClosedIsReportedAfterStart()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QString leg = ev::newId();
        listMissedCall(leg, kDana, now.addSecs(-30 * 60));
        // An answered call is listed too, and stays answered.
        const QString answered = ev::newId();
        const QDateTime at = now.addSecs(-20 * 60);
        m_fake->callEvents.append(ev::callEvent(
            ev::event(QStringLiteral("call.initiated"), ev::newId(), ev::call(answered, kEve)),
            at));
        m_fake->callEvents.append(ev::callEvent(
            ev::event(QStringLiteral("call.answered"), ev::newId(), ev::call(answered, kEve)),
            at.addSecs(10)));
        m_fake->callEvents.append(ev::callEvent(
            ev::event(QStringLiteral("call.hangup"),
                      ev::newId(),
                      ev::call(answered, kEve, {}, QStringLiteral("normal_clearing"))),
            at.addSecs(70)));
        const QDateTime saved = now.addSecs(-3600);
        startProvider(cursorFrom(saved));
        QTRY_COMPARE_WITH_TIMEOUT(m_sink.calls.size(), 2, 10000);
        const ProviderCall &missed = m_sink.calls.at(0);
        QCOMPARE(missed.providerId, QString(QStringLiteral("session-") + leg));
        QCOMPARE(missed.from, kDana);
        QCOMPARE(missed.to, FakeTelnyx::businessNumber());
        QCOMPARE(int(missed.result), int(CallResult::NoAnswer));
        QCOMPARE(missed.endedAt, now.addSecs(-30 * 60 + 25));
        QCOMPARE(int(m_sink.calls.at(1).result), int(CallResult::Answered));
        QCOMPARE(m_sink.calls.at(1).durationSeconds, 60);
        // From the saved position, with the documented filters, as the account's key.
        const FakeTelnyx::Request &r = m_fake->requests.last();
        QCOMPARE(r.path, QStringLiteral("/v2/call_events"));
        QVERIFY(r.authorized);
        QVERIFY(r.query.contains(QPair<QString, QString>(QStringLiteral("filter[occurred_at][gte]"),
                                                         saved.toString(Qt::ISODateWithMs))));
        // The position moved on once everything was read.
        QTRY_VERIFY_WITH_TIMEOUT(cursorPosition(m_sink.cursor) > now.addSecs(-15 * 60), 10000);
        QCOMPARE(int(m_sink.state()), int(ConnectionState::Connected));
    }

    void eventSeenByCatchUpAndWebhookCountsOnce()
    {
        const QString leg = ev::newId();
        const QByteArray hangup
            = listMissedCall(leg, kDana, QDateTime::currentDateTimeUtc().addSecs(-60));
        startProvider(cursorFrom(QDateTime::currentDateTimeUtc().addSecs(-600)));
        QTRY_COMPARE_WITH_TIMEOUT(m_sink.calls.size(), 1, 10000);
        // Telnyx's retry of the same webhook arrives after the catch-up.
        QCOMPARE(post(hangup), 200);
        settle();
        QCOMPARE(m_sink.calls.size(), 1);
        // And a call delivered by webhook, then listed by the next catch-up.
        const QString other = ev::newId();
        const QByteArray otherHangup
            = postUnansweredCall(other, kMike, QStringLiteral("originator_cancel"));
        QVERIFY(!otherHangup.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(m_sink.calls.size(), 2, 10000);
        m_fake->callEvents.append(ev::callEvent(otherHangup));
        const int before = listings();
        m_provider->stop();
        startProvider(cursorFrom(QDateTime::currentDateTimeUtc().addSecs(-600)));
        QTRY_COMPARE_WITH_TIMEOUT(listings(), before + 1, 10000);
        settle();
        QCOMPARE(m_sink.calls.size(), 2);
    }

    void everyPageIsRead()
    {
        m_fake->callEventsPageSize = 2; // three calls, six events: three pages
        const QDateTime at = QDateTime::currentDateTimeUtc().addSecs(-3600);
        listMissedCall(ev::newId(), kDana, at);
        listMissedCall(ev::newId(), kMike, at.addSecs(60));
        listMissedCall(ev::newId(), kEve, at.addSecs(120));
        startProvider(cursorFrom(at.addSecs(-60)));
        QTRY_COMPARE_WITH_TIMEOUT(m_sink.calls.size(), 3, 10000);
        QCOMPARE(m_sink.calls.at(0).from, kDana);
        QCOMPARE(m_sink.calls.at(1).from, kMike);
        QCOMPARE(m_sink.calls.at(2).from, kEve);
        QCOMPARE(listings(), 3);
        QStringList pages;
        for (const FakeTelnyx::Request &r : m_fake->requests) {
            for (const auto &[key, value] : r.query) {
                if (key == QLatin1String("page[number]"))
                    pages << value;
            }
        }
        QCOMPARE(pages,
                 QStringList({QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")}));
    }

    void rateLimitedThenListed()
    {
        FakeTelnyx::Reply limited = FakeTelnyx::Reply::fail(
            429, QStringLiteral("10011"), QStringLiteral("Too many requests"));
        limited.retryAfter = "1";
        m_fake->callEventsReplies.push_back(limited);
        listMissedCall(ev::newId(), kDana, QDateTime::currentDateTimeUtc().addSecs(-120));
        startProvider(cursorFrom(QDateTime::currentDateTimeUtc().addSecs(-600)));
        QTRY_COMPARE_WITH_TIMEOUT(m_sink.calls.size(), 1, 15000);
        QCOMPARE(listings(), 2);
        QCOMPARE(int(m_sink.state()), int(ConnectionState::Connected));
    }

    void unreadableAnswerIsAnErrorAndWebhooksGoOn()
    {
        m_fake->callEventsReplies.push_back(FakeTelnyx::Reply::raw(200, "{\"data\": [1, 2"));
        listMissedCall(ev::newId(), kDana, QDateTime::currentDateTimeUtc().addSecs(-120));
        const QDateTime saved = QDateTime::currentDateTimeUtc().addSecs(-600);
        startProvider(cursorFrom(saved));
        QTRY_VERIFY_WITH_TIMEOUT(m_sink.detail().contains(QLatin1String("unreadable")), 10000);
        QCOMPARE(int(m_sink.state()), int(ConnectionState::Connected));
        QCOMPARE(m_sink.calls.size(), 0);
        // The position stays, so the next listing reads it all again.
        QVERIFY(m_sink.cursor.isEmpty() || cursorPosition(m_sink.cursor) == saved);
        // The webhooks still come in.
        const QString leg = ev::newId();
        QCOMPARE(
            post(ev::event(QStringLiteral("call.initiated"), ev::newId(), ev::call(leg, kMike))),
            200);
        QCOMPARE(post(ev::event(QStringLiteral("call.hangup"),
                                ev::newId(),
                                ev::call(leg, kMike, {}, QStringLiteral("user_busy")))),
                 200);
        QTRY_COMPARE_WITH_TIMEOUT(m_sink.calls.size(), 1, 10000);
        QCOMPARE(m_sink.calls.first().from, kMike);
    }

    void oddItemsAreSkipped()
    {
        const QDateTime at = QDateTime::currentDateTimeUtc().addSecs(-300);
        const QString stamp = at.toString(Qt::ISODateWithMs);
        const auto item = [&](const QJsonValue &metadata, const QString &name) {
            return QJsonObject{{QStringLiteral("record_type"), QStringLiteral("call_event")},
                               {QStringLiteral("call_leg_id"), ev::newId()},
                               {QStringLiteral("call_session_id"), ev::newId()},
                               {QStringLiteral("event_timestamp"), stamp},
                               {QStringLiteral("name"), name},
                               {QStringLiteral("type"), QStringLiteral("webhook")},
                               {QStringLiteral("metadata"), metadata}};
        };
        const QString hangup = QStringLiteral("call.hangup");
        m_fake->callEvents.append(item(QJsonValue(), hangup));                  // none
        m_fake->callEvents.append(item(QStringLiteral("call.hangup"), hangup)); // a string
        m_fake->callEvents.append(item(QJsonObject(), hangup));                 // empty
        m_fake->callEvents.append(item(QJsonObject{{QStringLiteral("data"), 5}}, hangup));
        QJsonObject noName = item(QJsonObject(), QString());
        m_fake->callEvents.append(noName);
        // Only the payload, without the raw event's id or type: still a call.
        QJsonObject bare = ev::call(QStringLiteral("ignored"), kEve, {}, QStringLiteral("timeout"));
        bare.remove(QStringLiteral("call_leg_id"));
        bare.remove(QStringLiteral("call_session_id"));
        const QJsonObject payloadOnly = item(bare, hangup);
        m_fake->callEvents.append(payloadOnly);
        startProvider(cursorFrom(at.addSecs(-60)));
        QTRY_COMPARE_WITH_TIMEOUT(m_sink.calls.size(), 1, 10000);
        settle();
        QCOMPARE(m_sink.calls.size(), 1);
        QCOMPARE(m_sink.calls.first().from, kEve);
        QCOMPARE(m_sink.calls.first().providerId,
                 payloadOnly.value(QLatin1String("call_session_id")).toString());
        QCOMPARE(int(m_sink.state()), int(ConnectionState::Connected));
    }

    void reachesBackOnly24Hours()
    {
        // A position three days old is brought forward (the fake refuses more
        // than 24 h); no position at all starts from now and is saved.
        startProvider(cursorFrom(QDateTime::currentDateTimeUtc().addDays(-3)));
        QTRY_COMPARE_WITH_TIMEOUT(listings(), 1, 10000);
        m_provider->stop();
        m_sink = RecordingSink();
        const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-1);
        startProvider(QString());
        QTRY_COMPARE_WITH_TIMEOUT(listings(), 2, 10000);
        QVERIFY(cursorPosition(m_sink.cursor) >= before);
    }
};

QTEST_GUILESS_MAIN(TestTelnyxCatchUp)
#include "tst_telnyx_catchup.moc"
