#include "FakeTwilioLookup.h"

#include "FakeTwilio.h"

#include "FakeTwilioUtil.h"

#include <QJsonObject>
#include <QRegularExpression>

namespace ringback::test {

FakeTwilioLookup::FakeTwilioLookup()
{
    // One route: everything is checked in the order Twilio answers it.
    route(
        "*",
        QStringLiteral(".*"),
        [this](Request &seen, const QRegularExpressionMatch &) { return lookUp(seen); },
        Access::Open);
}

FakeTwilioLookup::~FakeTwilioLookup() = default;

FakeTwilioLookup::Answer FakeTwilioLookup::failure(const Reply &reply)
{
    return Answer::json(fake::errorJson(reply.status, reply.code.toInt(), reply.title),
                        reply.status);
}

FakeTwilioLookup::Answer FakeTwilioLookup::lookUp(Request &seen)
{
    const auto refuse = [&](int status, int code, const QString &message) {
        return Answer::json(fake::errorJson(status, code, message), status);
    };
    Answer a;
    static const QRegularExpression phoneNumber(
        QStringLiteral("^/v2/PhoneNumbers/(\\+[1-9][0-9]{6,14})$"));
    const auto match = phoneNumber.match(seen.path);
    seen.authorized
        = seen.authorization == fake::basicAuth(FakeTwilio::accountSid(), FakeTwilio::authToken());
    if (seen.method != "GET") {
        violation(QStringLiteral("a lookup is a GET"));
        a = refuse(405, 20004, QStringLiteral("Method not allowed"));
    } else if (!seen.authorized) {
        a = refuse(401, 20003, QStringLiteral("Authenticate"));
    } else if (!match.hasMatch()) {
        violation(
            QStringLiteral("not a Lookup v2 path with an E.164 number: %1").arg(seen.rawPath));
        a = refuse(404, 20404, QStringLiteral("The requested resource was not found"));
    } else if (seen.rawQuery != QLatin1String("Fields=line_type_intelligence")) {
        violation(QStringLiteral("expected Fields=line_type_intelligence, got \"%1\"")
                      .arg(seen.rawQuery));
        a = refuse(400, 60200, QStringLiteral("Invalid parameter"));
    } else if (failStatus) {
        a = refuse(failStatus, 20500, QStringLiteral("Internal Server Error"));
    } else {
        const QString number = match.captured(1);
        QJsonObject line{{QStringLiteral("mobile_country_code"), QJsonValue::Null},
                         {QStringLiteral("mobile_network_code"), QJsonValue::Null},
                         {QStringLiteral("carrier_name"), QStringLiteral("Fake Telecom")},
                         {QStringLiteral("type"), types.value(number, QStringLiteral("mobile"))},
                         {QStringLiteral("error_code"), QJsonValue::Null}};
        if (errorCodes.contains(number)) {
            line.insert(QStringLiteral("type"), QJsonValue::Null);
            line.insert(QStringLiteral("carrier_name"), QJsonValue::Null);
            line.insert(QStringLiteral("error_code"), errorCodes.value(number));
        }
        a = Answer::json(
            {{QStringLiteral("calling_country_code"), QStringLiteral("1")},
             {QStringLiteral("country_code"), QStringLiteral("US")},
             {QStringLiteral("phone_number"), number},
             {QStringLiteral("national_format"), number.mid(2)},
             {QStringLiteral("valid"), true},
             {QStringLiteral("validation_errors"), QJsonValue::Null},
             {QStringLiteral("caller_name"), QJsonValue::Null},
             {QStringLiteral("line_type_intelligence"), line},
             {QStringLiteral("url"),
              QString(QStringLiteral("https://lookups.twilio.com/v2/PhoneNumbers/") + number)}});
    }
    a.never = never;
    return a;
}

} // namespace ringback::test
