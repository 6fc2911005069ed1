#pragma once

// bench_gui's "slow disk": every sync SQLite asks of the file system (the
// fsync of each durable commit, of the WAL at a checkpoint, of a VACUUM INTO
// copy) takes `delayMs` longer, as on a slow or networked disk. Reads and
// writes are untouched: a slow sync is what a durable commit waits for.
//
// How: a SQLite VFS shim (https://www.sqlite.org/vfs.html) registered as the
// process's default VFS with sqlite3_vfs_register(). It wraps the default VFS
// and forwards every call, adding a sleep before each xSync. Qt's QSQLITE
// driver opens databases with the default VFS, so this reaches Ringback's
// own connections without touching Ringback's code, provided the driver uses
// the same SQLite library as this program (Debian's libqsqlite.so links the
// system's libsqlite3.so.0; a Qt built with its bundled SQLite does not).
// probe() checks that it really does by counting the syncs of a commit.

#include <QString>

namespace ringback::bench::slowdisk {

// Registers the shim as the default VFS (once); false, with why, when this
// build has no SQLite of its own to register it with.
bool install(QString *why);
// The delay each sync gets from now on; 0 passes syncs straight through.
void setDelayMs(int ms);
int delayMs();
// Syncs that went through the shim since install().
qint64 syncs();
// Opens a scratch database in `dir` through Qt's QSQLITE driver and commits
// one row: true when the commit's sync went through the shim. `why` says
// what was seen.
bool probe(const QString &dir, QString *why);

} // namespace ringback::bench::slowdisk
