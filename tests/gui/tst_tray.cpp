// Living in the tray where the desktop has one (offscreen has none, so the
// tests say there is one and watch what the tray would show): closing hides
// the window and explains that once, a reply is an ordinary tray message and
// an urgent one the distinct kind that stays, and clicking a message opens
// that conversation's thread, whatever page or filter the window was on.

#include "WindowFixture.h"
#include "gui/notifications/NotificationBanner.h"
#include "gui/notifications/TrayNotifier.h"
#include "gui/window/NavigationPane.h"
#include "store/Queries.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QSignalSpy>
#include <QTimer>

#include <vector>

using namespace ringback;
using gui::TrayNotifier;

namespace {

struct Shown
{
    QString title;
    QString body;
    QSystemTrayIcon::MessageIcon icon = QSystemTrayIcon::NoIcon;
    int msecs = -1;
};

} // namespace

class TestTray : public QObject, private testing::WindowFixture
{
    Q_OBJECT

    const QString kQuote = QStringLiteral("+15125550142");
    std::vector<Shown> m_shown; // the tray's messages, oldest first

    QAction *action(const char *name)
    {
        auto *a = m_window->findChild<QAction *>(QString::fromLatin1(name));
        if (!a)
            qFatal("no action named %s", name);
        return a;
    }
    TrayNotifier *notifier() { return m_window->notifier(); }
    void watchMessages()
    {
        m_shown.clear();
        notifier()->setMessagePresenter([this](const QString &title,
                                               const QString &body,
                                               QSystemTrayIcon::MessageIcon icon,
                                               int msecs) {
            m_shown.push_back({title, body, icon, msecs});
        });
    }
    // Closes the window, answering the explanation when one comes up; returns
    // what each explanation said.
    QStringList closeWindow()
    {
        QStringList explanations;
        QTimer answer;
        answer.setInterval(0);
        connect(&answer, &QTimer::timeout, this, [&explanations] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                explanations << box->text();
                box->accept();
            }
        });
        answer.start();
        m_window->close();
        return explanations;
    }
    void clickMessage() { emit notifier()->trayIcon()->messageClicked(); }
    qint64 lastNotified() { return notifier()->lastNotification().conversationId; }

