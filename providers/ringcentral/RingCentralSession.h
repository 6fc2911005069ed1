#pragma once

#include "RingCentralApi.h"
#include "RingCentralCursor.h"
#include "net/HttpClient.h"

#include <QString>
#include <QUrl>

#include <functional>
#include <optional>

namespace ringback::ringcentral {

class Auth;

struct Settings
{
    // How Ringback gets its tokens (PROVIDERS.md 4.1): the JWT grant of a
    // private app, or a refresh token from "Sign in with RingCentral…"
    // (authorization code with PKCE, a public app).
    enum class AuthMode { Jwt, Pkce };
    AuthMode authMode = AuthMode::Jwt;
    QString clientId;
    QString clientSecret;     // never logged; empty for a public app
    QString jwt;              // never logged
    QString refreshToken;     // Pkce: from the sign-in; never logged
    quint16 redirectPort = 0; // Pkce sign-in: the loopback port; 0: any free one
    QString phoneNumber;      // E.164 business line
    QUrl baseUrl;
    int keepAliveMs = 30000;
};

// Why a request did not give a usable answer, classified for the connection
// state, the backoff and the office's message.
struct Problem
{
    enum class Kind {
        Network,     // no answer: Reconnecting
        Server,      // 5xx: Reconnecting
        RateLimited, // 429: wait Retry-After
        Auth,        // credentials refused: AuthFailed
        Refused,     // another 4xx: Error
        BadAnswer,   // unreadable JSON or shape: Error
    };
    Kind kind = Kind::Network;
    QString detail;
    qint64 retryAfterMs = 0;
    QString code; // RingCentral's errorCode, when there is one

    ConnectionState state() const;
    bool transient() const
    {
        return kind == Kind::Network || kind == Kind::Server || kind == Kind::RateLimited;
    }
};
using Done = std::function<void(const std::optional<Problem> &)>;

// What the stream, the syncs and the sender share: settings, the API client
// (with the bearer token), the token keeper, the engine's event sink, the
// cursor and the connection state.
class Session
{
public:
    Settings settings;
    Endpoints endpoints;
    net::HttpClient *http = nullptr;
    Auth *auth = nullptr;
    ProviderEvents *events = nullptr;
    Cursor cursor;
    bool running = false;
    bool streaming = false; // the WebSocket is subscribed

    static QDateTime now() { return QDateTime::currentDateTimeUtc(); }
    static qint64 nowMs() { return QDateTime::currentMSecsSinceEpoch(); }

    // Reports the state to the engine when it changed.
    void setState(ConnectionState state, const QString &detail);
    ConnectionState state() const { return m_state; }
    // Connected when the stream is up, Reconnecting otherwise.
    void setHealthy();
    // Hands the cursor to the engine when it changed.
    void saveCursor();
    void resetState();

    // `what` names the request for the office ("syncing the call log").
    static Problem problemOf(const net::HttpResponse &response, const QString &what);
    static Problem badAnswer(const QString &what, const QString &why);
    // Milliseconds between requests that keep within the rate limit the
    // response's X-Rate-Limit-Limit / -Window headers announce (0: unknown).
    static qint64 spacingOf(const net::HttpResponse &response);

private:
    ConnectionState m_state = ConnectionState::Disconnected;
    QString m_detail;
    QString m_savedCursor;
};

} // namespace ringback::ringcentral
