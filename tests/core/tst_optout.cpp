// Opt-out recognition: carrier keywords (definite), longer requests to stop
// in English and Spanish (probable), and trade talk that must never match.
// The engine and the ledger are tested in tst_optoutledger.cpp.

#include "engine/Keywords.h"
#include "engine/OptOutDetector.h"

#include <QTest>

using namespace ringback;
using Kind = OptOutMatch::Kind;

class TestOptOut : public QObject
{
    Q_OBJECT

private slots:
    void detects_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("phrase"); // expected phrase; empty: not checked
        const int definite = int(Kind::Definite), probable = int(Kind::Probable);
        const auto row = [](const char *body, int kind, const char *phrase = "") {
            QTest::newRow(body) << QString::fromUtf8(body) << kind << QString::fromUtf8(phrase);
        };

        // Definite: the carrier keywords plus REVOKE, OPTOUT, "STOP ALL", "opt out".
        row("STOP", definite, "STOP");
        row("Stop.", definite, "STOP");
        row("STOP!!", definite, "STOP");
        row(" unsubscribe ", definite, "UNSUBSCRIBE");
        row("stop 🙏", definite, "STOP");
        row("STOP ALL", definite, "STOP ALL");
        row("stopall", definite, "STOPALL");
        row("Cancel", definite, "CANCEL");
        row("END", definite, "END");
        row("Quit!", definite, "QUIT");
        row("REVOKE", definite, "REVOKE");
        row("OptOut", definite, "OPTOUT");
        row("opt out", definite, "OPT OUT");
        row("Opt-Out!", definite, "OPT OUT");
        row("  sToP  ", definite, "STOP");
        row("UNSUBSCRIBE 😡", definite, "UNSUBSCRIBE");

        // Probable, English.
        row("please stop texting me", probable, "please stop texting me");
        row("take me off your list", probable, "take me off your list");
        row("don't text me again", probable, "don't text me again");
        row("I never called you, stop", probable, "I never called you, stop");
        row("Stop texting this number", probable);
        row("stop sending me messages!!", probable, "stop sending me messages");
        row("Please remove me from your list.", probable, "Please remove me from your list");
        row("Thanks for the quote. Please remove my number", probable, "Please remove my number");
        row("Do not contact me", probable);
        row("dont text me", probable);
        row("I don’t want any more texts", probable, "I don’t want any more texts");
        row("no more texts please", probable);
        row("Unsubscribe me please", probable);
        row("opt me out", probable);
        row("I want to opt out", probable);
        row("leave me alone", probable);
        row("Stop. Wrong number", probable, "Stop");
        row("wrong number, stop texting", probable);
        row("STOP IT", probable);
        row("quit texting me 😤", probable);
        row("Please delete my number from your system", probable);
        row("lose my number", probable);
        row("who is this? stop", probable, "stop");
        row("Stop contacting me", probable);
        row("I'd like to unsubscribe", probable);
        row("stop please", probable);
        row("No more!", probable, "No more");
        row("Please remove me", probable);
        row("I want to opt out of texts", probable);

