#include "gui/queue/BookDialog.h"

#include "leads/Leads.h"

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ringback::gui {

namespace {

QDateTimeEdit *makeDateTimeEdit(const QDateTime &initial, QWidget *parent)
{
    auto *edit = new QDateTimeEdit(initial.toLocalTime(), parent);
    edit->setCalendarPopup(true);
    return edit;
}

} // namespace

BookDialog::BookDialog(const QString &caller, const QDateTime &initial, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Booked"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Book a job for %1.").arg(caller), this);
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    m_when = makeDateTimeEdit(initial, this);
    m_when->setObjectName(QStringLiteral("bookWhen"));
    m_when->setAccessibleName(tr("Date and time of the job"));
    auto *whenLabel = new QLabel(tr("&When:"), this);
    whenLabel->setBuddy(m_when);
    form->addRow(whenLabel, m_when);

    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("bookNote"));
    m_note->setMaxLength(leads::kMaxBookingNote);
    m_note->setAccessibleName(tr("Booking note"));
    m_note->setPlaceholderText(tr("Optional, e.g. bring the long ladder"));
    auto *noteLabel = new QLabel(tr("&Note:"), this);
    noteLabel->setBuddy(m_note);
    form->addRow(noteLabel, m_note);
    layout->addLayout(form);

    m_calendar = new QCheckBox(tr("&Save a calendar file (.ics) afterwards"), this);
    m_calendar->setObjectName(QStringLiteral("bookCalendar"));
    layout->addWidget(m_calendar);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    //: Button: record the booking.
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Book"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

BookDialog::~BookDialog() = default;

QDateTime BookDialog::when() const
{
    return m_when->dateTime().toUTC();
}

QString BookDialog::note() const
{
    return m_note->text().trimmed();
}

bool BookDialog::saveCalendarFile() const
{
    return m_calendar->isChecked();
}

SnoozeDialog::SnoozeDialog(const QDateTime &now, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Snooze until"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_until = makeDateTimeEdit(now.addSecs(3600), this);
    m_until->setObjectName(QStringLiteral("snoozeUntil"));
    m_until->setMinimumDateTime(now.toLocalTime());
    m_until->setAccessibleName(tr("Hide from the queue until"));
    auto *label = new QLabel(tr("&Until:"), this);
    label->setBuddy(m_until);
    form->addRow(label, m_until);
    layout->addLayout(form);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

SnoozeDialog::~SnoozeDialog() = default;

QDateTime SnoozeDialog::until() const
{
    return m_until->dateTime().toUTC();
}

} // namespace ringback::gui
