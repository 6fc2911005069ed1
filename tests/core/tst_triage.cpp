#include "engine/UrgencyTriage.h"

#include <QTest>

using ringback::Urgency;
using ringback::UrgencyRule;
using ringback::UrgencyTriage;

namespace {

constexpr int High = UrgencyRule::High;
constexpr int Urgent = UrgencyRule::Urgent;
constexpr int Soon = UrgencyRule::Soon;

void urgent(const char *body, const char *label, int severity)
{
    QTest::newRow(body) << QString::fromUtf8(body) << QString::fromUtf8(label) << severity;
}

void calm(const char *tag, const QString &body)
{
    QTest::newRow(tag) << body << QString() << 0;
}

void calm(const char *body)
{
    calm(body, QString::fromUtf8(body));
}

void bad(const char *tag, const char *text, const char *error)
{
    QTest::newRow(tag) << QString::fromUtf8(text) << QString::fromUtf8(error);
}

QStringList strings(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *s : list)
        out << QString::fromUtf8(s);
    return out;
}

QString repeated(const char *piece, qsizetype bytes)
{
    const QString p = QString::fromUtf8(piece);
    return p.repeated(bytes / p.size() + 1).left(bytes);
}

} // namespace

class TestTriage : public QObject
{
    Q_OBJECT

private slots:
    void classify_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("label"); // empty: not urgent
        QTest::addColumn<int>("severity");

        // One or more per default rule, English.
        urgent("basement flooding!!", "flooding", High);
        urgent("The yard FLOODED overnight", "flooding", High);
        urgent("We have a burst pipe in the garage", "burst pipe", High);
        urgent("Pipe burst last night", "burst pipe", High);
        urgent("water damage in the hallway", "water damage", Urgent);
        urgent("water-damage on the drywall", "water damage", Urgent);
        urgent("Roof is leaking", "leak", Urgent);
        urgent("leak under the sink", "leak", Urgent);
        urgent("The faucet LEAKS", "leak", Urgent);
        urgent("the skylight is leaky", "leak", Urgent);
        urgent("leakage under the tub", "leak", Urgent);
        urgent("There's water coming through the ceiling", "leak", Urgent);
        urgent("water is dripping from the ceiling", "leak", Urgent);
        urgent("No heat since last night", "no heat", Urgent);
        urgent("our heat is out", "no heat", Urgent);
        urgent("Heat's out again", "no heat", Urgent);
        urgent("Furnace stopped working", "no heat", Urgent);
        urgent("the heater not working", "no heat", Urgent);
        urgent("the furnace won't start", "no heat", Urgent);
        urgent("we've been without heat for two days", "no heat", Urgent);
        urgent("No AC and it's 100 degrees", "no AC", Urgent);
        urgent("No A/C upstairs", "no AC", Urgent);
        urgent("AC is out", "no AC", Urgent);
        urgent("a.c. not working", "no AC", Urgent);
        urgent("unit is blowing warm air", "no AC", Urgent);
        urgent("no hot water", "no hot water", Urgent);
        urgent("I smell gas in the kitchen", "gas smell", High);
        urgent("it smells like gas", "gas smell", High);
        urgent("burning smell from the furnace", "burning smell", High);
        urgent("outlet is sparking", "sparks", High);
        urgent("saw a spark behind the panel", "sparks", High);
        urgent("smoke coming from the attic fan", "smoke", High);
        urgent("carbon monoxide detector is beeping", "carbon monoxide", High);
        urgent("sewage backup in the basement", "sewage backup", High);
        urgent("This is an emergency", "emergency", Urgent);
        urgent("URGENT please call", "emergency", Urgent);
        urgent("can you come today?", "same day", Soon);
        urgent("need same-day service", "same day", Soon);
        urgent("asap please", "same day", Soon);
        urgent("my elderly mother lives there", "elderly resident", Urgent);
        urgent("she relies on medical equipment", "medical equipment", Urgent);
        urgent("it's a commercial location", "commercial location", Soon);
        // Spanish, accents optional.
        urgent("Fuga de agua en el baño", "leak", Urgent);
        urgent("Tengo una gotera en el techo", "leak", Urgent);
        urgent("El sótano está inundado", "flooding", High);
        urgent("Hay inundación en la cocina", "flooding", High);
        urgent("INUNDACION", "flooding", High);
        urgent("Estamos sin calefacción", "no heat", Urgent);
        urgent("estamos sin calefaccion", "no heat", Urgent);
        urgent("Sin aire desde ayer", "no AC", Urgent);
        urgent("Huele a gas", "gas smell", High);
        urgent("Salen chispas del enchufe", "sparks", High);
        urgent("Hay humo en el garaje", "smoke", High);
        urgent("Es una emergencia", "emergency", Urgent);
        urgent("Es URGENTE", "emergency", Urgent);
        urgent("¿Pueden venir hoy?", "same day", Soon);
        // Punctuation, spacing, emoji, HTML around words.
        urgent("<b>leak</b>", "leak", Urgent);
        urgent("<p>Basement <i>flooding</i></p>", "flooding", High);
        urgent("🚨leak🚨", "leak", Urgent);
        urgent("💧💧 leaking 💧", "leak", Urgent);
        urgent("   LEAK!!!   ", "leak", Urgent);
        urgent("(leak)", "leak", Urgent);
        urgent("burst\tpipe", "burst pipe", High);
        urgent("burst\n  pipe", "burst pipe", High);
        // Negation stays local.
        urgent("leak but no water damage", "leak", Urgent);
        urgent("no leak, but no heat either", "no heat", Urgent);
        urgent("No, the basement is flooding", "flooding", High);
        urgent("not sure why it's leaking", "leak", Urgent);
        // Severity ordering: most severe wins, ties go to the first in the text.
        urgent("today: leak", "leak", Urgent);
        urgent("Leak in the kitchen and I smell gas", "gas smell", High);
        urgent("possible gas leak", "gas smell", High);
        urgent("fuga de gas", "gas smell", High);
        urgent("emergency: water damage", "emergency", Urgent);
        urgent("water damage, emergency", "water damage", Urgent);
        urgent("Sparks, smoke and flooding", "sparks", High);
        urgent("flooding, sparks and smoke", "flooding", High);
        urgent("commercial kitchen, come today, no heat", "no heat", Urgent);

