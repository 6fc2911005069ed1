#pragma once

#include "domain/Enums.h"
#include "rules/BusinessHours.h"
#include "rules/QuietHours.h"

#include <QHash>
#include <QSet>
#include <QString>

namespace ringback {

// Per business line: whether text-back runs there, when the office is open,
// and whether it texts only when closed.
struct LineRules
{
    bool enabled = true;
    bool afterHoursOnly = false;
    BusinessHours hours;
};

// Everything that decides whether a missed call gets an automatic text, and
// which one. Defaults are what an office expects out of the box.
struct TextBackRules
{
    // Triggers: which call results text back ("canceled" = the caller hung up
    // while it rang). Answered calls never do.
    QSet<CallResult> triggers{
        CallResult::NoAnswer, CallResult::Busy, CallResult::Voicemail, CallResult::Canceled};
    int minRingSeconds = 3;   // shorter calls are pocket dials
    int sendDelaySeconds = 0; // wait before texting; cancelled if the caller is reached first
    qint64 dedupWindowMs = 24LL * 3600 * 1000;  // one automatic text per caller per window
    qint64 activeWindowMs = 12LL * 3600 * 1000; // a live conversation never gets the opener again
    qint64 maxCatchUpAgeMs = 2LL * 3600 * 1000; // older missed calls go to the call-back queue
    bool textInternational = false;             // numbers outside the home region
    // Robocallers: this many calls within spamMinutes, from a number that never
    // texted back, are held ("spam_pattern"). 0 switches the rule off.
    int spamCalls = 4;
    int spamMinutes = 10;
    // The first automatic text to a number ends with "Reply STOP to opt out."
    // when its template has no opt-out hint.
    bool optOutHint = true;
    // Before the first automatic text to a number, ask the provider what line
    // it is (Twilio Lookup v2); landlines, toll-free and fixed VoIP numbers
    // are held. Off by default: the provider bills each lookup.
    bool lineTypeLookup = false;
    QuietHoursRules quiet; // no texts at night in the caller's time zone

    LineRules defaultLine;           // for lines without their own entry
    QHash<QString, LineRules> lines; // E.164 business line -> its rules

    // Template ids by period (see templates/DefaultTemplates).
    QString businessHoursTemplate = QStringLiteral("general");
    QString afterHoursTemplate = QStringLiteral("after_hours");
    QString holidayTemplate = QStringLiteral("holiday");

    const LineRules &line(const QString &businessNumber) const
    {
        const auto it = lines.find(businessNumber);
        return it == lines.end() ? defaultLine : *it;
    }
};

} // namespace ringback
