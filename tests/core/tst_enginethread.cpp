// The engine on a thread of its own (core/session/EngineSession.h): the
// window's thread never waits for it, and it never waits for the window.

#include "OpenSession.h"
#include "session/EngineClient.h"
#include "session/EngineSession.h"
#include "store/Queries.h"

#include <QFile>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <memory>

using namespace ringback;

namespace {
const QString kCaller = QStringLiteral("+15125550199"); // not a simulator persona
const QString kLine = QStringLiteral("+15125550100");   // the simulator's business line
} // namespace

class TestEngineThread : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<EngineSession> m_session;

    QVariantMap missedCall(const QString &from) const
    {
        return {{QStringLiteral("type"), QStringLiteral("call")},
                {QStringLiteral("from"), from},
                {QStringLiteral("result"), QStringLiteral("no-answer")},
                {QStringLiteral("ring_seconds"), 20}};
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        auto session = test::openSimulatorSession(
            m_dir->path(), R"({"calls_per_minute": 0, "reply_probability": 0, "seed": 7})");
        QVERIFY2(session.isOk(), qPrintable(session.errorMessage()));
        m_session = std::move(session.value());
        m_session->start();
    }
    void cleanup()
    {
        m_session.reset();
        m_dir.reset();
    }

    void theEngineHasAThreadOfItsOwn()
    {
        QThread *engineThread = m_session->engineThread();
        QVERIFY(engineThread != QThread::currentThread());
        QCOMPARE(m_session->engine().thread(), engineThread);
        // The client, the window's side, stays on the thread that opened it.
        QCOMPARE(m_session->client().thread(), QThread::currentThread());
        // What the engine does runs there, and its signals arrive here.
        QThread *ranOn = nullptr;
        std::optional<bool> answeredHere;
        m_session->client().call(
            this,
            [&ranOn](Engine &) {
                ranOn = QThread::currentThread();
                return true;
            },
            [&answeredHere](bool) { answeredHere = QThread::currentThread() == qApp->thread(); });
        QTRY_VERIFY(answeredHere.has_value());
        QCOMPARE(ranOn, engineThread);
        QVERIFY(*answeredHere);
    }

    // A busy engine (a slow disk, a burst of calls) does not hold up the
    // window's event loop: timers fire, input is handled, and the office's
    // action is answered once the engine is free.
    void aBusyEngineDoesNotHoldUpTheWindow()
    {
        QSemaphore busy;
        m_session->client().post([&busy] { busy.acquire(); }); // the engine waits here
        std::optional<Status> answer;
        m_session->client().call(
            this,
            [](Engine &engine) { return engine.markRead(1); },
            [&answer](const Status &ok) { answer = ok; });
        bool ticked = false;
        QTimer::singleShot(0, this, [&ticked] { ticked = true; });
        QTRY_VERIFY(ticked); // the event loop runs while the engine is stuck
        QVERIFY(!answer.has_value());
        busy.release();
        QTRY_VERIFY(answer.has_value()); // then the answer comes (the reason: no such row)
    }

    // The reverse: a missed call is stored and texted while the window's
    // thread is frozen (a modal dialog's nested loop, a slow paint).
    void theEngineTextsWhileTheWindowIsFrozen()
    {
        QSemaphore texted;
        QMetaObject::Connection watching;
        test::onEngine(*m_session, [&](Engine &engine) {
            watching = connect(
                &engine,
                &Engine::conversationChanged,
                &engine,
                [&texted] { texted.release(); },
                Qt::DirectConnection);
            QVERIFY(m_session->provider().inject(missedCall(kCaller)).isOk());
        });
        // No event loop runs here while waiting.
        Database read;
        QVERIFY(read.open(m_session->profile().databasePath(), QStringLiteral("frozen-read")));
        Queries queries(read);
        bool sent = false;
        for (int i = 0; i < 1000 && !sent; ++i) {
            if (!texted.tryAcquire(1, 10000))
                break;
            const auto conversation = queries.conversation(kCaller, kLine);
            if (!conversation)
                continue;
            for (const Message &m : queries.messages(conversation->id))
                sent = sent
                       || (m.kind == MessageKind::Auto
                           && (m.status == MessageStatus::Sent
                               || m.status == MessageStatus::Delivered));
        }
        test::onEngine(*m_session, [&](Engine &) { disconnect(watching); });
        QVERIFY2(sent, "the automatic text was not sent while the window's thread waited");
    }

    // A burst changes one conversation several times (stored, queued, sent,
    // delivered): the window hears of it once per pass of its event loop,
    // in the order first changed, and before the answer of the call.
    void changesAreAnnouncedOnceAndBeforeTheAnswer()
    {
        QSignalSpy changed(&m_session->client(), &EngineClient::conversationChanged);
        std::optional<int> announcedAtAnswer;
        m_session->client().call(
            this,
            [](Engine &engine) {
                for (int i = 0; i < 5; ++i)
                    emit engine.conversationChanged(42);
                emit engine.conversationChanged(7);
                emit engine.conversationChanged(42);
                return 0;
            },
            [&](int) { announcedAtAnswer = int(changed.count()); });
        QTRY_VERIFY(announcedAtAnswer.has_value());
        QCOMPARE(*announcedAtAnswer, 2);
        QCOMPARE(changed.at(0).at(0).toLongLong(), qint64(42));
        QCOMPARE(changed.at(1).at(0).toLongLong(), qint64(7));
    }

    // An answer for a widget that is gone by then is dropped.
    void anAnswerForAGoneAskerIsDropped()
    {
        QSemaphore busy;
        m_session->client().post([&busy] { busy.acquire(); });
        auto asker = std::make_unique<QObject>();
        bool answered = false;
        m_session->client().call(
            asker.get(), [](Engine &) { return 1; }, [&answered](int) { answered = true; });
        // A second call, asked by an object that stays, comes back after the
        // first (one engine thread, answers in order).
        bool later = false;
        m_session->client().call(
            this, [](Engine &) { return 2; }, [&later](int) { later = true; });
        asker.reset();
        busy.release();
        QTRY_VERIFY(later);
        QVERIFY(!answered);
    }

    // close() (the end of the program) stops the engine on its thread and
    // waits for it; the client refuses work after.
    void closeEndsTheEngineThread()
    {
        QThread *engineThread = m_session->engineThread();
        m_session->close();
        QVERIFY(engineThread->isFinished());
        bool ran = false;
        m_session->client().post([&ran] { ran = true; });
        QCoreApplication::processEvents();
        QVERIFY(!ran);
    }
};

QTEST_GUILESS_MAIN(TestEngineThread)
#include "tst_enginethread.moc"