private slots:
    void initTestCase()
    {
        TrayNotifier::setTrayProbe([] { return true; });
    }
    void init()
    {
        open();
        QVERIFY(notifier()->usesTray());
        watchMessages();
    }
    void cleanup() { close(); }

    void closingHidesToTheTrayAndExplainsOnce()
    {
        QSignalSpy quit(m_window.get(), &gui::MainWindow::quitRequested);
        const QStringList first = closeWindow();
        QCOMPARE(first.size(), 1);
        QVERIFY2(first.at(0).contains(QStringLiteral("system tray")), qPrintable(first.at(0)));
        QVERIFY(!m_window->isVisible());
        QCOMPARE(quit.count(), 0); // still texting back

        // Back from the tray icon and closed again: no second explanation.
        emit notifier()->trayIcon()->activated(QSystemTrayIcon::Trigger);
        QVERIFY(m_window->isVisible());
        QCOMPARE(closeWindow(), QStringList());
        QVERIFY(!m_window->isVisible());
        QCOMPARE(quit.count(), 0);

        // The tray menu's Quit ends the program, with nothing to explain.
        QAction *trayQuit = nullptr;
        for (QAction *a : notifier()->trayIcon()->contextMenu()->actions()) {
            if (a->text() == QStringLiteral("&Quit"))
                trayQuit = a;
        }
        QVERIFY(trayQuit);
        trayQuit->trigger();
        QCOMPARE(quit.count(), 1);
        QSettings settings(m_session->profile().settingsPath(), QSettings::IniFormat);
        QVERIFY(settings.value(QStringLiteral("ui/tray_explained")).toBool());

        // Explained once is remembered the next time the program runs.
        m_threadTester.reset();
        m_listTester.reset();
        m_window = std::make_unique<gui::MainWindow>(*m_session, m_readDb);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(notifier()->usesTray());
        QCOMPARE(closeWindow(), QStringList());
        QVERIFY(!m_window->isVisible());
    }

    void plainReplyIsOrdinaryUrgentOneIsDistinctAndStays()
    {
        reply(kQuote, QStringLiteral("Just a quote please"));
        QTRY_COMPARE_WITH_TIMEOUT(int(m_shown.size()), 1, kTimeout);
        const Shown plain = m_shown.at(0);
        QCOMPARE(plain.icon, QSystemTrayIcon::Information);
        QVERIFY(plain.msecs > 0); // goes away on its own
        QVERIFY2(!plain.title.startsWith(QStringLiteral("Urgent")), qPrintable(plain.title));
        QCOMPARE(plain.body, QStringLiteral("Just a quote please"));
        auto *banner = child<gui::NotificationBanner>("notificationBanner");
        QVERIFY(!banner->isVisible()); // the tray has it

        reply(kStranger, QStringLiteral("There's a burning smell from the furnace"));
        QTRY_COMPARE_WITH_TIMEOUT(int(m_shown.size()), 2, kTimeout);
        const Shown urgent = m_shown.at(1);
        QCOMPARE(urgent.icon, QSystemTrayIcon::Critical);
        QCOMPARE(urgent.msecs, 0); // stays until dismissed
        QVERIFY2(urgent.title.startsWith(QStringLiteral("Urgent: ")), qPrintable(urgent.title));
        // ...and in the banner, until its conversation is opened.
        QVERIFY(banner->isVisible());
        QCOMPARE(banner->conversationId(), lastNotified());

        const qint64 urgentId = lastNotified();

        // A later ordinary reply goes to the tray and leaves the urgent one in sight.
        reply(QStringLiteral("+15125550143"), QStringLiteral("Just a quote too"));
        QTRY_COMPARE_WITH_TIMEOUT(int(m_shown.size()), 3, kTimeout);
        QCOMPARE(m_shown.at(2).icon, QSystemTrayIcon::Information);
        QVERIFY(banner->isVisible());
        QCOMPARE(banner->conversationId(), urgentId);

        // The icon's tooltip (and badge) count what waits.
        QTRY_COMPARE_WITH_TIMEOUT(notifier()->trayIcon()->toolTip(),
                                  QStringLiteral("Ringback: 3 unread (1 urgent)"),
                                  kTimeout);
        QCOMPARE(notifier()->toolTip(), notifier()->trayIcon()->toolTip());
        // Seen: opening the urgent conversation takes it out of the banner.
        QVERIFY(m_window->selectConversation(urgentId));
        QVERIFY(!banner->isVisible());
    }

    void messageBodyIsShownAsTyped()
    {
        reply(kQuote, QStringLiteral("Price <b>under</b> $200 & soon?"));
        QTRY_COMPARE_WITH_TIMEOUT(int(m_shown.size()), 1, kTimeout);
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
        // Notification servers read markup: escaped, it reads as typed.
        QCOMPARE(m_shown.at(0).body,
                 QStringLiteral("Price &lt;b&gt;under&lt;/b&gt; $200 &amp; soon?"));
#else
        QCOMPARE(m_shown.at(0).body, QStringLiteral("Price <b>under</b> $200 & soon?"));
#endif
    }

    void clickingTheMessageOpensThatThread()
    {
        reply(kQuote, QStringLiteral("Just a quote please"));
        QTRY_COMPARE_WITH_TIMEOUT(int(m_shown.size()), 1, kTimeout);
        const qint64 id = lastNotified();
        QVERIFY(id != 0);
        QCOMPARE(closeWindow().size(), 1); // in the tray
        QVERIFY(!m_window->isVisible());

        clickMessage();
        QVERIFY(m_window->isVisible());
        QCOMPARE(m_window->currentConversationId(), id);
        QCOMPARE(conversationOf(kQuote), id);
        QCOMPARE(child<QListView>("conversationList")
                     ->currentIndex()
                     .data(gui::ConversationListModel::ConversationIdRole)
                     .toLongLong(),
                 id);
        QTRY_VERIFY_WITH_TIMEOUT(incomingRow() >= 0, kTimeout);
        QVERIFY(child<QListView>("threadView")->isVisible());
    }

    void clickingTheMessageLeavesAFilterThatHidesIt()
    {
        m_window->navigation()->selectFilter(ConversationFilter::Booked);
        QCOMPARE(m_window->conversationModel()->filter(), ConversationFilter::Booked);
        reply(kQuote, QStringLiteral("Just a quote please"));
        QTRY_COMPARE_WITH_TIMEOUT(int(m_shown.size()), 1, kTimeout);
        const qint64 id = lastNotified();
        QCOMPARE(rowOf(kQuote), -1); // not booked

        clickMessage();
        QCOMPARE(m_window->currentConversationId(), id);
        QCOMPARE(m_window->conversationModel()->filter(), ConversationFilter::All);
        QVERIFY(rowOf(kQuote) >= 0);
        QCOMPARE(child<QListView>("conversationList")
                     ->currentIndex()
                     .data(gui::ConversationListModel::ConversationIdRole)
                     .toLongLong(),
                 id);
    }

    void clickingTheMessageLeavesTheQueueForTheThread()
    {
        action("queueAction")->trigger();
        auto *thread = child<QListView>("threadView");
        QVERIFY(!thread->isVisible());
        reply(kQuote, QStringLiteral("Just a quote please"));
        QTRY_COMPARE_WITH_TIMEOUT(int(m_shown.size()), 1, kTimeout);
        const qint64 id = lastNotified();

        clickMessage();
        QCOMPARE(m_window->currentConversationId(), id);
        QVERIFY(thread->isVisible());
        QVERIFY(!m_window->findChild<QWidget *>(QStringLiteral("queueView"))->isVisible());
    }

    // Replies to the thread the office is reading don't notify; the same
    // thread behind another page is not being read.
    void shownThreadBehindAnotherPageStillNotifies()
    {
        reply(kQuote, QStringLiteral("Just a quote please"));
        QTRY_COMPARE_WITH_TIMEOUT(int(m_shown.size()), 1, kTimeout);
        const qint64 id = lastNotified();
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QVERIFY(m_window->selectConversation(id));
        Queries queries(m_readDb);
        QTRY_COMPARE_WITH_TIMEOUT(queries.conversation(id)->unreadCount, 0, kTimeout);

        reply(kQuote, QStringLiteral("Also the back door sticks"));
        QTRY_VERIFY_WITH_TIMEOUT(
            threadRow(gui::ThreadModel::ItemKind::Message, false, QStringLiteral("back door")) >= 0,
            kTimeout);
        QTRY_COMPARE_WITH_TIMEOUT(queries.conversation(id)->unreadCount, 0, kTimeout);
        QCOMPARE(int(m_shown.size()), 1); // read as it came

        action("queueAction")->trigger();
        reply(kQuote, QStringLiteral("And the gate"));
        QTRY_COMPARE_WITH_TIMEOUT(int(m_shown.size()), 2, kTimeout);
        QCOMPARE(m_shown.at(1).body, QStringLiteral("And the gate"));
        QTRY_COMPARE_WITH_TIMEOUT(queries.conversation(id)->unreadCount, 1, kTimeout);
        // Back on the inbox with that thread in sight: read.
        m_window->navigation()->selectFilter(ConversationFilter::All);
        QTRY_COMPARE_WITH_TIMEOUT(queries.conversation(id)->unreadCount, 0, kTimeout);
    }
};

QTEST_MAIN(TestTray)
#include "tst_tray.moc"
