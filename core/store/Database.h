#pragma once

#include "util/Result.h"

#include <QSqlDatabase>
#include <QString>

namespace ringback {

// One named Qt Sql connection to the store, opened on the calling thread and
// used only there. Opening applies the pragmas (WAL, FULL sync, foreign keys)
// and every pending migration.
class Database
{
public:
    Database() = default;
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // filePath ":memory:" is accepted for tests of a single connection.
    Status open(const QString &filePath, const QString &connectionName);
    void close();
    bool isOpen() const;

    QSqlDatabase &db() { return m_db; }
    const QString &connectionName() const { return m_name; }
    const QString &filePath() const { return m_path; }

    int schemaVersion();

private:
    QSqlDatabase m_db;
    QString m_name;
    QString m_path;
};

// BEGIN IMMEDIATE ... COMMIT, rolled back unless committed. IMMEDIATE takes the
// write lock up front, so a read-then-write transaction cannot fail halfway
// with SQLITE_BUSY (Qt's transaction() sends a deferred BEGIN).
class Transaction
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isActive() const { return m_active; }
    Status commit();
    void rollback();

private:
    Database &m_db;
    bool m_active = false;
};

} // namespace ringback
