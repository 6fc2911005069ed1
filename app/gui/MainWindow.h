#pragma once

#include "gui/NotificationPolicy.h"
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

namespace ringback {
class Database;
class Engine;
} // namespace ringback

namespace ringback::gui {

class SearchField;

class ConversationListModel;
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
    MainWindow(Engine &engine,
               Database &readDb,
               const ProviderInfo &provider,
               QWidget *parent = nullptr);
    ~MainWindow() override;
    Q_DISABLE_COPY_MOVE(MainWindow)

    // Shows a conversation's thread and selects it in the list when it is
    // loaded there. Returns false for an unknown conversation.
    bool selectConversation(qint64 conversationId);
    qint64 currentConversationId() const { return m_shownId; }
    // Names the caller (what "Set caller's name…" does after its dialog).
    bool setCallerName(qint64 conversationId, const QString &name);
    // Restores, raises and activates the window; then selects the
    // conversation unless it is 0.
    void showAndSelect(qint64 conversationId);

    ConversationListModel *conversationModel() const { return m_listModel; }
    ThreadModel *threadModel() const { return m_threadModel; }
    TrayNotifier *notifier() const { return m_notifier; }

private:
    void buildUi();
    void buildMenus();
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

    Engine &m_engine;
    Database &m_readDb;
    Queries m_queries;
    ProviderInfo m_provider;
    NotificationPolicy m_policy;
    qint64 m_shownId = 0;
    bool m_updatingList = false; // the list model is applying a change

    ConversationListModel *m_listModel = nullptr;
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
    QActionGroup *m_filters = nullptr;
    QAction *m_spamAction = nullptr; // toggles "Mark as spam" / "Not spam"
    QTimer m_clockTick;              // relative times in the list ("10:42" becomes a date)
};

} // namespace ringback::gui
