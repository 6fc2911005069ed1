// "Mark as spam" / "Not spam" on the selected conversation: from the
// Conversation menu and the conversation list's context menu. Also "Number
// can receive texts again", enabled only while the number is marked "can't
// receive texts" (a send failed as not textable, or the line-type lookup).

#include "engine/Engine.h"
#include "gui/inbox/ConversationListModel.h"
#include "gui/window/MainWindow.h"

#include "phone/PhoneNumber.h"
#include "session/EngineClient.h"

#include <QAction>
#include <QInputDialog>
#include <QListView>
#include <QLocale>
#include <QMenu>
#include <QStatusBar>

namespace ringback::gui {

namespace {

const QString kCanTextAction = QStringLiteral("canReceiveTextsAction");

} // namespace

void MainWindow::buildSpamActions(QMenu *menu)
{
    m_spamAction = menu->addAction(tr("Mark as &spam"));
    m_spamAction->setObjectName(QStringLiteral("markSpamAction"));
    m_spamAction->setEnabled(false);
    connect(m_spamAction, &QAction::triggered, this, [this] { toggleSpam(m_shownId); });

    QAction *name = menu->addAction(tr("Set caller's &name…"));
    name->setObjectName(QStringLiteral("setNameAction"));
    connect(name, &QAction::triggered, this, [this] { askCallerName(m_shownId); });

    //: Conversation menu: the office says the number is not a landline after all.
    QAction *canText = menu->addAction(tr("Number can &receive texts again"));
    canText->setObjectName(kCanTextAction);
    canText->setEnabled(false);
    connect(canText, &QAction::triggered, this, [this] {
        const auto conversation = m_shownId ? m_queries.conversation(m_shownId) : std::nullopt;
        if (!conversation)
            return;
        const qint64 id = conversation->id;
        const QString contact = conversation->contactNumber;
        m_engine.call(
            this,
            [id](Engine &engine) { return engine.clearCantReceiveTexts(id); },
            [this, contact](const Status &ok) {
                if (ok)
                    statusBar()->showMessage(
                        tr("%1 can receive texts again: automatic texts resume.")
                            .arg(PhoneNumber::display(contact)),
                        10000);
                else
                    onProblem(ok.errorMessage());
                updateSpamAction();
            });
    });

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

    auto *canText = findChild<QAction *>(kCanTextAction);
    if (!canText)
        return;
    if (!conversation) {
        canText->setEnabled(false);
        canText->setStatusTip(QString());
        emit conversationActionsUpdated();
        return;
    }
    const qint64 id = conversation->id;
    m_engine.call(
        canText,
        [id](Engine &engine) { return engine.cantReceiveTexts(id); },
        [this, canText, id](const std::optional<ListEntry> &mark) {
            if (id != m_shownId)
                return; // another conversation is shown by now
            canText->setEnabled(mark.has_value());
            //: Status tip of "Number can receive texts again". %1: a date, %2: why, e.g.
            //: "Twilio 30006: Landline or unreachable carrier" or "landline".
            canText->setStatusTip(
                mark ? tr("Marked \"can't receive texts\" on %1 (%2). Choose this if the "
                          "number can get texts after all.")
                           .arg(QLocale().toString(
                                    QDateTime::fromMSecsSinceEpoch(mark->addedAtMs).date(),
                                    QLocale::ShortFormat),
                                mark->note)
                     : QString());
            emit conversationActionsUpdated();
        });
}

void MainWindow::toggleSpam(qint64 conversationId)
{
    const auto conversation
        = conversationId ? m_queries.conversation(conversationId) : std::nullopt;
    if (!conversation)
        return;
    const bool spam = conversation->leadState == LeadState::Spam;
    m_engine.call(
        this,
        [conversationId, spam](Engine &engine) {
            return spam ? engine.markNotSpam(conversationId) : engine.markSpam(conversationId);
        },
        [this, conversationId](const Status &ok) {
            if (!ok) {
                onProblem(ok.errorMessage());
            } else if (conversationId == m_shownId) {
                // The office moved it out of this view on purpose: the list
                // stops keeping the shown conversation, so the filter applies
                // (the thread stays open for an undo).
                m_listModel->setKeptConversation(0);
                onConversationChanged(conversationId);
            }
            updateSpamAction();
        });
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

void MainWindow::setCallerName(qint64 conversationId, const QString &name)
{
    m_engine.call(
        this,
        [conversationId, name](Engine &engine) {
            return engine.setDisplayName(conversationId, name);
        },
        [this](const Status &ok) {
            if (!ok)
                onProblem(ok.errorMessage());
        });
}

} // namespace ringback::gui
