#include "store/Backup.h"

#include "store/Database.h"
#include "store/OwnConnection.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

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
    runWithOwnConnection(
        databasePath, [file](Database &db) { return copyTo(db, file); }, context, std::move(done));
}

} // namespace ringback::backup
