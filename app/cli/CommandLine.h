#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace ringback {

// The command line is a public contract (README, "Command line"): scripts
// depend on these options. Add options; never rename or change one.
struct CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(ringback::CommandLine)

public:
    enum class Mode { Window, Headless, Export, Version, Help, Error };

    Mode mode = Mode::Window;
    QString profileDir;
    QString providerId;
    QString providerConfigPath;
    QString exportPath;
    QString helpText;
    QString error;

    // Parsed without a QCoreApplication: --help and --version must work with
    // no display at all.
    static CommandLine parse(const QStringList &arguments);
};

} // namespace ringback
