#pragma once

#include "util/Result.h"

#include <QString>

namespace ringback {

// A telephone number normalised with libphonenumber. Storage and provider APIs
// use E.164 ("+15125550134"); people see the national form ("(512) 555-0134")
// for numbers of the office's own country and the international form otherwise.
class PhoneNumber
{
public:
    enum class Type {
        FixedLineOrMobile, // every US number: libphonenumber cannot tell a US landline
        Mobile,
        FixedLine,
        TollFree,
        PremiumRate,
        SharedCost,
        Voip,
        Other,
    };

    // Parses what a provider or a person typed. Numbers without a country code
    // are read in defaultRegion (ISO 3166 code such as "US"). Fails with a
    // translated reason for anonymous, withheld, malformed or impossible numbers.
    static Result<PhoneNumber> parse(const QString &raw,
                                     const QString &defaultRegion = QStringLiteral("US"));

    // "anonymous", "Restricted", Twilio's +266696687 and the like.
    static bool isWithheld(const QString &raw);

    // Display form of a stored E.164 number, national when it belongs to
    // homeRegion. Falls back to the input if it does not parse.
    static QString display(const QString &e164, const QString &homeRegion = QStringLiteral("US"));

    const QString &e164() const { return m_e164; }
    const QString &regionCode() const { return m_region; }
    QString national() const;
    QString international() const;
    Type type() const { return m_type; }

private:
    QString m_e164;
    QString m_region;
    Type m_type = Type::Other;
};

} // namespace ringback
