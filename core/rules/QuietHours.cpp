#include "rules/QuietHours.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>

#ifdef RINGBACK_HAVE_GEOCODER
#include <phonenumbers/geocoding/phonenumber_offline_geocoder.h>
#include <phonenumbers/phonenumberutil.h>
#include <unicode/locid.h>
#endif

#include <mutex>

namespace ringback {
namespace {

struct State
{
    const char *code;
    const char *name; // as libphonenumber's geocoder spells it in English
    const char *zone; // IANA; the most populous zone of states that span several
};

// US states and territories, Canadian provinces.
constexpr State kStates[] = {
    {"AL", "Alabama", "America/Chicago"},
    {"AK", "Alaska", "America/Anchorage"},
    {"AZ", "Arizona", "America/Phoenix"},
    {"AR", "Arkansas", "America/Chicago"},
    {"CA", "California", "America/Los_Angeles"},
    {"CO", "Colorado", "America/Denver"},
    {"CT", "Connecticut", "America/New_York"},
    {"DE", "Delaware", "America/New_York"},
    {"DC", "Washington D.C.", "America/New_York"},
    {"FL", "Florida", "America/New_York"},
    {"GA", "Georgia", "America/New_York"},
    {"HI", "Hawaii", "Pacific/Honolulu"},
    {"ID", "Idaho", "America/Boise"},
    {"IL", "Illinois", "America/Chicago"},
    {"IN", "Indiana", "America/Indiana/Indianapolis"},
    {"IA", "Iowa", "America/Chicago"},
    {"KS", "Kansas", "America/Chicago"},
    {"KY", "Kentucky", "America/New_York"},
    {"LA", "Louisiana", "America/Chicago"},
    {"ME", "Maine", "America/New_York"},
    {"MD", "Maryland", "America/New_York"},
    {"MA", "Massachusetts", "America/New_York"},
    {"MI", "Michigan", "America/Detroit"},
    {"MN", "Minnesota", "America/Chicago"},
    {"MS", "Mississippi", "America/Chicago"},
    {"MO", "Missouri", "America/Chicago"},
    {"MT", "Montana", "America/Denver"},
    {"NE", "Nebraska", "America/Chicago"},
    {"NV", "Nevada", "America/Los_Angeles"},
    {"NH", "New Hampshire", "America/New_York"},
    {"NJ", "New Jersey", "America/New_York"},
    {"NM", "New Mexico", "America/Denver"},
    {"NY", "New York", "America/New_York"},
    {"NC", "North Carolina", "America/New_York"},
    {"ND", "North Dakota", "America/Chicago"},
    {"OH", "Ohio", "America/New_York"},
    {"OK", "Oklahoma", "America/Chicago"},
    {"OR", "Oregon", "America/Los_Angeles"},
    {"PA", "Pennsylvania", "America/New_York"},
    {"RI", "Rhode Island", "America/New_York"},
    {"SC", "South Carolina", "America/New_York"},
    {"SD", "South Dakota", "America/Chicago"},
    {"TN", "Tennessee", "America/Chicago"},
    {"TX", "Texas", "America/Chicago"},
    {"UT", "Utah", "America/Denver"},
    {"VT", "Vermont", "America/New_York"},
    {"VA", "Virginia", "America/New_York"},
    {"WA", "Washington", "America/Los_Angeles"},
    {"WV", "West Virginia", "America/New_York"},
    {"WI", "Wisconsin", "America/Chicago"},
    {"WY", "Wyoming", "America/Denver"},
    {"PR", "Puerto Rico", "America/Puerto_Rico"},
    {"VI", "US Virgin Islands", "America/St_Thomas"},
    {"GU", "Guam", "Pacific/Guam"},
    {"AS", "American Samoa", "Pacific/Pago_Pago"},
    {"MP", "Northern Mariana Islands", "Pacific/Saipan"},
    {"AB", "Alberta", "America/Edmonton"},
    {"BC", "British Columbia", "America/Vancouver"},
    {"MB", "Manitoba", "America/Winnipeg"},
    {"NB", "New Brunswick", "America/Moncton"},
    {"NL", "Newfoundland and Labrador", "America/St_Johns"},
    {"NS", "Nova Scotia", "America/Halifax"},
    {"ON", "Ontario", "America/Toronto"},
    {"PE", "Prince Edward Island", "America/Halifax"},
    {"QC", "Quebec", "America/Toronto"},
    {"SK", "Saskatchewan", "America/Regina"},
    {"NT", "Northwest Territories", "America/Yellowknife"},
    {"NU", "Nunavut", "America/Iqaluit"},
    {"YT", "Yukon", "America/Whitehorse"},
};

const State *findState(const QString &codeOrName)
{
    for (const State &s : kStates) {
        if (codeOrName.compare(QLatin1String(s.code), Qt::CaseInsensitive) == 0
            || codeOrName.compare(QLatin1String(s.name), Qt::CaseInsensitive) == 0)
            return &s;
    }
    return nullptr;
}

// The stricter state windows: {open, close} per weekday, or the federal
// window when the state has none. From the states' telephone solicitation
// laws, e.g. Florida's Telephone Solicitation Act (Fla. Stat. 501.059:
// 8 am - 8 pm) and Tex. Bus. & Com. Code 301.051 (Sunday noon - 9 pm).
std::pair<QTime, QTime> stateWindow(const QString &code, int dayOfWeek)
{
    const auto hours = [](int open, int close) {
        return std::pair{QTime(open, 0), QTime(close, 0)};
    };
    if (code == QLatin1String("CT"))
        return hours(9, 20);
    if (code == QLatin1String("FL") || code == QLatin1String("MD") || code == QLatin1String("MS")
        || code == QLatin1String("NJ") || code == QLatin1String("OK"))
        return hours(8, 20);
    if (code == QLatin1String("RI"))
        return dayOfWeek >= 6 ? hours(10, 17) : hours(9, 18);
    if (code == QLatin1String("TX"))
        return dayOfWeek == 7 ? hours(12, 21) : hours(9, 21);
    return hours(8, 21);
}

} // namespace

QString QuietHours::describe(const QString &e164)
{
#ifndef RINGBACK_HAVE_GEOCODER
    Q_UNUSED(e164)
    return {}; // built without the geocoder: every caller gets the business's zone
#else
    using namespace i18n::phonenumbers;
    // Loading the geocoder's data is not free: one instance, used under a lock.
    static std::mutex mutex;
    static PhoneNumberOfflineGeocoder geocoder;
    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    if (util->Parse(e164.toStdString(), "ZZ", &number) != PhoneNumberUtil::NO_PARSING_ERROR)
        return {};
    const std::lock_guard lock(mutex);
    return QString::fromStdString(geocoder.GetDescriptionForNumber(number, icu::Locale("en")));
#endif
}

QString QuietHours::stateCode(const QString &description)
{
    QString text = description.trimmed();
    if (text.isEmpty())
        return {};
    // "New York, NY", "San Francisco, CA": the state follows the comma.
    const int comma = text.lastIndexOf(QLatin1Char(','));
    if (comma >= 0)
        text = text.mid(comma + 1).trimmed();
    const State *s = findState(text);
    return s ? QString::fromLatin1(s->code) : QString();
}

QByteArray QuietHours::zoneOfState(const QString &stateCode)
{
    const State *s = findState(stateCode);
    return s ? QByteArray(s->zone) : QByteArray();
}

QString QuietHours::zoneLabel(const QTimeZone &zone)
{
    static const QHash<QByteArray, const char *> labels{
        {"America/New_York", QT_TRANSLATE_NOOP("ringback::QuietHours", "Eastern")},
        {"America/Detroit", QT_TRANSLATE_NOOP("ringback::QuietHours", "Eastern")},
        {"America/Indiana/Indianapolis", QT_TRANSLATE_NOOP("ringback::QuietHours", "Eastern")},
        {"America/Toronto", QT_TRANSLATE_NOOP("ringback::QuietHours", "Eastern")},
        {"America/Chicago", QT_TRANSLATE_NOOP("ringback::QuietHours", "Central")},
        {"America/Winnipeg", QT_TRANSLATE_NOOP("ringback::QuietHours", "Central")},
        {"America/Denver", QT_TRANSLATE_NOOP("ringback::QuietHours", "Mountain")},
        {"America/Boise", QT_TRANSLATE_NOOP("ringback::QuietHours", "Mountain")},
        {"America/Edmonton", QT_TRANSLATE_NOOP("ringback::QuietHours", "Mountain")},
        {"America/Phoenix", QT_TRANSLATE_NOOP("ringback::QuietHours", "Arizona")},
        {"America/Los_Angeles", QT_TRANSLATE_NOOP("ringback::QuietHours", "Pacific")},
        {"America/Vancouver", QT_TRANSLATE_NOOP("ringback::QuietHours", "Pacific")},
        {"America/Anchorage", QT_TRANSLATE_NOOP("ringback::QuietHours", "Alaska")},
        {"Pacific/Honolulu", QT_TRANSLATE_NOOP("ringback::QuietHours", "Hawaii")},
        {"America/Puerto_Rico", QT_TRANSLATE_NOOP("ringback::QuietHours", "Atlantic")},
        {"America/Halifax", QT_TRANSLATE_NOOP("ringback::QuietHours", "Atlantic")},
    };
    const auto it = labels.find(zone.id());
    if (it != labels.end())
        return QCoreApplication::translate("ringback::QuietHours", *it);
    return QString::fromLatin1(zone.id());
}

QuietHours::Place QuietHours::placeOf(const QString &e164, const QTimeZone &fallback)
{
    Place place;
    place.zone = fallback;
    place.state = stateCode(describe(e164));
    const QByteArray zoneId = zoneOfState(place.state);
    if (!zoneId.isEmpty()) {
        const QTimeZone zone(zoneId);
        if (zone.isValid()) {
            place.zone = zone;
            place.fromNumber = true;
        }
    }
    return place;
}

std::pair<QTime, QTime>
QuietHours::window(const QDate &localDate, const QString &stateCode, const QuietHoursRules &rules)
{
    QTime open = rules.windowStart;
    QTime close = rules.windowEnd;
    if (rules.stateWindows && !stateCode.isEmpty()) {
        const auto [stateOpen, stateClose] = stateWindow(stateCode, localDate.dayOfWeek());
        open = std::max(open, stateOpen);
        close = std::min(close, stateClose);
    }
    return {open, close};
}

qint64 QuietHours::nextAllowedMs(qint64 atMs, const Place &place, const QuietHoursRules &rules)
{
    if (!rules.enabled || !rules.windowStart.isValid() || !rules.windowEnd.isValid())
        return atMs;
    const QTimeZone zone = place.zone.isValid() ? place.zone : QTimeZone::systemTimeZone();
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(atMs, zone);
    for (int day = 0; day < 8; ++day) {
        const QDate date = local.date().addDays(day);
        const auto [open, close] = window(date, place.state, rules);
        if (open >= close)
            continue; // no window that day
        if (day == 0) {
            if (local.time() >= open && local.time() < close)
                return atMs;
            if (local.time() >= close)
                continue;
        }
        return std::max(atMs, QDateTime(date, open, zone).toMSecsSinceEpoch());
    }
    return atMs; // no window at all: do not hold texts forever
}

} // namespace ringback
