#include "RingCentralSignIn.h"

#include <QCoreApplication>

namespace ringback::ringcentral {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ringback::RingCentralProvider)
};

} // namespace

SignIn::SignIn(net::HttpClient &tokenHttp, QObject *parent)
    : QObject(parent)
    , m_flow(tokenHttp)
{}

void SignIn::run(const Settings &settings,
                 const Endpoints &endpoints,
                 Keep keep,
                 const std::function<bool(const QUrl &)> &openBrowser,
                 std::function<void(const SignInResult &)> done)
{
    m_keep = std::move(keep);
    m_done = std::move(done);
    oauth::AuthCodeRequest request;
    request.authorizeUrl = endpoints.authorize();
    request.tokenUrl = endpoints.token();
    request.clientId = settings.clientId;
    request.clientSecret = settings.clientSecret;
    request.port = settings.redirectPort;
    request.timeoutMs = timeoutMs;
    const auto url = m_flow.start(
        request, [this](const oauth::AuthCodeOutcome &outcome) { finished(outcome); });
    auto fail = [this](const QString &message) {
        m_flow.cancel();
        auto report = std::move(m_done);
        m_done = nullptr;
        if (report)
            report({false, message});
    };
    if (!url) {
        fail(url.errorMessage());
        return;
    }
    qCInfo(lcRingCentral).noquote()
        << "signing in through the browser; redirect URI" << m_flow.redirectUri();
    if (!openBrowser || !openBrowser(url.value()))
        fail(Tr::tr("Ringback could not open a web browser for the RingCentral sign-in."));
}

void SignIn::finished(const oauth::AuthCodeOutcome &outcome)
{
    auto done = std::move(m_done);
    m_done = nullptr;
    if (!done)
        return;
    if (!outcome.answered()) {
        done({false, outcome.error});
        return;
    }
    const net::HttpResponse &r = outcome.response;
    if (!r.isSuccess()) {
        const ApiError e = parseError(r.status, r.body);
        //: %1 HTTP status, %2 RingCentral's error code, %3 its message
        done({false,
              Tr::tr("RingCentral refused the sign-in (HTTP %1 %2: %3). Check that the app is "
                     "a public app with the authorization code flow and this redirect URI.")
                  .arg(r.status)
                  .arg(e.code, e.message.isEmpty() ? Tr::tr("no details") : e.message)});
        return;
    }
    const auto token = parseToken(r.body);
    if (!token || token->refreshToken.isEmpty()) {
        done({false,
              Tr::tr("RingCentral's answer to the sign-in holds no refresh token (%1).")
                  .arg(token ? Tr::tr("none given") : token.errorMessage())});
        return;
    }
    if (!m_keep) {
        done({false, Tr::tr("Signed in, but Ringback has nowhere to keep the sign-in.")});
        return;
    }
    qCInfo(lcRingCentral) << "signed in; keeping the refresh token";
    m_keep(token->refreshToken);
    done({true,
          Tr::tr("Signed in to RingCentral. Ringback keeps the sign-in in the system keychain "
                 "and uses it from its next start.")});
}

} // namespace ringback::ringcentral
