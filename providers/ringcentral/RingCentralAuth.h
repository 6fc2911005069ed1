#pragma once

#include "RingCentralSession.h"
#include "provider/kit/ClockTimer.h"

#include <QObject>

#include <vector>

namespace ringback::ringcentral {

// Keeps an OAuth access token
// (https://developers.ringcentral.com/guide/authentication/jwt-flow and
// .../authentication/auth-code-pkce-flow): obtains one with the JWT grant
// (client_secret_basic), refreshes it with the refresh token shortly before it
// expires (and falls back to the JWT grant when the refresh token is refused),
// and runs API requests with it: a request answered 401 gets a fresh token and
// is sent once more. Concurrent requests share one token request. Token answers
// 429 are honoured through the waiting callers. With AuthMode::Pkce there is no
// JWT: every token comes from the refresh token of the sign-in (a public app
// sends client_id in the form instead of Basic client authentication), and each
// new refresh token RingCentral hands out replaces it and is passed to the
// rotation callback, to be kept.
class Auth final : public QObject
{
    Q_OBJECT

public:
    using Ready = std::function<void(const std::optional<Problem> &)>;
    // Sends one request through the API client.
    using Issue = std::function<void(net::HttpClient &, net::HttpClient::Callback)>;
    // The response, or the problem that kept the request from being sent.
    using Answer = std::function<void(const net::HttpResponse &, const std::optional<Problem> &)>;

    // `session` gives the clock and the problem words; it outlives the Auth.
    Auth(const Session &session,
         net::HttpClient &tokenHttp,
         net::HttpClient &apiHttp,
         QObject *parent = nullptr);

    void configure(const Settings &settings, const Endpoints &endpoints);
    // Refresh the token before it expires while on (the running provider).
    void setAutoRefresh(bool on);
    void ensureToken(Ready ready);
    void call(Issue issue, Answer done);
    // Forgets the tokens and fails nobody: pending callers are dropped.
    void reset();
    bool hasToken() const { return !m_access.isEmpty(); }
    // Pkce: called with each new refresh token (never log it).
    void setRotationCallback(std::function<void(const QString &)> rotated)
    {
        m_rotated = std::move(rotated);
    }

private:
    bool pkce() const { return m_settings.authMode == Settings::AuthMode::Pkce; }
    bool canRefresh(qint64 now) const;
    void request(bool useRefresh);
    void finish(const std::optional<Problem> &problem);
    void scheduleRefresh();
    void send(const Issue &issue, const Answer &done, bool retried);

    const Session &m_session;
    net::HttpClient &m_tokenHttp;
    net::HttpClient &m_apiHttp;
    Settings m_settings;
    Endpoints m_endpoints;
    QString m_access;
    QString m_refresh;
    qint64 m_expiresAtMs = 0;
    qint64 m_refreshExpiresAtMs = 0;
    qint64 m_lifetimeMs = 0;
    bool m_requesting = false;
    bool m_autoRefresh = false;
    int m_generation = 0;
    // After the credentials were refused or the token endpoint said 429, no
    // new token request until then (the Auth group allows 5 a minute).
    qint64 m_blockedUntilMs = 0;
    std::optional<Problem> m_blockedBy;
    std::vector<Ready> m_waiting;
    std::function<void(const QString &)> m_rotated;
    provider::ClockTimer m_refreshTimer{m_session}; // on the session's clock
};

} // namespace ringback::ringcentral
