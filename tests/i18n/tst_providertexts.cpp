// The texts of the provider plugins' JSON metadata reach the translators and
// the screen: every name, description, label, help and choice of every
// providers/*/*.json is listed for lupdate in providers/MetaDataTexts.cpp
// (written by scripts/provider-texts.py), and ProviderTexts translates them.

#include "MarkingTranslator.h"
#include "provider/ProviderInfo.h"
#include "provider/ProviderTexts.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace ringback;

namespace {

const QString kProvidersDir = QStringLiteral(RINGBACK_SOURCE_DIR "/providers");

QString cUnescape(const QString &literal)
{
    QString out;
    for (int i = 0; i < literal.size(); ++i) {
        const QChar c = literal.at(i);
        if (c != QLatin1Char('\\') || i + 1 == literal.size()) {
            out += c;
            continue;
        }
        const QChar next = literal.at(++i);
        if (next == QLatin1Char('n'))
            out += QLatin1Char('\n');
        else if (next == QLatin1Char('t'))
            out += QLatin1Char('\t');
        else if (next.isDigit()) {
            out += QChar(literal.mid(i, 3).toInt(nullptr, 8));
            i += 2;
        } else
            out += next;
    }
    return out;
}

// What the program shows of a plugin's metadata, as ProviderTexts asks for it.
QSet<QString> shownTexts(const ProviderInfo &info)
{
    QSet<QString> texts{info.name, info.description};
    for (const SettingField &f : info.settings) {
        texts << (f.label.isEmpty() ? f.name : f.label) << f.help;
        for (const QString &choice : f.choices)
            texts << choice;
    }
    texts.remove(QString());
    return texts;
}

QString sorted(const QSet<QString> &set)
{
    QStringList list(set.begin(), set.end());
    list.sort();
    return list.join(QStringLiteral("\n    "));
}

} // namespace

class TestProviderTexts : public QObject
{
    Q_OBJECT

private slots:
    void everyTextIsListedForLupdate_data()
    {
        QTest::addColumn<QString>("jsonPath");
        const QDir providers(kProvidersDir);
        int found = 0;
        for (const QString &folder : providers.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            const QDir dir(providers.filePath(folder));
            for (const QString &json : dir.entryList({QStringLiteral("*.json")}, QDir::Files)) {
                QTest::newRow(qPrintable(folder + QLatin1Char('/') + json)) << dir.filePath(json);
                ++found;
            }
        }
        QVERIFY(found >= 5);
    }

    // A setting added to a JSON file without rerunning the script would show
    // in English in every language: fail instead.
    void everyTextIsListedForLupdate()
    {
        QFETCH(QString, jsonPath);
        QFile json(jsonPath);
        QVERIFY(json.open(QIODevice::ReadOnly));
        const auto info
            = ProviderInfo::fromMetaData(QJsonDocument::fromJson(json.readAll()).object());
        QVERIFY2(info, qPrintable(info.errorMessage()));

        const QString listPath = QDir(kProvidersDir).filePath(QStringLiteral("MetaDataTexts.cpp"));
        QFile list(listPath);
        QVERIFY2(
            list.open(QIODevice::ReadOnly),
            qPrintable(listPath + QStringLiteral(" is missing: run scripts/provider-texts.py")));
        static const QRegularExpression entry(
            QStringLiteral("QT_TRANSLATE_NOOP3\\(\\s*\"([^\"]*)\"\\s*,\\s*\"((?:[^\"\\\\]|\\\\.)*)"
                           "\"\\s*,\\s*\"([^\"]*)\"\\s*\\)"));
        QSet<QString> listed;
        auto it = entry.globalMatch(QString::fromUtf8(list.readAll()));
        while (it.hasNext()) {
            const auto m = it.next();
            QCOMPARE(m.captured(1), QLatin1String(ProviderTexts::kContext));
            if (m.captured(3) == info->id) // the list holds every plugin's texts
                listed << cUnescape(m.captured(2));
        }

        const QSet<QString> shown = shownTexts(*info);
        const QSet<QString> missing = QSet<QString>(shown).subtract(listed);
        const QSet<QString> stale = QSet<QString>(listed).subtract(shown);
        QVERIFY2(missing.isEmpty() && stale.isEmpty(),
                 qPrintable(QStringLiteral("%1 is out of date: run scripts/provider-texts.py, "
                                           "then update_translations and translate.\n  missing:\n"
                                           "    %2\n  no longer in the JSON:\n    %3")
                                .arg(listPath, sorted(missing), sorted(stale))));
    }

