#pragma once

#include <QList>
#include <QString>

// Internal to UrgencyTriage: the text normalisation both rules and replies go through.
namespace ringback {

struct UrgencyToken
{
    QString word;             // lower case, no accents or apostrophes
    bool clauseStart = false; // punctuation (not just spacing) separates it from the word before
};

// Splits text into words in one pass: case-folded, accents and apostrophes
// dropped (NFKD), HTML tags and entities skipped, anything but letters and
// digits separates words. Single letters joined by one '.' or '/' make one
// word ("A/C", "a.c." -> "ac").
QList<UrgencyToken> urgencyWords(const QString &text);

} // namespace ringback
