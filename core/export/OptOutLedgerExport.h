#pragma once

#include "store/Database.h"
#include "util/Result.h"

#include <QString>

namespace ringback {

// Writes the opt-out ledger as CSV (README, "Opt-outs"): one row per event,
// oldest first, with the columns of kColumns. Times ISO 8601 UTC; cells a
// spreadsheet would run as a formula are prefixed with '. Streams page by
// page; the file appears only when complete.
class OptOutLedgerExport
{
public:
    static const char *const kColumns;
    static Status writeCsv(Database &db, const QString &path);
};

} // namespace ringback
