#include "TwilioConnectionTest.h"

#include "provider/kit/ConnectionTests.h"

#include <QCoreApplication>

namespace ringback::twilio {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ringback::TwilioProvider)
};

void checkNumber(Session &session,
                 const QString &accountName,
                 std::function<void(const ConnectionCheck &)> done)
{
    const QString number = session.settings.phoneNumber;
    session.http->get(
        session.endpoints.incomingNumbers(number),
        provider::testOptions(*session.http),
        [&session, number, accountName, done](const net::HttpResponse &response) {
            const auto count = provider::readTestAnswer(
                response,
                QStringLiteral("Twilio"),
                parseIncomingNumberCount,
                [&session](const net::HttpResponse &a) {
                    return describeTestFailure(a, session.settings.accountSid);
                },
                done);
            if (!count)
                return;
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
    const ApiError error = parseError(response.status, response.body);
    if (response.failure == net::HttpResponse::Failure::None && response.status == 404)
        return Tr::tr("Twilio has no account %1 for these credentials.").arg(accountSid);
    net::HttpResponse answer = response;
    if (answer.failure == net::HttpResponse::Failure::None && answer.status != 401
        && error.code == 20429)
        answer.status = 429; // Too Many Requests, whatever the status
    return provider::describeTestFailure(
        answer,
        QStringLiteral("Twilio"),
        Tr::tr("Twilio refused the Account SID or Auth Token."),
        [&answer, &error] {
            return Tr::tr("Twilio refused the check (HTTP %1: %2).")
                .arg(answer.status)
                .arg(error.message.isEmpty() ? Tr::tr("no details") : error.message);
        });
}

void testConnection(Session &session, std::function<void(const ConnectionCheck &)> done)
{
    if (!session.http || session.settings.accountSid.isEmpty()) {
        done({false, Tr::tr("The Twilio settings are incomplete.")});
        return;
    }
    session.http->get(
        session.endpoints.account(),
        provider::testOptions(*session.http),
        [&session, done](const net::HttpResponse &response) {
            const auto account = provider::readTestAnswer(
                response,
                QStringLiteral("Twilio"),
                parseAccount,
                [&session](const net::HttpResponse &a) {
                    return describeTestFailure(a, session.settings.accountSid);
                },
                done);
            if (!account)
                return;
            if (!account->status.isEmpty() && account->status != QLatin1String("active")) {
                done({false, Tr::tr("The Twilio account is %1, not active.").arg(account->status)});
                return;
            }
            checkNumber(session, account->friendlyName, done);
        });
}

} // namespace ringback::twilio
