#include "TelnyxConnectionTest.h"

#include "provider/kit/ConnectionTests.h"

#include <QCoreApplication>

namespace ringback::telnyx {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ringback::TelnyxProvider)
};

QString describeFailure(const net::HttpResponse &response)
{
    if (response.failure == net::HttpResponse::Failure::None
        && (response.status == 401 || response.status == 403))
        return Tr::tr("Telnyx refused the API key (HTTP %1). Check it in Mission Control › "
                      "API Keys.")
            .arg(response.status);
    return provider::describeTestFailure(
        response, QStringLiteral("Telnyx"), QString(), [&response] {
            return Tr::tr("Telnyx refused the check (HTTP %1: %2).")
                .arg(response.status)
                .arg(parseError(response.body).text());
        });
}

} // namespace

void checkAccount(Session &session,
                  std::function<void(const ConnectionCheck &, const net::HttpResponse &)> done)
{
    const net::HttpClient::Options options = provider::testOptions(*session.http);
    const QString number = session.settings.phoneNumber;
    const QString profile = session.settings.messagingProfileId;
    session.http->get(
        session.endpoints.messagingNumber(number),
        options,
        [number, profile, done](const net::HttpResponse &response) {
            const auto numbers = provider::readTestAnswer(
                response,
                QStringLiteral("Telnyx"),
                parseMessagingNumbers,
                describeFailure,
                [&done, &response](const ConnectionCheck &c) { done(c, response); });
            if (!numbers)
                return;
            const MessagingNumber *found = nullptr;
            for (const MessagingNumber &n : numbers.value()) {
                if (n.phoneNumber == number)
                    found = &n;
            }
            if (!found) {
                done({false,
                      Tr::tr("%1 is not a messaging number on this Telnyx account.").arg(number)},
                     response);
                return;
            }
            if (!profile.isEmpty() && found->messagingProfileId != profile) {
                done({false,
                      Tr::tr("%1 is on this Telnyx account but not on the messaging profile %2.")
                          .arg(number, profile)},
                     response);
                return;
            }
            done({true,
                  Tr::tr("Connected to Telnyx: the API key works and %1 is on the account.")
                      .arg(number)},
                 response);
        });
}

void testConnection(Session &session, std::function<void(const ConnectionCheck &)> done)
{
    if (!session.http || session.settings.apiKey.isEmpty()) {
        done({false, Tr::tr("The Telnyx settings are incomplete.")});
        return;
    }
    checkAccount(session,
                 [done](const ConnectionCheck &check, const net::HttpResponse &) { done(check); });
}

} // namespace ringback::telnyx
