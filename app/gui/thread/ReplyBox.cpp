#include "gui/thread/ReplyBox.h"

#include "engine/Engine.h"
#include "gui/common/Format.h"
#include "gui/templates/TemplateCheck.h"
#include "session/EngineClient.h"
#include "store/Queries.h"
#include "templates/DefaultTemplates.h"

#include <QBoxLayout>
#include <QEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextDocument>
#include <QToolButton>

#include <algorithm>

namespace ringback::gui {

ReplyBox::ReplyBox(EngineClient &engine, QWidget *parent)
    : QWidget(parent)
    , m_engine(engine)
    , m_edit(new QPlainTextEdit(this))
    , m_send(new QPushButton(tr("&Send"), this))
    , m_error(new QLabel(this))
    , m_segments(new QLabel(this))
    , m_templates(new QToolButton(this))
    , m_templateMenu(new QMenu(this))
{
    m_edit->setObjectName(QStringLiteral("replyEdit"));
    m_edit->setAccessibleName(tr("Reply"));
    m_edit->setAccessibleDescription(tr("Type a text to the caller. Ctrl+Enter sends it."));
    m_edit->setPlaceholderText(tr("Write a text… (Ctrl+Enter sends)"));
    m_edit->setTabChangesFocus(true);
    m_edit->installEventFilter(this);
    const QFontMetrics fm(m_edit->font());
    const int chrome = 2 * m_edit->frameWidth() + 2 * int(m_edit->document()->documentMargin());
    m_edit->setMinimumHeight(fm.lineSpacing() * 3 + chrome);
    m_edit->setMaximumHeight(fm.lineSpacing() * 6 + chrome);
    m_edit->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Maximum);

    m_send->setObjectName(QStringLiteral("sendButton"));
    m_send->setAccessibleName(tr("Send text"));
    m_send->setToolTip(tr("Send the text (Ctrl+Enter)"));
    m_send->setAutoDefault(false);

    m_error->setObjectName(QStringLiteral("replyError"));
    m_error->setAccessibleName(tr("Sending problem"));
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();
    updateErrorPalette();

    m_segments->setObjectName(QStringLiteral("segmentCounter"));
    m_segments->setAccessibleName(tr("Text length"));
    m_segments->setTextFormat(Qt::PlainText);
    m_segments->setWordWrap(true);
    m_segments->setForegroundRole(QPalette::PlaceholderText);
    m_segments->setFont(smallFont(font()));

    m_templates->setObjectName(QStringLiteral("insertTemplateButton"));
    m_templates->setText(tr("Insert &Template"));
    m_templates->setAccessibleName(tr("Insert template"));
    m_templates->setToolTip(tr("Put one of your templates, filled in for this caller, where the "
                               "cursor is"));
    m_templates->setPopupMode(QToolButton::InstantPopup);
    m_templates->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_templateMenu->setObjectName(QStringLiteral("templateMenu"));
    m_templateMenu->setToolTipsVisible(true);
    m_templates->setMenu(m_templateMenu);
    connect(m_templateMenu, &QMenu::aboutToShow, this, &ReplyBox::fillTemplateMenu);

    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_edit, 1);
    row->addWidget(m_send, 0, Qt::AlignBottom);
    auto *under = new QHBoxLayout;
    under->setContentsMargins(0, 0, 0, 0);
    under->addWidget(m_segments, 1);
    under->addWidget(m_templates, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addLayout(under);
    layout->addWidget(m_error);

    connect(m_send, &QPushButton::clicked, this, &ReplyBox::send);
    connect(m_edit, &QPlainTextEdit::textChanged, this, &ReplyBox::updateEnabled);
    connect(m_edit, &QPlainTextEdit::textChanged, this, &ReplyBox::updateSegments);
    setFocusProxy(m_edit);
    updateEnabled();
    updateSegments();
}

ReplyBox::~ReplyBox() = default;

void ReplyBox::setConversation(qint64 conversationId)
{
    if (conversationId == m_conversationId)
        return;
    if (m_conversationId != 0) {
        const QString draft = m_edit->toPlainText();
        if (draft.trimmed().isEmpty())
            m_drafts.remove(m_conversationId);
        else
            m_drafts.insert(m_conversationId, draft);
    }
    m_conversationId = conversationId;
    m_edit->setPlainText(m_drafts.take(conversationId));
    m_edit->moveCursor(QTextCursor::End);
    clearError();
    updateEnabled();
}

QString ReplyBox::errorText() const
{
    return m_error->isVisibleTo(this) ? m_error->text() : QString();
}

