#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

namespace ringback {

// The language of the windows, of the command line's messages and of the
// shipped text-back templates. Ringback follows the system language; the
// profile's settings.ini may override it:
//
//   [ui]  language = system (default) | en | es
//
// Catalogues are translations/ringback_<lang>.ts, embedded as
// :/i18n/ringback_<lang>.qm. Install the language right after the
// QCoreApplication / QApplication exists and before anything builds a
// translated text (the engine's configuration and its default templates
// translate when they are constructed).
class Language
{
public:
    static QString settingsKey() { return QStringLiteral("ui/language"); }
    static QString systemChoice() { return QStringLiteral("system"); }

    // Languages with a catalogue: "en" (the source language) and "es".
    static QStringList available();

    // The ui/language value of a settings.ini: "system", "en" or "es". A missing,
    // empty or unknown value reads "system".
    static QString configured(const QString &settingsPath);

    // The language to show for a configured value: the override if it names an
    // available language, else the first of the system's preferred languages
    // that is available, else English.
    static QString resolve(const QString &configured, const QLocale &system = QLocale::system());

    // Installs the catalogues of `language` ("en" or "es") on the running
    // QCoreApplication: Ringback's own (:/i18n) and Qt's (standard dialogs,
    // buttons), and makes it the default QLocale when it is not the system's
    // language already. Replaces what an earlier call installed. Returns false
    // when Ringback's own catalogue could not be loaded (the texts stay English).
    static bool install(const QString &language, const QLocale &system = QLocale::system());

    // configured() + resolve() + install() for a profile's settings.ini.
    // Returns the language installed.
    static QString installFor(const QString &settingsPath);
};

} // namespace ringback
