#pragma once

#include "gui/notifications/NotificationPolicy.h"
#include "provider/ProviderApi.h"
#include "provider/ProviderInfo.h"
#include "store/Queries.h"

#include <QMainWindow>
#include <QTimer>

class QActionGroup;
class QAction;
class QLabel;
class QMenu;
class QListView;
class QSplitter;

class QStackedWidget;

namespace ringback {
class Database;
class Engine;
class EngineClient;
class EngineSession;
} // namespace ringback

namespace ringback::gui {

class SearchField;

class ConversationListModel;
class DashboardView;
class LeadPanel;
class NavigationPane;
class QueueView;
class NotificationBanner;
class OptOutBar;
class ReplyBox;
class ThreadModel;
class TrayNotifier;

// The office's window: the conversation list on the left, the selected
// thread and the reply box on the right, the provider's state in the status
// bar and new replies in the tray (or a banner when there is no tray).
//
// It reads through its own connection (`readDb`, opened on this thread) and
// changes things only through the engine.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    // `session` runs the engine; `readDb` is the window's own connection to
    // the same database.
    MainWindow(EngineSession &session, Database &readDb, QWidget *parent = nullptr);
    ~MainWindow() override;
    Q_DISABLE_COPY_MOVE(MainWindow)

    // Shows a conversation's thread and selects it in the list when it is
    // loaded there. Returns false for an unknown conversation.
    bool selectConversation(qint64 conversationId);
    qint64 currentConversationId() const { return m_shownId; }
    // Names the caller (what "Set caller's name…" does after its dialog).
    void setCallerName(qint64 conversationId, const QString &name);
    // Restores, raises and activates the window; then, unless it is 0, shows
    // the conversation on the inbox page (under All when the chosen filter
    // hides it) and selects it (what clicking a notification does).
    void showAndSelect(qint64 conversationId);

    // Closing the window while a tray icon exists only hides it (the engine
    // keeps texting back); File › Quit and the tray's Quit end the program.
    void quit();

    ConversationListModel *conversationModel() const { return m_listModel; }
    NavigationPane *navigation() const { return m_nav; }
    ThreadModel *threadModel() const { return m_threadModel; }
    TrayNotifier *notifier() const { return m_notifier; }

signals:
    // The Conversation menu's actions (spam, "can receive texts again") show
    // the shown conversation as the engine knows it (asked asynchronously).
    void conversationActionsUpdated();
    // The office closed the window for good (no tray to live in) or chose
    // Quit: the program should end.
    void quitRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildUi();
    QWidget *buildInboxPage();
    // MainWindowPages.cpp: the call-back queue and the dashboard.
    QWidget *buildQueuePage();
    QWidget *buildDashboardPage();
    void showPage(int page); // NavigationPane::Page
    double averageJobValue() const;
    // Who is at the desk: settings office/user_name, else the login name.
    QString officeUser() const;
    void updatePageCounts();
    void updateNoNextStep(); // the status bar's figure, from the queue page
    void markCalledBack();   // "Called back – reached" on the shown conversation
    void buildNavigation();
    // MainWindowMenus.cpp
    void buildMenus();
    void buildGoMenu(QMenu *menu);
    // Selects the next (or previous) conversation from the shown one that
    // matches `filter` (Unread, Urgent), in list order, wrapping round once.
    void goToNext(ConversationFilter filter, bool forward = true);
    void focusReply();
    // MainWindowDialogs.cpp
    void openSettings();
    void openTemplates();
    void settingsChanged(); // re-read settings.ini into the engine and the window
    // MainWindowTray.cpp: remembered geometry, close to tray, the tray's figures.
    void restoreWindowState();
    void saveWindowState();
    void updateTrayCounts();
    QString settingsPath() const;
    void showConversation(qint64 conversationId);
    void updateThreadHeader();
    void markReadLater(qint64 conversationId);
    bool conversationOnScreen(qint64 conversationId) const;
    void setFilter(ConversationFilter filter);
    void exportOptOutLedger();
    // MainWindowSpam.cpp: "Mark as spam" / "Not spam" on a conversation.
    void buildSpamActions(QMenu *menu);
    void askCallerName(qint64 conversationId);
    void updateSpamAction();
    void toggleSpam(qint64 conversationId);
    void showListContextMenu(const QPoint &position);

    void onConversationChanged(qint64 conversationId);
    void onReplyReceived(qint64 conversationId, qint64 messageId);
    void onProviderStateChanged(ConnectionState state, const QString &detail);
    void onProblem(const QString &message);

    EngineSession &m_session;
    EngineClient &m_engine;
    Database &m_readDb;
    Queries m_queries;
    ProviderInfo m_provider;
    NotificationPolicy m_policy;
    qint64 m_shownId = 0;
    bool m_updatingList = false; // the list model is applying a change

    bool m_quitting = false;

    ConversationListModel *m_listModel = nullptr;
    NavigationPane *m_nav = nullptr;
    QStackedWidget *m_pages = nullptr;
    QSplitter *m_outerSplitter = nullptr;
    DashboardView *m_dashboard = nullptr;
    QueueView *m_queue = nullptr;
    LeadPanel *m_leadPanel = nullptr;
    QLabel *m_noNextStep = nullptr;
    ThreadModel *m_threadModel = nullptr;
    QSplitter *m_splitter = nullptr;
    QListView *m_list = nullptr;
    SearchField *m_search = nullptr;
    QListView *m_thread = nullptr;
    QLabel *m_threadTitle = nullptr;
    QLabel *m_threadSubtitle = nullptr;
    ReplyBox *m_replyBox = nullptr;
    OptOutBar *m_optOutBar = nullptr;
    NotificationBanner *m_banner = nullptr;
    QLabel *m_connection = nullptr;
    TrayNotifier *m_notifier = nullptr;
    QAction *m_spamAction = nullptr; // toggles "Mark as spam" / "Not spam"
    QTimer m_clockTick;              // relative times in the list ("10:42" becomes a date)
};

} // namespace ringback::gui