    // The list names no plugin that is gone.
    void everyListedProviderHasItsJson()
    {
        QSet<QString> ids;
        const QDir providers(kProvidersDir);
        for (const QString &folder : providers.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            const QDir dir(providers.filePath(folder));
            for (const QString &json : dir.entryList({QStringLiteral("*.json")}, QDir::Files)) {
                QFile file(dir.filePath(json));
                QVERIFY(file.open(QIODevice::ReadOnly));
                ids << QJsonDocument::fromJson(file.readAll())
                           .object()
                           .value(QLatin1String("id"))
                           .toString();
            }
        }
        QFile list(providers.filePath(QStringLiteral("MetaDataTexts.cpp")));
        QVERIFY(list.open(QIODevice::ReadOnly));
        static const QRegularExpression provider(
            QStringLiteral("QT_TRANSLATE_NOOP3\\(.*\"([^\"]*)\"\\s*\\),$"),
            QRegularExpression::MultilineOption);
        int entries = 0;
        auto it = provider.globalMatch(QString::fromUtf8(list.readAll()));
        while (it.hasNext()) {
            const QString id = it.next().captured(1);
            QVERIFY2(ids.contains(id), qPrintable(id + QStringLiteral(": no such plugin")));
            ++entries;
        }
        QVERIFY(entries > 0);
    }

    // In the context the lists use, told apart by provider: the same English
    // label may read differently for two providers.
    void translatedPerProvider()
    {
        const auto info = ProviderInfo::fromMetaData(QJsonObject{
            {QStringLiteral("id"), QStringLiteral("acme")},
            {QStringLiteral("name"), QStringLiteral("Acme")},
            {QStringLiteral("description"), QStringLiteral("A phone line.")},
            {QStringLiteral("apiVersion"), 1},
            {QStringLiteral("capabilities"), QJsonArray{QStringLiteral("poll")}},
            {QStringLiteral("settings"),
             QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("mode")},
                                    {QStringLiteral("kind"), QStringLiteral("choice")},
                                    {QStringLiteral("help"), QStringLiteral("How to sign in.")},
                                    {QStringLiteral("choices"), QJsonArray{QStringLiteral("jwt")}}},
                        QJsonObject{{QStringLiteral("name"), QStringLiteral("line")},
                                    {QStringLiteral("label"), QStringLiteral("Line")},
                                    {QStringLiteral("kind"), QStringLiteral("phone")}}}}});
        QVERIFY2(info, qPrintable(info.errorMessage()));
        QCOMPARE(ProviderTexts::name(*info), QStringLiteral("Acme"));

        test::MarkingTranslator translator(ProviderTexts::kContext, QStringLiteral("ES"));
        QCOMPARE(ProviderTexts::name(*info), QStringLiteral("ES[acme]Acme"));
        QCOMPARE(ProviderTexts::description(*info), QStringLiteral("ES[acme]A phone line."));
        const SettingField &mode = info->settings.at(0);
        QCOMPARE(ProviderTexts::label(*info, mode), QStringLiteral("ES[acme]mode")); // no label
        QCOMPARE(ProviderTexts::help(*info, mode), QStringLiteral("ES[acme]How to sign in."));
        QCOMPARE(ProviderTexts::choice(*info, QStringLiteral("jwt")),
                 QStringLiteral("ES[acme]jwt"));
        QCOMPARE(ProviderTexts::label(*info, info->settings.at(1)), QStringLiteral("ES[acme]Line"));
        QCOMPARE(ProviderTexts::help(*info, info->settings.at(1)), QString()); // none
    }
};

QTEST_MAIN(TestProviderTexts)
#include "tst_providertexts.moc"
