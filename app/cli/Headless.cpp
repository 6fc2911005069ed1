#include "cli/Headless.h"

#include "session/EngineClient.h"
#include "session/EngineSession.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#ifdef Q_OS_UNIX
#include <QSocketNotifier>
#include <csignal>
#include <sys/socket.h>
#include <unistd.h>
#elif defined(Q_OS_WIN)
#include <windows.h>
#endif

namespace ringback {

Q_LOGGING_CATEGORY(lcHeadless, "ringback.app.headless")

namespace {
#ifdef Q_OS_UNIX
int g_pipe[2] = {-1, -1};

void onSignal(int signalNumber)
{
    const char byte = char(signalNumber);
    [[maybe_unused]] const auto written = ::write(g_pipe[1], &byte, 1);
}
#elif defined(Q_OS_WIN)
BOOL WINAPI onConsoleEvent(DWORD)
{
    QMetaObject::invokeMethod(
        QCoreApplication::instance(), &QCoreApplication::quit, Qt::QueuedConnection);
    return TRUE;
}
#endif
} // namespace

ShutdownSignals::ShutdownSignals(QObject *parent)
    : QObject(parent)
{
#ifdef Q_OS_UNIX
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_pipe) != 0) {
        qCWarning(lcHeadless) << "cannot watch for shutdown signals";
        return;
    }
    auto *notifier = new QSocketNotifier(g_pipe[0], QSocketNotifier::Read, this);
    connect(notifier, &QSocketNotifier::activated, this, [this] {
        char byte = 0;
        [[maybe_unused]] const auto got = ::read(g_pipe[0], &byte, 1);
        emit shutdownRequested(int(byte));
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGHUP, &action, nullptr);
#elif defined(Q_OS_WIN)
    SetConsoleCtrlHandler(onConsoleEvent, TRUE);
#endif
}

ShutdownSignals::~ShutdownSignals()
{
#ifdef Q_OS_UNIX
    signal(SIGINT, SIG_DFL);
    signal(SIGTERM, SIG_DFL);
    signal(SIGHUP, SIG_DFL);
    ::close(g_pipe[0]);
    ::close(g_pipe[1]);
    g_pipe[0] = g_pipe[1] = -1;
#endif
}

int runHeadless(EngineSession &session)
{
    ShutdownSignals shutdown;
    QObject::connect(&shutdown,
                     &ShutdownSignals::shutdownRequested,
                     QCoreApplication::instance(),
                     [](int number) {
                         qCInfo(lcHeadless) << "signal" << number << "received, shutting down";
                         QCoreApplication::quit();
                     });
    EngineClient &engine = session.client();
    QObject::connect(&engine,
                     &EngineClient::providerStateChanged,
                     &shutdown,
                     [](ConnectionState state, const QString &detail) {
                         qCInfo(lcHeadless).noquote() << "provider" << toString(state) << detail;
                     });
    QObject::connect(&engine, &EngineClient::problem, &shutdown, [](const QString &message) {
        qCWarning(lcHeadless).noquote() << message;
    });
    qCInfo(lcHeadless).noquote() << "Ringback" << QStringLiteral(RINGBACK_VERSION)
                                 << "running headless on" << session.providerInfo().id
                                 << "with profile" << session.profile().dir();
    session.start();
    const int rc = QCoreApplication::exec();
    session.close();
    qCInfo(lcHeadless) << "stopped cleanly";
    return rc;
}

} // namespace ringback
