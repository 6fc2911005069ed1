#include "phone/PhoneNumber.h"

#include <QCoreApplication>

#include <phonenumbers/logger.h>
#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>

#include <string>

namespace ringback {
namespace {

using i18n::phonenumbers::PhoneNumberUtil;
namespace pn = i18n::phonenumbers;

const PhoneNumberUtil &util()
{
    static const PhoneNumberUtil *instance = [] {
        // libphonenumber logs parse failures to stdout by default; we report
        // them as values instead.
        PhoneNumberUtil *u = PhoneNumberUtil::GetInstance();
        u->SetLogger(new pn::NullLogger());
        return u;
    }();
    return *instance;
}

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ringback::PhoneNumber)
};

PhoneNumber::Type mapType(PhoneNumberUtil::PhoneNumberType t)
{
    switch (t) {
    case PhoneNumberUtil::FIXED_LINE_OR_MOBILE:
        return PhoneNumber::Type::FixedLineOrMobile;
    case PhoneNumberUtil::MOBILE:
        return PhoneNumber::Type::Mobile;
    case PhoneNumberUtil::FIXED_LINE:
        return PhoneNumber::Type::FixedLine;
    case PhoneNumberUtil::TOLL_FREE:
        return PhoneNumber::Type::TollFree;
    case PhoneNumberUtil::PREMIUM_RATE:
        return PhoneNumber::Type::PremiumRate;
    case PhoneNumberUtil::SHARED_COST:
        return PhoneNumber::Type::SharedCost;
    case PhoneNumberUtil::VOIP:
        return PhoneNumber::Type::Voip;
    default:
        return PhoneNumber::Type::Other;
    }
}

bool looksWithheldImpl(const QString &s)
{
    static const char *const kWithheld[]
        = {"anonymous", "restricted", "private", "unknown", "unavailable", "blocked", "withheld"};
    const QString lower = s.trimmed().toLower();
    for (const char *w : kWithheld) {
        if (lower == QLatin1String(w))
            return true;
    }
    // Twilio's stand-in for a caller who withheld the number.
    return lower == QLatin1String("+266696687") || lower == QLatin1String("266696687");
}

} // namespace

Result<PhoneNumber> PhoneNumber::parse(const QString &raw, const QString &defaultRegion)
{
    const QString trimmed = raw.trimmed();
    if (trimmed.isEmpty())
        return Error(Tr::tr("No phone number was given."));
    if (isWithheld(trimmed))
        return Error(Tr::tr("The caller withheld their number."));
    if (trimmed.size() > 64)
        return Error(Tr::tr("\"%1…\" is too long to be a phone number.").arg(trimmed.left(20)));

    pn::PhoneNumber number;
    const auto err = util().Parse(trimmed.toStdString(), defaultRegion.toStdString(), &number);
    if (err != PhoneNumberUtil::NO_PARSING_ERROR)
        return Error(Tr::tr("\"%1\" is not a phone number.").arg(trimmed));
    if (!util().IsValidNumber(number))
        return Error(Tr::tr("\"%1\" is not a valid phone number.").arg(trimmed));

    PhoneNumber result;
    std::string out;
    util().Format(number, PhoneNumberUtil::E164, &out);
    result.m_e164 = QString::fromStdString(out);
    util().GetRegionCodeForNumber(number, &out);
    result.m_region = QString::fromStdString(out);
    result.m_type = mapType(util().GetNumberType(number));
    return result;
}

bool PhoneNumber::isWithheld(const QString &raw)
{
    return looksWithheldImpl(raw);
}

QString PhoneNumber::national() const
{
    pn::PhoneNumber number;
    if (util().Parse(m_e164.toStdString(), "ZZ", &number) != PhoneNumberUtil::NO_PARSING_ERROR)
        return m_e164;
    std::string out;
    util().Format(number, PhoneNumberUtil::NATIONAL, &out);
    return QString::fromStdString(out);
}

QString PhoneNumber::international() const
{
    pn::PhoneNumber number;
    if (util().Parse(m_e164.toStdString(), "ZZ", &number) != PhoneNumberUtil::NO_PARSING_ERROR)
        return m_e164;
    std::string out;
    util().Format(number, PhoneNumberUtil::INTERNATIONAL, &out);
    return QString::fromStdString(out);
}

QString PhoneNumber::display(const QString &e164, const QString &homeRegion)
{
    const auto parsed = parse(e164, homeRegion);
    if (!parsed)
        return e164;
    return parsed->regionCode() == homeRegion ? parsed->national() : parsed->international();
}

} // namespace ringback
