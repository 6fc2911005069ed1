// The window's navigation: filter counts, going to the next unread or urgent
// conversation, urgent notifications that stay, living in the tray and
// remembering where the window was.

#include "WindowFixture.h"
#include "gui/notifications/NotificationBanner.h"
#include "gui/notifications/TrayNotifier.h"
#include "gui/queue/QueueModel.h"
#include "gui/queue/QueueView.h"
#include "gui/settings/SettingsDialog.h"
#include "gui/templates/TemplateEditorDialog.h"
#include "gui/window/NavigationPane.h"
#include "store/Queries.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>

using namespace ringback;
using ringback::gui::NavigationPane;

class TestWindowNav : public QObject, private testing::WindowFixture
{
    Q_OBJECT

    QAction *action(const char *name)
    {
        auto *a = m_window->findChild<QAction *>(QString::fromLatin1(name));
        if (!a)
            qFatal("no action named %s", name);
        return a;
    }
    // Every row of the list under `filter`, fetching page after page.
    int rowsUnder(ConversationFilter filter)
    {
        m_window->navigation()->selectFilter(filter);
        QAbstractItemModel *model = listModel();
        while (model->canFetchMore({}))
            model->fetchMore({});
        return model->rowCount();
    }

private slots:
    void init() { open(); }
    void cleanup() { close(); }

    void filterCountsMatchTheStore()
    {
        for (const char *number : {"+15125550141", "+15125550142", "+15125550143"})
            call(QString::fromLatin1(number));
        // A hang-up after a second: listed under Screened, not a lead to call.
        call(QStringLiteral("+15125550144"), QStringLiteral("canceled"), 1);
        reply(kStranger, QStringLiteral("We have a leak and water damage in the kitchen"));
        reply(QStringLiteral("+15125550142"), QStringLiteral("Just a quote please"));
        Queries queries(m_readDb);
        QTRY_COMPARE_WITH_TIMEOUT(
            queries.conversationCount(ConversationFilter::Urgent), 1, kTimeout);
        NavigationPane *nav = m_window->navigation();
        for (const ConversationFilter filter : {ConversationFilter::All,
                                                ConversationFilter::Unread,
                                                ConversationFilter::Urgent,
                                                ConversationFilter::NeedsCallback,
                                                ConversationFilter::Booked,
                                                ConversationFilter::OptedOut,
                                                ConversationFilter::Spam,
                                                ConversationFilter::Screened}) {

            const int stored = queries.conversationCount(filter);
            QTRY_COMPARE_WITH_TIMEOUT(nav->shownCount(filter), stored, kTimeout);
            QCOMPARE(rowsUnder(filter), stored);
        }
        QCOMPARE(nav->shownCount(ConversationFilter::All), 5);
        QCOMPARE(nav->shownCount(ConversationFilter::Urgent), 1);
        QCOMPARE(nav->shownCount(ConversationFilter::Screened), 1);
        // Marking one as spam moves it between the counts.
        m_window->navigation()->selectFilter(ConversationFilter::All);
        QVERIFY(test::onEngine(*m_session,
                               [id = conversationOf(QStringLiteral("+15125550141"))](
                                   Engine &engine) { return engine.markSpam(id); })
                    .isOk());
        QTRY_COMPARE_WITH_TIMEOUT(nav->shownCount(ConversationFilter::Spam), 1, kTimeout);
        QTRY_COMPARE_WITH_TIMEOUT(nav->shownCount(ConversationFilter::All), 4, kTimeout);
    }

    void urgentReplyTopsTheQueueCalledBackClearsIt()
    {
        call(QStringLiteral("+15125550141"));
        call(kStranger);
        Queries queries(m_readDb);
        QTRY_COMPARE_WITH_TIMEOUT(
            queries.callbackQueueCount(QDateTime::currentMSecsSinceEpoch()), 2, kTimeout);
        reply(kStranger, QStringLiteral("No heat and the baby is cold"));
        auto *queue = m_window->findChild<gui::QueueView *>(QStringLiteral("queueView"));
        QVERIFY(queue);
        action("queueAction")->trigger();
        QVERIFY(queue->isVisible());
        const qint64 stranger = conversationOf(kStranger);
        QTRY_COMPARE_WITH_TIMEOUT(
            queue->model()->index(0, 0).data(gui::QueueModel::ConversationIdRole).toLongLong(),
            stranger,
            kTimeout);
        // "Call-back queue, 2 conversations" (the plural comes from the catalogue).
        QTRY_VERIFY_WITH_TIMEOUT(
            m_window->navigation()
                ->findItems(QStringLiteral("Call-back queue"), Qt::MatchExactly)
                .value(0)
                ->data(Qt::AccessibleTextRole)
                .toString()
                .startsWith(QStringLiteral("Call-back queue, 2 ")),
            kTimeout);

        // From the thread: Conversation › Called back – reached.
        m_window->navigation()->selectFilter(ConversationFilter::All);
        QVERIFY(!queue->isVisible());
        QVERIFY(m_window->selectConversation(stranger));
        action("calledBackAction")->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(queue->model()->rowCount(), 1, kTimeout);
        QVERIFY(queue->model()->index(0, 0).data(gui::QueueModel::ConversationIdRole).toLongLong()
                != stranger);
        QCOMPARE(toString(queries.conversation(stranger)->leadState),
                 QStringLiteral("called_back"));
        auto *noNextStep = m_window->findChild<QLabel *>(QStringLiteral("noNextStepLabel"));
        QVERIFY(noNextStep);
        QTRY_COMPARE_WITH_TIMEOUT(
            noNextStep->text(), QStringLiteral("Leads with no next step: 1"), kTimeout);
    }

