#include "gui/window/MainWindow.h"

#include "engine/Engine.h"
#include "export/OptOutLedgerExport.h"
#include "gui/common/Format.h"
#include "gui/inbox/ConversationDelegate.h"
#include "gui/inbox/ConversationListModel.h"
#include "gui/inbox/SearchField.h"
#include "gui/notifications/NotificationBanner.h"
#include "gui/notifications/TrayNotifier.h"
#include "gui/thread/LeadPanel.h"
#include "gui/thread/MediaCache.h"
#include "gui/thread/OptOutBar.h"
#include "gui/thread/PhotoViewer.h"
#include "gui/thread/ReplyBox.h"
#include "gui/thread/ThreadDelegate.h"
#include "gui/thread/ThreadMedia.h"
#include "gui/thread/ThreadModel.h"
#include "gui/window/NavigationPane.h"
#include "phone/PhoneNumber.h"
#include "provider/ProviderTexts.h"
#include "session/EngineClient.h"
#include "session/EngineSession.h"
#include "store/OwnConnection.h"

#include <QActionGroup>
#include <QApplication>
#include <QBoxLayout>
#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QListView>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>

namespace ringback::gui {

MainWindow::MainWindow(EngineSession &session, Database &readDb, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_engine(session.client())
    , m_readDb(readDb)
    , m_queries(readDb)
    , m_provider(session.providerInfo())
    , m_policy(session.client().config().homeRegion)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Ringback"));
    setAccessibleName(tr("Ringback"));
    m_listModel = new ConversationListModel(m_queries, this);
    m_listModel->setHomeRegion(m_engine.config().homeRegion);
    m_threadModel = new ThreadModel(m_queries, this);
    buildUi();
    buildMenus();

    connect(
        &m_engine, &EngineClient::conversationChanged, this, &MainWindow::onConversationChanged);
    connect(&m_engine, &EngineClient::replyReceived, this, &MainWindow::onReplyReceived);
    connect(
        &m_engine, &EngineClient::providerStateChanged, this, &MainWindow::onProviderStateChanged);
    connect(&m_engine, &EngineClient::problem, this, &MainWindow::onProblem);
    connect(m_list->selectionModel(),
            &QItemSelectionModel::currentChanged,
            this,
            [this](const QModelIndex &current) {
                // A row leaving the list moves the current index; that is not the office's choice.
                if (!m_updatingList && current.isValid())
                    showConversation(
                        current.data(ConversationListModel::ConversationIdRole).toLongLong());
            });
    connect(m_threadModel,
            &QAbstractItemModel::rowsInserted,
            m_thread,
            &QAbstractItemView::scrollToBottom);
    connect(m_threadModel,
            &QAbstractItemModel::modelReset,
            m_thread,
            &QAbstractItemView::scrollToBottom);
    connect(m_notifier, &TrayNotifier::activateRequested, this, &MainWindow::showAndSelect);
    connect(m_notifier, &TrayNotifier::quitRequested, this, &MainWindow::quit);
    connect(&m_engine, &EngineClient::conversationChanged, m_nav, &NavigationPane::scheduleRecount);
    connect(m_nav, &NavigationPane::countsChanged, this, &MainWindow::updateTrayCounts);

    m_clockTick.setInterval(60 * 1000);
    connect(&m_clockTick, &QTimer::timeout, m_list->viewport(), qOverload<>(&QWidget::update));
    m_clockTick.start();

    onProviderStateChanged(m_engine.connectionState(), m_engine.connectionDetail());
    updateThreadHeader();
    m_nav->recountNow();
    m_nav->selectFilter(ConversationFilter::All);
    restoreWindowState();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildUi()
{
    QWidget *inbox = buildInboxPage();
    buildNavigation();

    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("pages"));
    m_pages->addWidget(inbox);
    m_pages->addWidget(buildQueuePage());
    m_pages->addWidget(buildDashboardPage());

    m_outerSplitter = new QSplitter(Qt::Horizontal, this);
    m_outerSplitter->setObjectName(QStringLiteral("outerSplitter"));
    m_outerSplitter->setChildrenCollapsible(false);
    m_outerSplitter->addWidget(m_nav);
    m_outerSplitter->addWidget(m_pages);
    m_outerSplitter->setStretchFactor(0, 0);
    m_outerSplitter->setStretchFactor(1, 1);
    m_outerSplitter->setSizes({170, 1030});

    m_banner = new NotificationBanner(this);
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_banner);
    layout->addWidget(m_outerSplitter, 1);
    setCentralWidget(central);

