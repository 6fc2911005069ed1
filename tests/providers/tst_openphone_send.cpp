// The openphone (Quo) provider plugin, sending side: texts as JSON with the
// raw API key, Quo's errors mapped, delivery status polled, and
// reconciliation of sends whose outcome is unknown (at most once).

#include "FakeQuo.h"
#include "FakeQuoKit.h"
#include "TestCallers.h"
#include "TestPrinting.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace ringback;
using namespace ringback::test;
using namespace ringback::test::callers;

namespace {

QByteArray errorBody(int status, const QString &code, const QString &title, const QString &path)
{
    QJsonObject o{{QStringLiteral("message"), title},
                  {QStringLiteral("code"), code},
                  {QStringLiteral("status"), status},
                  {QStringLiteral("docs"), QStringLiteral("https://openphone.com/docs")},
                  {QStringLiteral("title"), title}};
    if (!path.isEmpty())
        o.insert(QStringLiteral("errors"),
                 QJsonArray{QJsonObject{
                     {QStringLiteral("path"), path},
                     {QStringLiteral("message"), QStringLiteral("Invalid")},
                     {QStringLiteral("schema"),
                      QJsonObject{{QStringLiteral("type"), QStringLiteral("string")}}}}});
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}
} // namespace

class TestOpenPhoneSend : public FixtureTestCase<QuoFixture>
{
    Q_OBJECT

private slots:
    void sendIsJsonWithTheRawKey()
    {
        startProvider();
        QTRY_COMPARE_WITH_TIMEOUT(name(m_sink.state()), name(ConnectionState::Polling), 10000);
        const QString &body = kTrickyText;
        const auto accepted = sendAccepted(request(7, kDana, body));
        QVERIFY(accepted);
        const SendOutcome &outcome = *accepted;
        QVERIFY(outcome.providerMessageId.startsWith(QLatin1String("AC")));
        QCOMPARE_ENUM(outcome.status, MessageStatus::Sent);
        const auto sent = m_fake->sentMessages();
        QCOMPARE(sent.size(), 1);
        QCOMPARE(sent.first().participant, kDana);
        QCOMPARE(sent.first().text, body);
        QCOMPARE(sent.first().id, outcome.providerMessageId);
        QCOMPARE(m_fake->count("POST", QStringLiteral("/v1/messages")), 1);
        for (const FakeQuo::Request &r : m_fake->requests) {
            if (r.method != "POST")
                continue;
            QCOMPARE(r.authorization, FakeQuo::apiKey().toUtf8());
            QCOMPARE(r.json.value(QLatin1String("from")).toString(), FakeQuo::phoneNumberId());
            QCOMPARE(r.json.value(QLatin1String("to")).toArray(), QJsonArray{kDana});
            QCOMPARE(r.json.value(QLatin1String("content")).toString(), body);
        }
        // Delivery status by polling the message.
        QVERIFY(statusReported(outcome.providerMessageId, MessageStatus::Delivered));
        QVERIFY(m_fake->count("GET", QLatin1String("/v1/messages/") + outcome.providerMessageId)
                >= 1);
    }

    void undeliveredIsAFinalFailure()
    {
        m_fake->finalStatus.insert(kPat, QStringLiteral("undelivered"));
        startProvider();
        m_provider->send(request(2, kPat, QStringLiteral("Hello Pat")));
        QTRY_VERIFY_WITH_TIMEOUT(!m_sink.statuses.isEmpty(), 10000);
        QCOMPARE_ENUM(m_sink.statuses.last().status, MessageStatus::Failed);
        // No reason given by Quo: final, but not taken for an opt-out.
        QCOMPARE_ENUM(m_sink.statuses.last().error, SendError::Rejected);
        QCOMPARE(m_fake->sendsTo(kPat), 1);
    }

