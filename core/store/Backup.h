#pragma once

#include "util/Result.h"

#include <QString>

#include <functional>

class QObject;

namespace ringback {

class Database;

// "Back up now" (README, "The window": Settings › General): a complete,
// consistent copy of the database taken while Ringback runs, with SQLite's
// VACUUM INTO (https://www.sqlite.org/lang_vacuum.html#vacuuminto). The copy
// goes to "<file>.part" first: an earlier backup at `file` stays until the
// new one is complete.
namespace backup {

// The copy, on the calling thread through `db`.
Status copyTo(Database &db, const QString &file);

// The same on a thread of its own, with its own connection to the database
// at `databasePath` (store/OwnConnection.h): the caller's thread never waits.
void start(const QString &databasePath,
           const QString &file,
           QObject *context,
           std::function<void(const Status &)> done);

} // namespace backup
} // namespace ringback