    m_connection = new QLabel(this);
    m_connection->setObjectName(QStringLiteral("connectionLabel"));
    m_connection->setAccessibleName(tr("Provider connection"));
    m_connection->setTextFormat(Qt::PlainText);
    statusBar()->addPermanentWidget(m_connection);

    m_notifier = new TrayNotifier(this, m_banner, this);

    setTabOrder(m_nav, m_search);
    setTabOrder(m_search, m_list);
    setTabOrder(m_list, m_thread);
    setTabOrder(m_thread, m_optOutBar->confirmButton());
    setTabOrder(m_optOutBar->confirmButton(), m_optOutBar->dismissButton());
    setTabOrder(m_optOutBar->dismissButton(), m_replyBox->editor());
    setTabOrder(m_replyBox->editor(), m_replyBox->sendButton());
}

void MainWindow::buildNavigation()
{
    m_nav = new NavigationPane(m_queries, this);
    const std::pair<ConversationFilter, QString> filters[] = {
        {ConversationFilter::All, tr("All")},
        {ConversationFilter::Unread, tr("Unread")},
        {ConversationFilter::Urgent, tr("Urgent")},
        {ConversationFilter::NeedsCallback, tr("Needs call-back")},
        {ConversationFilter::Booked, tr("Booked")},
        {ConversationFilter::OptedOut, tr("Opted out")},
        {ConversationFilter::Spam, tr("Spam")},
    };
    for (const auto &[filter, label] : filters)
        m_nav->addFilter(filter, label);
    m_nav->addFilter(ConversationFilter::Screened,
                     tr("Screened"),
                     tr("Callers held as likely pocket dials or robocallers: not texted and "
                        "not in the call-back queue. The reason is beside each call."));
    m_nav->addPage(NavigationPane::Page::Queue, tr("Call-back queue"));
    m_nav->addPage(NavigationPane::Page::Dashboard, tr("Dashboard"));
    connect(m_nav, &NavigationPane::filterChosen, this, &MainWindow::setFilter);
    connect(m_nav, &NavigationPane::pageChosen, this, [this](NavigationPane::Page page) {
        showPage(int(page));
    });
}

QWidget *MainWindow::buildInboxPage()
{
    m_list = new QListView(this);
    m_list->setObjectName(QStringLiteral("conversationList"));
    m_list->setAccessibleName(tr("Conversations"));
    m_list->setModel(m_listModel);
    m_list->setItemDelegate(new ConversationDelegate(m_list));
    m_list->setUniformItemSizes(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setMouseTracking(true);
    m_list->setMinimumWidth(240);

    m_threadTitle = new QLabel(this);
    m_threadTitle->setObjectName(QStringLiteral("threadTitle"));
    m_threadTitle->setAccessibleName(tr("Caller"));
    m_threadTitle->setTextFormat(Qt::PlainText);
    QFont titleFont = m_threadTitle->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_threadTitle->setFont(titleFont);
    m_threadSubtitle = new QLabel(this);
    m_threadSubtitle->setObjectName(QStringLiteral("threadSubtitle"));
    m_threadSubtitle->setAccessibleName(tr("Conversation details"));
    m_threadSubtitle->setTextFormat(Qt::PlainText);
    m_threadSubtitle->setForegroundRole(QPalette::PlaceholderText);
    m_threadSubtitle->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_thread = new QListView(this);
    m_thread->setObjectName(QStringLiteral("threadView"));
    m_thread->setAccessibleName(tr("Conversation thread"));
    m_thread->setModel(m_threadModel);
    // Photos and files in texts: loaded off the GUI thread, kept under the profile.
    auto *media = new MediaCache(m_session.profile().dir() + QStringLiteral("/cache/media"), this);
    auto *threadDelegate = new ThreadDelegate(m_thread);
    m_thread->setItemDelegate(threadDelegate);
    new ThreadMedia(m_thread, m_threadModel, threadDelegate, media); // owned by the view
    m_threadModel->setHomeRegion(m_engine.config().homeRegion);
    m_thread->setUniformItemSizes(false);
    m_thread->setResizeMode(QListView::Adjust);
    m_thread->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_thread->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_thread->setSelectionMode(QAbstractItemView::SingleSelection);
    m_thread->setWordWrap(true);

    m_replyBox = new ReplyBox(m_engine, this);
    m_replyBox->setAccessibleName(tr("Reply box"));
    m_replyBox->setQueries(&m_queries); // {first_name} and the line, for templates
    m_optOutBar = new OptOutBar(m_engine, m_readDb, this);
    connect(m_optOutBar, &OptOutBar::problem, this, &MainWindow::onProblem);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(6, 6, 6, 6);
    rightLayout->addWidget(m_threadTitle);
    rightLayout->addWidget(m_threadSubtitle);
    rightLayout->addWidget(m_thread, 1);
    rightLayout->addWidget(m_optOutBar);
    rightLayout->addWidget(m_replyBox);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_search = new SearchField(this);
    connect(m_search, &SearchField::searchChanged, m_listModel, &ConversationListModel::setSearch);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_search);
    leftLayout->addWidget(m_list, 1);
    m_splitter->addWidget(left);
    m_splitter->addWidget(right);
    m_leadPanel = new LeadPanel(m_engine, m_readDb, officeUser(), this);
    m_leadPanel->setObjectName(QStringLiteral("leadPanel"));
    m_splitter->addWidget(m_leadPanel);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setStretchFactor(2, 0);
    m_splitter->setSizes({330, 520, 230});
    return m_splitter;
}

