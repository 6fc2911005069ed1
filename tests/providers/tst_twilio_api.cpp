// The twilio provider's pure parts: parsing Twilio's JSON, telling missed
// from answered, mapping errors, the cursor.

#include "TestPrinting.h"
#include "TwilioApi.h"
#include "TwilioCursor.h"

#include <QTest>

using namespace ringback;
using namespace ringback::twilio;

namespace {

Call call(const QString &sid, const QString &status, const QString &parent = QString())
{
    Call c;
    c.sid = sid;
    c.parentSid = parent;
    c.from = QStringLiteral("+15125550134");
    c.to = QStringLiteral("+15125550100");
    c.status = status;
    c.direction = parent.isEmpty() ? QStringLiteral("inbound") : QStringLiteral("outbound-dial");
    c.startTime = QDateTime(QDate(2026, 11, 22), QTime(15, 0, 0), Qt::UTC);
    c.endTime = c.startTime.addSecs(25);
    c.duration = status == QLatin1String("completed") ? 25 : 0;
    return c;
}

} // namespace

class TestTwilioApi : public QObject
{
    Q_OBJECT

private slots:
    void parsesTwilioShapes()
    {
        const QByteArray body
            = "{\"calls\": [{\"sid\": \"CA1\", \"parent_call_sid\": null, \"from\": "
              "\"+15125550134\", "
              "\"to\": \"+15125550100\", \"status\": \"no-answer\", \"direction\": \"inbound\", "
              "\"start_time\": \"Tue, 26 Jul 2016 12:50:07 +0000\", \"end_time\": \"Tue, 26 Jul "
              "2016 12:50:27 +0000\", "
              "\"duration\": \"0\"}], \"next_page_uri\": "
              "\"/2010-04-01/Accounts/AC1/Calls.json?Page=1&PageToken=PA1\", "
              "\"page\": 0, \"page_size\": 50}";
        const auto page = parseCalls(body);
        QVERIFY2(page, qPrintable(page.errorMessage()));
        QCOMPARE(int(page->items.size()), 1);
        QCOMPARE(page->items.front().startTime,
                 QDateTime(QDate(2016, 7, 26), QTime(12, 50, 7), Qt::UTC));
        QVERIFY(page->items.front().parentSid.isEmpty());
        QVERIFY(page->nextPageUri.endsWith(QLatin1String("PageToken=PA1")));
        QVERIFY(!parseCalls("{\"calls\": [{\"sid\": "));
        QVERIFY(!parseCalls("{\"messages\": []}"));
        QVERIFY(!parseCalls("{\"calls\": [{\"status\": \"busy\"}]}")); // no sid
        const auto last = parseMessages("{\"messages\": [], \"next_page_uri\": null}");
        QVERIFY(last);
        QVERIFY(last->nextPageUri.isEmpty());
        QVERIFY(!parseDate(QStringLiteral("yesterday")).isValid());
    }

    void errorsAreMapped()
    {
        const ApiError optOut = parseError(
            400,
            "{\"code\": 21610, \"message\": \"Attempt to send to unsubscribed recipient\", "
            "\"more_info\": \"https://www.twilio.com/docs/errors/21610\", \"status\": 400}");
        QCOMPARE(optOut.code, 21610);
        QCOMPARE_ENUM(mapSendError(optOut).error, SendError::OptedOut);
        QCOMPARE(mapSendError(optOut).detail,
                 QStringLiteral("Twilio 21610: Attempt to send to unsubscribed recipient"));
        QCOMPARE_ENUM(mapSendError({400, 21211, {}}).error, SendError::InvalidNumber);
        QCOMPARE_ENUM(mapSendError({400, 21614, {}}).error, SendError::InvalidNumber);
        QCOMPARE_ENUM(mapSendError({400, 21635, {}}).error, SendError::Landline);
        QCOMPARE_ENUM(mapSendError({429, 20429, {}}).error, SendError::RateLimited);
        QCOMPARE_ENUM(mapSendError({401, 20003, {}}).error, SendError::AuthFailed);
        QCOMPARE_ENUM(mapSendError({503, 0, {}}).error, SendError::ProviderDown);
        QCOMPARE_ENUM(mapSendError({400, 21617, {}}).error, SendError::Rejected);
        // RFC 9457 bodies of newer services.
        QCOMPARE(parseError(400,
                            "{\"type\": \"x\", \"title\": \"Bad\", \"status\": 400, \"code\": "
                            "21211, \"detail\": \"Invalid To\"}")
                     .message,
                 QStringLiteral("Invalid To"));
        QCOMPARE(parseError(502, "<html>").code, 0);
        QCOMPARE_ENUM(mapDeliveryErrorCode(30006), SendError::Landline);
        QCOMPARE_ENUM(mapMessageStatus(QStringLiteral("queued")), MessageStatus::Sent);
        QCOMPARE_ENUM(mapMessageStatus(QStringLiteral("undelivered")), MessageStatus::Failed);
        QVERIFY(!isFinalMessageStatus(QStringLiteral("sending")));
    }

