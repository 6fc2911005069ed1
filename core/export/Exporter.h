#pragma once

#include "store/Database.h"
#include "util/Result.h"

#include <QString>

namespace ringback {

// Writes every conversation with its calls and messages to a file, in the
// documented export format (README, "Export format"): JSON for tools, CSV
// (one row per message, conversation columns repeated) for spreadsheets.
// The format is chosen by the file's suffix. Streams page by page, so a
// million messages never sit in memory at once; the file appears only when
// complete.
class Exporter
{
public:
    static constexpr int kFormatVersion = 1;
    static Status write(Database &db, const QString &path);
    // One RFC 4180 CSV field; a leading =, +, - or @ is prefixed with ' so a
    // spreadsheet never runs a caller's text as a formula.
    static QString csvField(const QString &text);
};

} // namespace ringback
