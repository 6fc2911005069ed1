#include "cli/Language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLoggingCategory>
#include <QPointer>
#include <QSettings>
#include <QTranslator>

namespace ringback {

Q_LOGGING_CATEGORY(lcLanguage, "ringback.app.language")

namespace {

// What install() put in place, replaced by the next call.
QPointer<QTranslator> &ownTranslator()
{
    static QPointer<QTranslator> translator;
    return translator;
}

QPointer<QTranslator> &qtTranslator()
{
    static QPointer<QTranslator> translator;
    return translator;
}

void uninstall(QPointer<QTranslator> &translator)
{
    if (!translator)
        return;
    QCoreApplication::removeTranslator(translator);
    delete translator;
}

QString languageCode(const QLocale &locale)
{
    return QLocale::languageToCode(locale.language());
}

} // namespace

QStringList Language::available()
{
    return {QStringLiteral("en"), QStringLiteral("es")};
}

QString Language::configured(const QString &settingsPath)
{
    const QSettings settings(settingsPath, QSettings::IniFormat);
    const QString value = settings.value(settingsKey()).toString().trimmed().toLower();
    return available().contains(value) ? value : systemChoice();
}

QString Language::resolve(const QString &configured, const QLocale &system)
{
    const QString choice = configured.trimmed().toLower();
    if (available().contains(choice))
        return choice;
    // uiLanguages(): the user's preferred languages, best first ("es-US", "es", ...).
    const QStringList preferred = system.uiLanguages();
    for (const QString &name : preferred) {
        const QString code = languageCode(QLocale(name));
        if (available().contains(code))
            return code;
    }
    const QString code = languageCode(system);
    return available().contains(code) ? code : QStringLiteral("en");
}

bool Language::install(const QString &language, const QLocale &system)
{
    uninstall(ownTranslator());
    uninstall(qtTranslator());
    const QString lang = available().contains(language) ? language : QStringLiteral("en");

    // Dates, numbers and Qt's own texts in the chosen language; the system's
    // region is kept (es with a US system: es_US). A system that names no
    // region (the C locale) gets the US one Ringback is made for: "0.60",
    // not Spain's "0,60".
    const QLocale::Territory territory
        = system.territory() == QLocale::AnyTerritory ? QLocale::UnitedStates : system.territory();
    const QLocale locale
        = languageCode(system) == lang ? system : QLocale(QLocale::codeToLanguage(lang), territory);
    QLocale::setDefault(locale);

    // Ringback's own texts. English is the source language: its catalogue only
    // adds the plural forms ("1 unread" / "2 unread"), so the texts are right
    // even when it is missing.
    auto *own = new QTranslator(QCoreApplication::instance());
    const bool loaded = own->load(QStringLiteral(":/i18n/ringback_%1.qm").arg(lang));
    if (loaded) {
        QCoreApplication::installTranslator(own);
        ownTranslator() = own;
    } else {
        qCWarning(lcLanguage) << "no catalogue for language" << lang;
        delete own;
    }

    // Qt's own texts (standard buttons and dialogs): Qt's translations folder,
    // or "translations" beside the program where windeployqt/macdeployqt put it.
    if (lang != QLatin1String("en")) {
        auto *qt = new QTranslator(QCoreApplication::instance());
        const QStringList folders{
            QLibraryInfo::path(QLibraryInfo::TranslationsPath),
            QCoreApplication::applicationDirPath() + QLatin1String("/translations"),
            QCoreApplication::applicationDirPath() + QLatin1String("/../Resources/translations")};
        bool found = false;
        for (const QString &folder : folders) {
            if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), folder)) {
                found = true;
                break;
            }
        }
        if (found) {
            QCoreApplication::installTranslator(qt);
            qtTranslator() = qt;
        } else {
            qCInfo(lcLanguage) << "Qt's own catalogue for" << lang << "not found";
            delete qt;
        }
    }
    return loaded;
}

QString Language::installFor(const QString &settingsPath)
{
    const QString lang = resolve(configured(settingsPath));
    install(lang);
    return lang;
}

} // namespace ringback