void MainWindow::setFilter(ConversationFilter filter)
{
    m_nav->selectFilter(filter);
    m_pages->setCurrentIndex(int(NavigationPane::Page::Inbox));
    if (m_listModel->filter() == filter)
        return;
    m_listModel->setFilter(filter);
    const int row = m_listModel->rowOf(m_shownId);
    if (row >= 0) {
        const QSignalBlocker block(m_list->selectionModel());
        m_list->setCurrentIndex(m_listModel->index(row));
    }
    m_list->viewport()->update();
}

bool MainWindow::selectConversation(qint64 conversationId)
{
    if (conversationId == 0 || !m_queries.conversation(conversationId))
        return false;
    const int row = m_listModel->rowOf(conversationId);
    if (row >= 0) {
        m_list->setCurrentIndex(m_listModel->index(row));
        m_list->scrollTo(m_listModel->index(row));
    } else {
        m_list->selectionModel()->clearCurrentIndex();
        m_list->clearSelection();
    }
    showConversation(conversationId); // no-op when the selection already showed it
    return true;
}

void MainWindow::showAndSelect(qint64 conversationId)
{
    if (isMinimized())
        showNormal();
    else
        show();
    raise();
    activateWindow();
    if (conversationId == 0 || !m_queries.conversation(conversationId))
        return;
    // Onto the inbox page, listed: a filter that hides the conversation gives way to All.
    const bool listed = m_listModel->rowOf(conversationId) >= 0;
    setFilter(listed || !m_listModel->search().isEmpty() ? m_listModel->filter()
                                                         : ConversationFilter::All);
    selectConversation(conversationId);
}

void MainWindow::showConversation(qint64 conversationId)
{
    if (conversationId == m_shownId)
        return;
    m_shownId = conversationId;
    m_listModel->setKeptConversation(conversationId);
    m_threadModel->setConversation(conversationId);
    m_replyBox->setConversation(conversationId);
    m_optOutBar->setConversation(conversationId);
    m_leadPanel->setConversation(conversationId);
    if (conversationId != 0 && m_banner->conversationId() == conversationId)
        m_banner->dismiss(); // seen
    updateThreadHeader();
    updateSpamAction();
    markReadLater(conversationId);
}

void MainWindow::markReadLater(qint64 conversationId)
{
    // Not from inside the engine's own signal: queue it.
    QMetaObject::invokeMethod(
        this,
        [this, conversationId] {
            if (conversationId != m_shownId)
                return;
            const auto conversation = m_queries.conversation(conversationId);
            if (conversation && conversation->unreadCount > 0) {
                m_engine.call(
                    this,
                    [conversationId](Engine &engine) { return engine.markRead(conversationId); },
                    [this](const Status &ok) {
                        if (!ok)
                            onProblem(ok.errorMessage());
                    });
            }
        },
        Qt::QueuedConnection);
}

