#pragma once

#include <QString>

namespace ringback {

// Carrier keywords, matched on the whole message the way Twilio and Quo do:
// case, spacing and punctuation around the single word do not matter.
enum class Keyword { None, OptOut, OptIn, Help };

Keyword classifyKeyword(const QString &body);

// The message's words in upper case, as a keyword reads in the ledger and to
// the office: "Stop." and " stop 🙏 " give "STOP", "opt-out" gives "OPT OUT".
QString keywordText(const QString &body);

} // namespace ringback
