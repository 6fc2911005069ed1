// "Mark as spam" / "Not spam" on the selected conversation: from the
// Conversation menu and the conversation list's context menu.

#include "engine/Engine.h"
#include "gui/ConversationListModel.h"
#include "gui/MainWindow.h"

#include "phone/PhoneNumber.h"

#include <QAction>
#include <QInputDialog>
#include <QListView>
#include <QMenu>

namespace ringback::gui {

void MainWindow::buildSpamActions(QMenu *menu)
{
    m_spamAction = menu->addAction(tr("Mark as &spam"));
    m_spamAction->setObjectName(QStringLiteral("markSpamAction"));
    m_spamAction->setEnabled(false);
    connect(m_spamAction, &QAction::triggered, this, [this] { toggleSpam(m_shownId); });

    QAction *name = menu->addAction(tr("Set caller's &name…"));
    name->setObjectName(QStringLiteral("setNameAction"));
    connect(name, &QAction::triggered, this, [this] { askCallerName(m_shownId); });

    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_list, &QWidget::customContextMenuRequested, this, &MainWindow::showListContextMenu);
}

void MainWindow::updateSpamAction()
{
    if (!m_spamAction)
        return;
    const auto conversation = m_shownId ? m_queries.conversation(m_shownId) : std::nullopt;
    m_spamAction->setEnabled(conversation.has_value());
    const bool spam = conversation && conversation->leadState == LeadState::Spam;
    m_spamAction->setText(spam ? tr("&Not spam") : tr("Mark as &spam"));
}

void MainWindow::toggleSpam(qint64 conversationId)
{
    const auto conversation
        = conversationId ? m_queries.conversation(conversationId) : std::nullopt;
    if (!conversation)
        return;
    const Status ok = conversation->leadState == LeadState::Spam
                          ? m_engine.markNotSpam(conversationId)
                          : m_engine.markSpam(conversationId);
    if (!ok)
        onProblem(ok.errorMessage());
    updateSpamAction();
}

void MainWindow::showListContextMenu(const QPoint &position)
{
    const QModelIndex index = m_list->indexAt(position);
    if (!index.isValid())
        return;
    const qint64 id = index.data(ConversationListModel::ConversationIdRole).toLongLong();
    const auto conversation = m_queries.conversation(id);
    if (!conversation)
        return;
    QMenu menu(this);
    const bool spam = conversation->leadState == LeadState::Spam;
    QAction *toggle = menu.addAction(spam ? tr("&Not spam") : tr("Mark as &spam"));
    connect(toggle, &QAction::triggered, this, [this, id] { toggleSpam(id); });
    menu.exec(m_list->viewport()->mapToGlobal(position));
}

void MainWindow::askCallerName(qint64 conversationId)
{
    const auto conversation
        = conversationId ? m_queries.conversation(conversationId) : std::nullopt;
    if (!conversation)
        return;
    bool accepted = false;
    const QString name = QInputDialog::getText(
        this,
        tr("Caller's name"),
        tr("Name for %1:").arg(PhoneNumber::display(conversation->contactNumber)),
        QLineEdit::Normal,
        conversation->displayName,
        &accepted);
    if (accepted)
        setCallerName(conversationId, name);
}

bool MainWindow::setCallerName(qint64 conversationId, const QString &name)
{
    const Status ok = m_engine.setDisplayName(conversationId, name);
    if (!ok)
        onProblem(ok.errorMessage());
    return ok.isOk();
}

} // namespace ringback::gui
