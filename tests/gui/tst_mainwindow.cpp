#include "WindowFixture.h"
#include "gui/inbox/ConversationListModel.h"
#include "gui/notifications/NotificationBanner.h"
#include "gui/notifications/TrayNotifier.h"
#include "gui/thread/ReplyBox.h"
#include "gui/thread/ThreadModel.h"
#include "gui/window/MainWindow.h"
#include "session/EngineSession.h"
#include "store/Database.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPalette>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace ringback;
using ringback::gui::ConversationListModel;
using ringback::gui::MainWindow;
using ringback::gui::ThreadModel;

// Drives the real main window over a real engine and the simulator provider:
// calls and replies are injected, the window is checked through its widgets.
class TestMainWindow : public QObject, private testing::WindowFixture
{
    Q_OBJECT

private slots:
    void init() { open(); }
    void cleanup() { close(); }

    void basics()
    {
        QCOMPARE(m_window->windowTitle(), QStringLiteral("Ringback"));
        for (const char *name :
             {"conversationList", "threadView", "replyEdit", "sendButton", "connectionLabel"}) {
            auto *widget = child<QWidget>(name);
            QVERIFY2(!widget->accessibleName().isEmpty(), name);
        }
        QTRY_COMPARE_WITH_TIMEOUT(child<QLabel>("connectionLabel")->text(),
                                  QStringLiteral("Simulator: Connected"),
                                  kTimeout);
        QVERIFY(!child<QWidget>("replyError")->isVisible());
        QVERIFY(!child<QWidget>("notificationBanner")->isVisible());
    }

    void tabOrder()
    {
        reply(kStranger, QStringLiteral("Hi"));
        QTRY_COMPARE_WITH_TIMEOUT(listModel()->rowCount(), 1, kTimeout);
        QVERIFY(m_window->selectConversation(conversationOf(kStranger)));
        QTest::keyClicks(child<QPlainTextEdit>("replyEdit"), QStringLiteral("draft"));
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        // list -> thread -> reply -> send
        const char *order[] = {"conversationList", "threadView", "replyEdit", "sendButton"};
        child<QWidget>(order[0])->setFocus();
        QTRY_COMPARE(QApplication::focusWidget(), child<QWidget>(order[0]));
        for (int i = 1; i < 4; ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QTRY_COMPARE(QApplication::focusWidget(), child<QWidget>(order[i]));
        }
    }

    void searchFindsAReplyByAWordInItsBody()
    {
        reply(kStranger, QStringLiteral("Our sump pump quit last night"));
        reply(QStringLiteral("+15125550188"), QStringLiteral("Need a quote for a water heater"));
        QTRY_COMPARE_WITH_TIMEOUT(listModel()->rowCount(), 2, kTimeout);
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTest::keySequence(m_window.get(), QKeySequence::Find);
        auto *search = child<QLineEdit>("searchEdit");
        QTRY_COMPARE(QApplication::focusWidget(), search);
        QTest::keyClicks(search, QStringLiteral("sump"));
        QTRY_COMPARE_WITH_TIMEOUT(listModel()->rowCount(), 1, kTimeout);
        QCOMPARE(listModel()
                     ->data(listModel()->index(0, 0), ConversationListModel::ContactRole)
                     .toString(),
                 kStranger);
        // By number too, as people type it.
        search->clear();
        QTRY_COMPARE_WITH_TIMEOUT(listModel()->rowCount(), 2, kTimeout);
        QTest::keyClicks(search, QStringLiteral("(512) 555-0188"));
        QTRY_COMPARE_WITH_TIMEOUT(listModel()->rowCount(), 1, kTimeout);
        QCOMPARE(listModel()
                     ->data(listModel()->index(0, 0), ConversationListModel::ContactRole)
                     .toString(),
                 QStringLiteral("+15125550188"));
        QTest::keyClick(search, Qt::Key_Escape);
        QTRY_COMPARE_WITH_TIMEOUT(listModel()->rowCount(), 2, kTimeout);
    }

    void namingACallerShowsTheName()
    {
        reply(kStranger, QStringLiteral("Hi"));
        QTRY_COMPARE_WITH_TIMEOUT(listModel()->rowCount(), 1, kTimeout);
        m_window->setCallerName(conversationOf(kStranger), QStringLiteral("Dana Ortiz"));
        QTRY_COMPARE_WITH_TIMEOUT(listData(kStranger, ConversationListModel::NameRole).toString(),
                                  QStringLiteral("Dana Ortiz"),
                                  kTimeout);
        QVERIFY(m_window->findChild<QAction *>(QStringLiteral("setNameAction")));
    }

