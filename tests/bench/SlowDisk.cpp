#include "SlowDisk.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <atomic>
#include <chrono>
#include <thread>

#ifdef RINGBACK_BENCH_HAVE_SQLITE3
#include <sqlite3.h>
#endif

namespace ringback::bench::slowdisk {

namespace {

std::atomic<int> g_delayMs{0};
std::atomic<qint64> g_syncs{0};

} // namespace

#ifdef RINGBACK_BENCH_HAVE_SQLITE3

namespace {

// A file of the shim: its own header, then the wrapped VFS's file (szOsFile
// of the shim is both sizes together).
struct ShimFile
{
    sqlite3_file base;
    sqlite3_file *real;
};

sqlite3_vfs *g_real = nullptr;
sqlite3_vfs g_shim;
bool g_installed = false;

sqlite3_file *real(sqlite3_file *file)
{
    return reinterpret_cast<ShimFile *>(file)->real;
}

int shimClose(sqlite3_file *file)
{
    sqlite3_file *r = real(file);
    const int rc = r->pMethods ? r->pMethods->xClose(r) : SQLITE_OK;
    file->pMethods = nullptr;
    return rc;
}

int shimRead(sqlite3_file *file, void *buffer, int amount, sqlite3_int64 offset)
{
    return real(file)->pMethods->xRead(real(file), buffer, amount, offset);
}

int shimWrite(sqlite3_file *file, const void *buffer, int amount, sqlite3_int64 offset)
{
    return real(file)->pMethods->xWrite(real(file), buffer, amount, offset);
}

int shimTruncate(sqlite3_file *file, sqlite3_int64 size)
{
    return real(file)->pMethods->xTruncate(real(file), size);
}

// The slow part: the delay, then the real sync.
int shimSync(sqlite3_file *file, int flags)
{
    ++g_syncs;
    if (const int ms = g_delayMs.load(); ms > 0)
        std::this_thread::sleep_for(std::chrono::milliseconds(ms));
    return real(file)->pMethods->xSync(real(file), flags);
}

int shimFileSize(sqlite3_file *file, sqlite3_int64 *size)
{
    return real(file)->pMethods->xFileSize(real(file), size);
}

int shimLock(sqlite3_file *file, int lock)
{
    return real(file)->pMethods->xLock(real(file), lock);
}

int shimUnlock(sqlite3_file *file, int lock)
{
    return real(file)->pMethods->xUnlock(real(file), lock);
}

int shimCheckReservedLock(sqlite3_file *file, int *out)
{
    return real(file)->pMethods->xCheckReservedLock(real(file), out);
}

int shimFileControl(sqlite3_file *file, int op, void *arg)
{
    return real(file)->pMethods->xFileControl(real(file), op, arg);
}

int shimSectorSize(sqlite3_file *file)
{
    return real(file)->pMethods->xSectorSize(real(file));
}

int shimDeviceCharacteristics(sqlite3_file *file)
{
    return real(file)->pMethods->xDeviceCharacteristics(real(file));
}

int shimShmMap(sqlite3_file *file, int page, int pageSize, int extend, void volatile **out)
{
    return real(file)->pMethods->xShmMap(real(file), page, pageSize, extend, out);
}

int shimShmLock(sqlite3_file *file, int offset, int n, int flags)
{
    return real(file)->pMethods->xShmLock(real(file), offset, n, flags);
}

void shimShmBarrier(sqlite3_file *file)
{
    real(file)->pMethods->xShmBarrier(real(file));
}

int shimShmUnmap(sqlite3_file *file, int deleteFlag)
{
    return real(file)->pMethods->xShmUnmap(real(file), deleteFlag);
}

int shimFetch(sqlite3_file *file, sqlite3_int64 offset, int amount, void **out)
{
    return real(file)->pMethods->xFetch(real(file), offset, amount, out);
}

int shimUnfetch(sqlite3_file *file, sqlite3_int64 offset, void *page)
{
    return real(file)->pMethods->xUnfetch(real(file), offset, page);
}

// Version 3 of the methods (shared memory for WAL, memory-mapped reads).
// The files of the wrapped VFS must have them all: install() checks that
// the default VFS is one whose files do (unix, win32).
const sqlite3_io_methods kMethods = {
    3,
    shimClose,
    shimRead,
    shimWrite,
    shimTruncate,
    shimSync,
    shimFileSize,
    shimLock,
    shimUnlock,
    shimCheckReservedLock,
    shimFileControl,
    shimSectorSize,
    shimDeviceCharacteristics,
    shimShmMap,
    shimShmLock,
    shimShmBarrier,
    shimShmUnmap,
    shimFetch,
    shimUnfetch,
};

int shimOpen(sqlite3_vfs *, const char *name, sqlite3_file *file, int flags, int *outFlags)
{
    auto *shim = reinterpret_cast<ShimFile *>(file);
    shim->real = reinterpret_cast<sqlite3_file *>(shim + 1);
    const int rc = g_real->xOpen(g_real, name, shim->real, flags, outFlags);
    // A failed open leaves pMethods null: SQLite then calls no method.
    file->pMethods = rc == SQLITE_OK && shim->real->pMethods ? &kMethods : nullptr;
    if (file->pMethods && shim->real->pMethods->iVersion < 3) {
        shim->real->pMethods->xClose(shim->real);
        file->pMethods = nullptr;
        return SQLITE_CANTOPEN;
    }
    return rc;
}

} // namespace

bool install(QString *why)
{
    if (g_installed)
        return true;
    g_real = sqlite3_vfs_find(nullptr);
    if (!g_real) {
        *why = QStringLiteral("SQLite has no default VFS");
        return false;
    }
    // Everything but opening a file is the wrapped VFS's own (its pAppData
    // too, which the unix VFS reads); files opened through the shim are shims.
    g_shim = *g_real;
    g_shim.pNext = nullptr;
    g_shim.zName = "ringback-bench-slow-sync";
    g_shim.szOsFile = int(sizeof(ShimFile)) + g_real->szOsFile;
    g_shim.xOpen = shimOpen;
    if (const int rc = sqlite3_vfs_register(&g_shim, 1); rc != SQLITE_OK) {
        *why = QStringLiteral("sqlite3_vfs_register failed: %1").arg(rc);
        return false;
    }
    g_installed = true;
    return true;
}

#else

bool install(QString *why)
{
    *why = QStringLiteral("bench_gui was built without SQLite's development files "
                          "(CMake found no SQLite3)");
    return false;
}

#endif

void setDelayMs(int ms)
{
    g_delayMs = ms;
}

int delayMs()
{
    return g_delayMs;
}

qint64 syncs()
{
    return g_syncs;
}

bool probe(const QString &dir, QString *why)
{
    const QString path = dir + QStringLiteral("/slow-disk-probe.sqlite");
    const QString name = QStringLiteral("bench-slow-disk-probe");
    const qint64 before = syncs();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            q.exec(QStringLiteral("PRAGMA synchronous = FULL"));
            q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS probe (x)"));
            q.exec(QStringLiteral("INSERT INTO probe VALUES (1)"));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    for (const char *suffix : {"", "-journal", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
    const qint64 seen = syncs() - before;
    if (seen > 0) {
        *why = QStringLiteral("a commit through Qt's SQLite driver made %1 syncs, all delayed")
                   .arg(seen);
        return true;
    }
    *why = QStringLiteral("a commit through Qt's SQLite driver made no sync through the shim: "
                          "the driver uses a SQLite of its own, the slow disk is not in effect");
    return false;
}

} // namespace ringback::bench::slowdisk
