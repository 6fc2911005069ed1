#pragma once

#include "QuoApi.h"
#include "QuoCursor.h"
#include "QuoPacer.h"
#include "provider/kit/Listing.h"
#include "provider/kit/SessionBase.h"

#include <QString>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

namespace ringback::webhook {
class WebhookRegistrar;
}

namespace ringback::quo {

struct Settings
{
    QString apiKey;      // never logged
    QString phoneNumber; // E.164 business line
    QUrl baseUrl;
    int pollIntervalMs = 20000;
    // Quo's webhooks, optional: the signing keys (Base64, never logged; one
    // per webhook created in Quo), set only together with webhook_public_url.
    QList<QByteArray> webhookSigningKeys;
    bool webhooks() const { return !webhookSigningKeys.isEmpty(); }
};

using Problem = provider::Problem;
using Done = provider::Done;

// What the poller, the sender and the connection test share: settings, the
// paced HTTP client, the business number's Quo id, the cursor, and (from the
// kit) the engine's event sink, the connection state and the clock.
class Session : public provider::CursorSessionOf<Settings, Endpoints, Cursor, Pacer>
{
public:
    Session();

    webhook::WebhookRegistrar *webhooks = nullptr; // the host's receiver, if any
    QString webhookUrl;    // where Quo's webhooks are received; empty: polling only
    QString phoneNumberId; // PN… of settings.phoneNumber, once looked up
    QString numberName;    // its name in Quo ("Main line")

    // GET /v1/phone-numbers and find the business number: sets phoneNumberId.
    // A number not on the account is a Refused problem naming it.
    void lookUpNumber(Done done);
    // lookUpNumber() unless the id is already known.
    void ensureNumberId(Done done);

    static Problem notOnAccount(const QString &number);
};

template<typename T>
using Listing = provider::Listing<T>;

// Every item of a v1 list, following nextPageToken (provider/kit/Listing.h).
template<typename T>
void listAll(Session &session,
             QUrl (Endpoints::*url)(const net::Fields &) const,
             net::Fields query,
             Result<Page<T>> (*parse)(const QByteArray &),
             const QString &what,
             int maxPages,
             std::function<void(Listing<T>)> done)
{
    provider::listPages<T, Page<T>>(
        session,
        [&session, url, query](const QString &next, net::HttpClient::Callback answer) {
            session.http->get(
                (session.endpoints.*url)(next.isEmpty() ? query : withPageToken(query, next)),
                std::move(answer));
        },
        parse,
        &Page<T>::nextPageToken,
        what,
        maxPages,
        std::move(done));
}

} // namespace ringback::quo