    void missedCallTextAndReplyAppearInOrder()
    {
        call(kDana);
        QTRY_COMPARE_WITH_TIMEOUT(listModel()->rowCount(), 1, kTimeout);
        QVERIFY(m_window->selectConversation(conversationOf(kDana)));
        QCOMPARE(child<QListView>("conversationList")->currentIndex().row(), 0);

        QTRY_VERIFY_WITH_TIMEOUT(
            threadRow(ThreadModel::ItemKind::Call, false, QStringLiteral("Missed call (no answer)"))
                >= 0,
            kTimeout);
        const int callRow
            = threadRow(ThreadModel::ItemKind::Call, false, QStringLiteral("Missed call"));
        QVERIFY(threadModel()
                    ->index(callRow, 0)
                    .data(ThreadModel::TextRole)
                    .toString()
                    .contains(QStringLiteral("texted")));
        QTRY_VERIFY_WITH_TIMEOUT(autoRow() >= 0, kTimeout);
        const int textRow = autoRow();
        QCOMPARE(threadModel()->index(textRow, 0).data(ThreadModel::OutgoingRole).toBool(), true);
        QVERIFY(threadModel()
                    ->index(textRow, 0)
                    .data(ThreadModel::TextRole)
                    .toString()
                    .contains(QStringLiteral("call")));
        QTRY_VERIFY_WITH_TIMEOUT(
            QStringList({QStringLiteral("sent"), QStringLiteral("delivered")})
                .contains(
                    threadModel()->index(textRow, 0).data(ThreadModel::StatusRole).toString()),
            kTimeout);

        // The simulated caller answers (reply_probability 1).
        QTRY_VERIFY_WITH_TIMEOUT(incomingRow() >= 0, kTimeout);
        QVERIFY(callRow < textRow);
        QVERIFY(textRow < incomingRow());
        QVERIFY(threadModel()
                    ->index(incomingRow(), 0)
                    .data(ThreadModel::TextRole)
                    .toString()
                    .contains(QStringLiteral("roof leak")));
        QTRY_VERIFY_WITH_TIMEOUT(listData(kDana, ConversationListModel::PreviewRole)
                                     .toString()
                                     .contains(QStringLiteral("roof leak")),
                                 kTimeout);
        QCOMPARE(listData(kDana, ConversationListModel::LeadStateRole).toString(),
                 QStringLiteral("replied"));
    }

