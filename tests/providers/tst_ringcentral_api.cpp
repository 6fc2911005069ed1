// RingCentral's JSON shapes and mappings (providers/ringcentral/RingCentralApi)
// and the cursor, without any I/O.

#include "RingCentralApi.h"
#include "RingCentralCursor.h"
#include "TestPrinting.h"

#include <QTest>

using namespace ringback;
using namespace ringback::ringcentral;

class TestRingCentralApi : public QObject
{
    Q_OBJECT

private slots:
    void numbersAreNormalised()
    {
        QCOMPARE(normaliseNumber(QStringLiteral("15125550134")), QStringLiteral("+15125550134"));
        QCOMPARE(normaliseNumber(QStringLiteral("(512) 555-0134")), QStringLiteral("+15125550134"));
        QCOMPARE(normaliseNumber(QStringLiteral("+44 20 7946 0958")),
                 QStringLiteral("+442079460958"));
        QCOMPARE(normaliseNumber(QStringLiteral("101")), QStringLiteral("101")); // an extension
        QVERIFY(sameNumber(QStringLiteral("15125550134"), QStringLiteral("+15125550134")));
    }

    void timesWithAndWithoutColonInTheZone()
    {
        const QDateTime expected(QDate(2020, 9, 7), QTime(21, 50, 2, 737), Qt::UTC);
        QCOMPARE(parseTime(QStringLiteral("2020-09-07T21:50:02.737Z")), expected);
        QCOMPARE(parseTime(QStringLiteral("2020-09-07T21:50:02.737+0000")), expected);
        QCOMPARE(isoTime(expected), QStringLiteral("2020-09-07T21:50:02.737Z"));
    }

    void missedCalls()
    {
        CallRecord c;
        c.id = QStringLiteral("CL1");
        c.direction = QStringLiteral("Inbound");
        c.type = QStringLiteral("Voice");
        c.from = QStringLiteral("+15125550134");
        c.startTime = QDateTime(QDate(2026, 1, 5), QTime(9, 0), Qt::UTC);
        c.durationS = 25;
        for (const char *r : {"Missed", "No Answer", "Hang Up", "Busy", "Voicemail", "Rejected"}) {
            c.result = QLatin1String(r);
            QVERIFY2(isMissed(c), r);
        }
        c.result = QStringLiteral("Accepted");
        QVERIFY(!isMissed(c));
        c.result = QStringLiteral("Missed");
        c.direction = QStringLiteral("Outbound");
        QVERIFY(!isMissed(c));
        c.direction = QStringLiteral("Inbound");
        c.messageType = QStringLiteral("VoiceMail");
        const ProviderCall call = toProviderCall(c, QStringLiteral("+15125550100"));
        QCOMPARE_ENUM(call.result, CallResult::Voicemail);
        QCOMPARE(call.to, QStringLiteral("+15125550100"));
        QCOMPARE(call.endedAt, c.startTime.addSecs(25));
        QCOMPARE(call.durationSeconds, 0);
        c.messageType.clear();
        c.result = QStringLiteral("Hang Up");
        QCOMPARE_ENUM(toProviderCall(c, {}).result, CallResult::Canceled);
    }

    void errorCodes()
    {
        QCOMPARE_ENUM(mapErrorCode(QStringLiteral("SMS-RC-413")), SendError::OptedOut);
        QCOMPARE_ENUM(mapErrorCode(QStringLiteral("SMS-CAR-413")), SendError::OptedOut);
        QCOMPARE_ENUM(mapErrorCode(QStringLiteral("SMS-CAR-411")), SendError::Landline);
        QCOMPARE_ENUM(mapErrorCode(QStringLiteral("SMS-UP-410")), SendError::InvalidNumber);
        QCOMPARE_ENUM(mapErrorCode(QStringLiteral("CMN-301")), SendError::RateLimited);
        QCOMPARE_ENUM(mapErrorCode(QStringLiteral("SMS-CAR-432")), SendError::Rejected);
        const ApiError e = parseError(
            400,
            R"({"errorCode":"X","errors":[{"errorCode":"SMS-RC-413","message":"opted out"}]})");
        QCOMPARE(e.code, QStringLiteral("SMS-RC-413"));
        const ApiError oauth = parseError(
            400, R"({"error":"invalid_grant","errorCode":"OAU-140","error_description":"bad"})");
        QCOMPARE(oauth.code, QStringLiteral("OAU-140"));
        QCOMPARE(oauth.message, QStringLiteral("bad"));
        QCOMPARE_ENUM(mapMessageStatus(QStringLiteral("Queued")), MessageStatus::Sent);
        QCOMPARE_ENUM(mapMessageStatus(QStringLiteral("SendingFailed")), MessageStatus::Failed);
        QVERIFY(!isFinalMessageStatus(QStringLiteral("Sent")));
    }

    void shapesAreChecked()
    {
        QVERIFY(!parseCallSync(R"({"records":[]})"));    // no syncInfo
        QVERIFY(!parseToken(R"({"access_token":"a"})")); // no expires_in
        QVERIFY(!parseWsToken(R"({"ws_access_token":"t"})"));
        const auto page = parseMessageSync(
            R"({"records":[{"id":9000000001,"direction":"Inbound","type":"SMS","subject":"hi",)"
            R"("from":{"phoneNumber":"+15125550134"},"to":[{"phoneNumber":"+15125550100"}]}],)"
            R"("syncInfo":{"syncToken":"tok","syncTime":"2026-01-05T09:00:00.000Z"}})");
        QVERIFY(page);
        QCOMPARE(page->records.front().id, QStringLiteral("9000000001")); // not 9e+09
        QCOMPARE(page->syncToken, QStringLiteral("tok"));
    }

    void cursorRoundTrip()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        Cursor c = Cursor::parse(QString(), now);
        QCOMPARE(c.sinceMs, now.toMSecsSinceEpoch());
        c.calls = {QStringLiteral("ct"), 5};
        c.messages = {QStringLiteral("mt"), 6};
        Cursor::remember(c.seenCalls, QStringLiteral("CL1"));
        c.track(QStringLiteral("900"), 7);
        bool readable = false;
        const Cursor back = Cursor::parse(c.serialize(), now.addDays(1), &readable);
        QVERIFY(readable);
        QCOMPARE(back.sinceMs, c.sinceMs);
        QCOMPARE(back.calls.token, QStringLiteral("ct"));
        QCOMPARE(back.messages.syncTimeMs, qint64(6));
        QCOMPARE(back.seenCalls, QStringList{QStringLiteral("CL1")});
        QVERIFY(back.isTracked(QStringLiteral("900")));
        Cursor::parse(QStringLiteral("{garbage"), now, &readable);
        QVERIFY(!readable);
        for (int i = 0; i < Cursor::kMaxSeen + 10; ++i)
            Cursor::remember(c.seenCalls, QString::number(i));
        QCOMPARE(c.seenCalls.size(), Cursor::kMaxSeen);
    }
};

QTEST_GUILESS_MAIN(TestRingCentralApi)
#include "tst_ringcentral_api.moc"
