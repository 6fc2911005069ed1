#pragma once

#include "QuoApi.h"
#include "QuoCursor.h"
#include "QuoPacer.h"

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

// Why a request did not give a usable answer, classified for the connection
// state, the backoff and the office's message.
struct Problem
{
    enum class Kind {
        Network,     // no answer: Reconnecting
        Server,      // 5xx: Reconnecting
        RateLimited, // 429: wait Retry-After
        Auth,        // 401: AuthFailed
        Refused,     // another 4xx, or the number is not on the account: Error
        BadAnswer,   // unreadable JSON or shape: Error
    };
    Kind kind = Kind::Network;
    QString detail;
    qint64 retryAfterMs = 0;

    ConnectionState state() const;
    bool transient() const
    {
        return kind == Kind::Network || kind == Kind::Server || kind == Kind::RateLimited;
    }
};
using Done = std::function<void(const std::optional<Problem> &)>;

// What the poller, the sender and the connection test share: settings, the
// paced HTTP client, the business number's Quo id, the engine's event sink,
// the cursor and the connection state.
class Session
{
public:
    Settings settings;
    Endpoints endpoints;
    Pacer *http = nullptr;
    ProviderEvents *events = nullptr;
    webhook::WebhookRegistrar *webhooks = nullptr; // the host's receiver, if any
    QString webhookUrl; // where Quo's webhooks are received; empty: polling only
    Cursor cursor;
    QString phoneNumberId; // PN… of settings.phoneNumber, once looked up
    QString numberName;    // its name in Quo ("Main line")
    bool running = false;

    static QDateTime now() { return QDateTime::currentDateTimeUtc(); }

    void setState(ConnectionState state, const QString &detail);
    ConnectionState state() const { return m_state; }
    void saveCursor();
    void resetState()
    {
        m_state = ConnectionState::Disconnected;
        m_detail.clear();
        m_savedCursor.clear();
    }

    // GET /v1/phone-numbers and find the business number: sets phoneNumberId.
    // A number not on the account is a Refused problem naming it.
    void lookUpNumber(Done done);
    // lookUpNumber() unless the id is already known.
    void ensureNumberId(Done done);

    // `what` names the request for the office ("listing calls").
    static Problem problemOf(const net::HttpResponse &response, const QString &what);
    static Problem badAnswer(const QString &what, const QString &why);
    static Problem notOnAccount(const QString &number);

private:
    ConnectionState m_state = ConnectionState::Disconnected;
    QString m_detail;
    QString m_savedCursor;
};

template<typename T>
struct Listing
{
    std::vector<T> items;
    bool complete = false; // every page was read
    std::optional<Problem> problem;
};

// Every item of a v1 list, following nextPageToken (until it is null). Stops
// at maxPages (then `complete` is false) or at the first problem.
template<typename T>
void listAll(Session &session,
             std::function<QUrl(const net::Fields &)> url,
             net::Fields query,
             Result<Page<T>> (*parse)(const QByteArray &),
             const QString &what,
             int maxPages,
             std::function<void(Listing<T>)> done,
             std::shared_ptr<Listing<T>> soFar = {},
             int page = 0)
{
    if (!soFar)
        soFar = std::make_shared<Listing<T>>();
    session.http->get(url(query),
                      [&session, url, query, parse, what, maxPages, done, soFar, page](
                          const net::HttpResponse &response) {
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
                          const QString next = parsed->nextPageToken;
                          if (next.isEmpty() || page + 1 >= maxPages || !session.running) {
                              soFar->complete = next.isEmpty();
                              done(std::move(*soFar));
                              return;
                          }
                          listAll<T>(session,
                                     url,
                                     withPageToken(query, next),
                                     parse,
                                     what,
                                     maxPages,
                                     done,
                                     soFar,
                                     page + 1);
                      });
}

} // namespace ringback::quo
