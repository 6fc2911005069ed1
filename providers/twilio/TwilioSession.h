#pragma once

#include "TwilioApi.h"
#include "TwilioCursor.h"
#include "net/HttpClient.h"
#include "provider/kit/Listing.h"
#include "provider/kit/SessionBase.h"

#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

namespace ringback::twilio {

struct Settings
{
    QString accountSid;
    QString authToken;   // never logged
    QString phoneNumber; // E.164 business line
    QUrl baseUrl;
    QUrl lookupBaseUrl; // Lookup v2 (TwilioLookup.h)
    int pollIntervalMs = 15000;
    QString dataDir; // where MMS media is saved; empty: not downloaded
};

using Problem = provider::Problem;
using Done = provider::Done;

// What the poller, the sender and the media fetcher share: settings, the
// HTTP client, the cursor, and (from the kit) the engine's event sink, the
// connection state and the clock.
class Session : public provider::CursorSessionOf<Settings, Endpoints, Cursor>
{
public:
    Session();
};

template<typename T>
using Listing = provider::Listing<T>;

// Every item of a list, following next_page_uri (provider/kit/Listing.h).
template<typename T>
void listAll(Session &session,
             const QUrl &url,
             Result<Page<T>> (*parse)(const QByteArray &),
             const QString &what,
             int maxPages,
             std::function<void(Listing<T>)> done)
{
    provider::listPages<T, Page<T>>(
        session,
        [&session, url](const QString &next, net::HttpClient::Callback answer) {
            session.http->get(next.isEmpty() ? url : session.endpoints.resolve(next),
                              std::move(answer));
        },
        parse,
        &Page<T>::nextPageUri,
        what,
        maxPages,
        std::move(done));
}

} // namespace ringback::twilio