    void missedOrAnswered()
    {
        QCOMPARE_ENUM(
            toProviderCall(call(QStringLiteral("CA1"), QStringLiteral("no-answer")), {}).result,
            CallResult::NoAnswer);
        QCOMPARE_ENUM(
            toProviderCall(call(QStringLiteral("CA1"), QStringLiteral("busy")), {}).result,
            CallResult::Busy);
        QCOMPARE_ENUM(
            toProviderCall(call(QStringLiteral("CA1"), QStringLiteral("canceled")), {}).result,
            CallResult::Canceled);
        QCOMPARE_ENUM(
            toProviderCall(call(QStringLiteral("CA1"), QStringLiteral("failed")), {}).result,
            CallResult::Failed);
        const Call parent = call(QStringLiteral("CA1"), QStringLiteral("completed"));
        QVERIFY(needsChildLegs(parent));
        // Parent completed, the dialled leg not answered: missed.
        const ProviderCall missed = toProviderCall(
            parent,
            {call(QStringLiteral("CA2"), QStringLiteral("no-answer"), QStringLiteral("CA1"))});
        QCOMPARE_ENUM(missed.result, CallResult::NoAnswer);
        QCOMPARE(missed.providerId, QStringLiteral("CA1"));
        QCOMPARE(missed.ringSeconds, 25);
        QCOMPARE(missed.durationSeconds, 0);
        // Simultaneous ring: one busy, one answered: answered.
        QCOMPARE_ENUM(
            toProviderCall(
                parent,
                {call(QStringLiteral("CA2"), QStringLiteral("busy"), QStringLiteral("CA1")),
                 call(QStringLiteral("CA3"), QStringLiteral("completed"), QStringLiteral("CA1"))})
                .result,
            CallResult::Answered);
        // One busy, one unanswered: no answer.
        QCOMPARE_ENUM(
            toProviderCall(
                parent,
                {call(QStringLiteral("CA2"), QStringLiteral("busy"), QStringLiteral("CA1")),
                 call(QStringLiteral("CA3"), QStringLiteral("no-answer"), QStringLiteral("CA1"))})
                .result,
            CallResult::NoAnswer);
        // Completed without dialling anyone: Twilio's TwiML handled it: answered.
        QCOMPARE_ENUM(toProviderCall(parent, {}).result, CallResult::Answered);
        QCOMPARE(toProviderCall(parent, {}).durationSeconds, 25);
    }

    void endpoints()
    {
        const Endpoints e(QUrl(QStringLiteral("http://127.0.0.1:9")),
                          QStringLiteral("AC0123456789abcdef0123456789abcdef"));
        QCOMPARE(e.calls({{QStringLiteral("To"), QStringLiteral("+15125550100")},
                          {QStringLiteral("StartTime>"), QStringLiteral("2026-11-22")}})
                     .toString(QUrl::FullyEncoded),
                 QStringLiteral(
                     "http://127.0.0.1:9/2010-04-01/Accounts/AC0123456789abcdef0123456789abcdef/"
                     "Calls.json?To=%2B15125550100&StartTime%3E=2026-11-22"));
        QCOMPARE(e.message(QStringLiteral("SM1")).path(),
                 QStringLiteral(
                     "/2010-04-01/Accounts/AC0123456789abcdef0123456789abcdef/Messages/SM1.json"));
    }

    void cursorRoundTripAndDays()
    {
        const QDateTime now(QDate(2026, 11, 22), QTime(0, 30, 0), Qt::UTC);
        Cursor c = Cursor::fromNow(now);
        QCOMPARE(c.calls.day, QDate(2026, 11, 21)); // an hour of overlap past midnight
        c.calls.seen = {QStringLiteral("CA1"), QStringLiteral("CA2")};
        c.track(QStringLiteral("SM1"), 5);
        bool ok = false;
        const Cursor back = Cursor::parse(c.serialize(), now, &ok);
        QVERIFY(ok);
        QCOMPARE(back.calls.day, c.calls.day);
        QCOMPARE(back.calls.seen, c.calls.seen);
        QCOMPARE(back.sinceMs, c.sinceMs);
        QCOMPARE(int(back.tracked.size()), 1);
        QCOMPARE(back.tracked.front().sid, QStringLiteral("SM1"));
        Cursor::parse(QStringLiteral("garbage"), now, &ok);
        QVERIFY(!ok);
        // A call still ringing since yesterday keeps yesterday polled.
        const QDateTime later(QDate(2026, 11, 22), QTime(9, 0, 0), Qt::UTC);
        QCOMPARE(Cursor::nextDay(later, QDateTime()), QDate(2026, 11, 22));
        QCOMPARE(Cursor::nextDay(later, QDateTime(QDate(2026, 11, 21), QTime(23, 59), Qt::UTC)),
                 QDate(2026, 11, 21));
        QCOMPARE(Cursor::firstDay(back.calls, later), QDate(2026, 11, 21));

        // A complete pass forgets what is older than the new day; an incomplete one forgets
        // nothing.
        StreamPosition p{QDate(2026, 11, 21), {QStringLiteral("CA0")}};
        const QHash<QString, QDate> handled{{QStringLiteral("CA1"), QDate(2026, 11, 21)},
                                            {QStringLiteral("CA2"), QDate(2026, 11, 22)}};
        StreamPosition partial = p;
        Cursor::advance(partial, handled, false, later, QDateTime());
        QCOMPARE(partial.day, QDate(2026, 11, 21));
        QCOMPARE(partial.seen.size(), 3);
        Cursor::advance(p, handled, true, later, QDateTime());
        QCOMPARE(p.day, QDate(2026, 11, 22));
        QCOMPARE(p.seen, QSet<QString>{QStringLiteral("CA2")});
    }
};

QTEST_GUILESS_MAIN(TestTwilioApi)
#include "tst_twilio_api.moc"
