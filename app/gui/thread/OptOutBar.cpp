#include "gui/thread/OptOutBar.h"

#include "engine/Engine.h"
#include "session/EngineClient.h"

#include <QBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace ringback::gui {

OptOutBar::OptOutBar(EngineClient &engine, Database &readDb, QWidget *parent)
    : QFrame(parent)
    , m_engine(engine)
    , m_queries(readDb)
    , m_ledger(readDb)
    , m_text(new QLabel(this))
    , m_confirm(new QPushButton(tr("&Confirm opt-out"), this))
    , m_dismiss(new QPushButton(tr("&Not an opt-out"), this))
{
    setObjectName(QStringLiteral("optOutBar"));
    setAccessibleName(tr("Opt-out status"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::ToolTipBase);
    setForegroundRole(QPalette::ToolTipText);

    m_text->setObjectName(QStringLiteral("optOutText"));
    m_text->setAccessibleName(tr("Opt-out"));
    m_text->setTextFormat(Qt::PlainText);
    m_text->setForegroundRole(QPalette::ToolTipText);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    QFont bold = m_text->font();
    bold.setBold(true);
    m_text->setFont(bold);

    m_confirm->setObjectName(QStringLiteral("confirmOptOutButton"));
    m_confirm->setAccessibleName(tr("Confirm opt-out"));
    m_confirm->setToolTip(
        tr("Record the opt-out and send the one confirmation text. Nothing else is sent to "
           "this number."));
    m_confirm->setAutoDefault(false);
    m_dismiss->setObjectName(QStringLiteral("dismissOptOutButton"));
    m_dismiss->setAccessibleName(tr("Not an opt-out"));
    m_dismiss->setToolTip(tr("The reply does not ask to stop texts: automatic texts resume."));
    m_dismiss->setAutoDefault(false);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_confirm);
    layout->addWidget(m_dismiss);

    connect(m_confirm, &QPushButton::clicked, this, &OptOutBar::confirm);
    connect(m_dismiss, &QPushButton::clicked, this, &OptOutBar::dismissOptOut);
    hide();
}

OptOutBar::~OptOutBar() = default;

void OptOutBar::setConversation(qint64 conversationId)
{
    m_conversationId = conversationId;
    refresh();
}

void OptOutBar::refresh()
{
    const auto conversation
        = m_conversationId ? m_queries.conversation(m_conversationId) : std::nullopt;
    if (!conversation || conversation->optOut == OptOutState::None) {
        hide();
        return;
    }
    const auto event = m_ledger.currentEvent(m_conversationId);
    const bool probable = conversation->optOut == OptOutState::Probable;
    if (probable)
        m_text->setText(
            tr("Probable opt-out: \u201c%1\u201d").arg(event ? event->detail : QString()));
    else if (event)
        m_text->setText(
            tr("Opted out on %1 (%2)")
                .arg(OptOutLedger::dateText(event->atMs), OptOutLedger::describe(*event)));
    else
        m_text->setText(tr("Opted out of texts (%1)").arg(conversation->optOutReason));
    m_text->setToolTip(probable ? tr("Automatic texts to this number are on hold until someone "
                                     "confirms the opt-out or marks the reply as not one.")
                                : QString());
    setAccessibleDescription(m_text->text());
    m_confirm->setVisible(probable);
    m_dismiss->setVisible(probable);
    show();
}

QString OptOutBar::text() const
{
    return isHidden() ? QString() : m_text->text();
}

QString OptOutBar::actor() const
{
    // Who confirmed it, for the ledger: the name that signs texts, else the login.
    QString name = m_engine.config().agentName.trimmed();
    if (name.isEmpty())
        name = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return name;
}

void OptOutBar::confirm()
{
    m_engine.call(
        this,
        [id = m_conversationId, actor = actor()](Engine &engine) {
            return engine.confirmProbableOptOut(id, actor);
        },
        [this](const Status &ok) { answered(ok); });
}

void OptOutBar::dismissOptOut()
{
    m_engine.call(
        this,
        [id = m_conversationId, actor = actor()](Engine &engine) {
            return engine.dismissProbableOptOut(id, actor);
        },
        [this](const Status &ok) { answered(ok); });
}

void OptOutBar::answered(const Status &ok)
{
    if (!ok)
        emit problem(ok.errorMessage());
    refresh();
}

} // namespace ringback::gui
