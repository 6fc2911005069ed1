// The openphone (Quo) plugin's pure parts: JSON shapes, the missed-call and
// error mappings, URLs and the persisted cursor.

#include "QuoApi.h"
#include "QuoCursor.h"
#include "TestCallers.h"
#include "TestPrinting.h"

#include <QTest>
#include <QTimeZone>

using namespace ringback;
using namespace ringback::quo;
using namespace ringback::test;
using namespace ringback::test::callers;

namespace {
const QString kBusiness = QStringLiteral("+15125550100");

Call call(const QString &direction, const QString &status, bool answered)
{
    Call c;
    c.id = QStringLiteral("ACcall1");
    c.direction = direction;
    c.status = status;
    c.participants = {kBusiness, kDana};
    c.createdAt = QDateTime(QDate(2026, 11, 25), QTime(9, 0), QTimeZone::utc());
    c.completedAt = c.createdAt.addSecs(30);
    if (answered)
        c.answeredAt = c.createdAt.addSecs(4);
    c.duration = 26;
    return c;
}
} // namespace

class TestOpenPhoneApi : public QObject
{
    Q_OBJECT

private slots:
    void callsMapPerDesignNote_data()
    {
        QTest::addColumn<QString>("direction");
        QTest::addColumn<QString>("status");
        QTest::addColumn<bool>("answered");
        QTest::addColumn<int>("result");
        const QString in = QStringLiteral("incoming");
        QTest::newRow("missed") << in << "missed" << false << int(CallResult::NoAnswer);
        QTest::newRow("no-answer") << in << "no-answer" << false << int(CallResult::NoAnswer);
        QTest::newRow("busy") << in << "busy" << false << int(CallResult::Busy);
        QTest::newRow("canceled") << in << "canceled" << false << int(CallResult::Canceled);
        QTest::newRow("abandoned") << in << "abandoned" << false << int(CallResult::Canceled);
        QTest::newRow("voicemail") << in << "completed" << false << int(CallResult::Voicemail);
        QTest::newRow("answered") << in << "completed" << true << int(CallResult::Answered);
        QTest::newRow("failed") << in << "failed" << false << int(CallResult::Failed);
        QTest::newRow("forwarded") << in << "forwarded" << false << int(CallResult::Answered);
        QTest::newRow("outgoing") << QStringLiteral("outgoing") << "no-answer" << false
                                  << int(CallResult::Answered);
    }
    void callsMapPerDesignNote()
    {
        QFETCH(QString, direction);
        QFETCH(QString, status);
        QFETCH(bool, answered);
        QFETCH(int, result);
        const ProviderCall pc = toProviderCall(call(direction, status, answered), kBusiness);
        QCOMPARE(name(pc.result), name(CallResult(result)));
        QCOMPARE(pc.from, kDana); // the participant that is not the business line
        QCOMPARE(pc.to, kBusiness);
        if (pc.result == CallResult::Answered) {
            QCOMPARE(pc.durationSeconds, 26);
        } else {
            QCOMPARE(pc.durationSeconds, 0);
        }
    }

    void openCallsAreNotFinal()
    {
        for (const char *s : {"queued", "initiated", "ringing", "in-progress"})
            QVERIFY2(!call(QStringLiteral("incoming"), QLatin1String(s), false).isFinal(), s);
        for (const char *s : {"completed", "missed", "no-answer", "busy", "answered"})
            QVERIFY2(call(QStringLiteral("incoming"), QLatin1String(s), false).isFinal(), s);
    }

    void listsAreParsedStrictly()
    {
        const auto ok = parseCalls(
            R"({"data":[{"id":"AC1","direction":"incoming","status":"missed","participants":["+15125550134"],)"
            R"("answeredAt":null,"createdAt":"2026-11-25T09:00:00.000Z","completedAt":"2026-11-25T09:00:20Z",)"
            R"("duration":0}],"totalItems":99,"nextPageToken":null})");
        QVERIFY2(ok, qPrintable(ok.errorMessage()));
        QCOMPARE(int(ok->items.size()), 1);
        QVERIFY(ok->nextPageToken.isEmpty());
        QVERIFY(!ok->items.front().answeredAt.isValid());
        QCOMPARE(ok->items.front().completedAt.time(), QTime(9, 0, 20));
        QVERIFY(!parseCalls("{\"data\": {}}"));
        QVERIFY(!parseCalls("{\"data\": [{\"direction\": \"incoming\"}]}"));
        QVERIFY(!parseCalls("{\"data\": [], \"nextPageToken\": 5}"));
        QVERIFY(!parseCalls("[1, 2"));
        QVERIFY(!parseMessage("{\"id\": \"AC1\"}")); // a send answers {"data": {...}}
        const auto numbers
            = parsePhoneNumbers(R"({"data":[{"id":"PN1","number":"+15125550100","name":"Main"}]})");
        QVERIFY(numbers);
        QCOMPARE(numbers->front().id, QStringLiteral("PN1"));
    }

