#pragma once

#include <QString>

namespace ringback {

// What a reply says about texting the caller again.
struct OptOutMatch
{
    enum class Kind {
        None,     // ordinary talk ("can you stop by tomorrow?")
        Definite, // a carrier keyword as the whole message: opted out at once
        Probable, // a longer request to stop: a person confirms it
    };
    Kind kind = Kind::None;
    // Definite: the keyword in upper case ("STOP", "STOP ALL", "OPT OUT").
    // Probable: the sentence of the reply that asks to stop, as written.
    QString phrase;
    QString language; // "en" or "es" for a probable match
};

// Recognises opt-outs in English and Spanish (FCC 24-24: "any reasonable
// means", not only the carrier's single words). Table-driven; case, spacing,
// punctuation, emoji, curly apostrophes and Spanish accents do not matter.
//
// Definite is the carrier keyword set of classifyKeyword() (STOP, STOPALL,
// "STOP ALL", UNSUBSCRIBE, CANCEL, END, QUIT, REVOKE, OPTOUT, "opt out").
// Probable is a phrase from the table in OptOutDetector.cpp ("please stop
// texting me", "take me off your list", "No más", "no me escriban más"), with
// guards so that trade talk ("the leak won't stop", "stop by tomorrow",
// "cancel my appointment") never matches.
class OptOutDetector
{
public:
    static OptOutMatch classify(const QString &body);

    // Lower case, accents and apostrophes removed, words separated by single
    // spaces, sentence and clause breaks (punctuation, emoji) as " | ".
    static QString normalise(const QString &body);
};

} // namespace ringback
