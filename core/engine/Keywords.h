#pragma once

#include <QString>

namespace ringback {

// Carrier keywords, matched on the whole message the way Twilio and Quo do:
// case, spacing and punctuation around the single word do not matter.
enum class Keyword { None, OptOut, OptIn, Help };

Keyword classifyKeyword(const QString &body);

} // namespace ringback
