#pragma once

#include <QDate>
#include <QString>
#include <QTime>
#include <QTimeZone>

#include <utility>

namespace ringback {

// When automatic texts may leave, in the caller's local time (README, "Who
// gets a text, and why"). Federal rule: 8 am - 9 pm in the recipient's time
// zone (47 CFR 64.1200(c)(1)); some states are stricter (QuietHours.cpp).
struct QuietHoursRules
{
    bool enabled = true;
    QTime windowStart{8, 0}; // texts may leave from ...
    QTime windowEnd{21, 0};  // ... until (exclusive)
    // The stricter state windows (CT, FL, MD, MS, NJ, OK, RI, TX) on top of
    // the office's window.
    bool stateWindows = false;
    // The first text-back to a call that just happened goes out at once by
    // default; true: it waits for the window too ("hold until morning").
    bool holdFirstText = false;
};

class QuietHours
{
public:
    // Where a caller is, as far as the number tells: the US state (or
    // Canadian province) as a two-letter code, and its time zone. A number
    // the geocoder cannot place gets the fallback zone (the business's).
    struct Place
    {
        QString state; // "TX", empty if unknown
        QTimeZone zone;
        bool fromNumber = false; // false: the fallback zone
    };

    // A call "just happened" when it ended this recently.
    static constexpr qint64 kJustHappenedMs = 5 * 60 * 1000;

    static Place placeOf(const QString &e164, const QTimeZone &fallback);
    // libphonenumber's offline geocoder, in English: "Texas", "New York, NY".
    static QString describe(const QString &e164);
    // "Texas", "TX" or "New York, NY" -> "TX"; empty if not a known state.
    static QString stateCode(const QString &description);
    // IANA zone of a state or province (the most populous zone when it spans
    // several); empty if unknown.
    static QByteArray zoneOfState(const QString &stateCode);
    // "Central", "Eastern", ... or the zone's id.
    static QString zoneLabel(const QTimeZone &zone);

    // The window [open, close) on a local date in a state.
    static std::pair<QTime, QTime>
    window(const QDate &localDate, const QString &stateCode, const QuietHoursRules &rules);
    // The earliest moment at or after atMs when a text may leave; atMs itself
    // outside quiet hours (or when they are off).
    static qint64 nextAllowedMs(qint64 atMs, const Place &place, const QuietHoursRules &rules);
    static bool isQuiet(qint64 atMs, const Place &place, const QuietHoursRules &rules)
    {
        return nextAllowedMs(atMs, place, rules) != atMs;
    }
};

} // namespace ringback