    void dashboardShowsFromTheMenu()
    {
        call(QStringLiteral("+15125550141"));
        Queries queries(m_readDb);
        QTRY_COMPARE_WITH_TIMEOUT(queries.conversationCount(ConversationFilter::All), 1, kTimeout);
        auto *dashboard = m_window->findChild<QWidget *>(QStringLiteral("dashboard"));
        QVERIFY(dashboard);
        action("dashboardAction")->trigger();
        QVERIFY(dashboard->isVisible());
        action("searchAction")->trigger();
        QVERIFY(!dashboard->isVisible());
    }

    void nextUnreadAndNextUrgent()
    {
        call(QStringLiteral("+15125550141"));
        reply(QStringLiteral("+15125550142"), QStringLiteral("Can you give me a quote?"));
        reply(kStranger, QStringLiteral("No heat and a baby at home"));
        Queries queries(m_readDb);
        QTRY_COMPARE_WITH_TIMEOUT(
            queries.conversationCount(ConversationFilter::Unread), 2, kTimeout);
        QTRY_COMPARE_WITH_TIMEOUT(
            queries.conversationCount(ConversationFilter::Urgent), 1, kTimeout);

        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        action("nextUrgentAction")->trigger();
        QCOMPARE(m_window->currentConversationId(), conversationOf(kStranger));
        // Opened conversations are read.
        QTRY_COMPARE_WITH_TIMEOUT(
            queries.conversationCount(ConversationFilter::Unread), 1, kTimeout);

        const qint64 quote = conversationOf(QStringLiteral("+15125550142"));
        action("nextUnreadAction")->trigger();
        QCOMPARE(m_window->currentConversationId(), quote);
        QTRY_COMPARE_WITH_TIMEOUT(
            queries.conversationCount(ConversationFilter::Unread), 0, kTimeout);
        // With none left, "next" stays put (and says so in the status bar).
        action("nextUnreadAction")->trigger();
        QCOMPARE(m_window->currentConversationId(), quote);

        action("replyAction")->trigger();
        QTRY_COMPARE(QApplication::focusWidget(),
                     m_window->findChild<QWidget *>(QStringLiteral("replyEdit")));
    }

    void previousUnreadWrapsRound()
    {
        Queries queries(m_readDb);
        const QStringList numbers{QStringLiteral("+15125550141"),
                                  QStringLiteral("+15125550142"),
                                  QStringLiteral("+15125550143")};
        int expected = 0;
        for (const QString &number : numbers) { // oldest first
            reply(number, QStringLiteral("Can you send a quote?"));
            ++expected;
            QTRY_COMPARE_WITH_TIMEOUT(
                queries.conversationCount(ConversationFilter::Unread), expected, kTimeout);
            // Distinct activity times: the next reply only once the clock has moved past this one.
            const auto replied = queries.conversation(number, QStringLiteral("+15125550100"));
            QVERIFY(replied);
            QTRY_VERIFY(QDateTime::currentMSecsSinceEpoch() > replied->lastActivityMs);
        }
        const qint64 oldest = conversationOf(numbers.at(0));
        const qint64 middle = conversationOf(numbers.at(1));
        const qint64 newest = conversationOf(numbers.at(2));
        QVERIFY(m_window->selectConversation(middle));
        action("previousUnreadAction")->trigger(); // above it: the newer one
        QCOMPARE(m_window->currentConversationId(), newest);
        action("previousUnreadAction")->trigger(); // nothing above: round to the bottom
        QCOMPARE(m_window->currentConversationId(), oldest);
    }

