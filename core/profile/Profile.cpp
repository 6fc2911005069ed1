#include "profile/Profile.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace ringback {

Profile::Profile(QString dir)
    : m_dir(QDir(dir.isEmpty() ? defaultDir() : dir).absolutePath())
{
    QDir().mkpath(m_dir);
}

QString Profile::defaultDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString Profile::databasePath() const
{
    return m_dir + QLatin1String("/ringback.sqlite");
}

QString Profile::settingsPath() const
{
    return m_dir + QLatin1String("/settings.ini");
}

QString Profile::providerDataDir(const QString &providerId) const
{
    const QString path = m_dir + QLatin1String("/providers/") + providerId;
    QDir().mkpath(path);
    return path;
}

QString Profile::webhookSpoolDir() const
{
    return m_dir + QLatin1String("/webhook-spool");
}

Status Profile::lockEngine()
{
    if (holdsEngineLock())
        return {};
    m_lock = std::make_unique<QLockFile>(m_dir + QLatin1String("/engine.lock"));
    m_lock->setStaleLockTime(0); // a crashed owner is detected by its dead PID
    if (m_lock->tryLock(0))
        return {};
    qint64 pid = 0;
    QString host, app;
    m_lock->getLockInfo(&pid, &host, &app);
    m_lock.reset();
    return Error(QCoreApplication::translate(
                     "ringback::Profile",
                     "Ringback is already running on this profile (process %1 on %2). "
                     "Only one copy may send texts for %3.")
                     .arg(pid)
                     .arg(host, m_dir));
}

} // namespace ringback
