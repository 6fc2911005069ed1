// Where a retry is decided (core/engine/RetryPolicy.h): pure, so every rule
// is a row here; the engine's own retry tests (tst_engine) drive a manual clock.

#include "engine/RetryPolicy.h"

#include <QTest>

using namespace ringback;

namespace {
constexpr qint64 kNow = 1'767'225'600'000;
}

class TestRetryPolicy : public QObject
{
    Q_OBJECT

private slots:
    void backoffDoublesWithJitterAndACap_data()
    {
        QTest::addColumn<int>("attempts");
        QTest::addColumn<qint64>("nominal");
        QTest::newRow("first") << 1 << qint64(2000);
        QTest::newRow("second") << 2 << qint64(4000);
        QTest::newRow("third") << 3 << qint64(8000);
        QTest::newRow("eighth") << 8 << qint64(256000);
        QTest::newRow("capped") << 9 << qint64(300000);
        QTest::newRow("far") << 40 << qint64(300000);
        QTest::newRow("none yet") << 0 << qint64(2000);
    }
    void backoffDoublesWithJitterAndACap()
    {
        QFETCH(int, attempts);
        QFETCH(qint64, nominal);
        for (int i = 0; i < 200; ++i) {
            const qint64 wait = retryBackoffMs(attempts);
            QVERIFY2(wait >= nominal * 8 / 10 && wait <= nominal * 12 / 10,
                     qPrintable(QString::number(wait)));
        }
    }

    void rateLimitedWaitsForRetryAfter()
    {
        const RetryStep step = afterFailedAttempt(
            AttemptFailure::RateLimited, 1, 5, kNow, 60000, QStringLiteral("429"));
        QCOMPARE(step.action, RetryStep::Action::Reschedule);
        QCOMPARE(step.dueMs, kNow + 60000); // the server's wait wins over 2 s
        const RetryStep shortWait = afterFailedAttempt(
            AttemptFailure::RateLimited, 3, 5, kNow, 100, QStringLiteral("429"));
        QVERIFY(shortWait.dueMs >= kNow + 6400); // the back-off wins over a short wait
    }

    void rateLimitedGivesUpAfterMaxAttempts()
    {
        const RetryStep step = afterFailedAttempt(
            AttemptFailure::RateLimited, 5, 5, kNow, 0, QStringLiteral("429 Too Many Requests"));
        QCOMPARE(step.action, RetryStep::Action::Fail);
        QCOMPARE(step.failure, QStringLiteral("gave up after 5 attempts: 429 Too Many Requests"));
    }

    void unsureIsAlwaysAskedAboutNeverGivenUp()
    {
        for (int attempts : {1, 5, 50}) {
            const RetryStep step = afterFailedAttempt(
                AttemptFailure::Unsure, attempts, 5, kNow, 0, QStringLiteral("503"));
            QCOMPARE(step.action, RetryStep::Action::AskFirst);
            QVERIFY(step.dueMs > kNow);
        }
    }

    void notFoundSendsNowUntilMaxAttempts()
    {
        const RetryStep again = afterNotFound(2, 5, kNow);
        QCOMPARE(again.action, RetryStep::Action::Reschedule);
        QCOMPARE(again.dueMs, kNow);
        const RetryStep last = afterNotFound(5, 5, kNow);
        QCOMPARE(last.action, RetryStep::Action::Fail);
        QCOMPARE(last.failure, QStringLiteral("gave up after 5 attempts"));
    }
};

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
