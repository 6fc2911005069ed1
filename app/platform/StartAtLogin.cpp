#include "platform/StartAtLogin.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>

namespace ringback {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ringback::StartAtLogin)
};

#ifdef Q_OS_WIN
const char kRunKey[] = "HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Run";
const char kRunValue[] = "Ringback";
#endif

Status writeFile(const QString &path, const QByteArray &content)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return Error(
            Tr::tr("Cannot create the folder for %1.").arg(QDir::toNativeSeparators(path)));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size()
        || !file.commit()) {
        return Error(
            Tr::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    return {};
}

Status removeFile(const QString &path)
{
    QFile file(path);
    if (file.exists() && !file.remove()) {
        return Error(
            Tr::tr("Cannot remove %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    return {};
}

QString xmlEscaped(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

StartAtLogin::Command StartAtLogin::currentCommand(const QString &profileDir)
{
    Command command;
    command.program = QCoreApplication::applicationFilePath();
    if (!profileDir.isEmpty())
        command.arguments << QStringLiteral("--profile") << QDir(profileDir).absolutePath();
    return command;
}

QString StartAtLogin::location()
{
#if defined(Q_OS_WIN)
    return QLatin1String(kRunKey) + QLatin1Char('\\') + QLatin1String(kRunValue);
#elif defined(Q_OS_MACOS)
    return launchAgentPath();
#else
    return xdgAutostartPath();
#endif
}

bool StartAtLogin::isEnabled()
{
#if defined(Q_OS_WIN)
    const QSettings run(QLatin1String(kRunKey), QSettings::NativeFormat);
    return run.contains(QLatin1String(kRunValue));
#else
    return QFileInfo::exists(location());
#endif
}

Status StartAtLogin::enable(const Command &command)
{
#if defined(Q_OS_WIN)
    QSettings run(QLatin1String(kRunKey), QSettings::NativeFormat);
    run.setValue(QLatin1String(kRunValue), windowsRunCommand(command));
    run.sync();
    if (run.status() != QSettings::NoError)
        return Error(Tr::tr("Cannot write the start-at-login setting to the registry."));
    return {};
#elif defined(Q_OS_MACOS)
    return writeFile(launchAgentPath(), launchAgentPlist(command));
#else
    return writeFile(xdgAutostartPath(), xdgAutostartEntry(command));
#endif
}

Status StartAtLogin::disable()
{
#if defined(Q_OS_WIN)
    QSettings run(QLatin1String(kRunKey), QSettings::NativeFormat);
    run.remove(QLatin1String(kRunValue));
    run.sync();
    if (run.status() != QSettings::NoError)
        return Error(Tr::tr("Cannot remove the start-at-login setting from the registry."));
    return {};
#else
    return removeFile(location());
#endif
}

QString StartAtLogin::xdgAutostartPath()
{
    // $XDG_CONFIG_HOME, or ~/.config when it is not set.
    const QString config = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
    return config + QLatin1String("/autostart/") + appId() + QLatin1String(".desktop");
}

QString StartAtLogin::desktopExecArgument(const QString &argument)
{
    // Desktop Entry Specification, "The Exec key": an argument with a reserved
    // character is double-quoted, and inside the quotes ", `, $ and \ take a
    // backslash. A literal % is written %%. Then the string-value escaping
    // applies on top: every backslash is doubled.
    static const QString reserved = QStringLiteral(" \t\n\"'\\><~|&;$*?#()`");
    bool needsQuotes = argument.isEmpty();
    for (const QChar c : argument)
        needsQuotes = needsQuotes || reserved.contains(c);
    QString quoted;
    if (needsQuotes) {
        quoted += QLatin1Char('"');
        for (const QChar c : argument) {
            if (c == QLatin1Char('"') || c == QLatin1Char('`') || c == QLatin1Char('$')
                || c == QLatin1Char('\\'))
                quoted += QLatin1Char('\\');
            quoted += c;
        }
        quoted += QLatin1Char('"');
    } else {
        quoted = argument;
    }
    quoted.replace(QLatin1Char('%'), QLatin1String("%%"));
    quoted.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    quoted.replace(QLatin1Char('\n'), QLatin1String("\\n"));
    return quoted;
}

QByteArray StartAtLogin::xdgAutostartEntry(const Command &command)
{
    QStringList exec{desktopExecArgument(command.program)};
    for (const QString &argument : command.arguments)
        exec << desktopExecArgument(argument);
    QString entry;
    entry += QLatin1String("[Desktop Entry]\n");
    entry += QLatin1String("Type=Application\n");
    entry += QLatin1String("Name=Ringback\n");
    entry += QLatin1String("Comment=") + Tr::tr("Text back the callers your business missed")
             + QLatin1Char('\n');
    entry += QLatin1String("Exec=") + exec.join(QLatin1Char(' ')) + QLatin1Char('\n');
    entry += QLatin1String("Icon=") + appId() + QLatin1Char('\n');
    entry += QLatin1String("Terminal=false\n");
    entry += QLatin1String("X-GNOME-Autostart-enabled=true\n");
    return entry.toUtf8();
}

QString StartAtLogin::launchAgentPath()
{
    return QDir::homePath() + QLatin1String("/Library/LaunchAgents/") + appId()
           + QLatin1String(".plist");
}

QByteArray StartAtLogin::launchAgentPlist(const Command &command)
{
    QString plist;
    plist += QLatin1String("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                           "<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\" "
                           "\"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">\n"
                           "<plist version=\"1.0\">\n"
                           "<dict>\n"
                           "    <key>Label</key>\n");
    plist += QLatin1String("    <string>") + xmlEscaped(appId()) + QLatin1String("</string>\n");
    plist += QLatin1String("    <key>ProgramArguments</key>\n    <array>\n");
    for (const QString &argument : QStringList{command.program} + command.arguments)
        plist += QLatin1String("        <string>") + xmlEscaped(argument)
                 + QLatin1String("</string>\n");
    plist += QLatin1String("    </array>\n"
                           "    <key>RunAtLoad</key>\n    <true/>\n"
                           "    <key>ProcessType</key>\n    <string>Interactive</string>\n"
                           "</dict>\n"
                           "</plist>\n");
    return plist.toUtf8();
}

QString StartAtLogin::windowsRunCommand(const Command &command)
{
    // The program always in quotes (its folder may hold spaces: "Program
    // Files"), the arguments only when they need them.
    auto quoted = [](QString text) -> QString {
        text.replace(QLatin1Char('"'), QLatin1String("\\\""));
        return QLatin1Char('"') + text + QLatin1Char('"');
    };
    QStringList parts{quoted(QDir::toNativeSeparators(command.program))};
    for (const QString &argument : command.arguments) {
        const bool plain = !argument.isEmpty() && !argument.contains(QLatin1Char(' '))
                           && !argument.contains(QLatin1Char('\t'))
                           && !argument.contains(QLatin1Char('"'));
        parts << (plain ? argument : quoted(argument));
    }
    return parts.join(QLatin1Char(' '));
}

} // namespace ringback
