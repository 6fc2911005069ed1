#include "rules/RulesSettings.h"

#include <QSettings>

namespace ringback {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ringback::RulesSettings)
};

QList<BusinessHours::Closure> parseClosures(const QString &text, QStringList *problems)
{
    QList<BusinessHours::Closure> closures;
    for (const QString &line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QString trimmed = line.trimmed();
        const QDate date = QDate::fromString(trimmed.left(10), Qt::ISODate);
        if (!date.isValid()) {
            if (problems)
                *problems << Tr::tr("Closure \"%1\" does not start with a date like 2026-12-25.")
                                 .arg(trimmed);
            continue;
        }
        closures << BusinessHours::Closure{date, trimmed.mid(10).trimmed()};
    }
    return closures;
}

QString closuresText(const QList<BusinessHours::Closure> &closures)
{
    QStringList lines;
    for (const auto &c : closures)
        lines << QString(c.date.toString(Qt::ISODate) + QLatin1Char(' ') + c.name).trimmed();
    return lines.join(QLatin1Char('\n'));
}

BusinessHours
loadHours(QSettings &s, const QString &prefix, const BusinessHours &fallback, QStringList *problems)
{
    const QByteArray zoneId
        = s.value(prefix + QLatin1String("time_zone"), fallback.timeZone().id()).toByteArray();
    QTimeZone zone(zoneId);
    if (!zone.isValid()) {
        if (problems)
            *problems << Tr::tr("Unknown time zone \"%1\"; using %2.")
                             .arg(QString::fromLatin1(zoneId),
                                  QString::fromLatin1(fallback.timeZone().id()));
        zone = fallback.timeZone();
    }
    BusinessHours hours = fallback;
    hours.setTimeZone(zone);
    const QString schedule = s.value(prefix + QLatin1String("schedule")).toString();
    if (!schedule.isEmpty()) {
        auto parsed = BusinessHours::fromScheduleText(schedule, zone);
        if (parsed)
            hours = parsed.value();
        else if (problems)
            *problems << parsed.errorMessage();
    }
    hours.setClosures(s.contains(prefix + QLatin1String("closures")) ? parseClosures(
                          s.value(prefix + QLatin1String("closures")).toString(), problems)
                                                                     : fallback.closures());
    return hours;
}

// [rules] spam_calls, spam_minutes, opt_out_hint, line_type_lookup, quiet_hours, quiet_window,
// quiet_state_windows, quiet_first_text (immediate|hold).
void loadScreening(QSettings &s, TextBackRules &r, QStringList *problems)
{
    r.spamCalls = s.value(QStringLiteral("rules/spam_calls"), r.spamCalls).toInt();
    r.spamMinutes = s.value(QStringLiteral("rules/spam_minutes"), r.spamMinutes).toInt();
    r.optOutHint = s.value(QStringLiteral("rules/opt_out_hint"), r.optOutHint).toBool();
    r.lineTypeLookup = s.value(QStringLiteral("rules/line_type_lookup"), r.lineTypeLookup).toBool();
    QuietHoursRules &q = r.quiet;
    q.enabled = s.value(QStringLiteral("rules/quiet_hours"), q.enabled).toBool();
    q.stateWindows = s.value(QStringLiteral("rules/quiet_state_windows"), q.stateWindows).toBool();
    const QString window = s.value(QStringLiteral("rules/quiet_window")).toString().trimmed();
    if (!window.isEmpty()) {
        const QStringList parts = window.split(QLatin1Char('-'));
        const QTime start = parts.size() == 2
                                ? QTime::fromString(parts.at(0).trimmed(), QStringLiteral("HH:mm"))
                                : QTime();
        const QTime end = parts.size() == 2
                              ? QTime::fromString(parts.at(1).trimmed(), QStringLiteral("HH:mm"))
                              : QTime();
        if (start.isValid() && end.isValid() && start < end) {
            q.windowStart = start;
            q.windowEnd = end;
        } else if (problems) {
            *problems << Tr::tr("Texting window \"%1\" is not like 08:00-21:00; using 08:00-21:00.")
                             .arg(window);
        }
    }
    const QString first = s.value(QStringLiteral("rules/quiet_first_text")).toString().trimmed();
    if (first == QLatin1String("hold"))
        q.holdFirstText = true;
    else if (!first.isEmpty() && first != QLatin1String("immediate") && problems)
        *problems << Tr::tr("First text in quiet hours \"%1\" is not \"immediate\" or \"hold\"; "
                            "using \"immediate\".")
                         .arg(first);
}

