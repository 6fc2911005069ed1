#pragma once

#include <QObject>
#include <QString>

class QLocalServer;
class QLocalSocket;

namespace ringback {

// One window per profile. The first window on a profile listens on a local
// socket named after the profile folder; a later window launch on the same
// profile connects, asks the first one to come to the front ("raise") and
// exits 0. Headless engines never listen: they keep the engine lock, which
// stays the real guard against two copies texting the same callers.
class SingleInstance final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SingleInstance)

public:
    explicit SingleInstance(const QString &profileDir, QObject *parent = nullptr);
    ~SingleInstance() override;

    // The local socket name for a profile folder: stable for the same folder
    // (however it is spelt) and user, different for any other.
    static QString serverNameFor(const QString &profileDir);

    const QString &serverName() const { return m_serverName; }

    // Asks a running first window to come to the front. True when one
    // received the request: the caller should then exit.
    bool notifyRunning(int timeoutMs = 2000);

    // Becomes the first window: listens for later launches. A socket left
    // behind by a crashed copy is replaced. False (and logged) on failure.
    bool listen();
    bool isListening() const;

signals:
    void raiseRequested();

private:
    void onNewConnection();
    void readRequest(QLocalSocket *socket);

    QString m_serverName;
    QLocalServer *m_server = nullptr;
};

} // namespace ringback
