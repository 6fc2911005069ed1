#include "engine/UrgencyRules.h"

#include <QCoreApplication>

#include <iterator>

namespace ringback {
namespace {

struct DefaultRule
{
    int severity;
    const char *label;   // translated at run time
    const char *phrases; // UTF-8, comma-separated
};

// Most severe first; within a severity, the order the office reads them in.
const DefaultRule kDefaults[] = {
    {UrgencyRule::High,
     QT_TRANSLATE_NOOP("ringback::UrgencyTriage", "gas smell"),
     "gas smell, smell gas, smells like gas, smell like gas, smelling gas, smell of gas, "
     "gas leak, gas leaking, huele a gas, olor a gas, fuga de gas"},
    {UrgencyRule::High,
     QT_TRANSLATE_NOOP("ringback::UrgencyTriage", "carbon monoxide"),
     "carbon monoxide, co alarm, co detector, monóxido de carbono, monóxido"},
    {UrgencyRule::High,
     QT_TRANSLATE_NOOP("ringback::UrgencyTriage", "burning smell"),
     "burning smell, smell burning, smells like burning, smell like burning, smell of burning, "
     "olor a quemado, huele a quemado"},
    {UrgencyRule::High,
     QT_TRANSLATE_NOOP("ringback::UrgencyTriage", "sparks"),
     "spark, sparks, sparking, sparked, chispa, chispas, chispea, chispeando"},
    {UrgencyRule::High,
     QT_TRANSLATE_NOOP("ringback::UrgencyTriage", "smoke"),
     "smoke, smoking, smoky, humo"},
    {UrgencyRule::High,
     QT_TRANSLATE_NOOP("ringback::UrgencyTriage", "flooding"),
     "flooding, flooded, flood, inundación, inundado, inundada, inundando, inundó"},
    {UrgencyRule::High,
     QT_TRANSLATE_NOOP("ringback::UrgencyTriage", "burst pipe"),
     "burst pipe, burst pipes, pipe burst, pipes burst, broken pipe, pipe broke, pipe broken, "
     "tubo roto, tubería rota, tubo reventado"},
    {UrgencyRule::High,
     QT_TRANSLATE_NOOP("ringback::UrgencyTriage", "sewage backup"),
     "sewage backup, sewage backing up, sewage, sewer backup, sewer backing up, sewer backed up, "
     "aguas negras"},
    {UrgencyRule::Urgent,
     QT_TRANSLATE_NOOP("ringback::UrgencyTriage", "leak"),
     "leak, leaks, leaking, leaked, leaky, leakage, water coming through, "
     "dripping from the ceiling, water dripping, fuga, fugas, gotera, goteras, gotea, goteando"},
    {UrgencyRule::Urgent,
     QT_TRANSLATE_NOOP("ringback::UrgencyTriage", "water damage"),
     "water damage, water damaged, daños por agua, daño por agua, daños de agua"},
    {UrgencyRule::Urgent,
     QT_TRANSLATE_NOOP("ringback::UrgencyTriage", "no heat"),
     "no heat, no heating, without heat, heat is out, heat's out, heat went out, "
     "heat not working, heat is not working, heat stopped, heat won't turn on, furnace stopped, "
     "furnace not working, furnace is not working, furnace out, furnace is out, furnace died, "
     "furnace won't start, furnace won't turn on, heater not working, heater is not working, "
     "heater stopped, boiler not working, boiler out, sin calefacción, no hay calefacción, "
     "calefacción no funciona, sin calor"},
    {UrgencyRule::Urgent,
     QT_TRANSLATE_NOOP("ringback::UrgencyTriage", "no AC"),
     "no ac, no a/c, no air, no air conditioning, without ac, without a/c, ac out, ac is out, "
     "ac's out, ac not working, ac is not working, ac stopped, ac broke, ac died, "
     "air conditioner not working, air conditioner is not working, air conditioning not working, "
     "blowing warm air, blowing hot air, sin aire, no hay aire, aire no funciona, "
     "aire acondicionado no funciona"},
    {UrgencyRule::Urgent,
     QT_TRANSLATE_NOOP("ringback::UrgencyTriage", "no hot water"),
     "no hot water, without hot water, hot water not working, hot water is out, "
     "water heater not working, water heater is not working, water heater out, "
     "sin agua caliente, no hay agua caliente"},
    {UrgencyRule::Urgent,
     QT_TRANSLATE_NOOP("ringback::UrgencyTriage", "emergency"),
     "emergency, emergencies, urgent, urgently, emergencia, urgente, urgencia"},
    {UrgencyRule::Urgent,
     QT_TRANSLATE_NOOP("ringback::UrgencyTriage", "elderly resident"),
     "elderly, elderly resident, senior citizen, persona mayor, anciano, anciana"},
    {UrgencyRule::Urgent,
     QT_TRANSLATE_NOOP("ringback::UrgencyTriage", "medical equipment"),
     "medical equipment, medical device, oxygen machine, oxygen concentrator, dialysis, "
     "equipo médico"},
    {UrgencyRule::Soon,
     QT_TRANSLATE_NOOP("ringback::UrgencyTriage", "same day"),
     "same day, today, tonight, asap, as soon as possible, right away, hoy, esta noche, "
     "lo antes posible, cuanto antes"},
    {UrgencyRule::Soon,
     QT_TRANSLATE_NOOP("ringback::UrgencyTriage", "commercial location"),
     "commercial, commercial location, restaurant, storefront, our store, our business, "
     "our office, negocio, local comercial, restaurante"},
};

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ringback::UrgencyTriage)
};

