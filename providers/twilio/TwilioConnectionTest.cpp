#include "TwilioConnectionTest.h"

#include <QCoreApplication>

namespace ringback::twilio {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ringback::TwilioProvider)
};

constexpr int kTestTimeoutMs = 20000;

net::HttpClient::Options testOptions(const net::HttpClient &http)
{
    net::HttpClient::Options options = http.defaultOptions();
    options.timeoutMs = kTestTimeoutMs;
    return options;
}

void checkNumber(Session &session,
                 const QString &accountName,
                 std::function<void(const ConnectionCheck &)> done)
{
    const QString number = session.settings.phoneNumber;
    session.http->get(
        session.endpoints.incomingNumbers(number),
        testOptions(*session.http),
        [&session, number, accountName, done](const net::HttpResponse &response) {
            if (!response.isSuccess()) {
                done({false, describeTestFailure(response, session.settings.accountSid)});
                return;
            }
            const auto count = parseIncomingNumberCount(response.body);
            if (!count) {
                done({false,
                      Tr::tr("Twilio sent an answer Ringback cannot read (%1).")
                          .arg(count.errorMessage())});
                return;
            }
            if (count.value() == 0) {
                done({false, Tr::tr("%1 is not a number on this Twilio account.").arg(number)});
                return;
            }
            done(
                {true,
                 accountName.isEmpty()
                     ? Tr::tr("Connected to Twilio: the account works and %1 is on it.").arg(number)
                     : Tr::tr("Connected to Twilio account “%1”: %2 is on it.")
                           .arg(accountName, number)});
        });
}

} // namespace

QString describeTestFailure(const net::HttpResponse &response, const QString &accountSid)
{
    using F = net::HttpResponse::Failure;
    switch (response.failure) {
    case F::NotConnected:
        return Tr::tr("Cannot reach Twilio at %1 (%2). Check the internet connection and the "
                      "API address.")
            .arg(response.url.host(), response.describe());
    case F::Timeout:
        return Tr::tr("Twilio did not answer in time (%1). Try again in a minute.")
            .arg(response.describe());
    case F::Network:
        return Tr::tr("The connection to Twilio broke (%1). Try again in a minute.")
            .arg(response.describe());
    case F::TooLarge:
        return Tr::tr("Twilio sent an answer too large to be real (%1). Check the API address.")
            .arg(response.describe());
    case F::None:
        break;
    }
    const ApiError error = parseError(response.status, response.body);
    if (response.status == 401)
        return Tr::tr("Twilio refused the Account SID or Auth Token.");
    if (response.status == 404)
        return Tr::tr("Twilio has no account %1 for these credentials.").arg(accountSid);
    if (response.status == 429 || error.code == 20429)
        return Tr::tr("Twilio asked Ringback to slow down (429). Try again in a minute.");
    if (response.status >= 500)
        return Tr::tr("Twilio is having trouble (HTTP %1). Try again later.").arg(response.status);
    return Tr::tr("Twilio refused the check (HTTP %1: %2).")
        .arg(response.status)
        .arg(error.message.isEmpty() ? Tr::tr("no details") : error.message);
}

void testConnection(Session &session, std::function<void(const ConnectionCheck &)> done)
{
    if (!session.http || session.settings.accountSid.isEmpty()) {
        done({false, Tr::tr("The Twilio settings are incomplete.")});
        return;
    }
    session.http->get(
        session.endpoints.account(),
        testOptions(*session.http),
        [&session, done](const net::HttpResponse &response) {
            if (!response.isSuccess()) {
                done({false, describeTestFailure(response, session.settings.accountSid)});
                return;
            }
            const auto account = parseAccount(response.body);
            if (!account) {
                done({false,
                      Tr::tr("Twilio sent an answer Ringback cannot read (%1).")
                          .arg(account.errorMessage())});
                return;
            }
            if (!account->status.isEmpty() && account->status != QLatin1String("active")) {
                done({false, Tr::tr("The Twilio account is %1, not active.").arg(account->status)});
                return;
            }
            checkNumber(session, account->friendlyName, done);
        });
}

} // namespace ringback::twilio