bool MainWindow::conversationOnScreen(qint64 conversationId) const
{
    return conversationId == m_shownId && isVisible() && !isMinimized() && isActiveWindow()
           && m_pages->currentIndex() == int(NavigationPane::Page::Inbox);
}

void MainWindow::updateThreadHeader()
{
    const auto conversation = m_shownId ? m_queries.conversation(m_shownId) : std::nullopt;
    if (!conversation) {
        m_threadTitle->setText(tr("No conversation selected"));
        m_threadSubtitle->setText(tr("Pick a caller on the left to read the thread and reply."));
        return;
    }
    const QString region = m_engine.config().homeRegion;
    m_threadTitle->setText(callerName(*conversation, region));
    QStringList details;
    if (!conversation->displayName.trimmed().isEmpty())
        details << PhoneNumber::display(conversation->contactNumber, region);
    details << leadStateText(conversation->leadState);
    if (conversation->urgent)
        details << (conversation->urgencyReason.isEmpty()
                        ? tr("Urgent")
                        : tr("Urgent: %1").arg(conversation->urgencyReason));
    if (conversation->optOut == OptOutState::OptedOut)
        details << tr("Opted out of texts");
    else if (conversation->optOut == OptOutState::Probable)
        details << tr("May have opted out: review before texting");
    m_threadSubtitle->setText(details.join(QStringLiteral(" · ")));
    m_threadSubtitle->setToolTip(plainToolTip(conversation->optOutReason));
}

void MainWindow::onConversationChanged(qint64 conversationId)
{
    m_updatingList = true;
    m_listModel->conversationChanged(conversationId);
    m_updatingList = false;
    const QModelIndex current = m_list->currentIndex();
    if (current.isValid()
        && current.data(ConversationListModel::ConversationIdRole).toLongLong() != m_shownId) {
        // The shown conversation left the loaded rows: select nothing rather than another caller.
        m_list->selectionModel()->clearCurrentIndex();
        m_list->clearSelection();
    }
    if (conversationId != m_shownId)
        return;
    m_threadModel->refresh();
    m_optOutBar->refresh();
    updateThreadHeader();
    updateSpamAction();
}

void MainWindow::exportOptOutLedger()
{
    const QString path
        = QFileDialog::getSaveFileName(this,
                                       tr("Export opt-out ledger"),
                                       QDir::home().filePath(QStringLiteral("opt-out-ledger.csv")),
                                       tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    // Written on a thread of its own with its own connection: a long ledger
    // or a slow disk does not hold up the window.
    statusBar()->showMessage(tr("Saving the opt-out ledger…"));
    runWithOwnConnection(
        m_readDb.filePath(),
        [path](Database &db) { return OptOutLedgerExport::writeCsv(db, path); },
        this,
        [this, path](const Status &ok) {
            statusBar()->showMessage(
                ok ? tr("Opt-out ledger saved to %1").arg(QDir::toNativeSeparators(path))
                   : ok.errorMessage(),
                15000);
        });
}

void MainWindow::onReplyReceived(qint64 conversationId, qint64 messageId)
{
    const auto conversation = m_queries.conversation(conversationId);
    const auto message = m_queries.message(messageId);
    if (!conversation || !message)
        return;
    const bool onScreen = conversationOnScreen(conversationId);
    if (onScreen)
        markReadLater(conversationId);
    if (const auto notification = m_policy.decide(*conversation, *message, onScreen))
        m_notifier->notify(*notification);
}

void MainWindow::onProviderStateChanged(ConnectionState state, const QString &detail)
{
    const QString provider
        = m_provider.name.isEmpty() ? m_provider.id : ProviderTexts::name(m_provider);
    const QString words = connectionStateText(state);
    m_connection->setText(provider.isEmpty() ? words : tr("%1: %2").arg(provider, words));
    m_connection->setToolTip(plainToolTip(detail));
    QPalette pal = m_connection->palette();
    const bool bad = state == ConnectionState::AuthFailed || state == ConnectionState::Error;
    pal.setColor(QPalette::WindowText,
                 bad ? errorColor(palette()) : palette().color(QPalette::WindowText));
    m_connection->setPalette(pal);
    if (state == ConnectionState::Error && !detail.isEmpty())
        statusBar()->showMessage(detail, 15000);
}

void MainWindow::onProblem(const QString &message)
{
    statusBar()->showMessage(message, 15000);
}

} // namespace ringback::gui
