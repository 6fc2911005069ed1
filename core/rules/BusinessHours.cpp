#include "rules/BusinessHours.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>
#include <QStringList>

namespace ringback {
namespace {

const char *const kDayKeys[7] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ringback::BusinessHours)
};

} // namespace

bool BusinessHours::Range::contains(const QTime &t) const
{
    const bool toMidnight = close == QTime(0, 0);
    return t >= open && (toMidnight || t < close);
}

BusinessHours::BusinessHours()
    : m_zone(QTimeZone::systemTimeZone())
{
    for (int d = 1; d <= 5; ++d)
        m_days[d - 1] = {Range{QTime(8, 0), QTime(17, 0)}};
}

void BusinessHours::setDay(int dayOfWeek, const QList<Range> &ranges)
{
    if (dayOfWeek >= 1 && dayOfWeek <= 7)
        m_days[dayOfWeek - 1] = ranges;
}

const QList<BusinessHours::Range> &BusinessHours::day(int dayOfWeek) const
{
    return m_days[std::clamp(dayOfWeek, 1, 7) - 1];
}

BusinessHours::Period BusinessHours::periodAt(const QDateTime &when) const
{
    const QDateTime local = when.toTimeZone(m_zone);
    for (const Closure &c : m_closures) {
        if (c.date == local.date())
            return Period::Holiday;
    }
    for (const Range &r : day(local.date().dayOfWeek())) {
        if (r.contains(local.time()))
            return Period::Open;
    }
    return Period::Closed;
}

QDateTime BusinessHours::nextOpening(const QDateTime &when) const
{
    if (periodAt(when) == Period::Open)
        return when;
    const QDateTime local = when.toTimeZone(m_zone);
    for (int offset = 0; offset < 60; ++offset) {
        const QDate date = local.date().addDays(offset);
        bool closed = false;
        for (const Closure &c : m_closures)
            closed = closed || c.date == date;
        if (closed)
            continue;
        for (const Range &r : day(date.dayOfWeek())) {
            const QDateTime opens(date, r.open, m_zone);
            if (opens >= local)
                return opens.toUTC();
        }
    }
    return {};
}

QString BusinessHours::describe() const
{
    const QLocale locale;
    auto rangesText = [&](const QList<Range> &ranges) {
        QStringList parts;
        for (const Range &r : ranges) {
            parts << Tr::tr("%1–%2").arg(locale.toString(r.open, QLocale::ShortFormat),
                                         locale.toString(r.close, QLocale::ShortFormat));
        }
        return parts.join(QLatin1String(", "));
    };
    // Group consecutive days with the same hours: "Mon–Fri 8:00 AM–5:00 PM, Sat 9:00 AM–12:00 PM".
    QStringList groups;
    int start = 1;
    while (start <= 7) {
        int end = start;
        while (end < 7 && rangesText(m_days[end]) == rangesText(m_days[start - 1]))
            ++end;
        if (!m_days[start - 1].isEmpty()) {
            const QString first = locale.dayName(start, QLocale::ShortFormat);
            const QString days
                = end == start
                      ? first
                      : Tr::tr("%1–%2").arg(first, locale.dayName(end, QLocale::ShortFormat));
            groups << days + QLatin1Char(' ') + rangesText(m_days[start - 1]);
        }
        start = end + 1;
    }
    return groups.isEmpty() ? Tr::tr("by appointment") : groups.join(QLatin1String(", "));
}

QString BusinessHours::scheduleText() const
{
    QStringList lines;
    for (int d = 0; d < 7; ++d) {
        QStringList ranges;
        for (const Range &r : m_days[d])
            ranges << r.open.toString(QStringLiteral("HH:mm")) + QLatin1Char('-')
                          + r.close.toString(QStringLiteral("HH:mm"));
        lines << QLatin1String(kDayKeys[d]) + QLatin1Char(' ')
                     + (ranges.isEmpty() ? QStringLiteral("closed")
                                         : ranges.join(QLatin1Char(',')));
    }
    return lines.join(QLatin1Char('\n'));
}

Result<BusinessHours> BusinessHours::fromScheduleText(const QString &text, const QTimeZone &zone)
{
    BusinessHours hours;
    hours.m_zone = zone.isValid() ? zone : QTimeZone::systemTimeZone();
    for (auto &d : hours.m_days)
        d.clear();
    static const QRegularExpression range(
        QStringLiteral("^(\\d{1,2}):(\\d{2})-(\\d{1,2}):(\\d{2})$"));
    const QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        const QString key = line.section(QLatin1Char(' '), 0, 0).toLower();
        const QString rest = line.section(QLatin1Char(' '), 1).remove(QLatin1Char(' '));
        int dayIndex = -1;
        for (int d = 0; d < 7; ++d) {
            if (key == QLatin1String(kDayKeys[d]))
                dayIndex = d;
        }
        if (dayIndex < 0)
            return Error(Tr::tr("Line %1: \"%2\" is not a day (mon, tue, wed, thu, fri, sat, sun).")
                             .arg(i + 1)
                             .arg(key));
        if (rest.isEmpty() || rest == QLatin1String("closed"))
            continue;
        for (const QString &part : rest.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const auto m = range.match(part);
            const QTime open
                = m.hasMatch() ? QTime(m.captured(1).toInt(), m.captured(2).toInt()) : QTime();
            QTime close
                = m.hasMatch() ? QTime(m.captured(3).toInt() % 24, m.captured(4).toInt()) : QTime();
            if (!open.isValid() || !close.isValid() || (close <= open && close != QTime(0, 0)))
                return Error(Tr::tr("Line %1: \"%2\" is not a time range like 08:00-17:00.")
                                 .arg(i + 1)
                                 .arg(part));
            hours.m_days[dayIndex] << Range{open, close};
        }
    }
    return hours;
}

} // namespace ringback
