// Desktop integration: the start-at-login entry each platform expects, and
// one window per profile (a second launch raises the first and exits 0).

#include "cli/SingleInstance.h"
#include "platform/StartAtLogin.h"

#include <QDir>
#include <QFile>
#include <QLocalSocket>
#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using ringback::SingleInstance;
using ringback::StartAtLogin;

class TestDesktop : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QByteArray m_savedConfigHome;
    QByteArray m_savedRuntimeDir;

    static QByteArray readAll(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_savedConfigHome = qgetenv("XDG_CONFIG_HOME");
        m_savedRuntimeDir = qgetenv("XDG_RUNTIME_DIR");
        // A private runtime folder for the local sockets of this test.
        const QString runtime = m_dir.filePath(QStringLiteral("run"));
        QVERIFY(QDir().mkpath(runtime));
        QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtime));
    }

    void cleanupTestCase()
    {
        qputenv("XDG_CONFIG_HOME", m_savedConfigHome);
        qputenv("XDG_RUNTIME_DIR", m_savedRuntimeDir);
    }

    void xdgAutostartPathFollowsXdgConfigHome()
    {
        const QString config = m_dir.filePath(QStringLiteral("config"));
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(config));
        QCOMPARE(StartAtLogin::xdgAutostartPath(),
                 config + QLatin1String("/autostart/app.ringback.Ringback.desktop"));
    }

    void desktopExecArgument_data()
    {
        QTest::addColumn<QString>("argument");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << QStringLiteral("/usr/bin/ringback")
                               << QStringLiteral("/usr/bin/ringback");
        QTest::newRow("space") << QStringLiteral("/opt/Ring back/ringback")
                               << QStringLiteral("\"/opt/Ring back/ringback\"");
        QTest::newRow("quote and dollar")
            << QStringLiteral("a\"b$c") << QStringLiteral("\"a\\\\\"b\\\\$c\"");
        QTest::newRow("percent") << QStringLiteral("100%") << QStringLiteral("100%%");
        QTest::newRow("backslash") << QStringLiteral("C:\\x") << QStringLiteral("\"C:\\\\\\\\x\"");
        QTest::newRow("empty") << QString() << QStringLiteral("\"\"");
    }

    void desktopExecArgument()
    {
        QFETCH(QString, argument);
        QFETCH(QString, expected);
        QCOMPARE(StartAtLogin::desktopExecArgument(argument), expected);
    }

    void xdgEntryRoundTrip()
    {
#if defined(Q_OS_WIN) || defined(Q_OS_MACOS)
        QSKIP("XDG autostart is the Linux mechanism");
#else
        const QString config = m_dir.filePath(QStringLiteral("config-roundtrip"));
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(config));
        const QString path = StartAtLogin::xdgAutostartPath();
        QCOMPARE(StartAtLogin::location(), path);
        QVERIFY(!StartAtLogin::isEnabled());

        const StartAtLogin::Command command{
            QStringLiteral("/opt/Ring back/ringback"),
            {QStringLiteral("--profile"), QStringLiteral("/srv/ortiz plumbing")}};
        const auto enabled = StartAtLogin::enable(command);
        QVERIFY2(enabled, qPrintable(enabled.errorMessage()));
        QVERIFY(StartAtLogin::isEnabled());
        const QByteArray entry = readAll(path);
        QVERIFY(entry.startsWith("[Desktop Entry]\n"));
        QVERIFY2(entry.contains(
                     "\nExec=\"/opt/Ring back/ringback\" --profile \"/srv/ortiz plumbing\"\n"),
                 entry.constData());
        QVERIFY(entry.contains("\nIcon=app.ringback.Ringback\n"));

        const QString validator
            = QStandardPaths::findExecutable(QStringLiteral("desktop-file-validate"));
        if (!validator.isEmpty()) {
            QProcess validate;
            validate.setProcessChannelMode(QProcess::MergedChannels);
            validate.start(validator, {path});
            QVERIFY(validate.waitForFinished(30000));
            QVERIFY2(validate.exitCode() == 0, validate.readAll().constData());
        }

        QVERIFY(StartAtLogin::disable());
        QVERIFY(!QFile::exists(path));
        QVERIFY(!StartAtLogin::isEnabled());
        QVERIFY(StartAtLogin::disable()); // nothing to remove is fine