        // Probable, Spanish (accents optional).
        row("No más", probable, "No más");
        row("No mas!", probable, "No mas");
        row("dejen de mandarme mensajes", probable, "dejen de mandarme mensajes");
        row("no me escriban más", probable, "no me escriban más");
        row("Ya no quiero recibir mensajes", probable);
        row("Bórrenme de su lista", probable);
        row("Sáquenme de la lista por favor", probable);
        row("no me manden más mensajes", probable);
        row("Deja de escribirme", probable);
        row("Alto", probable);
        row("Basta ya", probable);
        row("No quiero más mensajes", probable);
        row("Quiero darme de baja", probable);
        row("No me contacten", probable);
        row("Dejen de enviarme textos, gracias", probable);
        row("NO MÁS 🙏", probable, "NO MÁS 🙏");
        row("Por favor no me escriban", probable);
        row("no me vuelvan a escribir", probable);
        row("Borren mi número por favor", probable);
        row("Por favor dejen de mandarme mensajes", probable);
        row("Ya no me manden mensajes", probable);
        row("No me envíen más textos", probable);
        row("Dejen de textearme", probable);
        row("No quiero que me escriban", probable);
        row("Quítenme de su lista", probable);
        row("Elimínenme de su base de datos", probable);
        row("No me vuelvas a escribir", probable);
        row("Favor de no enviarme más mensajes", probable);
        row("Número equivocado, dejen de escribirme", probable);
        row("Yo nunca les llamé, ya no me escriban", probable);
        row("Basta de mensajes", probable);
        row("Paren de mandarme mensajes", probable);
        row("No me molesten más", probable);
        row("Denme de baja por favor", probable);
        row("Quiero cancelar la suscripción", probable);
        row("No deseo recibir más mensajes", probable);
        row("ALTO!", probable);
        row("Ya basta", probable);
        row("Saquen mi número de su lista", probable);
        row("Ya no me escriban a este número", probable);
        row("Por favor, bórrenme de sus contactos", probable);
        row("No más mensajes, gracias", probable);
        row("No quiero más textos de ustedes", probable);
        row("Retírenme de la lista", probable);
        row("Ya no me contacten por favor", probable);
        row("Desuscríbanme", probable);
        row("no me mandes mas mensajes", probable);
        row("Para ya", probable);
        row("Dejen de molestarme", probable);
        row("No quiero que me sigan escribiendo", probable);
    }
    void detects()
    {
        QFETCH(QString, body);
        QFETCH(int, kind);
        QFETCH(QString, phrase);
        const OptOutMatch match = OptOutDetector::classify(body);
        QVERIFY2(int(match.kind) == kind,
                 qPrintable(QStringLiteral("kind %1, normalised \"%2\"")
                                .arg(int(match.kind))
                                .arg(OptOutDetector::normalise(body))));
        if (!phrase.isEmpty())
            QCOMPARE(match.phrase, phrase);
        QVERIFY(!match.phrase.isEmpty());
    }

    void tradeTalkNeverMatches_data()
    {
        QTest::addColumn<QString>("body");
        const auto row = [](const char *body) {
            QTest::newRow(body) << QString::fromUtf8(body);
        };
        // English
        row("can you stop by tomorrow");
        row("the leak won't stop");
        row("we stopped the water at the main");
        row("I want to cancel my appointment");
        row("the AC keeps stopping");
        row("Please stop by after 3");
        row("How do I stop the water from running?");
        row("The toilet won’t stop running!");
        row("The dripping finally stopped");
        row("My heater stopped working last night");
        row("Can you remove the old water heater?");
        row("Take me off the schedule for Tuesday, I'll call to rebook");
        row("Don't call me before 9, text instead");
        row("Did you lose my number? I called twice");
        row("No more leaks since you came, thanks!");
        row("You never text me back");
        row("Stop valve under the sink is stuck");
        row("Is there a way to stop the pipes freezing?");
        row("Cancel please, we fixed it ourselves");
        row("Make it stop! Water everywhere");
        row("The furnace shuts off and won't start");
        row("Yes please come tomorrow");
        row("Can you take me off the waitlist and book Friday?");
        row("The end of the pipe is cracked");
        row("My son won't stop texting me about the AC lol");
        row("Don't stop until it's fixed");
        row("Please text me the quote");
        row("The bus stop is in front of my house");
        row("Stopped by your shop yesterday");
        row("stop sending me the bill by mail");
        row("Stop sending the technician before 9");
        row("Can I opt out of the maintenance plan?");
        row("ok");
        row("");
        row("🙏🙏");
        row("Please don't stop the repair halfway");
        row("Water won't stop dripping from the ceiling");
        row("Can you text me when the tech is on the way?");
        row("Please remove the old thermostat too");
        row("The garage door stops halfway down");
        row("I'd like to end my service contract next year, but fix this first");
        row("Quit working again this morning, the furnace I mean");
        row("Take the old unit off the list of things to haul away");
        // Spanish
        row("¿Pueden pasar mañana?");
        row("La fuga no para");
        row("El aire acondicionado se apaga a cada rato");
        row("Quiero cancelar mi cita");
        row("Cerramos el agua en la llave principal");
        row("No más de 200 dólares por favor");
        row("Ya no gotea, gracias");
        row("Escríbanme mañana temprano");
        row("¿Me pueden mandar la factura?");
        row("No tengo agua caliente");
        row("El calentador dejó de funcionar");
        row("No me mandaron la factura");
        row("La presión del agua está baja");
        row("Alto consumo de gas este mes");
        row("No me manden al técnico antes de las 9");
        row("Quiten el calentador viejo por favor");
        row("¿Pueden venir a parar la fuga?");
        row("No para de gotear el techo");
        row("Dejó de salir agua caliente");
        row("Quiero cancelar la cita del martes");
        row("Ya no hay agua en el sótano, gracias");
        row("No me escribieron la dirección correcta");
        row("Mándenme el presupuesto por mensaje");
        row("Bórrenme la cita del viernes y pónganla el lunes");
        row("El técnico no me escribió");
        row("No más de las 5 por favor");
        row("No mande al técnico hoy");
        row("Alto el ruido del calentador");
        row("Baja presión en la regadera");
        row("Me dieron de baja el servicio de gas");
        row("Ya basta de goteras, vengan hoy");
        row("La bomba dejó de funcionar");
        row("Dejen la llave afuera por favor");
        row("¿Pueden parar por la casa mañana?");
        row("No quiero que me cobren de más");
        row("No tengo más preguntas, gracias");
        row("No me manden la factura por correo");
        row("Sáquenme una cita para el lunes");
        row("Ya no funciona el aire");
        row("Eliminen el moho del baño");
        row("Dejen de cobrarme el cargo extra");
        row("¿Para cuándo pueden venir?");
        row("No me contestan el teléfono");
        row("¿Me pueden escribir cuando vengan?");
        row("Favor de no mandarme al técnico antes de las 9");
        row("El agua no para de salir");
    }
    void tradeTalkNeverMatches()
    {
        QFETCH(QString, body);
        const OptOutMatch match = OptOutDetector::classify(body);
        QVERIFY2(match.kind == Kind::None,
                 qPrintable(QStringLiteral("matched \"%1\" (normalised \"%2\")")
                                .arg(match.phrase, OptOutDetector::normalise(body))));
    }

    void normalise()
    {
        QCOMPARE(OptOutDetector::normalise(QStringLiteral("  Don’t TEXT me!! Gracias 🙏 ")),
                 QStringLiteral("dont text me | gracias"));
        QCOMPARE(OptOutDetector::normalise(QStringLiteral("No MÁS, señor")),
                 QStringLiteral("no mas | senor"));
        QCOMPARE(OptOutDetector::normalise(QStringLiteral("opt-out")), QStringLiteral("opt out"));
    }

    // START and HELP still come from the carrier keyword set.
    void keywordsStillWork()
    {
        QCOMPARE(int(classifyKeyword(QStringLiteral("Start"))), int(Keyword::OptIn));
        QCOMPARE(int(classifyKeyword(QStringLiteral("HELP?"))), int(Keyword::Help));
        QCOMPARE(int(classifyKeyword(QStringLiteral("stop"))), int(Keyword::OptOut));
        QCOMPARE(keywordText(QStringLiteral(" stop all!! ")), QStringLiteral("STOP ALL"));
        QCOMPARE(int(OptOutDetector::classify(QStringLiteral("START")).kind), int(Kind::None));
        QCOMPARE(int(OptOutDetector::classify(QStringLiteral("help")).kind), int(Kind::None));
    }
};

QTEST_GUILESS_MAIN(TestOptOut)
#include "tst_optout.moc"
