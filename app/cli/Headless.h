#pragma once

#include <QObject>

namespace ringback {

// Turns SIGINT/SIGTERM (Ctrl+C / console close on Windows) into a clean
// QCoreApplication::quit(), using the self-pipe trick: a signal handler may
// only write to a pipe, the event loop reads it.
class ShutdownSignals final : public QObject
{
    Q_OBJECT

public:
    explicit ShutdownSignals(QObject *parent = nullptr);
    ~ShutdownSignals() override;
    Q_DISABLE_COPY_MOVE(ShutdownSignals)

signals:
    void shutdownRequested(int signalNumber);
};

class EngineSession;
// Runs the engine with no window until a shutdown signal. Returns the exit code.
int runHeadless(EngineSession &session);

} // namespace ringback
