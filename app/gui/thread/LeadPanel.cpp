#include "gui/thread/LeadPanel.h"

#include "engine/Engine.h"
#include "gui/common/Format.h"
#include "leads/Leads.h"
#include "session/EngineClient.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ringback::gui {

namespace {

constexpr LeadState kStates[] = {LeadState::New,
                                 LeadState::Replied,
                                 LeadState::CalledBack,
                                 LeadState::Booked,
                                 LeadState::Lost,
                                 LeadState::Spam};

QLabel *plainLabel(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}

} // namespace

LeadPanel::LeadPanel(EngineClient &engine, Database &readDb, QString actor, QWidget *parent)
    : QWidget(parent)
    , m_engine(engine)
    , m_queries(readDb)
    , m_actor(std::move(actor))
{
    buildUi();
    connect(&m_engine, &EngineClient::conversationChanged, this, &LeadPanel::engineChanged);
    // Nothing shown yet: every field and Save start disabled.
    setDirty(false);
    reload();
}

LeadPanel::~LeadPanel() = default;

void LeadPanel::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    auto addLine = [&](QLineEdit *&edit,
                       const QString &label,
                       const QString &name,
                       const QString &accessible,
                       int maxLength) {
        edit = new QLineEdit(this);
        edit->setObjectName(name);
        edit->setAccessibleName(accessible);
        edit->setMaxLength(maxLength);
        auto *l = new QLabel(label, this);
        l->setBuddy(edit);
        form->addRow(l, edit);
        connect(edit, &QLineEdit::textEdited, this, [this] { setDirty(true); });
        connect(edit, &QLineEdit::returnPressed, this, &LeadPanel::save);
    };
    addLine(m_name, tr("&Name:"), QStringLiteral("leadName"), tr("Caller's name"), leads::kMaxName);
    addLine(m_address,
            tr("&Address:"),
            QStringLiteral("leadAddress"),
            tr("Job address"),
            leads::kMaxAddress);
    addLine(m_service,
            tr("Ser&vice:"),
            QStringLiteral("leadService"),
            //: The kind of job the caller needs, e.g. "water heater".
            tr("Service needed"),
            leads::kMaxService);

    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(QStringLiteral("leadNotes"));
    m_notes->setAccessibleName(tr("Notes about the job"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(m_notes->fontMetrics().lineSpacing() * 6);
    auto *notesLabel = new QLabel(tr("N&otes:"), this);
    notesLabel->setBuddy(m_notes);
    form->addRow(notesLabel, m_notes);
    connect(m_notes, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_loading)
            setDirty(true);
    });

    m_state = new QComboBox(this);
    m_state->setObjectName(QStringLiteral("leadState"));
    m_state->setAccessibleName(tr("Lead state"));
    for (const LeadState s : kStates)
        m_state->addItem(leadStateText(s), int(s));
    auto *stateLabel = new QLabel(tr("&Lead:"), this);
    stateLabel->setBuddy(m_state);
    form->addRow(stateLabel, m_state);
    connect(m_state, &QComboBox::activated, this, &LeadPanel::applyState);
    layout->addLayout(form);

    m_handled = plainLabel(this, QStringLiteral("leadHandled"));
    m_booked = plainLabel(this, QStringLiteral("leadBooked"));
    m_error = plainLabel(this, QStringLiteral("leadError"));
    m_error->hide();
    updateErrorPalette();
    layout->addWidget(m_handled);
    layout->addWidget(m_booked);
    layout->addWidget(m_error);

    auto *buttons = new QHBoxLayout;
    m_save = new QPushButton(tr("&Save"), this);
    m_save->setObjectName(QStringLiteral("leadSave"));
    m_save->setAccessibleName(tr("Save the lead details"));
    connect(m_save, &QPushButton::clicked, this, &LeadPanel::save);
    buttons->addStretch();
    buttons->addWidget(m_save);
    layout->addLayout(buttons);
    layout->addStretch();
}

void LeadPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        updateErrorPalette();
}

