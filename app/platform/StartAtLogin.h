#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace ringback {

// Starts Ringback when the user logs in, the way each desktop expects it:
//   Linux    an XDG autostart entry, $XDG_CONFIG_HOME/autostart/<app id>.desktop
//   Windows  the value "Ringback" under HKCU\Software\Microsoft\Windows\CurrentVersion\Run
//   macOS    a LaunchAgent, ~/Library/LaunchAgents/<app id>.plist
// Only the current user is affected; nothing needs administrator rights.
class StartAtLogin
{
public:
    struct Command
    {
        QString program;
        QStringList arguments;
    };

    // This executable, with --profile DIR when DIR is not empty.
    static Command currentCommand(const QString &profileDir = {});

    static bool isEnabled();
    static Status enable(const Command &command);
    static Status disable();

    // Where the entry lives on this platform (a file, or the registry value).
    static QString location();

    // The pieces, public so that tests check them on any platform.
    static QString appId() { return QStringLiteral("app.ringback.Ringback"); }
    static QString xdgAutostartPath();
    static QByteArray xdgAutostartEntry(const Command &command);
    static QString launchAgentPath();
    static QByteArray launchAgentPlist(const Command &command);
    static QString windowsRunCommand(const Command &command);
    // One argument of a desktop entry's Exec key, quoted and escaped.
    static QString desktopExecArgument(const QString &argument);
};

} // namespace ringback