#endif
    }

    void launchAgentPlist()
    {
        const QByteArray plist = StartAtLogin::launchAgentPlist(
            {QStringLiteral("/Applications/Ringback.app/Contents/MacOS/Ringback"),
             {QStringLiteral("--profile"), QStringLiteral("/Users/d/R&D <x>")}});
        QVERIFY(plist.contains("<string>app.ringback.Ringback</string>"));
        QVERIFY(plist.contains("<string>/Applications/Ringback.app/Contents/MacOS/Ringback"
                               "</string>\n        <string>--profile</string>\n"
                               "        <string>/Users/d/R&amp;D &lt;x&gt;</string>"));
        QVERIFY(plist.contains("<key>RunAtLoad</key>\n    <true/>"));
        QVERIFY(StartAtLogin::launchAgentPath().endsWith(
            QLatin1String("/Library/LaunchAgents/app.ringback.Ringback.plist")));
    }

    void windowsRunCommand()
    {
        const QString command = StartAtLogin::windowsRunCommand(
            {QStringLiteral("C:/Program Files/Ringback/bin/ringback.exe"),
             {QStringLiteral("--profile"), QStringLiteral("D:/Office Data")}});
        QCOMPARE(
            command,
            QDir::toNativeSeparators(QStringLiteral("C:/Program Files/Ringback/bin/ringback.exe"))
                    .prepend(QLatin1Char('"'))
                + QLatin1String("\" --profile \"D:/Office Data\""));
    }

    void serverNameIsPerProfileFolder()
    {
        const QString profile = m_dir.filePath(QStringLiteral("name-a"));
        QVERIFY(QDir().mkpath(profile));
        const QString same = SingleInstance::serverNameFor(profile);
        QCOMPARE(SingleInstance::serverNameFor(profile + QLatin1String("/../name-a")), same);
        QCOMPARE(SingleInstance::serverNameFor(profile + QLatin1Char('/')), same);
        QVERIFY(SingleInstance::serverNameFor(m_dir.filePath(QStringLiteral("name-b"))) != same);
    }

    void secondLaunchRaisesTheFirst()
    {
        const QString profile = m_dir.filePath(QStringLiteral("in-process"));
        QVERIFY(QDir().mkpath(profile));
        SingleInstance first(profile);
        QVERIFY(!first.notifyRunning(500)); // nobody there yet
        QVERIFY(first.listen());
        QSignalSpy raised(&first, &SingleInstance::raiseRequested);

        SingleInstance second(profile);
        QVERIFY(second.notifyRunning());
        QTRY_COMPARE(raised.count(), 1);

        SingleInstance other(m_dir.filePath(QStringLiteral("another-profile")));
        QVERIFY(!other.notifyRunning(500));
        QTest::qWait(50);
        QCOMPARE(raised.count(), 1);
    }

    void staleSocketIsReplaced()
    {
#ifdef Q_OS_UNIX
        const QString profile = m_dir.filePath(QStringLiteral("stale"));
        QVERIFY(QDir().mkpath(profile));
        SingleInstance instance(profile);
        QFile stale(instance.serverName()); // what a crashed copy leaves behind
        QVERIFY(stale.open(QIODevice::WriteOnly));
        stale.close();
        QVERIFY(!instance.notifyRunning(500));
        QVERIFY(instance.listen());
        QVERIFY(instance.isListening());
#else
        QSKIP("local sockets are files only on Unix");
#endif
    }

    void realProgramSecondWindowExitsZero()
    {
        const QString profile = m_dir.filePath(QStringLiteral("program"));
        QVERIFY(QDir().mkpath(profile));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));

        QProcess first;
        first.setProcessEnvironment(env);
        first.setProcessChannelMode(QProcess::ForwardedChannels);
        first.start(QStringLiteral(RINGBACK_EXE), {QStringLiteral("--profile"), profile});
        QVERIFY(first.waitForStarted());
        auto stopFirst = qScopeGuard([&first] {
            first.kill();
            first.waitForFinished(10000);
        });

        // The first window listens once its engine is up.
        const QString name = SingleInstance::serverNameFor(profile);
        QTRY_VERIFY_WITH_TIMEOUT(
            [&name] {
                QLocalSocket probe;
                probe.connectToServer(name);
                return probe.waitForConnected(200);
            }(),
            30000);
        QCOMPARE(first.state(), QProcess::Running);

        QProcess second;
        second.setProcessEnvironment(env);
        second.setProcessChannelMode(QProcess::ForwardedChannels);
        second.start(QStringLiteral(RINGBACK_EXE), {QStringLiteral("--profile"), profile});
        QVERIFY(second.waitForFinished(30000));
        QCOMPARE(second.exitStatus(), QProcess::NormalExit);
        QCOMPARE(second.exitCode(), 0);
        QCOMPARE(first.state(), QProcess::Running); // the first one stays
    }
};

QTEST_GUILESS_MAIN(TestDesktop)
#include "tst_desktop.moc"
