#include "FakeProvider.h"
#include "engine/Engine.h"
#include "gui/queue/BookDialog.h"
#include "gui/queue/QueueModel.h"
#include "gui/queue/QueueView.h"
#include "session/EngineClient.h"
#include "store/Queries.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QDateTimeEdit>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace ringback;
using ringback::gui::BookDialog;
using ringback::gui::QueueModel;
using ringback::gui::QueueView;
using ringback::test::FakeProvider;

namespace {
const QString kLine = QStringLiteral("+15125550100");
const QString kDana = QStringLiteral("+15125550134");
const QString kMike = QStringLiteral("+15125550147");
const QString kAnn = QStringLiteral("+15125550161");
constexpr qint64 kHour = 3600 * 1000;
} // namespace

// The call-back queue widget over a real engine (fake provider, manual
// clock) and its own read connection, as the window uses it.
class TestQueue : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    ManualClock m_clock;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Database> m_readDb;
    FakeProvider m_provider;
    std::unique_ptr<Engine> m_engine;
    // The view talks to the engine asynchronously, as in the window.
    std::unique_ptr<EngineClient> m_client;
    std::unique_ptr<QueueView> m_view;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

    QDateTime now() const { return m_clock.now(); }
    void call(const QString &from)
    {
        m_provider.call(QStringLiteral("CA%1").arg(++m_counter), from, CallResult::NoAnswer, now());
    }
    void reply(const QString &from, const QString &body)
    {
        m_provider.reply(QStringLiteral("SM%1").arg(++m_counter), from, body, now());
    }
    qint64 idOf(const QString &contact)
    {
        return Queries(*m_readDb).conversation(contact, kLine)->id;
    }
    QStringList shown() const
    {
        QStringList out;
        for (int row = 0; row < m_view->model()->rowCount(); ++row)
            out << m_view->model()->index(row, 0).data(QueueModel::ContactRole).toString();
        return out;
    }
    template<typename T>
    T *child(const char *name) const
    {
        auto *w = m_view->findChild<T *>(QLatin1String(name));
        if (!w)
            qFatal("no child %s", name);
        return w;
    }
    void click(const char *button)
    {
        QTest::mouseClick(child<QPushButton>(button), Qt::LeftButton);
    }
    QString noNextStepText() const { return child<QLabel>("noNextStep")->text(); }
    // Dana waits longest, Mike an hour less, Ann replied with an emergency.
    void openWithThreeCallers()
    {
        call(kDana);
        m_clock.advance(kHour);
        call(kMike);
        m_clock.advance(kHour);
        reply(kAnn, QStringLiteral("Burst pipe, water everywhere <b>now</b>"));
        m_client = std::make_unique<EngineClient>(*m_engine, m_clock, m_engine->config());
        m_view = std::make_unique<QueueView>(*m_client, *m_readDb, QStringLiteral("Pat"));
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_view->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    }

