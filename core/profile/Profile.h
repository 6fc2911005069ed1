#pragma once

#include "util/Result.h"

#include <QLockFile>
#include <QString>

#include <memory>

namespace ringback {

// Where one office's data lives: the database, settings and provider data.
// By default the platform's app-data folder (QStandardPaths); --profile DIR
// puts everything under DIR instead.
class Profile
{
public:
    explicit Profile(QString dir);
    static QString defaultDir();

    const QString &dir() const { return m_dir; }
    QString databasePath() const;
    QString settingsPath() const;
    QString providerDataDir(const QString &providerId) const;
    // Accepted webhooks not yet handled (webhook::WebhookSpool).
    QString webhookSpoolDir() const;

    // Only one engine may run per profile: two would text the same callers.
    // Fails with a clear message when another Ringback holds the lock.
    Status lockEngine();
    bool holdsEngineLock() const { return m_lock && m_lock->isLocked(); }

private:
    QString m_dir;
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace ringback