    void sendErrorsAreMapped_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("error");
        QTest::addColumn<QString>("shown");
        const QString a2p = QStringLiteral("A2P Registration Not Approved");
        QTest::newRow("0206400 A2P") << errorBody(400, QStringLiteral("0206400"), a2p, {}) << 400
                                     << int(SendError::Rejected) << QStringLiteral("0206400");
        QTest::newRow("0200402 credits")
            << errorBody(402, QStringLiteral("0200402"), QStringLiteral("Not Enough Credits"), {})
            << 402 << int(SendError::Rejected) << QStringLiteral("Not Enough Credits");
        QTest::newRow("0202403 not user")
            << errorBody(
                   403, QStringLiteral("0202403"), QStringLiteral("Not Phone Number User"), {})
            << 403 << int(SendError::Rejected) << QStringLiteral("0202403");
        QTest::newRow("invalid to") << errorBody(
            400, QStringLiteral("0200400"), QStringLiteral("Bad Request"), QStringLiteral("/to/0"))
                                    << 400 << int(SendError::InvalidNumber)
                                    << QStringLiteral("Bad Request");
        QTest::newRow("opted out")
            << errorBody(400,
                         QStringLiteral("0200400"),
                         QStringLiteral("Recipient has opted out of messages"),
                         {})
            << 400 << int(SendError::OptedOut) << QStringLiteral("opted out");
        QTest::newRow("401") << errorBody(
            401, QStringLiteral("0200401"), QStringLiteral("Unauthorized"), {})
                             << 401 << int(SendError::AuthFailed) << QStringLiteral("401");
    }
    void sendErrorsAreMapped()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(int, error);
        QFETCH(QString, shown);
        m_fake->sendReplies.push_back(FakeQuo::Reply::raw(status, body));
        startProvider();
        m_provider->send(request(1, kDana, QStringLiteral("Hello")));
        QTRY_COMPARE_WITH_TIMEOUT(m_sink.sends.size(), 1, 10000);
        QVERIFY(!m_sink.sends.first().accepted);
        QCOMPARE(name(SendError(m_sink.sends.first().error)), name(SendError(error)));
        QVERIFY2(m_sink.sends.first().errorDetail.contains(shown),
                 qPrintable(m_sink.sends.first().errorDetail));
        QCOMPARE(m_fake->sendsTo(kDana), 0);
    }

    void rateLimitedSendWaitsRetryAfter()
    {
        m_fake->sendReplies.push_back(FakeQuo::Reply::fail(
            429, QStringLiteral("0100429"), QStringLiteral("Too Many Requests"), "3"));
        startPollingOnce();
        QVERIFY(sendFailsWith(request(1, kDana, QStringLiteral("Hello")), SendError::RateLimited));
        QCOMPARE(m_sink.sends.first().retryAfterMs, 3000);
        QCOMPARE(m_fake->sendsTo(kDana), 0);
        // Every request waits out Retry-After, not only the send.
        QElapsedTimer clock;
        clock.start();
        const int before = m_fake->requests.size();
        QVERIFY(sendAccepted(request(2, kDana, QStringLiteral("Hello again"))));
        QCOMPARE(m_fake->requests.size(), before + 1);
        QVERIFY2(clock.elapsed() >= 2000, qPrintable(QString::number(clock.elapsed())));
    }

    void serverErrorThenSuccessSendsOnce()
    {
        startPollingOnce();
        checkServerErrorThenSuccessSendsOnce(
            FakeQuo::Reply::fail(500, QStringLiteral("0201500"), QStringLiteral("Unknown")),
            QStringLiteral("0201500"));
    }

    void unreadable202IsReconciledNotResent()
    {
        startPollingOnce();
        checkUnreadableAnswerIsReconciled(FakeQuo::Reply::raw(202, "<html>oops", true));
    }

    void timedOutSendIsFoundByReconcile()
    {
        checkReconcileFindsATextInFlight(
            FakeQuo::Reply::fail(500, QStringLiteral("0201500"), QStringLiteral("Unknown")),
            [this] {
                // The look-up: that caller's messages since the first attempt.
                bool looked = false;
                for (const FakeQuo::Request &q :
                     m_fake->requestsTo("GET", QStringLiteral("/v1/messages")))
                    looked = looked || q.query.contains({QStringLiteral("participants"), kPat});
                QVERIFY(looked);
            });
    }

    void refusedConnectionIsADefiniteNo() { sendToRefusingServerIsADefiniteNo(kDana); }
};

QTEST_GUILESS_MAIN(TestOpenPhoneSend)
#include "tst_openphone_send.moc"
