#pragma once

#include "RingbackCoreExport.h"
#include "net/HttpClient.h"
#include "oauth/LoopbackRedirect.h"
#include "util/Result.h"

#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>

namespace ringback::oauth {

// What an authorization-code sign-in needs to know about the provider.
struct AuthCodeRequest
{
    QUrl authorizeUrl; // e.g. https://platform.ringcentral.com/restapi/oauth/authorize
    QUrl tokenUrl;     // e.g. https://platform.ringcentral.com/restapi/oauth/token
    QString clientId;
    // Empty for a public app (PKCE alone). Otherwise sent as HTTP Basic
    // client authentication (client_secret_basic) on the token request.
    QString clientSecret;
    QString scope;    // empty: the scopes registered for the app
    quint16 port = 0; // of the loopback redirect; 0: a free one the system picks
    int timeoutMs = 5 * 60 * 1000;
};

// How the sign-in ended.
struct AuthCodeOutcome
{
    // Why the token endpoint was never asked or never answered, in words;
    // empty when it answered (with any status: see `response`).
    QString error;
    net::HttpResponse response; // the token endpoint's answer; holds tokens: never log
    bool answered() const { return error.isEmpty(); }
};

// OAuth 2.0 authorization code grant with PKCE (RFC 6749 4.1, RFC 7636 S256)
// for a desktop app: makes a code_verifier and state, waits for the browser
// on a LoopbackRedirect, and exchanges the code at the token endpoint with
// grant_type=authorization_code, code, redirect_uri, code_verifier and
// client_id. The caller opens the returned URL in the browser and reads the
// provider's token answer itself.
class RINGBACK_CORE_EXPORT AuthCodeFlow final : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const AuthCodeOutcome &)>;

    // `http` sends the token request (the caller's timeouts and user agent);
    // its Authorization header is set for the client authentication.
    explicit AuthCodeFlow(net::HttpClient &http, QObject *parent = nullptr);

    // Starts listening and returns the authorization URL for the browser.
    // `done` runs exactly once, later, unless cancel() is called or this
    // object is destroyed first.
    Result<QUrl> start(const AuthCodeRequest &request, Done done);
    void cancel();
    QString redirectUri() const { return m_redirect.redirectUri(); }

    // The authorization URL for these values (public for tests).
    static QUrl authorizationUrl(const AuthCodeRequest &request,
                                 const QString &redirectUri,
                                 const QString &state,
                                 const QString &codeChallenge);

private:
    void exchange(const QString &code);

    net::HttpClient &m_http;
    LoopbackRedirect m_redirect;
    AuthCodeRequest m_request;
    QString m_verifier; // never logged
    QString m_redirectUri;
    Done m_done;
    int m_generation = 0;
};

} // namespace ringback::oauth
