#pragma once

#include "util/Result.h"

#include <QString>

#include <functional>

class QObject;

namespace ringback {

class Database;

// Long work on the database (a backup, the dashboard's statistics) on a
// thread of its own with its own connection, so that the thread that asked
// (the window's) never waits: `work` runs on the worker with a Database
// opened on `databasePath` there; `done` gets its Status on `context`'s
// thread, and is not called if `context` is gone by then. A quit waits for
// work in progress rather than tearing its thread down.
void runWithOwnConnection(const QString &databasePath,
                          std::function<Status(Database &)> work,
                          QObject *context,
                          std::function<void(const Status &)> done);

} // namespace ringback
