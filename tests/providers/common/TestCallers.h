#pragma once

// The callers the provider tests use: fictional numbers of the 555-01xx range
// (https://en.wikipedia.org/wiki/555_(telephone_number)), none of them the
// business line the fakes serve (+15125550100).

#include <QString>

namespace ringback::test::callers {

inline const QString kDana = QStringLiteral("+15125550134");
inline const QString kMike = QStringLiteral("+15125550147");
inline const QString kPat = QStringLiteral("+15125550162");
inline const QString kEve = kPat; // the same line, named for its own test
inline const QString kLee = QStringLiteral("+15125550178");
inline const QString kAngela = QStringLiteral("+15125550183");

// A text with what an encoder can get wrong: "&", "+", a line break and a
// character outside GSM-7.
inline const QString kTrickyText = QStringLiteral(
    "Sorry we missed you! Reply here & we'll call back: +1 (512) 555-0100 ✓\nThanks");

} // namespace ringback::test::callers