private slots:
    void init()
    {
        m_clock.set(QDateTime(QDate(2026, 3, 2), QTime(15, 0), Qt::UTC));
        const QString path = m_dir.filePath(QStringLiteral("queue-%1.sqlite").arg(++m_counter));
        m_db = std::make_unique<Database>();
        m_readDb = std::make_unique<Database>();
        QVERIFY(m_db->open(path, QStringLiteral("engine-%1").arg(m_counter)).isOk());
        QVERIFY(m_readDb->open(path, QStringLiteral("read-%1").arg(m_counter)).isOk());
        m_engine = std::make_unique<Engine>(
            *m_db, m_provider, QStringLiteral("fake"), EngineConfig(), m_clock);
        m_engine->start();
        openWithThreeCallers();
    }
    void cleanup()
    {
        m_tester.reset();
        m_view.reset();
        m_client.reset();
        m_engine.reset();
        m_readDb.reset();
        m_db.reset();
    }

    void showsTheQueueInOrder()
    {
        QCOMPARE(shown(), (QStringList{kAnn, kDana, kMike}));
        QueueModel *model = m_view->model();
        QVERIFY(model->index(0, QueueModel::UrgentColumn)
                    .data()
                    .toString()
                    .startsWith(QLatin1String("Urgent: ")));
        QCOMPARE(model->index(1, QueueModel::UrgentColumn).data().toString(), QString());
        QCOMPARE(model->index(1, QueueModel::WaitingColumn).data().toString(),
                 QStringLiteral("waiting 2 h"));
        QCOMPARE(model->index(0, QueueModel::MessageColumn).data().toString(),
                 QStringLiteral("Burst pipe, water everywhere <b>now</b>"));
        QCOMPARE(child<QLabel>("queueHeading")->text(),
                 QStringLiteral("Call-back queue: 3 waiting"));
        QCOMPARE(noNextStepText(), QStringLiteral("Leads with no next step: 0"));
        // Nothing selected: the outcome buttons wait for a caller.
        QVERIFY(!child<QPushButton>("reachedButton")->isEnabled());
        // A caller who calls meanwhile appears in place, live.
        call(QStringLiteral("+15125550170"));
        QTRY_COMPARE(shown().size(), 4); // in the next pass of the event loop
        QCOMPARE(shown().last(), QStringLiteral("+15125550170"));
    }

    void reachedRemovesTheRow()
    {
        QVERIFY(m_view->selectConversation(idOf(kDana)));
        QVERIFY(child<QPushButton>("reachedButton")->isEnabled());
        click("reachedButton");
        QTRY_COMPARE(shown(), (QStringList{kAnn, kMike}));
        // The next caller takes the selection; the counts follow.
        QTRY_COMPARE(m_view->selectedConversationId(), idOf(kMike));
        QTRY_COMPARE(noNextStepText(), QStringLiteral("Leads with no next step: 1"));
        QCOMPARE(child<QLabel>("queueHeading")->text(),
                 QStringLiteral("Call-back queue: 2 waiting"));
        const auto dana = Queries(*m_readDb).conversation(idOf(kDana));
        QCOMPARE(toString(dana->leadState), toString(LeadState::CalledBack));
        QCOMPARE(dana->handledBy, QStringLiteral("Pat"));
    }

    void noAnswerStaysWithAttempts()
    {
        QVERIFY(m_view->selectConversation(idOf(kMike)));
        click("noAnswerButton");
        click("voicemailButton");
        QTRY_COMPARE(m_view->model()->index(2, QueueModel::AttemptsColumn).data().toString(),
                     QStringLiteral("2 (left voicemail)"));
        QCOMPARE(shown(), (QStringList{kAnn, kDana, kMike}));
        QCOMPARE(m_view->selectedConversationId(), idOf(kMike));
    }

    void notALeadAndSpamLeave()
    {
        QVERIFY(m_view->selectConversation(idOf(kDana)));
        click("notALeadButton");
        QTRY_COMPARE(shown(), (QStringList{kAnn, kMike}));
        QVERIFY(m_view->selectConversation(idOf(kAnn)));
        click("spamButton");
        QTRY_COMPARE(shown(), QStringList{kMike});
        QCOMPARE(toString(Queries(*m_readDb).conversation(idOf(kAnn))->leadState),
                 toString(LeadState::Spam));
        QVERIFY(child<QLabel>("queueError")->isHidden());
    }

    void snoozeHidesUntilMorning()
    {
        QVERIFY(m_view->selectConversation(idOf(kDana)));
        m_view->snoozeTomorrowMorning();
        QTRY_COMPARE(shown(), (QStringList{kAnn, kMike}));
        m_clock.advance(48 * kHour); // past 8 AM tomorrow in any time zone
        m_view->refresh();           // what the minute timer does
        QCOMPARE(shown(), (QStringList{kAnn, kDana, kMike}));
    }

    void bookWithCalendarFile()
    {
        const QString icsPath = m_dir.filePath(QStringLiteral("job.ics"));
        const QDateTime when(QDate(2026, 3, 5), QTime(16, 0), Qt::UTC);
        m_view->setBookingPrompt([&](BookDialog &dialog) {
            dialog.whenEdit()->setDateTime(when.toLocalTime());
            QTest::keyClicks(dialog.noteEdit(), QStringLiteral("Side gate"));
            dialog.calendarCheck()->setChecked(true);
            return true;
        });
        m_view->setSavePathPrompt(
            [&](const QString &, const QString &, const QString &) { return icsPath; });
        QVERIFY(m_view->selectConversation(idOf(kMike)));
        click("bookButton");
        QTRY_COMPARE(shown(), (QStringList{kAnn, kDana}));
        QTRY_VERIFY(QFile::exists(icsPath)); // written after the engine answered
        const auto mike = Queries(*m_readDb).conversation(idOf(kMike));
        QCOMPARE(toString(mike->leadState), toString(LeadState::Booked));
        QCOMPARE(mike->bookedForMs, when.toMSecsSinceEpoch());
        QFile ics(icsPath);
        QVERIFY(ics.open(QIODevice::ReadOnly));
        const QByteArray text = ics.readAll();
        QVERIFY(text.contains("DTSTART:20260305T160000Z\r\n"));
        QVERIFY(text.contains("DESCRIPTION:Side gate"));
    }

    void markAllDoneAsksFirst()
    {
        QString asked;
        m_view->setConfirmation([&](const QString &question) {
            asked = question;
            return false;
        });
        click("markAllButton");
        QVERIFY(asked.contains(QLatin1String("3")));
        QCOMPARE(shown().size(), 3);
        m_view->setConfirmation([](const QString &) { return true; });
        click("markAllButton");
        QTRY_VERIFY(shown().isEmpty());
        QTRY_VERIFY(!child<QPushButton>("markAllButton")->isEnabled());
        QTRY_COMPARE(noNextStepText(), QStringLiteral("Leads with no next step: 3"));
    }

    void enterOpensTheConversation()
    {
        QSignalSpy open(m_view.get(), &QueueView::openConversation);
        QVERIFY(m_view->selectConversation(idOf(kMike)));
        m_view->view()->setFocus();
        QTest::keyClick(m_view->view(), Qt::Key_Return);
        QCOMPARE(open.count(), 1);
        QCOMPARE(open.first().at(0).toLongLong(), idOf(kMike));
    }

    void exportAndPrint()
    {
        const QString csvPath = m_dir.filePath(QStringLiteral("queue.csv"));
        m_view->setSavePathPrompt(
            [&](const QString &, const QString &, const QString &) { return csvPath; });
        QSignalSpy exported(m_view.get(), &QueueView::exported);
        click("exportButton");
        QTRY_COMPARE(exported.count(), 1); // written on a thread of its own
        QVERIFY(child<QLabel>("queueError")->isHidden());
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = csv.readAll().split('\n');
        QCOMPARE(lines.size(), 5); // header, three callers, the empty tail
        QVERIFY(lines[1].startsWith("1,,+15125550161,true,"));
        // The printed page shows message text as text, never as markup.
        const QString html = m_view->printableHtml();
        QVERIFY(html.contains(QLatin1String("water everywhere &lt;b&gt;now&lt;/b&gt;")));
        QVERIFY(!html.contains(QLatin1String("<b>now")));
    }
};

QTEST_MAIN(TestQueue)
#include "tst_queue.moc"