void ReplyBox::send()
{
    // One text at a time: a second Ctrl+Enter while the engine has the first
    // does not queue it twice.
    if (m_conversationId == 0 || m_sending)
        return;
    const qint64 id = m_conversationId;
    const QString body = m_edit->toPlainText();
    m_sending = true;
    updateEnabled();
    // Quiet hours in the caller's time zone: a person decides.
    m_engine.call(
        this,
        [id](Engine &engine) { return engine.quietHoursNotice(id); },
        [this, id, body](const QString &notice) {
            auto quiet = Engine::QuietHoursCheck::Respect;
            if (!notice.isEmpty()) {
                const bool anyway
                    = m_confirmQuietHours
                          ? m_confirmQuietHours(notice)
                          : QMessageBox::question(this,
                                                  tr("Quiet hours"),
                                                  notice + QLatin1String("\n\n")
                                                      + tr("Send the text now anyway?"),
                                                  QMessageBox::Yes | QMessageBox::No,
                                                  QMessageBox::No)
                                == QMessageBox::Yes;
                if (!anyway) {
                    finishSending(id, body, Error(notice));
                    return;
                }
                quiet = Engine::QuietHoursCheck::SendAnyway;
            }
            m_engine.call(
                this,
                [id, body, quiet](Engine &engine) { return engine.sendManual(id, body, quiet); },
                [this, id, body](const Status &status) { finishSending(id, body, status); });
        });
}

void ReplyBox::finishSending(qint64 conversationId, const QString &body, const Status &status)
{
    m_sending = false;
    const bool shown = conversationId == m_conversationId;
    if (!status) {
        // The text stays where it was typed (the box, or the conversation's
        // draft when another one is shown by now).
        showError(status.errorMessage());
        updateEnabled();
        return;
    }
    if (shown) {
        clearError();
        // Unless the office went on typing while it was queued.
        if (m_edit->toPlainText() == body)
            m_edit->clear();
    } else if (m_drafts.value(conversationId) == body) {
        m_drafts.remove(conversationId);
    }
    updateEnabled();
    emit sent(conversationId);
}

bool ReplyBox::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        const Qt::KeyboardModifiers mods = key->modifiers() & ~Qt::KeypadModifier;
        if (enter && mods == Qt::ControlModifier) {
            send();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ReplyBox::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        updateErrorPalette();
    if (event->type() == QEvent::FontChange)
        m_segments->setFont(smallFont(font()));
    QWidget::changeEvent(event);
}

void ReplyBox::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

void ReplyBox::clearError()
{
    m_error->clear();
    m_error->hide();
}

void ReplyBox::updateErrorPalette()
{
    QPalette pal = m_error->palette();
    pal.setColor(QPalette::WindowText, errorColor(palette()));
    m_error->setPalette(pal);
}

void ReplyBox::updateEnabled()
{
    const bool hasConversation = m_conversationId != 0;
    m_edit->setEnabled(hasConversation);
    m_send->setEnabled(hasConversation && !m_sending && !m_edit->toPlainText().trimmed().isEmpty());
    m_templates->setEnabled(hasConversation);
}

void ReplyBox::updateSegments()
{
    // The same words as the template editor's (TemplateCheck).
    m_segments->setText(segmentLine(m_edit->toPlainText()));
}

QList<QPair<QString, QString>> ReplyBox::templateChoices() const
{
    const QHash<QString, QString> &texts = m_engine.config().templates;
    QList<QPair<QString, QString>> choices;
    // The shipped ones first, in their order and with their names; then the
    // office's own, by id.
    for (const DefaultTemplate &t : defaultTemplates()) {
        if (texts.contains(t.id))
            choices << qMakePair(t.id, t.name);
    }
    QStringList others;
    for (auto it = texts.cbegin(); it != texts.cend(); ++it) {
        if (!defaultTemplate(it.key()))
            others << it.key();
    }
    std::sort(others.begin(), others.end());
    for (const QString &id : std::as_const(others))
        choices << qMakePair(id, id);
    return choices;
}

void ReplyBox::fillTemplateMenu()
{
    m_templateMenu->clear();
    const QList<QPair<QString, QString>> choices = templateChoices();
    if (choices.isEmpty()) {
        m_templateMenu->addAction(tr("No templates"))->setEnabled(false);
        return;
    }
    for (const auto &[id, name] : choices) {
        QString label = name;
        QAction *action
            = m_templateMenu->addAction(label.replace(QLatin1Char('&'), QLatin1String("&&")));
        action->setObjectName(QLatin1String("template_") + id);
        action->setToolTip(plainToolTip(m_engine.config().templates.value(id)));
        connect(action, &QAction::triggered, this, [this, id = id] { insertTemplate(id); });
    }
}

bool ReplyBox::insertTemplate(const QString &id)
{
    if (m_conversationId == 0)
        return false;
    const EngineConfig &config = m_engine.config();
    const auto text = config.templates.constFind(id);
    if (text == config.templates.cend())
        return false;
    std::optional<Conversation> conversation;
    if (m_queries)
        conversation = m_queries->conversation(m_conversationId);
    const QString firstName
        = conversation ? conversation->displayName.section(QLatin1Char(' '), 0, 0) : QString();
    const auto rendered
        = config.render(*text, firstName, conversation ? conversation->businessNumber : QString());
    if (!rendered) {
        showError(tr("This template cannot be filled in: %1").arg(rendered.errorMessage()));
        return false;
    }
    clearError();
    m_edit->insertPlainText(rendered.value());
    m_edit->setFocus(Qt::OtherFocusReason);
    return true;
}

} // namespace ringback::gui
