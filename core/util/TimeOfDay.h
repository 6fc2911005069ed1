#pragma once

#include <QLocale>
#include <QString>
#include <QTime>

namespace ringback {

// A time of day as the user's locale writes it, and the hour a sentence
// around it agrees with. Pass that hour as the %n of the message, so its
// translation takes the matching form: Spanish "es la 1:05 p. m." but
// "son las 2:05 p. m." (the .ts holds both as the message's plural forms).
class TimeOfDay
{
public:
    // The short format: "1:05 PM", "13:05".
    static QString text(const QTime &time, const QLocale &locale = QLocale());
    // The hour as text() shows it: 1 for 1:05 PM on a 12-hour clock (12 for
    // 12:30 AM), 13 for 13:05 on a 24-hour one.
    static int shownHour(const QTime &time, const QLocale &locale = QLocale());
};

} // namespace ringback