    void sendErrorsMap()
    {
        const auto map = [](int status, const QString &title, const QStringList &paths = {}) {
            ApiError e;
            e.httpStatus = status;
            e.code = QStringLiteral("0200400");
            e.title = title;
            e.paths = paths;
            return mapSendError(e).error;
        };
        QCOMPARE_ENUM(map(429, QStringLiteral("Too Many Requests")), SendError::RateLimited);
        QCOMPARE_ENUM(map(401, QStringLiteral("Unauthorized")), SendError::AuthFailed);
        QCOMPARE_ENUM(map(500, QStringLiteral("Unknown")), SendError::ProviderDown);
        QCOMPARE_ENUM(map(400, QStringLiteral("Contact has opted out")), SendError::OptedOut);
        QCOMPARE_ENUM(map(400, QStringLiteral("Recipient unsubscribed")), SendError::OptedOut);
        QCOMPARE_ENUM(map(400, QStringLiteral("Bad Request"), {QStringLiteral("/to/0")}),
                      SendError::InvalidNumber);
        // "option" is not an opt-out; a refusal without a reason is final.
        QCOMPARE_ENUM(map(400, QStringLiteral("Invalid option")), SendError::Rejected);
        QCOMPARE_ENUM(map(400, QStringLiteral("A2P Registration Not Approved")),
                      SendError::Rejected);
        QCOMPARE_ENUM(map(402, QStringLiteral("Not Enough Credits")), SendError::Rejected);
        const ApiError parsed = parseError(
            400,
            R"({"message":"m","code":"0206400","status":400,"title":"A2P Registration Not Approved"})");
        QCOMPARE(mapSendError(parsed).detail,
                 QStringLiteral("Quo 0206400: A2P Registration Not Approved: m"));
        QCOMPARE_ENUM(mapMessageStatus(QStringLiteral("delivered")), MessageStatus::Delivered);
        QCOMPARE_ENUM(mapMessageStatus(QStringLiteral("undelivered")), MessageStatus::Failed);
        QCOMPARE_ENUM(mapMessageStatus(QStringLiteral("queued")), MessageStatus::Sent);
        QVERIFY(!isFinalMessageStatus(QStringLiteral("sent")));
    }

    void urlsAndTimes()
    {
        const Endpoints e(QUrl(QStringLiteral("https://proxy.example.com/quo")));
        const QUrl calls = e.calls({{QStringLiteral("participants"), kDana},
                                    {QStringLiteral("createdAfter"), timeString(0)}});
        QCOMPARE(calls.path(), QStringLiteral("/quo/v1/calls"));
        QCOMPARE(calls.query(QUrl::FullyEncoded),
                 QStringLiteral("participants=%2B15125550134&createdAfter=1970-01-01T00%3A00%3A00."
                                "000Z"));
        QCOMPARE(e.message(QStringLiteral("AC1/..")).path(QUrl::FullyEncoded),
                 QStringLiteral("/quo/v1/messages/AC1%2F.."));
        const net::Fields paged
            = withPageToken(withPageToken({{QStringLiteral("maxResults"), QStringLiteral("100")}},
                                          QStringLiteral("a")),
                            QStringLiteral("b"));
        QCOMPARE(paged.size(), 2);
        QCOMPARE(paged.last().second, QStringLiteral("b"));
    }

    void cursorRoundTripAndWindow()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        bool ok = false;
        Cursor c = Cursor::parse(QString(), now, &ok);
        QVERIFY(ok);
        QVERIFY(c.sinceMs <= now.toMSecsSinceEpoch());
        c.seenCalls.insert(QStringLiteral("ACold"), c.sinceMs - 10LL * 3600 * 1000);
        c.seenCalls.insert(QStringLiteral("ACnew"), c.sinceMs);
        c.watch.insert(kDana, c.sinceMs - 2LL * 3600 * 1000);
        c.track(QStringLiteral("ACsent"), 42);
        // A partner with a call still ringing is looked at from that call on.
        QVERIFY(c.createdAfterMs(kDana) < c.createdAfterMs(QStringLiteral("+15125550147")));
        const Cursor back = Cursor::parse(c.serialize(), now, &ok);
        QVERIFY(ok);
        QCOMPARE(back.sinceMs, c.sinceMs);
        QCOMPARE(back.checkedMs, c.checkedMs);
        QCOMPARE(back.seenCalls, c.seenCalls);
        QCOMPARE(back.watch, c.watch);
        QCOMPARE(int(back.tracked.size()), 1);
        c.advance(now.toMSecsSinceEpoch());
        QCOMPARE(c.checkedMs, now.toMSecsSinceEpoch());
        QVERIFY(!c.seenCalls.contains(QStringLiteral("ACold"))); // too old to be listed again
        QVERIFY(c.seenCalls.contains(QStringLiteral("ACnew")));
        Cursor::parse(QStringLiteral("{\"v\": 99}"), now, &ok);
        QVERIFY(!ok);
    }
};

QTEST_GUILESS_MAIN(TestOpenPhoneApi)
#include "tst_openphone_api.moc"