Error lineError(qsizetype line, const QString &detail)
{
    return Error(Tr::tr("Line %1: %2").arg(line).arg(detail));
}

bool hasLetterOrDigit(const QString &text)
{
    for (const QChar c : text) {
        if (c.isLetterOrNumber())
            return true;
    }
    return false;
}

} // namespace

QList<UrgencyRule> defaultUrgencyRules()
{
    QList<UrgencyRule> rules;
    rules.reserve(qsizetype(std::size(kDefaults)));
    for (const DefaultRule &d : kDefaults) {
        UrgencyRule rule;
        rule.severity = d.severity;
        rule.label = Tr::tr(d.label);
        const QStringList phrases = QString::fromUtf8(d.phrases).split(QLatin1Char(','));
        for (const QString &p : phrases)
            rule.phrases << p.simplified();
        rules << rule;
    }
    return rules;
}

Result<QList<UrgencyRule>> parseUrgencyRules(const QString &text)
{
    QList<UrgencyRule> rules;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (qsizetype n = 0; n < lines.size(); ++n) {
        const QString line = lines.at(n).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const qsizetype number = n + 1;
        const QStringList fields = line.split(QLatin1Char('|'));
        if (fields.size() != 3)
            return lineError(number,
                             Tr::tr("expected \"severity | label | phrases\", for example "
                                    "\"2 | leak | leak, leaking\""));
        UrgencyRule rule;
        bool ok = false;
        const QString severity = fields.at(0).trimmed();
        rule.severity = severity.toInt(&ok);
        if (!ok || rule.severity < UrgencyRule::High || rule.severity > UrgencyRule::Soon)
            return lineError(number,
                             Tr::tr("the severity must be 1 (high), 2 (urgent) or 3 (soon), not "
                                    "\"%1\"")
                                 .arg(severity));
        rule.label = fields.at(1).simplified();
        if (rule.label.isEmpty())
            return lineError(number, Tr::tr("the rule has no label"));
        const QStringList phrases = fields.at(2).split(QLatin1Char(','));
        for (const QString &p : phrases) {
            const QString phrase = p.simplified();
            if (phrase.isEmpty())
                continue;
            if (!hasLetterOrDigit(phrase))
                return lineError(number, Tr::tr("\"%1\" has no letters or digits").arg(phrase));
            rule.phrases << phrase;
        }
        if (rule.phrases.isEmpty())
            return lineError(number, Tr::tr("the rule \"%1\" has no phrases").arg(rule.label));
        rules << rule;
    }
    return rules;
}

QString formatUrgencyRules(const QList<UrgencyRule> &rules)
{
    QString text;
    for (const UrgencyRule &rule : rules) {
        text += QString::number(rule.severity) % QLatin1String(" | ") % rule.label
                % QLatin1String(" | ") % rule.phrases.join(QLatin1String(", ")) % QLatin1Char('\n');
    }
    return text;
}

} // namespace ringback