        calm("(empty)", QString());
        calm("not an emergency, just a quote");
        calm("Not urgent");
        calm("Isn't an emergency");
        calm("Non-emergency, call me next week");
        calm("I don't have an emergency");
        calm("No leak, just a question");
        calm("No leak. Quote please.");
        calm("It's not leaking anymore");
        calm("no longer leaking, thanks");
        calm("it is no longer actively leaking");
        calm("Never had a leak before, just want an inspection");
        calm("the pipes are fine and nothing is leaking");
        calm("without any leaks");
        calm("there is no water damage");
        calm("no smoke, no sparks, just a flickering light");
        calm("doesn't smell like gas");
        calm("We don't smell gas anymore");
        calm("not today, next week is fine");
        calm("<p>No leak</p>");
        calm("<b>no</b> leak");
        calm("don&#39;t smell gas");
        calm("Just need a quote for a new water heater");
        calm("The heater works fine");
        calm("heat pump quote");
        calm("sparkling clean job, thanks!");
        calm("Bleak weather, call me tomorrow");
        calm("Gas-powered heater quote");
        calm("Our AC unit is fine, just need maintenance");
        calm("dripping faucet, no rush");
        calm("thanks for the call");
        calm("🙂👍");
        calm("<b>hello</b> <i>world</i>");
        calm("No es una emergencia");
        calm("No es urgente");
        calm("No hay fuga");
        calm("Ya no gotea");
        calm("Sin fugas, solo un presupuesto");
        calm("Gracias, nada urgente");
        calm("no hay humo");
        calm("nunca hubo fuga");
        calm("Mañana por la tarde está bien");
        calm("El enchufe es chispeante");
    }

    void classify()
    {
        QFETCH(QString, body);
        QFETCH(QString, label);
        QFETCH(int, severity);
        const Urgency u = UrgencyTriage().classify(body);
        QCOMPARE(u.label, label);
        QCOMPARE(u.urgent, !label.isEmpty());
        QCOMPARE(u.severity, severity);
        QCOMPARE(u.reason,
                 label.isEmpty() ? QString() : QString(QStringLiteral("matched: ") + label));
        QCOMPARE(u.phrase.isEmpty(), label.isEmpty());
    }

    void everyDefaultPhraseMatchesItsRule()
    {
        static const QStringList negations{
            QStringLiteral("no"), QStringLiteral("sin"), QStringLiteral("without")};
        const QList<UrgencyRule> rules = UrgencyTriage::defaultRules();
        QCOMPARE(rules.size(), 18);
        for (const UrgencyRule &rule : rules) {
            const UrgencyTriage alone({rule});
            for (const QString &phrase : rule.phrases) {
                const QString context = rule.label + QStringLiteral(": ") + phrase;
                const Urgency u = alone.classify(QStringLiteral("Hi, ") + phrase + u'!');
                QVERIFY2(u.urgent && u.label == rule.label, qPrintable(context));
                QVERIFY2(UrgencyTriage().classify(phrase).severity <= rule.severity,
                         qPrintable(context));
                if (negations.contains(UrgencyTriage::words(phrase).constFirst()))
                    continue;
                QVERIFY2(!alone.classify(QStringLiteral("not ") + phrase).urgent,
                         qPrintable(context));
            }
        }
    }

    void words_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("words");
        QTest::newRow("apostrophe") << "Won’t STOP" << strings({"wont", "stop"});
        QTest::newRow("slash") << "no A/C" << strings({"no", "ac"});
        QTest::newRow("dots") << "a.c. out" << strings({"ac", "out"});
        QTest::newRow("accents") << "Inundación" << strings({"inundacion"});
        QTest::newRow("html") << "<b>leak</b>&nbsp;now" << strings({"leak", "now"});
        QTest::newRow("entity") << "don&#39;t" << strings({"dont"});
        QTest::newRow("hyphen") << "same-day" << strings({"same", "day"});
        QTest::newRow("fullwidth") << "ＬＥＡＫ" << strings({"leak"});
        QTest::newRow("not a tag") << "temp < 50 & <falling" << strings({"temp", "50", "falling"});
        QTest::newRow("empty") << "" << QStringList{};
    }

    void words()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, words);
        QCOMPARE(UrgencyTriage::words(text), words);
    }

    void hugeBodies_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<bool>("urgent");
        const qsizetype size = 100 * 1024;
        QTest::newRow("text, leak at the end")
            << repeated("please send a quote for the new roof ", size) + QStringLiteral(" leak")
            << true;
        QTest::newRow("negations")
            << repeated("no not never ", size) + QStringLiteral(" leak") << false;
        QTest::newRow("articles") << repeated("a the an ", size) + QStringLiteral(" leak") << true;
        QTest::newRow("open tags") << repeated("<a", size) << false;
        QTest::newRow("entities") << repeated("&amp", size) << false;
        QTest::newRow("acronym") << repeated("a.", size) << false;
        QTest::newRow("phrase prefixes") << repeated("no hot ac is not ", size) << false;
        QTest::newRow("one word") << repeated("x", size) << false;
    }

    void hugeBodies()
    {
        QFETCH(QString, body);
        QFETCH(bool, urgent);
        QCOMPARE(UrgencyTriage().classify(body).urgent, urgent);
    }

    void customRules()
    {
        const auto rules = UrgencyTriage::parseRules(
            QStringLiteral("# pools\n3 | pool | pool heater, pool pump\r\n1 | gas | gas\n"));
        QVERIFY2(rules.isOk(), qPrintable(rules.errorMessage()));
        const UrgencyTriage triage(rules.value());
        QCOMPARE(triage.classify(QStringLiteral("Pool pump broke")).reason,
                 QStringLiteral("matched: pool"));
        QCOMPARE(triage.classify(QStringLiteral("pool heater smells of gas")).label,
                 QStringLiteral("gas"));
        QVERIFY(!triage.classify(QStringLiteral("basement flooding!!")).urgent);
        QVERIFY(!UrgencyTriage(QList<UrgencyRule>{}).classify(QStringLiteral("leak")).urgent);
    }

    void roundTrip()
    {
        const QList<UrgencyRule> defaults = UrgencyTriage::defaultRules();
        const QString text = UrgencyTriage::formatRules(defaults);
        QVERIFY(text.contains(QStringLiteral("\n2 | leak | leak, leaks, leaking,")));
        const auto parsed = UrgencyTriage::parseRules(text);
        QVERIFY2(parsed.isOk(), qPrintable(parsed.errorMessage()));
        QCOMPARE(parsed.value(), defaults);
        QCOMPARE(UrgencyTriage::formatRules(parsed.value()), text);

        const auto messy = UrgencyTriage::parseRules(
            QStringLiteral("  1|  gas   smell |smell gas ,, gas leak,\n\n"));
        QVERIFY(messy.isOk());
        QCOMPARE(UrgencyTriage::formatRules(messy.value()),
                 QStringLiteral("1 | gas smell | smell gas, gas leak\n"));
        QVERIFY(UrgencyTriage::parseRules(QString()).isOk());
    }

    void parseErrors_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("error");
        bad("two fields", "2 | leak | leak\n2 | leak", "Line 2: expected \"severity | label |");
        bad("four fields", "1 | a | b | c", "Line 1: expected");
        bad("severity text",
            "high | gas | gas",
            "Line 1: the severity must be 1 (high), 2 (urgent) or 3 (soon), not \"high\"");
        bad("severity 4", "\n# x\n4 | gas | gas", "Line 3: the severity must be");
        bad("no label", "2 |  | leak", "Line 1: the rule has no label");
        bad("no phrases", "2 | leak | , ,", "Line 1: the rule \"leak\" has no phrases");
        bad("punctuation", "2 | leak | leak, ?!", "Line 1: \"?!\" has no letters or digits");
    }

    void parseErrors()
    {
        QFETCH(QString, text);
        QFETCH(QString, error);
        const auto parsed = UrgencyTriage::parseRules(text);
        QVERIFY(!parsed.isOk());
        QVERIFY2(parsed.errorMessage().startsWith(error), qPrintable(parsed.errorMessage()));
    }
};

QTEST_GUILESS_MAIN(TestTriage)
#include "tst_triage.moc"
