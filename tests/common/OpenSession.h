#pragma once

#include "session/EngineSession.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QObject>
#include <QTimer>

#include <optional>
#include <type_traits>

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

// A session on the simulator in `dir` (its profile in dir/profile), with the
// simulator's settings as JSON (quiet by default: no calls of its own).
inline Result<std::unique_ptr<EngineSession>>
openSimulatorSession(const QString &dir,
                     const QByteArray &settings = R"({"calls_per_minute": 0, "seed": 7})")
{
    const QString config = QDir(dir).filePath(QStringLiteral("simulator.json"));
    QFile file(config);
    if (!file.open(QIODevice::WriteOnly) || file.write(settings) != settings.size())
        return Error(QStringLiteral("cannot write %1").arg(config));
    file.close();
    SessionOptions options;
    options.profileDir = QDir(dir).filePath(QStringLiteral("profile"));
    options.providerId = QStringLiteral("simulator");
    options.providerConfigPath = config;
    return openSession(options);
}

// Runs work(engine) on the session's engine thread and waits for its answer
// (tests may wait; the window uses EngineClient::call). What the engine, the
// provider or the engine's database connection do in a test goes through
// here: they live on that thread.
template<typename Work>
auto onEngine(EngineSession &session, Work work) -> decltype(work(session.engine()))
{
    using R = decltype(work(session.engine()));
    if constexpr (std::is_void_v<R>) {
        QMetaObject::invokeMethod(
            &session.engine(), [&] { work(session.engine()); }, Qt::BlockingQueuedConnection);
    } else {
        std::optional<R> result;
        QMetaObject::invokeMethod(
            &session.engine(),
            [&] { result.emplace(work(session.engine())); },
            Qt::BlockingQueuedConnection);
        return std::move(*result);
    }
}

// The same for the provider (a simulated call injected, ...).
template<typename Work>
auto onProvider(EngineSession &session, Work work) -> decltype(work(session.provider()))
{
    return onEngine(session, [&](Engine &) { return work(session.provider()); });
}

} // namespace ringback::test
