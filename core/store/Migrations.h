#pragma once

#include "util/Result.h"

#include <QSqlDatabase>

namespace ringback {

// Numbered schema migrations. Each runs in its own transaction together with
// the schema_version bump, so a crash leaves the store at N or N+1, never in
// between. Released migrations are never edited: add a new one.
class Migrations
{
public:
    static int latestVersion();
    static int currentVersion(QSqlDatabase &db);
    // Brings the schema up to `upTo` (default: the latest). Tests build an
    // older schema with it to prove the upgrade path.
    static Status apply(QSqlDatabase &db, int upTo = -1);
};

} // namespace ringback
