#pragma once

#include "RingCentralApi.h"
#include "RingCentralCursor.h"
#include "net/HttpClient.h"
#include "provider/kit/SessionBase.h"

#include <QString>
#include <QUrl>

#include <functional>
#include <optional>

namespace ringback::ringcentral {

class Auth;

struct Settings
{
    // How Ringback gets its tokens
    // (https://developers.ringcentral.com/guide/authentication): the JWT grant
    // of a private app, or a refresh token from "Sign in with RingCentral…"
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

using Problem = provider::Problem;
using Done = provider::Done;

// What the stream, the syncs and the sender share: settings, the API client
// (with the bearer token), the token keeper, the cursor, and (from the kit)
// the engine's event sink, the connection state and the clock.
class Session : public provider::CursorSessionOf<Settings, Endpoints, Cursor>
{
public:
    Session();

    Auth *auth = nullptr;
    bool streaming = false; // the WebSocket is subscribed

    // Connected when the stream is up, Reconnecting otherwise.
    void setHealthy();
    void resetState() override;

    // Milliseconds between requests that keep within the rate limit the
    // response's X-Rate-Limit-Limit / -Window headers announce (0: unknown).
    static qint64 spacingOf(const net::HttpResponse &response);
};

} // namespace ringback::ringcentral
