#include "cli/Runner.h"

#include "cli/CommandLine.h"
#include "cli/Headless.h"
#include "cli/Language.h"
#include "cli/SingleInstance.h"
#include "export/Exporter.h"
#include "gui/window/MainWindow.h"
#include "profile/Profile.h"
#include "session/EngineSession.h"
#include "store/Database.h"

#include <QApplication>
#include <QFileInfo>
#include <QIcon>
#include <QMessageBox>
#include <QTextStream>

#include <cstdio>

#include <optional>

namespace ringback {
namespace {

void setApplicationNames()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Ringback"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("ringback.app"));
    QCoreApplication::setApplicationName(QStringLiteral("Ringback"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RINGBACK_VERSION));
}

void setWindowIdentity()
{
    // The desktop entry's name (Wayland and taskbars match windows to it) and
    // the icon at every size, for systems that take it from the window.
    QGuiApplication::setDesktopFileName(QStringLiteral("app.ringback.Ringback"));
    QIcon icon;
    for (const int size : {16, 22, 24, 32, 48, 64, 128, 256, 512})
        icon.addFile(QStringLiteral(":/icons/ringback-%1.png").arg(size), QSize(size, size));
    QApplication::setWindowIcon(icon);
}

void bringToFront(QWidget &window)
{
    window.setWindowState((window.windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
    window.show();
    window.raise();
    window.activateWindow();
}

QStringList argumentsOf(int argc, char *argv[])
{
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    return args;
}

void printErr(const QString &text)
{
    QTextStream(stderr) << text << Qt::endl;
}

int runExport(const CommandLine &cl)
{
    // Export reads only: it works beside a running Ringback (WAL readers do
    // not block the writer) and never takes the engine lock.
    Profile profile(cl.profileDir);
    if (!QFileInfo::exists(profile.databasePath())) {
        printErr(QCoreApplication::translate("ringback::Runner", "No Ringback data in %1.")
                     .arg(profile.dir()));
        return 1;
    }
    Database db;
    Status ok = db.open(profile.databasePath(), QStringLiteral("ringback-export"));
    if (ok)
        ok = Exporter::write(db, cl.exportPath);
    if (!ok) {
        printErr(ok.errorMessage());
        return 1;
    }
    return 0;
}

SessionOptions sessionOptions(const CommandLine &cl)
{
    SessionOptions options;
    options.profileDir = cl.profileDir;
    options.providerId = cl.providerId;
    options.providerConfigPath = cl.providerConfigPath;
    return options;
}

// Opens the engine's session: the application's event loop runs until the
// keychain has answered (asynchronously; no local event loop), then stops
// for the caller to go on.
Result<std::unique_ptr<EngineSession>> openSession(const CommandLine &cl)
{
    std::optional<Result<std::unique_ptr<EngineSession>>> opened;
    EngineSession::open(sessionOptions(cl),
                        QCoreApplication::instance(),
                        [&opened](Result<std::unique_ptr<EngineSession>> result) {
                            opened.emplace(std::move(result));
                            QCoreApplication::exit(0);
                        });
    QCoreApplication::exec();
    if (!opened)
        return Error(QCoreApplication::translate("ringback::Runner", "Start-up was interrupted."));
    return std::move(*opened);
}

int runWindow(const CommandLine &cl)
{
    // One window per profile: a second launch brings the first to the front
    // and leaves. (A headless engine on the profile does not listen; the
    // engine lock below refuses the window then.)
    SingleInstance instance(Profile(cl.profileDir).dir());
    if (instance.notifyRunning())
        return 0;
    auto session = openSession(cl);
    if (!session) {
        QMessageBox::critical(
            nullptr,
            QCoreApplication::translate("ringback::Runner", "Ringback cannot start"),
            session.errorMessage());
        return 1;
    }
    Database readDb;
    const Status ok
        = readDb.open(session.value()->profile().databasePath(), QStringLiteral("ringback-gui"));
    if (!ok) {
        QMessageBox::critical(
            nullptr,
            QCoreApplication::translate("ringback::Runner", "Ringback cannot start"),
            ok.errorMessage());
        return 1;
    }
    int rc = 0;
    {
        gui::MainWindow window(*session.value(), readDb);
        // The window hides to the tray when closed; it says when to end.
        QApplication::setQuitOnLastWindowClosed(false);
        QObject::connect(&window, &gui::MainWindow::quitRequested, qApp, &QCoreApplication::quit);
        instance.listen();
        QObject::connect(&instance, &SingleInstance::raiseRequested, &window, [&window] {
            bringToFront(window);
        });
        window.show();
        session.value()->start();
        rc = QApplication::exec();
    }
    session.value()->close();
    return rc;
}

} // namespace

int runMain(int argc, char *argv[])
{
    CommandLine cl = CommandLine::parse(argumentsOf(argc, argv));
    switch (cl.mode) {
    case CommandLine::Mode::Help: {
        // In the office's language: parse again once the catalogue is in.
        QCoreApplication app(argc, argv);
        setApplicationNames();
        Language::installFor(Profile(cl.profileDir).settingsPath());
        cl = CommandLine::parse(argumentsOf(argc, argv));
        QTextStream(stdout) << cl.helpText;
        return 0;
    }
    case CommandLine::Mode::Version:
        QTextStream(stdout) << "Ringback " << RINGBACK_VERSION << Qt::endl;
        return 0;
    case CommandLine::Mode::Error:
        printErr(cl.error);
        printErr(QCoreApplication::translate("ringback::Runner", "Try 'ringback --help'."));
        return 2;
    case CommandLine::Mode::Export:
    case CommandLine::Mode::Headless: {
        QCoreApplication app(argc, argv);
        setApplicationNames();
        // Messages, and the texts the engine sends, in the office's language.
        Language::installFor(Profile(cl.profileDir).settingsPath());
        if (cl.mode == CommandLine::Mode::Export)
            return runExport(cl);
        auto session = openSession(cl);
        if (!session) {
            printErr(session.errorMessage());
            return 1;
        }
        return runHeadless(*session.value());
    }
    case CommandLine::Mode::Window: {
        QApplication app(argc, argv);
        setApplicationNames();
        setWindowIdentity();
        // Before the engine and the window exist: both translate when built.
        Language::installFor(Profile(cl.profileDir).settingsPath());
        return runWindow(cl);
    }
    }
    return 0;
}

} // namespace ringback
