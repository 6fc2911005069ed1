#include "oauth/AuthCodeFlow.h"

#include "oauth/Pkce.h"

#include <QUrlQuery>

namespace ringback::oauth {

AuthCodeFlow::AuthCodeFlow(net::HttpClient &http, QObject *parent)
    : QObject(parent)
    , m_http(http)
{}

QUrl AuthCodeFlow::authorizationUrl(const AuthCodeRequest &request,
                                    const QString &redirectUri,
                                    const QString &state,
                                    const QString &codeChallenge)
{
    QUrl url = request.authorizeUrl;
    QUrlQuery query(url);
    query.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
    query.addQueryItem(QStringLiteral("client_id"), request.clientId);
    query.addQueryItem(QStringLiteral("redirect_uri"), redirectUri);
    query.addQueryItem(QStringLiteral("state"), state);
    query.addQueryItem(QStringLiteral("code_challenge"), codeChallenge);
    query.addQueryItem(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
    if (!request.scope.isEmpty())
        query.addQueryItem(QStringLiteral("scope"), request.scope);
    // Percent-encode what a query value must not hold as is (':' and '/' of
    // the redirect URI stay readable; '+' and '&' never appear raw).
    QString encoded;
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (!encoded.isEmpty())
            encoded += QLatin1Char('&');
        encoded
            += key + QLatin1Char('=') + QString::fromLatin1(QUrl::toPercentEncoding(value, ":/"));
    }
    url.setQuery(encoded, QUrl::StrictMode);
    return url;
}

Result<QUrl> AuthCodeFlow::start(const AuthCodeRequest &request, Done done)
{
    cancel();
    if (!request.authorizeUrl.isValid() || !request.tokenUrl.isValid()
        || request.clientId.isEmpty())
        return Error(tr("The sign-in needs the app's Client ID and the provider's address."));
    const QString state = makeState();
    m_verifier = makeCodeVerifier();
    m_request = request;
    m_done = std::move(done);
    const int generation = ++m_generation;
    const Status listening = m_redirect.listen(
        state,
        request.timeoutMs,
        [this, generation](const LoopbackRedirect::Outcome &outcome) {
            if (generation != m_generation)
                return;
            if (!outcome.ok()) {
                Done finished = std::move(m_done);
                m_done = nullptr;
                if (finished)
                    finished({outcome.error, {}});
                return;
            }
            exchange(outcome.code);
        },
        request.port);
    if (!listening) {
        m_done = nullptr;
        return Error(listening.errorMessage());
    }
    m_redirectUri = m_redirect.redirectUri();
    return authorizationUrl(request, m_redirectUri, state, codeChallengeS256(m_verifier));
}

void AuthCodeFlow::cancel()
{
    ++m_generation;
    m_done = nullptr;
    m_redirect.cancel();
}

void AuthCodeFlow::exchange(const QString &code)
{
    const net::Fields form{{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                           {QStringLiteral("code"), code},
                           {QStringLiteral("redirect_uri"), m_redirectUri},
                           {QStringLiteral("code_verifier"), m_verifier},
                           {QStringLiteral("client_id"), m_request.clientId}};
    m_http.setAuthorization(
        m_request.clientSecret.isEmpty()
            ? QByteArray()
            : net::basicAuthorization(m_request.clientId, m_request.clientSecret));
    const int generation = m_generation;
    m_http.postForm(m_request.tokenUrl, form, [this, generation](const net::HttpResponse &r) {
        if (generation != m_generation)
            return;
        m_verifier.clear();
        Done done = std::move(m_done);
        m_done = nullptr;
        if (!done)
            return;
        if (r.failure != net::HttpResponse::Failure::None) {
            done({tr("The sign-in worked, but the token request did not reach the provider "
                     "(%1).")
                      .arg(r.describe()),
                  r});
            return;
        }
        done({QString(), r});
    });
}

} // namespace ringback::oauth
