#pragma once

#include "RingbackCoreExport.h"
#include "domain/Records.h"
#include "store/Database.h"
#include "store/Queries.h"
#include "util/Result.h"

#include <QString>

namespace ringback {

// The call-back queue as CSV (README, "The window" (Call-back queue)): one row
// per waiting caller in queue order, with the columns of kColumns. RFC 4180
// quoting, CRLF line ends, UTF-8; waiting_since is ISO 8601 UTC; a cell a
// spreadsheet would run as a formula is prefixed with '. The file appears
// only when complete.
class QueueExport
{
public:
    static RINGBACK_CORE_EXPORT const char *const kColumns;

    // What the queue shows as a caller's last message: their newest reply
    // on one line (at most 200 characters), else the conversation's preview.
    static QString lastMessage(Queries &queries, const Conversation &conversation);
    // One CSV line (no line end). position counts from 1.
    static QString csvRow(int position, const Conversation &c, const QString &lastMessage);
    static Status writeCsv(Database &db, const QString &path, qint64 nowMs);
};

} // namespace ringback