void saveScreening(QSettings &s, const TextBackRules &r)
{
    s.setValue(QStringLiteral("rules/spam_calls"), r.spamCalls);
    s.setValue(QStringLiteral("rules/spam_minutes"), r.spamMinutes);
    s.setValue(QStringLiteral("rules/opt_out_hint"), r.optOutHint);
    s.setValue(QStringLiteral("rules/line_type_lookup"), r.lineTypeLookup);
    s.setValue(QStringLiteral("rules/quiet_hours"), r.quiet.enabled);
    s.setValue(QStringLiteral("rules/quiet_window"),
               QString(r.quiet.windowStart.toString(QStringLiteral("HH:mm")) + QLatin1Char('-')
                       + r.quiet.windowEnd.toString(QStringLiteral("HH:mm"))));
    s.setValue(QStringLiteral("rules/quiet_state_windows"), r.quiet.stateWindows);
    s.setValue(QStringLiteral("rules/quiet_first_text"),
               r.quiet.holdFirstText ? QStringLiteral("hold") : QStringLiteral("immediate"));
}

// Which template goes out in each period: rules/business_hours_template,
// rules/after_hours_template, rules/holiday_template, each a template id
// ("general", "roofing", ...). An unknown id keeps the default and says so.
struct TemplateChoice
{
    const char *key;
    QString TextBackRules::*field;
};

const TemplateChoice kTemplateChoices[] = {
    {"rules/business_hours_template", &TextBackRules::businessHoursTemplate},
    {"rules/after_hours_template", &TextBackRules::afterHoursTemplate},
    {"rules/holiday_template", &TextBackRules::holidayTemplate},
};

void loadTemplateChoices(QSettings &s, TextBackRules &r, QStringList *problems)
{
    const auto known = EngineConfig::defaultTemplates();
    for (const TemplateChoice &choice : kTemplateChoices) {
        const QString id = s.value(QLatin1String(choice.key)).toString().trimmed();
        if (id.isEmpty())
            continue;
        if (known.contains(id))
            r.*choice.field = id;
        else if (problems)
            *problems << Tr::tr("There is no template \"%1\" (%2); using \"%3\".")
                             .arg(id, QLatin1String(choice.key), r.*choice.field);
    }
}

void saveTemplateChoices(QSettings &s, const TextBackRules &r)
{
    const TextBackRules defaults;
    for (const TemplateChoice &choice : kTemplateChoices) {
        if (r.*choice.field == defaults.*choice.field)
            s.remove(QLatin1String(choice.key));
        else
            s.setValue(QLatin1String(choice.key), r.*choice.field);
    }
}

} // namespace

EngineConfig RulesSettings::load(QSettings &s, QStringList *problems)
{
    EngineConfig c;
    TextBackRules &r = c.rules;
    c.companyName = s.value(QStringLiteral("office/company_name"), c.companyName).toString();
    c.homeRegion = s.value(QStringLiteral("office/home_region"), c.homeRegion).toString();
    c.agentName = s.value(QStringLiteral("office/agent_name"), c.agentName).toString();
    c.callbackWindow
        = s.value(QStringLiteral("office/callback_window"), c.callbackWindow).toString();

    if (s.contains(QStringLiteral("rules/triggers"))) {
        r.triggers.clear();
        for (const QString &name : s.value(QStringLiteral("rules/triggers"))
                                       .toString()
                                       .split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const auto result = callResultFromString(name.trimmed());
            if (result && *result != CallResult::Answered)
                r.triggers.insert(*result);
            else if (problems)
                *problems << Tr::tr("\"%1\" is not a call result that can trigger a text.")
                                 .arg(name.trimmed());
        }
    }
    r.minRingSeconds = s.value(QStringLiteral("rules/min_ring_seconds"), r.minRingSeconds).toInt();
    r.sendDelaySeconds
        = s.value(QStringLiteral("rules/send_delay_seconds"), r.sendDelaySeconds).toInt();
    r.dedupWindowMs = qint64(
        s.value(QStringLiteral("rules/dedup_hours"), r.dedupWindowMs / 3600000.0).toDouble()
        * 3600000);
    r.activeWindowMs = qint64(
        s.value(QStringLiteral("rules/active_hours"), r.activeWindowMs / 3600000.0).toDouble()
        * 3600000);
    r.maxCatchUpAgeMs
        = qint64(s.value(QStringLiteral("rules/max_catch_up_minutes"), r.maxCatchUpAgeMs / 60000.0)
                     .toDouble()
                 * 60000);
    r.textInternational
        = s.value(QStringLiteral("rules/text_international"), r.textInternational).toBool();
    c.sendRatePerSecond
        = s.value(QStringLiteral("rules/send_rate_per_second"), c.sendRatePerSecond).toDouble();
    loadScreening(s, r, problems);
    loadTemplateChoices(s, r, problems);
    const QString scope = s.value(QStringLiteral("rules/opt_out_scope")).toString().trimmed();
    if (scope == QLatin1String("line"))
        c.optOutAllLines = false;
    else if (!scope.isEmpty() && scope != QLatin1String("all") && problems)
        *problems
            << Tr::tr("Opt-out scope \"%1\" is not \"all\" or \"line\"; using \"all\".").arg(scope);

    r.defaultLine.hours = loadHours(s, QStringLiteral("hours/"), r.defaultLine.hours, problems);
    r.defaultLine.afterHoursOnly
        = s.value(QStringLiteral("hours/after_hours_only"), false).toBool();

    s.beginGroup(QStringLiteral("lines"));
    const QStringList lineKeys = s.childGroups();
    s.endGroup();
    for (const QString &digits : lineKeys) {
        const QString prefix = QLatin1String("lines/") + digits + QLatin1Char('/');
        LineRules line = r.defaultLine;
        line.enabled = s.value(prefix + QLatin1String("enabled"), true).toBool();
        line.afterHoursOnly
            = s.value(prefix + QLatin1String("after_hours_only"), r.defaultLine.afterHoursOnly)
                  .toBool();
        line.hours = loadHours(s, prefix, r.defaultLine.hours, problems);
        r.lines.insert(QLatin1Char('+') + digits, line);
    }

    if (s.contains(QStringLiteral("urgency/rules"))) {
        auto rules = parseUrgencyRules(s.value(QStringLiteral("urgency/rules")).toString());
        if (rules)
            c.urgencyRules = rules.value();
        else if (problems)
            *problems << rules.errorMessage();
    }

    s.beginGroup(QStringLiteral("templates"));
    for (const QString &id : s.childKeys())
        c.templates.insert(id, s.value(id).toString());
    s.endGroup();
    return c;
}

