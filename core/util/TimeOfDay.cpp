#include "util/TimeOfDay.h"

#include <QRegularExpression>

namespace ringback {

QString TimeOfDay::text(const QTime &time, const QLocale &locale)
{
    return locale.toString(time, QLocale::ShortFormat);
}

int TimeOfDay::shownHour(const QTime &time, const QLocale &locale)
{
    // A 12-hour format carries an AM/PM marker ("a", "A", "ap", "AP"); quoted
    // text ('h' in "HH 'h' mm") is not a marker.
    static const QRegularExpression quoted(QStringLiteral("'[^']*'"));
    QString format = locale.timeFormat(QLocale::ShortFormat);
    format.remove(quoted);
    const bool twelveHour = format.contains(QLatin1Char('a'), Qt::CaseInsensitive);
    if (!twelveHour)
        return time.hour();
    const int hour = time.hour() % 12;
    return hour == 0 ? 12 : hour;
}

} // namespace ringback