void LeadPanel::updateErrorPalette()
{
    QPalette pal = m_error->palette();
    pal.setColor(QPalette::WindowText, errorColor(palette()));
    m_error->setPalette(pal);
}

QString LeadPanel::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

QString LeadPanel::handledText() const
{
    return m_handled->text();
}

void LeadPanel::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void LeadPanel::setDirty(bool dirty)
{
    m_dirty = dirty;
    m_save->setEnabled(dirty && m_id != 0);
}

void LeadPanel::setConversation(qint64 conversationId)
{
    if (conversationId == m_id)
        return;
    if (m_dirty && m_id != 0)
        save(); // nothing typed is dropped silently
    m_id = conversationId;
    setDirty(false);
    showError(QString());
    reload();
}

void LeadPanel::reload()
{
    const auto c = m_id ? m_queries.conversation(m_id) : std::nullopt;
    const bool enabled = c.has_value();
    for (QWidget *w : {static_cast<QWidget *>(m_name),
                       static_cast<QWidget *>(m_address),
                       static_cast<QWidget *>(m_service),
                       static_cast<QWidget *>(m_notes),
                       static_cast<QWidget *>(m_state)})
        w->setEnabled(enabled);
    m_loading = true;
    if (!m_dirty) {
        m_name->setText(c ? c->displayName : QString());
        m_address->setText(c ? c->address : QString());
        m_service->setText(c ? c->service : QString());
        m_notes->setPlainText(c ? c->notes : QString());
    }
    m_state->setCurrentIndex(c ? m_state->findData(int(c->leadState)) : -1);
    m_loading = false;
    if (c && !c->handledBy.isEmpty() && c->handledAtMs > 0) {
        //: %1: a person in the office; %2: date and time.
        m_handled->setText(
            tr("Handled by %1, %2")
                .arg(c->handledBy,
                     fullTime(QDateTime::fromMSecsSinceEpoch(c->handledAtMs, Qt::UTC))));
    } else {
        m_handled->setText(c ? tr("Not handled yet") : QString());
    }
    const bool booked = c && c->bookedForMs > 0 && c->leadState == LeadState::Booked;
    m_booked->setText(
        booked ? tr("Booked for %1")
                     .arg(fullTime(QDateTime::fromMSecsSinceEpoch(c->bookedForMs, Qt::UTC)))
               : QString());
    m_booked->setVisible(booked);
}

LeadDetails LeadPanel::typedDetails() const
{
    LeadDetails details;
    details.name = m_name->text();
    details.address = m_address->text();
    details.service = m_service->text();
    details.notes = m_notes->toPlainText();
    return details;
}

void LeadPanel::save()
{
    if (!m_id)
        return;
    const qint64 id = m_id;
    const LeadDetails details = typedDetails();
    m_engine.call(
        this,
        [id, details, actor = m_actor](Engine &engine) {
            return engine.setLeadDetails(id, details, actor);
        },
        [this, id, details](const Status &ok) {
            if (!ok) {
                // The typed text stays in the fields (and unsaved) when this
                // lead is still shown.
                showError(ok.errorMessage());
                return;
            }
            if (id == m_id) {
                showError(QString());
                const LeadDetails now = typedDetails();
                // Unless the office typed on while it was saved.
                if (now.name == details.name && now.address == details.address
                    && now.service == details.service && now.notes == details.notes) {
                    setDirty(false);
                    reload(); // the trimmed text as stored
                }
            }
            emit saved(id);
        });
}

void LeadPanel::applyState(int comboIndex)
{
    if (!m_id || comboIndex < 0)
        return;
    const qint64 id = m_id;
    const auto state = LeadState(m_state->itemData(comboIndex).toInt());
    m_engine.call(
        this,
        [id, state, actor = m_actor](Engine &engine) {
            return engine.setLeadState(id, state, actor);
        },
        [this, id](const Status &ok) {
            if (id != m_id)
                return;
            showError(ok ? QString() : ok.errorMessage());
            reload(); // a refused change shows the state as it is
        });
}

void LeadPanel::engineChanged(qint64 conversationId)
{
    if (conversationId == m_id)
        reload();
}

} // namespace ringback::gui
