#include "cli/Language.h"
#include "engine/EngineConfig.h"
#include "gui/common/Format.h"
#include "phone/PhoneNumber.h"
#include "templates/DefaultTemplates.h"
#include "templates/SmsSegments.h"
#include "templates/Template.h"
#include "templates/TemplateLinter.h"

#include <QFile>
#include <QLibraryInfo>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace ringback;

namespace {

// One <message> of a .ts catalogue.
struct TsMessage
{
    QString context;
    QString source;
    QString comment; // disambiguation
    bool numerus = false;
    QString type;      // the translation's type attribute: "", unfinished, vanished, obsolete
    QStringList forms; // the translation, or its numerus forms
    qint64 line = 0;   // in the .ts file
    QString key() const { return context + QLatin1Char('|') + source + QLatin1Char('|') + comment; }
    QString where() const
    {
        return QStringLiteral("%1: \"%2\" (line %3)").arg(context, source).arg(line);
    }
};

struct Catalogue
{
    QString language;
    QString sourceLanguage;
    QList<TsMessage> messages;
    QString error;
};

Catalogue readCatalogue(const QString &path)
{
    Catalogue cat;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        cat.error = QStringLiteral("cannot open %1: %2").arg(path, file.errorString());
        return cat;
    }
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage current;
    bool inMessage = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("TS")) {
                cat.language = xml.attributes().value(QLatin1String("language")).toString();
                cat.sourceLanguage
                    = xml.attributes().value(QLatin1String("sourcelanguage")).toString();
            } else if (name == QLatin1String("name") && !inMessage) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                current = TsMessage();
                current.context = context;
                current.numerus
                    = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
                current.line = xml.lineNumber();
                inMessage = true;
            } else if (name == QLatin1String("source")) {
                current.source = xml.readElementText();
            } else if (name == QLatin1String("comment")) {
                current.comment = xml.readElementText();
            } else if (name == QLatin1String("translation")) {
                current.type = xml.attributes().value(QLatin1String("type")).toString();
                if (!current.numerus)
                    current.forms << xml.readElementText();
            } else if (name == QLatin1String("numerusform")) {
                current.forms << xml.readElementText();
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            cat.messages << current;
            inMessage = false;
        }
    }
    if (xml.hasError())
        cat.error = QStringLiteral("%1 line %2: %3")
                        .arg(path)
                        .arg(xml.lineNumber())
                        .arg(xml.errorString());
    return cat;
}

QString cataloguePath(const QString &language)
{
    return QStringLiteral(RINGBACK_TRANSLATIONS_DIR "/ringback_%1.ts").arg(language);
}

// What must survive translation: %1..%99 and %n (with an optional L),
// {template variables}, and the carrier keywords.
QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(%L?(?:\d{1,2}|n)|\{[a-z_]+\}|\b(?:STOP|START|HELP)\b)"));
    QSet<QString> found;
    auto it = pattern.globalMatch(text);
    while (it.hasNext())
        found.insert(it.next().captured().remove(QLatin1Char('L')));
    return found;
}

QString sorted(const QSet<QString> &set)
{
    QStringList list(set.begin(), set.end());
    list.sort();
    return list.join(QLatin1Char(' '));
}

} // namespace

