#pragma once

#include "RingCentralAuth.h"
#include "RingCentralSender.h"
#include "RingCentralSession.h"
#include "RingCentralSignIn.h"
#include "RingCentralStream.h"
#include "RingCentralSync.h"
#include "net/Backoff.h"
#include "net/HttpClient.h"
#include "provider/kit/ClockTimer.h"
#include "provider/kit/ProviderBase.h"

#include <QNetworkAccessManager>

namespace ringback {

// RingCentral (https://developers.ringcentral.com/guide): OAuth with the JWT
// grant of a private app, or with the refresh token of a browser sign-in to a
// public app (auth_mode pkce: RingCentralSignIn, then RingCentralAuth), missed
// calls and texts pushed over a WebSocket (RingCentralStream) and caught up
// after any gap through call-log-sync and message-sync (RingCentralSync), texts
// sent through the SMS endpoint (RingCentralSender). Before streaming it checks
// that the business number is one of the user's texting numbers, and reports
// what is wrong as the connection state.
class RingCentralProvider final : public provider::ProviderBase
{
    Q_OBJECT

public:
    RingCentralProvider();
    ~RingCentralProvider() override;

    void signIn(const ProviderContext &context,
                std::function<bool(const QUrl &)> openBrowser,
                std::function<void(const SignInResult &)> done) override;

private:
    Status configureWith(const ProviderContext &context) override;
    void begin(const QString &cursor) override;
    void verify();
    void halt() override;
    void check(std::function<void(const ConnectionCheck &)> done) override;

    QNetworkAccessManager m_network;
    net::HttpClient m_tokenHttp;
    net::HttpClient m_apiHttp;
    ringcentral::Session m_session;
    ringcentral::Auth m_auth;
    ringcentral::Sync m_sync;
    ringcentral::Sender m_sender;
    ringcentral::Stream m_stream;
    provider::ClockTimer m_verifyTimer{m_session};
    net::Backoff m_verifyBackoff;
    std::unique_ptr<ringcentral::SignIn> m_signIn;
    std::function<void(const QString &, const QString &)> m_saveSecret;
};

} // namespace ringback
