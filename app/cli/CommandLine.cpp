#include "cli/CommandLine.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace ringback {

CommandLine CommandLine::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Ringback texts back the callers your business missed and "
                                        "keeps their replies as conversations."));
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")},
                                        tr("Show this help and exit."));
    const QCommandLineOption versionOption(QStringLiteral("version"),
                                           tr("Show the version and exit."));
    const QCommandLineOption profileOption(
        QStringLiteral("profile"),
        tr("Keep all data and settings under <dir> instead of the default folder."),
        tr("dir"));
    const QCommandLineOption headlessOption(
        QStringLiteral("headless"),
        tr("Run the engine (receive, decide, send) with no window until "
           "interrupted (SIGINT/SIGTERM)."));
    const QCommandLineOption providerOption(QStringLiteral("provider"),
                                            tr("Use the provider <id> (simulator, twilio, ...)."),
                                            tr("id"));
    const QCommandLineOption configOption(
        QStringLiteral("provider-config"),
        tr("Read the provider's settings from the JSON <file> (keys are the "
           "provider's setting names; secrets may come from "
           "RINGBACK_<PROVIDER>_<FIELD> instead)."),
        tr("file"));
    const QCommandLineOption exportOption(
        QStringLiteral("export"),
        tr("Write every conversation to <file> (.json or .csv) and exit."),
        tr("file"));
    parser.addOptions({helpOption,
                       versionOption,
                       profileOption,
                       headlessOption,
                       providerOption,
                       configOption,
                       exportOption});

    CommandLine cl;
    cl.helpText = parser.helpText();
    // QCommandLineParser names the program after the running application;
    // without one it says "<unknown>", so say what users type.
    // (Qt 6.4 writes "<executable_name>", earlier ones "<unknown>").
    cl.helpText.replace(QLatin1String("<unknown>"), QLatin1String("ringback"));
    cl.helpText.replace(QLatin1String("<executable_name>"), QLatin1String("ringback"));
    if (!parser.parse(arguments)) {
        cl.mode = Mode::Error;
        cl.error = parser.errorText();
        return cl;
    }
    if (!parser.positionalArguments().isEmpty()) {
        cl.mode = Mode::Error;
        cl.error = tr("Unexpected argument: %1").arg(parser.positionalArguments().constFirst());
        return cl;
    }
    cl.profileDir = parser.value(profileOption);
    cl.providerId = parser.value(providerOption);
    cl.providerConfigPath = parser.value(configOption);
    cl.exportPath = parser.value(exportOption);
    if (parser.isSet(helpOption))
        cl.mode = Mode::Help;
    else if (parser.isSet(versionOption))
        cl.mode = Mode::Version;
    else if (parser.isSet(exportOption))
        cl.mode = Mode::Export;
    else if (parser.isSet(headlessOption))
        cl.mode = Mode::Headless;
    if (cl.mode == Mode::Export && parser.isSet(headlessOption)) {
        cl.mode = Mode::Error;
        cl.error = tr("--export and --headless cannot be used together.");
    }
    return cl;
}

} // namespace ringback
