#pragma once

#include "util/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace ringback {

// One office-editable urgency rule: any of its phrases in a reply flags the
// conversation, with the rule's severity and label ("matched: <label>").
struct UrgencyRule
{
    static constexpr int High = 1;   // gas, carbon monoxide, smoke/sparks, flooding, sewage
    static constexpr int Urgent = 2; // leak, no heat, no AC, emergency, elderly resident…
    static constexpr int Soon = 3;   // same day / today, commercial location

    int severity = Urgent;
    QString label;       // shown to the office, e.g. "water damage"
    QStringList phrases; // one or more words each; case, accents and punctuation don't matter

    friend bool operator==(const UrgencyRule &a, const UrgencyRule &b)
    {
        return a.severity == b.severity && a.label == b.label && a.phrases == b.phrases;
    }
    friend bool operator!=(const UrgencyRule &a, const UrgencyRule &b) { return !(a == b); }
};

// The rules from the field (English and Spanish), labels translated.
QList<UrgencyRule> defaultUrgencyRules();

// The text form the settings screen edits, one rule a line:
//   2 | leak | leak, leaking, leaks, dripping from the ceiling
// (severity 1 high, 2 urgent, 3 soon | label | comma-separated phrases).
// Blank lines and lines starting with '#' are ignored. A bad line gives a
// translated error naming its line number.
Result<QList<UrgencyRule>> parseUrgencyRules(const QString &text);
QString formatUrgencyRules(const QList<UrgencyRule> &rules);

} // namespace ringback
