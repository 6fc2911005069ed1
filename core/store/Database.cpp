#include "store/Database.h"

#include "store/Migrations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

namespace ringback {

Q_LOGGING_CATEGORY(lcDatabase, "ringback.core.store")

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ringback::Database)
};

} // namespace

Database::~Database()
{
    close();
}

Status Database::open(const QString &filePath, const QString &connectionName)
{
    close();
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        return Error(
            Tr::tr("The SQLite driver for Qt is not installed (package libqt6sql6-sqlite)."));
    if (filePath != QLatin1String(":memory:"))
        QDir().mkpath(QFileInfo(filePath).absolutePath());

    m_name = connectionName;
    m_path = filePath;
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    m_db.setDatabaseName(filePath);
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!m_db.open()) {
        const QString why = m_db.lastError().text();
        close();
        return Error(Tr::tr("Cannot open the database %1: %2").arg(filePath, why));
    }

    // WAL lets readers work while the engine writes. FULL makes every commit
    // durable before we act on it: a decision and its outbox row must survive
    // a power cut before the text is sent.
    static const char *const pragmas[] = {
        "PRAGMA journal_mode = WAL",
        "PRAGMA synchronous = FULL",
        "PRAGMA foreign_keys = ON",
        "PRAGMA temp_store = MEMORY",
        "PRAGMA cache_size = -16000",
    };
    for (const char *pragma : pragmas) {
        QSqlQuery q(m_db);
        if (!q.exec(QString::fromLatin1(pragma))) {
            const QString why = q.lastError().text();
            q.finish();
            close();
            return Error(Tr::tr("The database %1 cannot be used: %2").arg(filePath, why));
        }
    }
    {
        // A quick read proves the file is a database at all.
        QSqlQuery q(m_db);
        if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master"))) {
            const QString why = q.lastError().text();
            q.finish();
            close();
            return Error(Tr::tr("The file %1 is not a Ringback database or is damaged: %2")
                             .arg(filePath, why));
        }
    }
    const Status migrated = Migrations::apply(m_db);
    if (!migrated) {
        close();
        return Error(
            Tr::tr("Cannot upgrade the database %1: %2").arg(filePath, migrated.errorMessage()));
    }
    return {};
}

void Database::close()
{
    if (m_name.isEmpty())
        return;
    if (m_db.isOpen())
        m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
    m_name.clear();
}

bool Database::isOpen() const
{
    return m_db.isOpen();
}

int Database::schemaVersion()
{
    return Migrations::currentVersion(m_db);
}

Transaction::Transaction(Database &db)
    : m_db(db)
{
    QSqlQuery q(m_db.db());
    m_active = q.exec(QStringLiteral("BEGIN IMMEDIATE"));
    if (!m_active)
        qCWarning(lcDatabase) << "cannot begin a transaction:" << q.lastError().text();
}

Transaction::~Transaction()
{
    if (m_active)
        rollback();
}

Status Transaction::commit()
{
    if (!m_active)
        return Error(Tr::tr("No transaction is open."));
    QSqlQuery q(m_db.db());
    if (!q.exec(QStringLiteral("COMMIT"))) {
        const QString why = q.lastError().text();
        rollback();
        return Error(why);
    }
    m_active = false;
    return {};
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    QSqlQuery q(m_db.db());
    if (!q.exec(QStringLiteral("ROLLBACK")))
        qCWarning(lcDatabase) << "rollback failed:" << q.lastError().text();
    m_active = false;
}

} // namespace ringback