// The catalogues (translations/*.ts) are complete and consistent, the .qm files
// are embedded, and the program picks the language the office expects.
class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void cleanup()
    {
        // Every test starts in the source language.
        Language::install(QStringLiteral("en"), QLocale::c());
    }

    void catalogueIsComplete_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("es") << QStringLiteral("es");
        QTest::newRow("en") << QStringLiteral("en");
    }

    // Nothing unfinished, vanished, obsolete or empty: a string missing here
    // would show in English (or not at all) on an office's screen.
    void catalogueIsComplete()
    {
        QFETCH(QString, language);
        const Catalogue cat = readCatalogue(cataloguePath(language));
        QVERIFY2(cat.error.isEmpty(), qPrintable(cat.error));
        QCOMPARE(cat.language, language);
        QCOMPARE(cat.sourceLanguage, QStringLiteral("en"));
        QVERIFY(cat.messages.size() > 100);
        QStringList problems;
        for (const TsMessage &m : cat.messages) {
            if (!m.type.isEmpty())
                problems << QStringLiteral("%1 %2").arg(m.type, m.where());
            else if (m.forms.isEmpty())
                problems << QStringLiteral("no translation for %1").arg(m.where());
            else if (m.numerus && m.forms.size() != 2)
                problems << QStringLiteral("%1 plural forms, not 2, for %2")
                                .arg(m.forms.size())
                                .arg(m.where());
            for (const QString &form : m.forms) {
                if (form.trimmed().isEmpty()) {
                    problems << QStringLiteral("empty translation for %1").arg(m.where());
                    break;
                }
            }
        }
        QVERIFY2(problems.isEmpty(),
                 qPrintable(QStringLiteral("%1 unfinished messages in ringback_%2.ts (run the "
                                           "update_translations target, then translate):\n  %3")
                                .arg(problems.size())
                                .arg(language, problems.join(QStringLiteral("\n  ")))));
    }

    // %1, %n, {company}, STOP... appear in the translation exactly as in the
    // source; otherwise .arg() fills the wrong slot or a text loses its variable.
    void placeholdersSurvive_data() { catalogueIsComplete_data(); }
    void placeholdersSurvive()
    {
        QFETCH(QString, language);
        const Catalogue cat = readCatalogue(cataloguePath(language));
        QVERIFY2(cat.error.isEmpty(), qPrintable(cat.error));
        QStringList problems;
        for (const TsMessage &m : cat.messages) {
            const QSet<QString> expected = placeholders(m.source);
            for (const QString &form : m.forms) {
                const QSet<QString> got = placeholders(form);
                if (got != expected)
                    problems << QStringLiteral("%1: expected {%2}, got {%3} in \"%4\"")
                                    .arg(m.where(), sorted(expected), sorted(got), form);
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("\n"))));
    }

    // Both catalogues hold the same messages (lupdate updates them together).
    void cataloguesMatch()
    {
        const Catalogue en = readCatalogue(cataloguePath(QStringLiteral("en")));
        const Catalogue es = readCatalogue(cataloguePath(QStringLiteral("es")));
        QSet<QString> enKeys, esKeys;
        for (const TsMessage &m : en.messages)
            enKeys.insert(m.key());
        for (const TsMessage &m : es.messages)
            esKeys.insert(m.key());
        QVERIFY2(enKeys == esKeys,
                 qPrintable(QStringLiteral("only in en: %1\nonly in es: %2")
                                .arg(sorted(QSet<QString>(enKeys).subtract(esKeys)),
                                     sorted(QSet<QString>(esKeys).subtract(enKeys)))));
    }

    void embeddedCataloguesLoad()
    {
        for (const QString &language : Language::available())
            QVERIFY2(QFile::exists(QStringLiteral(":/i18n/ringback_%1.qm").arg(language)),
                     qPrintable(language));

        QVERIFY(Language::install(QStringLiteral("es"), QLocale(QStringLiteral("en_US"))));
        QCOMPARE(QLocale().language(), QLocale::Spanish);
        QCOMPARE(QCoreApplication::translate("ringback::gui::MainWindow", "&File"),
                 QStringLiteral("&Archivo"));
        QCOMPARE(
            QCoreApplication::translate("ringback::gui::MainWindow", "No conversation selected"),
            QStringLiteral("Ninguna conversación seleccionada"));
        QCOMPARE(QCoreApplication::translate(
                     "ringback::gui::ThreadModel", "[%n attachment(s)]", nullptr, 2),
                 QStringLiteral("[2 archivos adjuntos]"));
        // Code that translates outside a QObject (file-local Tr helpers) uses
        // the same context lupdate gave its strings.
        QCOMPARE(gui::leadStateText(LeadState::Booked), QStringLiteral("Cita agendada"));
        const auto bad = PhoneNumber::parse(QStringLiteral("hello"), QStringLiteral("US"));
        QVERIFY(!bad);
        QVERIFY2(bad.errorMessage().contains(QStringLiteral("no es un número")),
                 qPrintable(bad.errorMessage()));
        QCOMPARE(EngineConfig().companyName, QStringLiteral("la oficina"));

        // Qt's own texts (standard buttons) come along when Qt's catalogue is there.
        if (QFile::exists(QLibraryInfo::path(QLibraryInfo::TranslationsPath)
                          + QLatin1String("/qtbase_es.qm")))
            QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"),
                     QStringLiteral("Cancelar"));

        // English: the source texts, with real plural forms.
        QVERIFY(Language::install(QStringLiteral("en"), QLocale(QStringLiteral("en_US"))));
        QCOMPARE(QCoreApplication::translate("ringback::gui::MainWindow", "&File"),
                 QStringLiteral("&File"));
        QCOMPARE(QCoreApplication::translate(
                     "ringback::gui::ThreadModel", "[%n attachment(s)]", nullptr, 1),
                 QStringLiteral("[1 attachment]"));
        QCOMPARE(EngineConfig().companyName, QStringLiteral("the office"));
    }

    // Numbers and dates keep the system's region; with none (the C locale)
    // the US one: Spanish for a US office writes "0.60", not "0,60".
    void regionOfTheChosenLanguage()
    {
        QVERIFY(Language::install(QStringLiteral("es"), QLocale::c()));
        QCOMPARE(QLocale().territory(), QLocale::UnitedStates);
        QCOMPARE(QLocale().toString(0.6, 'f', 2), QStringLiteral("0.60"));
        QVERIFY(Language::install(QStringLiteral("es"), QLocale(QStringLiteral("es_MX"))));
        QCOMPARE(QLocale().territory(), QLocale::Mexico); // es_MX
        QVERIFY(Language::install(QStringLiteral("en"), QLocale::c()));
    }

    // The shipped text-back templates in Spanish: translated, every variable
    // known, within 2 SMS segments with typical values (accents other than é ñ
    // ü switch a text to UCS-2), and clean for the linter as a first text.
    void spanishTemplatesFit()
    {
        QVERIFY(Language::install(QStringLiteral("es"), QLocale(QStringLiteral("es_US"))));
        const EngineConfig config; // built after the translator: its texts are Spanish
        const TemplateValues sample = sampleTemplateValues();
        QCOMPARE(sample.callbackWindow, QStringLiteral("en menos de 30 minutos"));

        QStringList texts;
        for (const DefaultTemplate &t : defaultTemplates()) {
            QVERIFY2(!t.text.startsWith(QLatin1String("Hi ")), qPrintable(t.id));
            QCOMPARE(config.templates.value(t.id), t.text);
            texts << t.text;
            const QList<LintWarning> warnings = lint(t.text, true);
            QStringList messages;
            for (const LintWarning &w : warnings)
                messages << w.code + QLatin1String(": ") + w.message;
            QVERIFY2(warnings.isEmpty(),
                     qPrintable(t.id + QLatin1String(": ") + messages.join(u'\n')));
        }
        texts << config.optOutConfirmation << config.helpText;
        for (const QString &text : std::as_const(texts)) {
            QVERIFY2(unknownVariables(text).isEmpty(), qPrintable(text));
            QVERIFY2(text.contains(QLatin1String("STOP")) || text.contains(QLatin1String("START")),
                     qPrintable(text));
            for (const TemplateValues &values : {sample, TemplateValues()}) {
                const Result<QString> rendered = render(text, values);
                QVERIFY2(rendered.isOk(), qPrintable(rendered.errorMessage()));
                const SegmentInfo info = countSegments(rendered.value());
                QVERIFY2(info.segments <= 2,
                         qPrintable(QStringLiteral("%1 segments (%2): %3")
                                        .arg(info.segments)
                                        .arg(info.encoding == SegmentInfo::Encoding::Ucs2
                                                 ? QStringLiteral("UCS-2")
                                                 : QStringLiteral("GSM-7"),
                                             rendered.value())));
            }
        }
        // The hint added to a first text that lacks one stays GSM-7.
        const QString hint
            = QCoreApplication::translate("ringback::Engine", "Reply STOP to opt out.");
        QCOMPARE(hint, QStringLiteral("Responda STOP para darse de baja."));
        QCOMPARE(countSegments(hint).encoding, SegmentInfo::Encoding::Gsm7);
    }

    void languageFollowsTheSystem_data()
    {
        QTest::addColumn<QString>("configured");
        QTest::addColumn<QString>("system");
        QTest::addColumn<QString>("expected");
        QTest::newRow("system es_US") << "system"
                                      << "es_US"
                                      << "es";
        QTest::newRow("system es_MX") << "system"
                                      << "es_MX"
                                      << "es";
        QTest::newRow("system en_US") << "system"
                                      << "en_US"
                                      << "en";
        QTest::newRow("system fr_FR") << "system"
                                      << "fr_FR"
                                      << "en";
        QTest::newRow("system C") << "system"
                                  << "C"
                                  << "en";
        QTest::newRow("override en") << "en"
                                     << "es_US"
                                     << "en";
        QTest::newRow("override es") << "es"
                                     << "en_US"
                                     << "es";
        QTest::newRow("override case") << " ES "
                                       << "en_US"
                                       << "es";
        QTest::newRow("unknown") << "de"
                                 << "es_US"
                                 << "es";
    }
    void languageFollowsTheSystem()
    {
        QFETCH(QString, configured);
        QFETCH(QString, system);
        QFETCH(QString, expected);
        QCOMPARE(Language::resolve(configured, QLocale(system)), expected);
    }

    void languageSetting()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("settings.ini"));
        QCOMPARE(Language::configured(path), QStringLiteral("system")); // no file
        {
            QSettings s(path, QSettings::IniFormat);
            s.setValue(Language::settingsKey(), QStringLiteral("es"));
        }
        QCOMPARE(Language::configured(path), QStringLiteral("es"));
        {
            QSettings s(path, QSettings::IniFormat);
            s.setValue(Language::settingsKey(), QStringLiteral("klingon"));
        }
        QCOMPARE(Language::configured(path), QStringLiteral("system"));
        QFile ini(path);
        QVERIFY(ini.open(QIODevice::ReadOnly));
        QVERIFY(ini.readAll().contains("[ui]\nlanguage=klingon"));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
