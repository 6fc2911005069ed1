#pragma once

#include <QDateTime>
#include <QDialog>

class QCheckBox;
class QDateTimeEdit;
class QLineEdit;

namespace ringback::gui {

// "Booked…": when the job is (local time), a short note, and whether to save
// a calendar file (.ics) of it afterwards.
class BookDialog final : public QDialog
{
    Q_OBJECT

public:
    BookDialog(const QString &caller, const QDateTime &initial, QWidget *parent = nullptr);
    ~BookDialog() override;
    Q_DISABLE_COPY_MOVE(BookDialog)

    QDateTime when() const; // UTC
    QString note() const;
    bool saveCalendarFile() const;

    QDateTimeEdit *whenEdit() const { return m_when; }
    QLineEdit *noteEdit() const { return m_note; }
    QCheckBox *calendarCheck() const { return m_calendar; }

private:
    QDateTimeEdit *m_when = nullptr;
    QLineEdit *m_note = nullptr;
    QCheckBox *m_calendar = nullptr;
};

// "Snooze until › Pick…": a date and time in the future (local time).
class SnoozeDialog final : public QDialog
{
    Q_OBJECT

public:
    SnoozeDialog(const QDateTime &now, QWidget *parent = nullptr);
    ~SnoozeDialog() override;
    Q_DISABLE_COPY_MOVE(SnoozeDialog)

    QDateTime until() const; // UTC
    QDateTimeEdit *untilEdit() const { return m_until; }

private:
    QDateTimeEdit *m_until = nullptr;
};

} // namespace ringback::gui
