#include "store/Backup.h"

#include "store/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPointer>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <atomic>

namespace ringback::backup {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ringback::Backup)
};

} // namespace

Status copyTo(Database &db, const QString &file)
{
    const QFileInfo target(file);
    if (target.absoluteFilePath() == QFileInfo(db.filePath()).absoluteFilePath())
        return Error(Tr::tr("Choose another file: this is the database itself."));
    const QString partial = target.absoluteFilePath() + QLatin1String(".part");
    QFile::remove(partial);
    {
        QSqlQuery q(db.db());
        q.prepare(QStringLiteral("VACUUM INTO ?"));
        q.addBindValue(partial);
        if (!q.exec()) {
            const QString why = q.lastError().text();
            QFile::remove(partial);
            return Error(Tr::tr("The backup failed: %1").arg(why));
        }
    }
    if (target.exists() && !QFile::remove(target.absoluteFilePath())) {
        QFile::remove(partial);
        return Error(Tr::tr("The backup failed: %1 cannot be replaced.")
                         .arg(QDir::toNativeSeparators(target.absoluteFilePath())));
    }
    if (!QFile::rename(partial, target.absoluteFilePath())) {
        QFile::remove(partial);
        return Error(Tr::tr("The backup failed: %1 cannot be written.")
                         .arg(QDir::toNativeSeparators(target.absoluteFilePath())));
    }
    return {};
}

void start(const QString &databasePath,
           const QString &file,
           QObject *context,
           std::function<void(const Status &)> done)
{
    static std::atomic<int> counter{0};
    const QString connection = QStringLiteral("ringback-backup-%1").arg(++counter);
    auto result = std::make_shared<Status>();
    QThread *worker = QThread::create([databasePath, file, connection, result] {
        Database db;
        Status ok = db.open(databasePath, connection);
        if (ok)
            ok = copyTo(db, file);
        db.close();
        *result = ok;
    });
    worker->setObjectName(QStringLiteral("ringback-backup"));
    // Owned by the application, so a quit waits for the copy to end rather
    // than tearing the thread down under it.
    worker->setParent(QCoreApplication::instance());
    QObject::connect(QCoreApplication::instance(),
                     &QCoreApplication::aboutToQuit,
                     worker,
                     [worker] { worker->wait(); });
    QPointer<QObject> guard(context);
    QObject::connect(worker, &QThread::finished, context, [guard, result, done = std::move(done)] {
        if (guard)
            done(*result);
    });
    QObject::connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    worker->start(QThread::LowPriority);
}

} // namespace ringback::backup
