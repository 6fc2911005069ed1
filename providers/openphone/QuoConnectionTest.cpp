#include "QuoConnectionTest.h"

#include "provider/kit/ConnectionTests.h"

#include <QCoreApplication>

namespace ringback::quo {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ringback::QuoProvider)
};

} // namespace

QString describeTestFailure(const net::HttpResponse &response)
{
    if (response.failure == net::HttpResponse::Failure::None && response.status == 403)
        return Tr::tr("Quo refused the check (403): the API key may not see the workspace's "
                      "phone numbers.");
    return provider::describeTestFailure(
        response,
        QStringLiteral("Quo"),
        Tr::tr("Quo refused the API key. Copy it again from Quo: Settings › API (paste the key "
               "alone, without “Bearer”)."),
        [&response] {
            const ApiError error = parseError(response.status, response.body);
            const QString why = error.message.isEmpty() ? error.title : error.message;
            return Tr::tr("Quo refused the check (HTTP %1: %2).")
                .arg(response.status)
                .arg(why.isEmpty() ? Tr::tr("no details") : why);
        });
}

void testConnection(Session &session, std::function<void(const ConnectionCheck &)> done)
{
    if (!session.http || session.settings.apiKey.isEmpty()) {
        done({false, Tr::tr("The Quo settings are incomplete.")});
        return;
    }
    session.http->get(
        session.endpoints.phoneNumbers(),
        provider::testOptions(session.http->http()),
        [&session, done](const net::HttpResponse &response) {
            const auto numbers = provider::readTestAnswer(
                response, QStringLiteral("Quo"), parsePhoneNumbers, describeTestFailure, done);
            if (!numbers)
                return;
            const QString number = session.settings.phoneNumber;
            QStringList others;
            for (const PhoneNumberEntry &entry : numbers.value()) {
                if (entry.number == number) {
                    session.phoneNumberId = entry.id;
                    session.numberName = entry.name;
                    done({true,
                          entry.name.isEmpty()
                              ? Tr::tr("Connected to Quo: the API key works and %1 is in the "
                                       "workspace.")
                                    .arg(number)
                              : Tr::tr("Connected to Quo: the API key works and %1 (“%2”) is in "
                                       "the workspace.")
                                    .arg(number, entry.name)});
                    return;
                }
                others << entry.number;
            }
            done({false,
                  others.isEmpty()
                      ? Tr::tr("The API key works, but this Quo workspace has no phone numbers.")
                      : Tr::tr("%1 is not a number in this Quo workspace. Its numbers: %2.")
                            .arg(number, others.join(QLatin1String(", ")))});
        });
}

} // namespace ringback::quo
