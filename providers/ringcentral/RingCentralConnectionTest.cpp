#include "RingCentralConnectionTest.h"

#include "RingCentralAuth.h"

#include "provider/kit/ConnectionTests.h"

#include <QCoreApplication>

namespace ringback::ringcentral {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ringback::RingCentralProvider)
};

} // namespace

std::optional<bool> numberCanText(const std::vector<PhoneNumberInfo> &numbers,
                                  const QString &number)
{
    for (const PhoneNumberInfo &n : numbers) {
        if (sameNumber(n.phoneNumber, number))
            return n.features.contains(QLatin1String("SmsSender"))
                   || n.features.contains(QLatin1String("A2PSmsSender"));
    }
    return std::nullopt;
}

QString describeTestFailure(const net::HttpResponse &response)
{
    const ApiError error = parseError(response.status, response.body);
    if (response.failure == net::HttpResponse::Failure::None && response.status == 403)
        return Tr::tr("The RingCentral app lacks a permission (%1: %2). In the Developer "
                      "Console give it ReadAccounts, ReadCallLog, ReadMessages, SMS and "
                      "WebSocketsSubscriptions.")
            .arg(error.code, error.message);
    return provider::describeTestFailure(
        response,
        QStringLiteral("RingCentral"),
        Tr::tr("RingCentral refused the app's token (401)."),
        [&response, &error] {
            return Tr::tr("RingCentral refused the check (HTTP %1 %2: %3).")
                .arg(response.status)
                .arg(error.code, error.message.isEmpty() ? Tr::tr("no details") : error.message);
        });
}

void testConnection(Session &session, std::function<void(const ConnectionCheck &)> done)
{
    if (!session.auth || session.settings.clientId.isEmpty()) {
        done({false, Tr::tr("The RingCentral settings are incomplete.")});
        return;
    }
    session.auth->call(
        [&session](net::HttpClient &http, net::HttpClient::Callback cb) {
            http.get(session.endpoints.phoneNumbers(), std::move(cb));
        },
        [&session, done](const net::HttpResponse &r, const std::optional<Problem> &problem) {
            if (problem) {
                done({false,
                      problem->kind == Problem::Kind::Auth
                          ? Tr::tr("RingCentral refused the Client ID, Client secret or JWT. "
                                   "Check them in the Developer Console (%1).")
                                .arg(problem->detail)
                          : problem->detail});
                return;
            }
            const auto numbers = provider::readTestAnswer(
                r, QStringLiteral("RingCentral"), parsePhoneNumbers, describeTestFailure, done);
            if (!numbers)
                return;
            const QString number = session.settings.phoneNumber;
            const auto canText = numberCanText(numbers.value(), number);
            if (!canText) {
                done({false,
                      Tr::tr("%1 is not a number of the RingCentral user the JWT belongs to.")
                          .arg(number)});
                return;
            }
            if (!*canText) {
                done({false,
                      Tr::tr("%1 belongs to this RingCentral user but cannot send texts "
                             "(no SmsSender feature).")
                          .arg(number)});
                return;
            }
            done({true,
                  Tr::tr("Connected to RingCentral: the app's credentials work and %1 can "
                         "send texts.")
                      .arg(number)});
        });
}

} // namespace ringback::ringcentral
