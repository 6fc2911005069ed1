#pragma once

#include "TwilioApi.h"
#include "TwilioCursor.h"
#include "net/HttpClient.h"

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

// Why a request did not give a usable answer, classified for the connection
// state, the backoff and the office's message.
struct Problem
{
    enum class Kind {
        Network,     // no answer: Reconnecting
        Server,      // 5xx: Reconnecting
        RateLimited, // 429: wait Retry-After
        Auth,        // 401: AuthFailed
        Refused,     // another 4xx: Error
        BadAnswer,   // unreadable JSON or shape: Error
    };
    Kind kind = Kind::Network;
    QString detail;
    qint64 retryAfterMs = 0;

    ConnectionState state() const;
};
using Done = std::function<void(const std::optional<Problem> &)>;

// What the poller, the sender and the media fetcher share: settings, the
// HTTP client, the engine's event sink, the cursor and the connection state.
class Session
{
public:
    Settings settings;
    Endpoints endpoints;
    net::HttpClient *http = nullptr;
    ProviderEvents *events = nullptr;
    Cursor cursor;
    bool running = false;

    static QDateTime now() { return QDateTime::currentDateTimeUtc(); }

    // Reports the state to the engine when it changed.
    void setState(ConnectionState state, const QString &detail);
    ConnectionState state() const { return m_state; }
    // Hands the cursor to the engine when it changed.
    void saveCursor();
    void resetState()
    {
        m_state = ConnectionState::Disconnected;
        m_detail.clear();
        m_savedCursor.clear();
    }

    // `what` names the request for the office ("listing calls").
    static Problem problemOf(const net::HttpResponse &response, const QString &what);
    static Problem badAnswer(const QString &what, const QString &why);

private:
    ConnectionState m_state = ConnectionState::Disconnected;
    QString m_detail;
    QString m_savedCursor;
};

// Every item of a list, following next_page_uri. Stops at maxPages (then
// `complete` is false) or at the first problem.
template<typename T>
struct Listing
{
    std::vector<T> items;
    bool complete = false;
    std::optional<Problem> problem;
};

template<typename T>
void listAll(Session &session,
             const QUrl &url,
             Result<Page<T>> (*parse)(const QByteArray &),
             const QString &what,
             int maxPages,
             std::function<void(Listing<T>)> done,
             std::shared_ptr<Listing<T>> soFar = {},
             int page = 0)
{
    if (!soFar)
        soFar = std::make_shared<Listing<T>>();
    session.http->get(
        url,
        [&session, parse, what, maxPages, done, soFar, page](const net::HttpResponse &response) {
            if (!response.isSuccess()) {
                soFar->problem = Session::problemOf(response, what);
                done(std::move(*soFar));
                return;
            }
            auto parsed = parse(response.body);
            if (!parsed) {
                soFar->problem = Session::badAnswer(what, parsed.errorMessage());
                done(std::move(*soFar));
                return;
            }
            for (auto &item : parsed.value().items)
                soFar->items.push_back(std::move(item));
            const QString next = parsed->nextPageUri;
            if (next.isEmpty() || page + 1 >= maxPages || !session.running) {
                soFar->complete = next.isEmpty();
                done(std::move(*soFar));
                return;
            }
            listAll<T>(session,
                       session.endpoints.resolve(next),
                       parse,
                       what,
                       maxPages,
                       done,
                       soFar,
                       page + 1);
        });
}

} // namespace ringback::twilio
