#pragma once

#include "engine/UrgencyRules.h"
#include "util/Result.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace ringback {

struct Urgency
{
    bool urgent = false;
    QString reason;   // "matched: water damage" (translated); empty when not urgent
    int severity = 0; // UrgencyRule::High, Urgent or Soon; 0 when not urgent
    QString label;    // the matching rule's label, e.g. "water damage"
    QString phrase;   // the phrase that matched, as written in the rule
};

// Flags replies that describe urgent work, from a list of office-editable
// rules. Phrases match whole words, ignoring case, accents, spacing,
// punctuation, apostrophes and HTML tags ("A/C" is "ac", "won't" is "wont").
// A negation up to two words before a phrase, in the same clause ("no leak",
// "not an emergency", "no longer leaking"; articles don't count), cancels that
// match; phrases may themselves start with one ("no heat", "sin calefacción").
// The most severe match wins; between equals, the first in the text.
// Runs in time linear in the body's length.
class UrgencyTriage
{
public:
    UrgencyTriage(); // defaultRules()
    explicit UrgencyTriage(const QList<UrgencyRule> &rules);

    static QList<UrgencyRule> defaultRules() { return defaultUrgencyRules(); }
    static Result<QList<UrgencyRule>> parseRules(const QString &text)
    {
        return parseUrgencyRules(text);
    }
    static QString formatRules(const QList<UrgencyRule> &rules)
    {
        return formatUrgencyRules(rules);
    }
    // The words classify() sees: "Won't <b>A/C</b>!" -> ("wont", "ac").
    static QStringList words(const QString &text);

    const QList<UrgencyRule> &rules() const { return m_rules; }
    Urgency classify(const QString &body) const;

private:
    struct Phrase
    {
        QStringList words; // normalised
        int rule = 0;
        int phrase = 0;
    };

    QList<UrgencyRule> m_rules;
    QHash<QString, QList<Phrase>> m_byFirstWord; // most severe, then longest first
};

} // namespace ringback
