#pragma once

#include "RingCentralSession.h"
#include "oauth/AuthCodeFlow.h"

#include <QObject>

#include <functional>

namespace ringback::ringcentral {

// "Sign in with RingCentral…" (auth code + PKCE for a public app,
// https://developers.ringcentral.com/guide/authentication/auth-code-pkce-flow):
// the authorization in the user's browser through oauth::AuthCodeFlow, the code
// exchanged at /restapi/oauth/token, and the refresh token of the answer handed
// to `keep` (the host's keychain). The message says, in words, what worked or
// what went wrong.
class SignIn final : public QObject
{
    Q_OBJECT

public:
    using Keep = std::function<void(const QString &refreshToken)>;

    explicit SignIn(net::HttpClient &tokenHttp, QObject *parent = nullptr);

    // `done` runs exactly once unless this object is destroyed first.
    void run(const Settings &settings,
             const Endpoints &endpoints,
             Keep keep,
             const std::function<bool(const QUrl &)> &openBrowser,
             std::function<void(const SignInResult &)> done);

    // For tests: how long to wait for the browser.
    int timeoutMs = 5 * 60 * 1000;

private:
    void finished(const oauth::AuthCodeOutcome &outcome);

    oauth::AuthCodeFlow m_flow;
    Keep m_keep;
    std::function<void(const SignInResult &)> m_done;
};

} // namespace ringback::ringcentral