    void urgentReplyStaysUntilSeen()
    {
        reply(kStranger, QStringLiteral("There's a burning smell from the furnace"));
        auto *banner
            = m_window->findChild<gui::NotificationBanner *>(QStringLiteral("notificationBanner"));
        QVERIFY(banner);
        // Urgent replies go to the banner even where a tray exists.
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), kTimeout);
        QVERIFY(m_window->notifier()->lastNotification().urgent);
        const qint64 id = conversationOf(kStranger);
        QCOMPARE(banner->conversationId(), id);
        // Another, ordinary reply doesn't push the urgent one out of sight
        // when a tray shows ordinary ones; opening the conversation clears it.
        QVERIFY(m_window->selectConversation(id));
        QVERIFY(!banner->isVisible());
    }

    void trayBadgeShowsTheUnreadCount()
    {
        const QIcon base = QApplication::style()->standardIcon(QStyle::SP_FileIcon);
        const QPalette palette = QApplication::palette();
        QCOMPARE(gui::TrayNotifier::badgedIcon(base, 0, false, palette).cacheKey(),
                 base.cacheKey());
        const QImage plain = base.pixmap(32, 32).toImage();
        const QImage three
            = gui::TrayNotifier::badgedIcon(base, 3, false, palette).pixmap(32, 32).toImage();
        const QImage urgent
            = gui::TrayNotifier::badgedIcon(base, 3, true, palette).pixmap(32, 32).toImage();
        QVERIFY(plain != three);
        QVERIFY(three != urgent);

        reply(kStranger, QStringLiteral("No heat at all"));
        reply(QStringLiteral("+15125550142"), QStringLiteral("Quote please"));
        QTRY_COMPARE_WITH_TIMEOUT(m_window->notifier()->toolTip(),
                                  QStringLiteral("Ringback: 2 unread (1 urgent)"),
                                  kTimeout);
    }

    void closingWithoutATrayQuits()
    {
        if (m_window->notifier()->usesTray()) {
            qInfo("a system tray is available: closing hides the window instead");
            return;
        }
        QSignalSpy quit(m_window.get(), &gui::MainWindow::quitRequested);
        m_window->close();
        QCOMPARE(quit.count(), 1);
    }

    void quitActionQuits()
    {
        QSignalSpy quit(m_window.get(), &gui::MainWindow::quitRequested);
        action("quitAction")->trigger();
        QCOMPARE(quit.count(), 1);
        QVERIFY(!m_window->isVisible());
    }

    void savedTemplatesReachTheEngine()
    {
        action("templatesAction")->trigger();
        auto *editor = m_window->findChild<gui::TemplateEditorDialog *>();
        QVERIFY(editor);
        QTRY_VERIFY(editor->isVisible());
        editor->setCurrentTemplate(QStringLiteral("general"));
        const QString text
            = QStringLiteral("Hi, {company} here. What can we help with? Reply STOP to opt out.");
        auto *edit = editor->findChild<QPlainTextEdit *>(QStringLiteral("templateEdit"));
        QVERIFY(edit);
        edit->setPlainText(text);
        QVERIFY(editor->save());
        QCOMPARE(m_session->client().config().templateText(QStringLiteral("general")), text);
        QCOMPARE(test::onEngine(*m_session,
                                [](Engine &engine) {
                                    return engine.config().templateText(QStringLiteral("general"));
                                }),
                 text);
        editor->close();
    }

    void settingsOpenFromTheMenu()
    {
        action("settingsAction")->trigger();
        auto *settings = m_window->findChild<gui::SettingsDialog *>();
        QVERIFY(settings);
        QTRY_VERIFY(settings->isVisible());
        QVERIFY(!settings->accessibleName().isEmpty() || !settings->windowTitle().isEmpty());
        settings->reject();
    }

    void windowPlaceIsRemembered()
    {
        m_window->resize(900, 600);
        auto *inner = m_window->findChild<QSplitter *>(QStringLiteral("mainSplitter"));
        QVERIFY(inner);
        inner->setSizes({250, 600});
        const QList<int> sizes = inner->sizes();
        action("quitAction")->trigger(); // saves
        QSettings settings(m_session->profile().settingsPath(), QSettings::IniFormat);
        QVERIFY(settings.contains(QStringLiteral("ui/window_geometry")));

        m_window = std::make_unique<gui::MainWindow>(*m_session, m_readDb);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QCOMPARE(m_window->size(), QSize(900, 600));
        QCOMPARE(m_window->findChild<QSplitter *>(QStringLiteral("mainSplitter"))->sizes(), sizes);
    }
};

QTEST_MAIN(TestWindowNav)
#include "tst_windownav.moc"