    void selectingMarksRead()
    {
        reply(kStranger, QStringLiteral("Do you service tankless heaters?"));
        QTRY_COMPARE_WITH_TIMEOUT(
            listData(kStranger, ConversationListModel::UnreadRole).toInt(), 1, kTimeout);
        // Nothing selected: the reply shows in the banner (no tray offscreen).
        if (!m_window->notifier()->usesTray()) {
            auto *banner = child<gui::NotificationBanner>("notificationBanner");
            QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), kTimeout);
            QCOMPARE(banner->body(), QStringLiteral("Do you service tankless heaters?"));
        }
        QVERIFY(m_window->selectConversation(conversationOf(kStranger)));
        QTRY_COMPARE_WITH_TIMEOUT(
            listData(kStranger, ConversationListModel::UnreadRole).toInt(), 0, kTimeout);
    }

    void ctrlEnterSendsManualText()
    {
        call(kStranger);
        QTRY_COMPARE_WITH_TIMEOUT(listModel()->rowCount(), 1, kTimeout);
        QVERIFY(m_window->selectConversation(conversationOf(kStranger)));
        sendWithCtrlEnter(QStringLiteral("On our way, about 20 minutes"));
        QTRY_VERIFY_WITH_TIMEOUT(
            threadRow(ThreadModel::ItemKind::Message, true, QStringLiteral("On our way")) >= 0,
            kTimeout);
        const int row
            = threadRow(ThreadModel::ItemKind::Message, true, QStringLiteral("On our way"));
        QCOMPARE(threadModel()->index(row, 0).data(ThreadModel::MessageKindRole).toString(),
                 QStringLiteral("manual"));
        QVERIFY(child<QPlainTextEdit>("replyEdit")->toPlainText().isEmpty());
        QVERIFY(!child<QLabel>("replyError")->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(
            threadModel()->index(row, 0).data(ThreadModel::StatusTextRole).toString()
                    == QStringLiteral("Sent")
                || threadModel()->index(row, 0).data(ThreadModel::StatusTextRole).toString()
                       == QStringLiteral("Delivered"),
            kTimeout);

        // Ctrl+Enter on the keypad too; the Send button as well.
        sendWithCtrlEnter(QStringLiteral("Second text"), Qt::Key_Enter);
        QTRY_VERIFY_WITH_TIMEOUT(
            threadRow(ThreadModel::ItemKind::Message, true, QStringLiteral("Second text")) >= 0,
            kTimeout);
        QTest::keyClicks(child<QPlainTextEdit>("replyEdit"), QStringLiteral("Third text"));
        QTest::mouseClick(child<QPushButton>("sendButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(
            threadRow(ThreadModel::ItemKind::Message, true, QStringLiteral("Third text")) >= 0,
            kTimeout);
    }

    void htmlReplyIsPlainText()
    {
        reply(kStranger, QStringLiteral("<b>Photo</b>"));
        QTRY_COMPARE_WITH_TIMEOUT(listModel()->rowCount(), 1, kTimeout);
        QCOMPARE(listData(kStranger, ConversationListModel::PreviewRole).toString(),
                 QStringLiteral("<b>Photo</b>"));
        QVERIFY(m_window->selectConversation(conversationOf(kStranger)));
        QTRY_VERIFY_WITH_TIMEOUT(incomingRow() >= 0, kTimeout);
        const QModelIndex i = threadModel()->index(incomingRow(), 0);
        QCOMPARE(i.data(ThreadModel::TextRole).toString(), QStringLiteral("<b>Photo</b>"));
        QVERIFY(i.data(Qt::DisplayRole).toString().contains(QStringLiteral("<b>Photo</b>")));
        auto *banner = child<gui::NotificationBanner>("notificationBanner");
        if (!m_window->notifier()->usesTray())
            QCOMPARE(banner->body(), QStringLiteral("<b>Photo</b>"));
        for (QLabel *label : banner->findChildren<QLabel *>())
            QCOMPARE(label->textFormat(), Qt::PlainText);
    }

    void bannerOpensConversation()
    {
        if (m_window->notifier()->usesTray()) {
            qInfo("a system tray is available: replies go to the tray, not the banner");
            return; // not QSKIP: CTest would report the whole executable as skipped
        }
        reply(kStranger, QStringLiteral("Hello?"));
        auto *banner = child<gui::NotificationBanner>("notificationBanner");
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), kTimeout);
        const qint64 id = conversationOf(kStranger);
        QCOMPARE(banner->conversationId(), id);
        auto *open = banner->findChild<QPushButton *>();
        QVERIFY(open);
        QTest::mouseClick(open, Qt::LeftButton);
        QCOMPARE(m_window->currentConversationId(), id);
        QVERIFY(!banner->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(incomingRow() >= 0, kTimeout);
    }

    void stopThenManualSendIsRefused()
    {
        call(kDana);
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(kDana) >= 0, kTimeout);
        QVERIFY(m_window->selectConversation(conversationOf(kDana)));
        QTRY_VERIFY_WITH_TIMEOUT(incomingRow() >= 0, kTimeout); // Dana's own reply first
        reply(kDana, QStringLiteral("STOP"));
        QTRY_COMPARE_WITH_TIMEOUT(listData(kDana, ConversationListModel::OptOutRole).toString(),
                                  QStringLiteral("opted_out"),
                                  kTimeout);
        sendWithCtrlEnter(QStringLiteral("Can we come tomorrow?"));
        auto *error = child<QLabel>("replyError");
        QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), kTimeout);
        QVERIFY2(error->text().contains(QStringLiteral("opted out")), qPrintable(error->text()));
        QCOMPARE(child<QPlainTextEdit>("replyEdit")->toPlainText(),
                 QStringLiteral("Can we come tomorrow?"));
        QCOMPARE(threadRow(
                     ThreadModel::ItemKind::Message, true, QStringLiteral("Can we come tomorrow?")),
                 -1);
        QVERIFY(child<QLabel>("threadSubtitle")->text().contains(QStringLiteral("Opted out")));
    }

    void probableOptOutBarConfirms()
    {
        reply(kStranger, QStringLiteral("Who is this? Please stop texting me"));
        QTRY_COMPARE_WITH_TIMEOUT(listData(kStranger, ConversationListModel::OptOutRole).toString(),
                                  QStringLiteral("probable"),
                                  kTimeout);
        QVERIFY(m_window->selectConversation(conversationOf(kStranger)));
        QVERIFY(child<QWidget>("optOutBar")->isVisible());
        QCOMPARE(child<QLabel>("optOutText")->text(),
                 QStringLiteral("Probable opt-out: \u201cPlease stop texting me\u201d"));
        auto *confirm = child<QPushButton>("confirmOptOutButton");
        auto *dismiss = child<QPushButton>("dismissOptOutButton");
        QVERIFY(confirm->isVisible() && dismiss->isVisible());
        QCOMPARE(confirm->accessibleName(), QStringLiteral("Confirm opt-out"));
        QCOMPARE(dismiss->accessibleName(), QStringLiteral("Not an opt-out"));
        QTest::mouseClick(confirm, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(listData(kStranger, ConversationListModel::OptOutRole).toString(),
                                  QStringLiteral("opted_out"),
                                  kTimeout);
        QVERIFY2(child<QLabel>("optOutText")->text().startsWith(QStringLiteral("Opted out on ")),
                 qPrintable(child<QLabel>("optOutText")->text()));
        QVERIFY(!confirm->isVisible());
        // The one confirmation text.
        QTRY_VERIFY_WITH_TIMEOUT(
            threadRow(ThreadModel::ItemKind::Message, true, QStringLiteral("unsubscribed")) >= 0,
            kTimeout);
        QVERIFY(m_window->findChild<QAction *>(QStringLiteral("exportOptOutLedgerAction")));
    }

    void probableOptOutBarDismisses()
    {
        reply(kStranger, QStringLiteral("No más"));
        QTRY_COMPARE_WITH_TIMEOUT(listData(kStranger, ConversationListModel::OptOutRole).toString(),
                                  QStringLiteral("probable"),
                                  kTimeout);
        QVERIFY(m_window->selectConversation(conversationOf(kStranger)));
        QTest::mouseClick(child<QPushButton>("dismissOptOutButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(listData(kStranger, ConversationListModel::OptOutRole).toString(),
                                  QStringLiteral("none"),
                                  kTimeout);
        QVERIFY(!child<QWidget>("optOutBar")->isVisible());
    }

    void screenshot()
    {
        const QString path = qEnvironmentVariable("RINGBACK_SCREENSHOT");
        // Set RINGBACK_SCREENSHOT=file.png to keep the picture; the walk through
        // the window runs (and is checked) either way.
        if (qEnvironmentVariableIsSet("RINGBACK_SCREENSHOT_DARK")) {
            // A dark palette, as a desktop in dark mode hands the application.
            QPalette dark;
            dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
            dark.setColor(QPalette::WindowText, QColor(0xe0, 0xe0, 0xe0));
            dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
            dark.setColor(QPalette::AlternateBase, QColor(0x33, 0x33, 0x33));
            dark.setColor(QPalette::Text, QColor(0xe0, 0xe0, 0xe0));
            dark.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
            dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
            dark.setColor(QPalette::ButtonText, QColor(0xe0, 0xe0, 0xe0));
            dark.setColor(QPalette::Highlight, QColor(0x2f, 0x65, 0xca));
            dark.setColor(QPalette::HighlightedText, QColor(0xff, 0xff, 0xff));
            dark.setColor(QPalette::ToolTipBase, QColor(0x3c, 0x3c, 0x3c));
            dark.setColor(QPalette::ToolTipText, QColor(0xe0, 0xe0, 0xe0));
            dark.setColor(QPalette::Mid, QColor(0x50, 0x50, 0x50));
            QApplication::setPalette(dark);
        }
        const QStringList callers{QStringLiteral("+15125550147"),
                                  QStringLiteral("+15125550162"),
                                  QStringLiteral("+15125550183"),
                                  QStringLiteral("+15125550169"),
                                  kStranger,
                                  kDana};
        for (const QString &from : callers)
            call(from);
        call(QStringLiteral("+15125550172"), QStringLiteral("answered"));
        QTRY_COMPARE_WITH_TIMEOUT(listModel()->rowCount(), callers.size() + 1, kTimeout);
        reply(kStranger, QStringLiteral("<b>Photo</b> of the meter"));
        QVERIFY(m_window->selectConversation(conversationOf(kDana)));
        QTRY_VERIFY_WITH_TIMEOUT(incomingRow() >= 0, kTimeout);
        sendWithCtrlEnter(
            QStringLiteral("Thanks Dana, a tech can be there by 3 pm. Please keep the power off."));
        QTRY_VERIFY_WITH_TIMEOUT(
            threadRow(ThreadModel::ItemKind::Message, false, QStringLiteral("Address")) >= 0,
            kTimeout);
        inject({{QStringLiteral("type"), QStringLiteral("send_failure")},
                {QStringLiteral("error"), QStringLiteral("invalid-number")}});
        sendWithCtrlEnter(QStringLiteral("This one fails"));
        QTRY_VERIFY_WITH_TIMEOUT(
            threadModel()
                ->index(threadRow(ThreadModel::ItemKind::Message, true, QStringLiteral("fails")), 0)
                .data(ThreadModel::FailedRole)
                .toBool(),
            kTimeout);
        sendWithCtrlEnter(QString());
        const QPixmap picture = m_window->grab();
        QVERIFY(!picture.isNull());
        if (!path.isEmpty())
            QVERIFY(picture.save(path));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
