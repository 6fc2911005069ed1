#pragma once

#include "RingCentralAuth.h"
#include "RingCentralSender.h"
#include "RingCentralSession.h"
#include "RingCentralSignIn.h"
#include "RingCentralStream.h"
#include "RingCentralSync.h"
#include "net/Backoff.h"
#include "net/HttpClient.h"
#include "provider/ProviderApi.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QTimer>

namespace ringback {

// RingCentral (https://developers.ringcentral.com/guide): OAuth with the JWT
// grant of a private app, or with the refresh token of a browser sign-in to a
// public app (auth_mode pkce: RingCentralSignIn, then RingCentralAuth), missed
// calls and texts pushed over a WebSocket (RingCentralStream) and caught up
// after any gap through call-log-sync and message-sync (RingCentralSync), texts
// sent through the SMS endpoint (RingCentralSender). Before streaming it checks
// that the business number is one of the user's texting numbers, and reports
// what is wrong as the connection state.
class RingCentralProvider final : public QObject, public Provider
{
    Q_OBJECT

public:
    RingCentralProvider();
    ~RingCentralProvider() override;

    Status configure(const ProviderContext &context) override;
    void start(ProviderEvents *events, const QString &cursor) override;
    void stop() override;
    void send(const SendRequest &request) override;
    void reconcile(const SendRequest &request) override;
    void testConnection(std::function<void(const ConnectionCheck &)> done) override;
    void signIn(const ProviderContext &context,
                std::function<bool(const QUrl &)> openBrowser,
                std::function<void(const SignInResult &)> done) override;

private:
    void verify();

    QNetworkAccessManager m_network;
    net::HttpClient m_tokenHttp;
    net::HttpClient m_apiHttp;
    ringcentral::Session m_session;
    ringcentral::Auth m_auth;
    ringcentral::Sync m_sync;
    ringcentral::Sender m_sender;
    ringcentral::Stream m_stream;
    QTimer m_verifyTimer;
    net::Backoff m_verifyBackoff;
    std::unique_ptr<ringcentral::SignIn> m_signIn;
    std::function<void(const QString &, const QString &)> m_saveSecret;
    bool m_configured = false;
};

} // namespace ringback
