// The window's other pages beside the inbox: the morning call-back queue and
// the dashboard, chosen in the navigation pane.

#include "engine/Engine.h"
#include "gui/dashboard/DashboardView.h"
#include "gui/inbox/ConversationListModel.h"
#include "gui/queue/QueueView.h"
#include "gui/window/MainWindow.h"
#include "gui/window/NavigationPane.h"
#include "session/EngineSession.h"

#include "session/EngineClient.h"

#include <QLabel>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>

namespace ringback::gui {

QWidget *MainWindow::buildQueuePage()
{
    m_queue = new QueueView(m_engine, m_readDb, officeUser(), this);
    m_queue->setObjectName(QStringLiteral("queueView"));
    connect(m_queue, &QueueView::openConversation, this, [this](qint64 id) {
        setFilter(ConversationFilter::All);
        selectConversation(id);
        m_list->setFocus(Qt::OtherFocusReason);
    });
    connect(m_nav, &NavigationPane::countsChanged, this, &MainWindow::updatePageCounts);

    m_noNextStep = new QLabel(this);
    m_noNextStep->setObjectName(QStringLiteral("noNextStepLabel"));
    m_noNextStep->setTextFormat(Qt::PlainText);
    m_noNextStep->setAccessibleName(tr("Leads with no next step"));
    m_noNextStep->setToolTip(tr("Real leads (a missed call or a reply) that are not booked, lost "
                                "or spam, not waiting in the call-back queue and not snoozed."));
    statusBar()->addWidget(m_noNextStep);
    // The queue page counts leads with no next step whenever a conversation
    // changes; that count walks every conversation, so the status bar takes
    // the queue's figure instead of counting again.
    connect(m_queue, &QueueView::countsChanged, this, &MainWindow::updateNoNextStep);
    updateNoNextStep();
    return m_queue;
}

void MainWindow::updatePageCounts()
{
    const qint64 now = m_engine.clock().nowMs();
    m_nav->setPageCount(NavigationPane::Page::Queue, m_queries.callbackQueueCount(now));
}

void MainWindow::updateNoNextStep()
{
    m_noNextStep->setText(tr("Leads with no next step: %1").arg(m_queue->noNextStepCount()));
}

QString MainWindow::officeUser() const
{
    QSettings settings(m_session.profile().settingsPath(), QSettings::IniFormat);
    QString user = settings.value(QStringLiteral("office/user_name")).toString().trimmed();
    if (user.isEmpty())
        user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME")).trimmed();
    return user;
}

void MainWindow::markCalledBack()
{
    const qint64 id = m_pages->currentIndex() == int(NavigationPane::Page::Queue)
                          ? m_queue->selectedConversationId()
                          : m_shownId;
    if (id == 0)
        return;
    m_engine.call(
        this,
        [id, actor = officeUser()](Engine &engine) {
            return engine.calledBack(id, CallbackOutcome::Reached, actor);
        },
        [this](const Status &ok) {
            statusBar()->showMessage(ok ? tr("Marked as called back.") : ok.errorMessage(), 5000);
        });
}

QWidget *MainWindow::buildDashboardPage()
{
    m_dashboard = new DashboardView(
        m_readDb, m_engine.config().rules.defaultLine.hours.timeZone(), averageJobValue(), this);
    m_dashboard->setObjectName(QStringLiteral("dashboard"));
    return m_dashboard;
}

double MainWindow::averageJobValue() const
{
    QSettings settings(m_session.profile().settingsPath(), QSettings::IniFormat);
    return settings.value(QStringLiteral("office/average_job_value"), 0.0).toDouble();
}

void MainWindow::showPage(int page)
{
    m_pages->setCurrentIndex(page);
    if (page == int(NavigationPane::Page::Dashboard))
        m_dashboard->refresh();
    else if (page == int(NavigationPane::Page::Queue))
        m_queue->refresh();
    if (page == int(NavigationPane::Page::Inbox)) {
        m_nav->selectFilter(m_listModel->filter());
        markReadLater(m_shownId); // back in sight: replies that came meanwhile are read
    } else
        m_nav->selectPage(NavigationPane::Page(page));
}

} // namespace ringback::gui
