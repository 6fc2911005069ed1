// The menu bar and the keyboard's ways around the window (README, "The
// window and its keys").

#include "engine/Engine.h"
#include "gui/inbox/ConversationListModel.h"
#include "gui/inbox/SearchField.h"
#include "gui/thread/ReplyBox.h"
#include "gui/window/MainWindow.h"
#include "gui/window/NavigationPane.h"

#include <QAction>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QStackedWidget>
#include <QStatusBar>

#include <limits>

namespace ringback::gui {

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *exportLedger = file->addAction(tr("Export &opt-out ledger…"));
    exportLedger->setObjectName(QStringLiteral("exportOptOutLedgerAction"));
    connect(exportLedger, &QAction::triggered, this, &MainWindow::exportOptOutLedger);
    file->addSeparator();
    QAction *templates = file->addAction(tr("&Templates…"));
    templates->setObjectName(QStringLiteral("templatesAction"));
    templates->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    connect(templates, &QAction::triggered, this, &MainWindow::openTemplates);
    QAction *settings = file->addAction(tr("&Settings…"));
    settings->setObjectName(QStringLiteral("settingsAction"));
    settings->setMenuRole(QAction::PreferencesRole);
    settings->setShortcut(QKeySequence::Preferences);
    connect(settings, &QAction::triggered, this, &MainWindow::openSettings);
    file->addSeparator();
    QAction *quitAction = file->addAction(tr("&Quit"));
    quitAction->setObjectName(QStringLiteral("quitAction"));
    quitAction->setShortcut(QKeySequence::Quit);
    connect(quitAction, &QAction::triggered, this, &MainWindow::quit);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *find = view->addAction(tr("&Search…"));
    find->setObjectName(QStringLiteral("searchAction"));
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, this, [this] {
        showPage(int(NavigationPane::Page::Inbox));
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    view->addSeparator();
    const std::pair<ConversationFilter, QString> filters[] = {
        {ConversationFilter::All, tr("&All conversations")},
        {ConversationFilter::Unread, tr("&Unread")},
        {ConversationFilter::Urgent, tr("Ur&gent")},
        {ConversationFilter::NeedsCallback, tr("&Needs call-back")},
        {ConversationFilter::Booked, tr("&Booked")},
        {ConversationFilter::OptedOut, tr("&Opted out")},
        {ConversationFilter::Spam, tr("S&pam")},
        {ConversationFilter::Screened, tr("Sc&reened")},
    };
    int key = Qt::Key_1;
    for (const auto &[filter, label] : filters) {
        QAction *action = view->addAction(label);
        // Ctrl+1…7 as documented; Screened has no digit of its own.
        if (filter != ConversationFilter::Screened)
            action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(key++)));
        connect(action, &QAction::triggered, this, [this, f = filter] { setFilter(f); });
    }
    view->addSeparator();
    QAction *queue = view->addAction(tr("Call-back &queue"));
    queue->setObjectName(QStringLiteral("queueAction"));
    queue->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(key++)));
    connect(
        queue, &QAction::triggered, this, [this] { showPage(int(NavigationPane::Page::Queue)); });
    QAction *dashboard = view->addAction(tr("&Dashboard"));
    dashboard->setObjectName(QStringLiteral("dashboardAction"));
    dashboard->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(key++)));
    connect(dashboard, &QAction::triggered, this, [this] {
        showPage(int(NavigationPane::Page::Dashboard));
    });

    buildGoMenu(menuBar()->addMenu(tr("&Go")));
    QMenu *conversation = menuBar()->addMenu(tr("&Conversation"));
    QAction *calledBack = conversation->addAction(tr("&Called back – reached"));
    calledBack->setObjectName(QStringLiteral("calledBackAction"));
    calledBack->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    connect(calledBack, &QAction::triggered, this, &MainWindow::markCalledBack);
    conversation->addSeparator();
    buildSpamActions(conversation);
}

void MainWindow::buildGoMenu(QMenu *go)
{
    QAction *nextUnread = go->addAction(tr("Next &unread conversation"));
    nextUnread->setObjectName(QStringLiteral("nextUnreadAction"));
    nextUnread->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Period));
    connect(
        nextUnread, &QAction::triggered, this, [this] { goToNext(ConversationFilter::Unread); });

    QAction *previousUnread = go->addAction(tr("&Previous unread conversation"));
    previousUnread->setObjectName(QStringLiteral("previousUnreadAction"));
    previousUnread->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    connect(previousUnread, &QAction::triggered, this, [this] {
        goToNext(ConversationFilter::Unread, false);
    });

    QAction *nextUrgent = go->addAction(tr("Next u&rgent conversation"));
    nextUrgent->setObjectName(QStringLiteral("nextUrgentAction"));
    nextUrgent->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Period));
    connect(
        nextUrgent, &QAction::triggered, this, [this] { goToNext(ConversationFilter::Urgent); });

    QAction *previousUrgent = go->addAction(tr("Pre&vious urgent conversation"));
    previousUrgent->setObjectName(QStringLiteral("previousUrgentAction"));
    previousUrgent->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Comma));
    connect(previousUrgent, &QAction::triggered, this, [this] {
        goToNext(ConversationFilter::Urgent, false);
    });

    go->addSeparator();
    QAction *reply = go->addAction(tr("&Reply"));
    reply->setObjectName(QStringLiteral("replyAction"));
    reply->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    connect(reply, &QAction::triggered, this, &MainWindow::focusReply);
}

void MainWindow::goToNext(ConversationFilter filter, bool forward)
{
    // Keyset order of the list: newest activity first. "Next" is the first
    // matching conversation below the shown one, "previous" the nearest above;
    // each wraps round once.
    std::optional<ListKey> key;
    if (const auto shown = m_shownId ? m_queries.conversation(m_shownId) : std::nullopt)
        key = ListKey{shown->lastActivityMs, shown->id};
    std::optional<Conversation> target;
    if (forward) {
        auto page = m_queries.conversationPage(filter, key, 1);
        if (page.empty() && key)
            page = m_queries.conversationPage(filter, std::nullopt, 1);
        if (!page.empty())
            target = page.front();
    } else {
        if (key)
            target = m_queries.conversationBefore(filter, *key);
        if (!target) // round to the bottom of the list: the oldest
            target = m_queries.conversationBefore(
                filter,
                ListKey{std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::min()});
    }
    if (!target || target->id == m_shownId) {
        statusBar()->showMessage(filter == ConversationFilter::Urgent
                                     ? tr("No other urgent conversation.")
                                     : tr("No other unread conversation."),
                                 5000);
        return;
    }
    if (!m_search->text().isEmpty()) {
        m_search->clear();
        m_listModel->setSearch(QString());
    }
    showPage(int(NavigationPane::Page::Inbox));
    selectConversation(target->id);
    m_list->setFocus(Qt::ShortcutFocusReason);
}

void MainWindow::focusReply()
{
    if (m_shownId == 0)
        return;
    showPage(int(NavigationPane::Page::Inbox));
    m_replyBox->editor()->setFocus(Qt::ShortcutFocusReason);
}

} // namespace ringback::gui
