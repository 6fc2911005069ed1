#include "QuoConnectionTest.h"

#include <QCoreApplication>

namespace ringback::quo {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ringback::QuoProvider)
};

constexpr int kTestTimeoutMs = 20000;

} // namespace

QString describeTestFailure(const net::HttpResponse &response)
{
    using F = net::HttpResponse::Failure;
    switch (response.failure) {
    case F::NotConnected:
        return Tr::tr("Cannot reach Quo at %1 (%2). Check the internet connection and the "
                      "API address.")
            .arg(response.url.host(), response.describe());
    case F::Timeout:
        return Tr::tr("Quo did not answer in time (%1). Try again in a minute.")
            .arg(response.describe());
    case F::Network:
        return Tr::tr("The connection to Quo broke (%1). Try again in a minute.")
            .arg(response.describe());
    case F::TooLarge:
        return Tr::tr("Quo sent an answer too large to be real (%1). Check the API address.")
            .arg(response.describe());
    case F::None:
        break;
    }
    const ApiError error = parseError(response.status, response.body);
    if (response.status == 401)
        return Tr::tr("Quo refused the API key. Copy it again from Quo: Settings › API "
                      "(paste the key alone, without “Bearer”).");
    if (response.status == 403)
        return Tr::tr("Quo refused the check (403): the API key may not see the workspace's "
                      "phone numbers.");
    if (response.status == 429)
        return Tr::tr("Quo asked Ringback to slow down (429). Try again in a minute.");
    if (response.status >= 500)
        return Tr::tr("Quo is having trouble (HTTP %1). Try again later.").arg(response.status);
    const QString words = error.message.isEmpty() ? error.title : error.message;
    return Tr::tr("Quo refused the check (HTTP %1: %2).")
        .arg(response.status)
        .arg(words.isEmpty() ? Tr::tr("no details") : words);
}

void testConnection(Session &session, std::function<void(const ConnectionCheck &)> done)
{
    if (!session.http || session.settings.apiKey.isEmpty()) {
        done({false, Tr::tr("The Quo settings are incomplete.")});
        return;
    }
    net::HttpClient::Options options = session.http->http().defaultOptions();
    options.timeoutMs = kTestTimeoutMs;
    session.http->get(
        session.endpoints.phoneNumbers(),
        options,
        [&session, done](const net::HttpResponse &response) {
            if (!response.isSuccess()) {
                done({false, describeTestFailure(response)});
                return;
            }
            const auto numbers = parsePhoneNumbers(response.body);
            if (!numbers) {
                done({false,
                      Tr::tr("Quo sent an answer Ringback cannot read (%1).")
                          .arg(numbers.errorMessage())});
                return;
            }
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
