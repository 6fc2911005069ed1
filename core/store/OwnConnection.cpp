#include "store/OwnConnection.h"

#include "store/Database.h"

#include <QCoreApplication>
#include <QPointer>
#include <QThread>

#include <atomic>
#include <memory>

namespace ringback {

void runWithOwnConnection(const QString &databasePath,
                          std::function<Status(Database &)> work,
                          QObject *context,
                          std::function<void(const Status &)> done)
{
    static std::atomic<int> counter{0};
    const QString connection = QStringLiteral("ringback-worker-%1").arg(++counter);
    auto result = std::make_shared<Status>();
    QThread *worker = QThread::create([databasePath, connection, result, work = std::move(work)] {
        Database db;
        Status ok = db.open(databasePath, connection);
        if (ok)
            ok = work(db);
        db.close();
        *result = ok;
    });
    worker->setObjectName(QStringLiteral("ringback-db-worker"));
    // Owned by the application: a quit waits for the work to end.
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

} // namespace ringback