void RulesSettings::save(QSettings &s, const EngineConfig &c)
{
    const TextBackRules &r = c.rules;
    s.setValue(QStringLiteral("office/company_name"), c.companyName);
    s.setValue(QStringLiteral("office/home_region"), c.homeRegion);
    s.setValue(QStringLiteral("office/agent_name"), c.agentName);
    s.setValue(QStringLiteral("office/callback_window"), c.callbackWindow);
    QStringList triggers;
    for (CallResult result : {CallResult::NoAnswer,
                              CallResult::Busy,
                              CallResult::Voicemail,
                              CallResult::Canceled,
                              CallResult::Failed}) {
        if (r.triggers.contains(result))
            triggers << toString(result);
    }
    s.setValue(QStringLiteral("rules/triggers"), triggers.join(QLatin1Char(',')));
    s.setValue(QStringLiteral("rules/min_ring_seconds"), r.minRingSeconds);
    s.setValue(QStringLiteral("rules/send_delay_seconds"), r.sendDelaySeconds);
    s.setValue(QStringLiteral("rules/dedup_hours"), r.dedupWindowMs / 3600000.0);
    s.setValue(QStringLiteral("rules/active_hours"), r.activeWindowMs / 3600000.0);
    s.setValue(QStringLiteral("rules/max_catch_up_minutes"), r.maxCatchUpAgeMs / 60000.0);
    s.setValue(QStringLiteral("rules/text_international"), r.textInternational);
    s.setValue(QStringLiteral("rules/send_rate_per_second"), c.sendRatePerSecond);
    saveScreening(s, r);
    saveTemplateChoices(s, r);
    s.setValue(QStringLiteral("rules/opt_out_scope"),
               c.optOutAllLines ? QStringLiteral("all") : QStringLiteral("line"));
    s.setValue(QStringLiteral("hours/time_zone"),
               QString::fromLatin1(r.defaultLine.hours.timeZone().id()));
    s.setValue(QStringLiteral("hours/schedule"), r.defaultLine.hours.scheduleText());
    s.setValue(QStringLiteral("hours/closures"), closuresText(r.defaultLine.hours.closures()));
    s.setValue(QStringLiteral("hours/after_hours_only"), r.defaultLine.afterHoursOnly);
    s.remove(QStringLiteral("lines"));
    for (auto it = r.lines.begin(); it != r.lines.end(); ++it) {
        const QString prefix = QLatin1String("lines/") + it.key().mid(1) + QLatin1Char('/');
        s.setValue(prefix + QLatin1String("enabled"), it->enabled);
        s.setValue(prefix + QLatin1String("after_hours_only"), it->afterHoursOnly);
        s.setValue(prefix + QLatin1String("time_zone"),
                   QString::fromLatin1(it->hours.timeZone().id()));
        s.setValue(prefix + QLatin1String("schedule"), it->hours.scheduleText());
        s.setValue(prefix + QLatin1String("closures"), closuresText(it->hours.closures()));
    }
    if (c.urgencyRules == defaultUrgencyRules())
        s.remove(QStringLiteral("urgency/rules"));
    else
        s.setValue(QStringLiteral("urgency/rules"), formatUrgencyRules(c.urgencyRules));
    const auto defaults = EngineConfig::defaultTemplates();
    s.remove(QStringLiteral("templates"));
    for (auto it = c.templates.begin(); it != c.templates.end(); ++it) {
        if (defaults.value(it.key()) != it.value())
            s.setValue(QStringLiteral("templates/") + it.key(), it.value());
    }
}

} // namespace ringback
