#pragma once

#include "session/EngineSession.h"

#include <QEventLoop>
#include <QObject>
#include <QTimer>

#include <optional>

namespace ringback::test {

// Opens a session and waits for it: tests may wait, the app never does
// (app/cli/Runner.cpp runs its event loop until the keychain answered).
inline Result<std::unique_ptr<EngineSession>> openSession(const SessionOptions &options,
                                                          int timeoutMs = 30000)
{
    std::optional<Result<std::unique_ptr<EngineSession>>> opened;
    QObject context;
    QEventLoop loop;
    EngineSession::open(
        options, &context, [&opened, &loop](Result<std::unique_ptr<EngineSession>> result) {
            opened.emplace(std::move(result));
            loop.quit();
        });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    if (!opened)
        loop.exec();
    if (!opened)
        return Error(QStringLiteral("the session did not open within %1 ms").arg(timeoutMs));
    return std::move(*opened);
}

} // namespace ringback::test
