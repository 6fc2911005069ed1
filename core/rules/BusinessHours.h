#pragma once

#include "util/Result.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QTime>
#include <QTimeZone>

#include <array>

namespace ringback {

// When the office is open: a weekly schedule in the business's time zone,
// plus closures (holidays) that override it for whole days.
class BusinessHours
{
public:
    struct Range
    {
        QTime open;
        QTime close; // exclusive; 00:00 means midnight at the end of the day
        bool contains(const QTime &t) const;
    };
    struct Closure
    {
        QDate date;
        QString name;
    };
    enum class Period { Open, Closed, Holiday };

    // Mon-Fri 8:00-17:00 in the system's time zone, no closures.
    BusinessHours();

    void setTimeZone(const QTimeZone &zone) { m_zone = zone; }
    const QTimeZone &timeZone() const { return m_zone; }
    // dayOfWeek: 1 = Monday ... 7 = Sunday, as QDate::dayOfWeek().
    void setDay(int dayOfWeek, const QList<Range> &ranges);
    const QList<Range> &day(int dayOfWeek) const;
    void setClosures(const QList<Closure> &closures) { m_closures = closures; }
    const QList<Closure> &closures() const { return m_closures; }

    Period periodAt(const QDateTime &when) const;
    // The next moment the office opens at or after `when` (invalid if never).
    QDateTime nextOpening(const QDateTime &when) const;
    // "Mon–Fri 8:00 AM–5:00 PM" for the {business_hours} template variable.
    QString describe() const;

    // Text form for settings: one line per day "mon 08:00-12:00,13:00-17:00".
    QString scheduleText() const;
    static Result<BusinessHours> fromScheduleText(const QString &text, const QTimeZone &zone);

private:
    QTimeZone m_zone;
    std::array<QList<Range>, 7> m_days;
    QList<Closure> m_closures;
};

} // namespace ringback
