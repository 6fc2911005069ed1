#include "gui/settings/SecretField.h"

#include <QBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>

namespace ringback::gui {

SecretField::SecretField(const QString &label, QWidget *parent)
    : QWidget(parent)
    , m_label(label)
    , m_savedLabel(new QLabel(tr("•••• saved in the keychain"), this))
    , m_replace(new QPushButton(tr("Replace…"), this))
    , m_removeButton(new QPushButton(tr("Remove"), this))
    , m_edit(new QLineEdit(this))
    , m_show(new QToolButton(this))
    , m_note(new QLabel(this))
{
    m_savedLabel->setTextFormat(Qt::PlainText);
    m_savedLabel->setAccessibleName(tr("%1: saved in the keychain").arg(label));
    m_replace->setAccessibleName(tr("Replace %1").arg(label));
    m_replace->setToolTip(tr("Type a new value; the saved one stays until you apply."));
    m_replace->setAutoDefault(false);
    m_removeButton->setAccessibleName(tr("Remove %1 from the keychain").arg(label));
    m_removeButton->setAutoDefault(false);

    m_edit->setEchoMode(QLineEdit::Password);
    m_edit->setAccessibleName(label);
    m_edit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase
                                | Qt::ImhSensitiveData);
    m_show->setText(tr("Show"));
    m_show->setCheckable(true);
    m_show->setAccessibleName(tr("Show %1").arg(label));
    m_show->setToolTip(tr("Show or hide what you typed"));
    m_note->setTextFormat(Qt::PlainText);
    m_note->setWordWrap(true);
    m_note->hide();

    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_savedLabel, 1);
    row->addWidget(m_edit, 1);
    row->addWidget(m_show);
    row->addWidget(m_replace);
    row->addWidget(m_removeButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_note);
    setFocusProxy(m_edit);

    connect(m_show, &QToolButton::toggled, this, [this](bool shown) {
        m_edit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        m_show->setText(shown ? tr("Hide") : tr("Show"));
        m_show->setAccessibleName(shown ? tr("Hide %1").arg(m_label) : tr("Show %1").arg(m_label));
    });
    connect(m_edit, &QLineEdit::textChanged, this, &SecretField::changed);
    connect(m_replace, &QPushButton::clicked, this, [this] {
        m_replacing = true;
        m_remove = false;
        update();
        m_edit->setFocus();
        emit changed();
    });
    connect(m_removeButton, &QPushButton::clicked, this, [this] {
        m_remove = true;
        m_replacing = false;
        m_edit->clear();
        update();
        setNote(tr("Removed from the keychain when you apply the settings."));
        emit changed();
    });
    update();
}

void SecretField::setSaved(bool saved)
{
    m_saved = saved;
    update();
}

void SecretField::setNote(const QString &note)
{
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
}

QString SecretField::newValue() const
{
    return m_edit->text().trimmed();
}

void SecretField::committed()
{
    const bool removed = m_remove;
    m_saved = !removed && (m_saved || !newValue().isEmpty());
    m_remove = false;
    m_replacing = false;
    m_edit->clear();
    m_show->setChecked(false);
    setNote(QString());
    update();
}

void SecretField::update()
{
    const bool showSaved = m_saved && !m_replacing && !m_remove;
    m_savedLabel->setVisible(showSaved);
    m_replace->setVisible(showSaved);
    m_removeButton->setVisible(showSaved);
    m_edit->setVisible(!showSaved);
    m_show->setVisible(!showSaved);
    m_edit->setPlaceholderText(m_replacing ? tr("New value (empty keeps the saved one)")
                                           : QString());
    setFocusProxy(showSaved ? static_cast<QWidget *>(m_replace) : m_edit);
}

} // namespace ringback::gui
