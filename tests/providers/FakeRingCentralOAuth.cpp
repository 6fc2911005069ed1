// The OAuth routes of the fake RingCentral: /restapi/oauth/authorize (what
// the browser would see, answered with the redirect) and /restapi/oauth/token
// with the JWT, authorization-code (PKCE S256) and refresh grants.

#include "FakeRingCentral.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QUrl>
#include <QUrlQuery>

namespace ringback::test {

using fake::param;

namespace {

QByteArray oauthError(const QString &error, const QString &code, const QString &why)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("error"), error},
                                     {QStringLiteral("errorCode"), code},
                                     {QStringLiteral("error_description"), why}})
        .toJson(QJsonDocument::Compact);
}

} // namespace

QString FakeRingCentral::issueRefreshToken()
{
    const QString refresh = QStringLiteral("U1BCMDFQMDFQQVMwMXxSRU%1").arg(++m_counter);
    m_refreshTokens.insert(refresh);
    lastRefreshToken = refresh;
    return refresh;
}

FakeRingCentral::Answer FakeRingCentral::authorize(const Params &query)
{
    const QString redirect = param(query, QStringLiteral("redirect_uri"));
    const QString state = param(query, QStringLiteral("state"));
    const QString challenge = param(query, QStringLiteral("code_challenge"));
    QStringList wrong;
    if (param(query, QStringLiteral("response_type")) != QLatin1String("code"))
        wrong << QStringLiteral("response_type");
    if (param(query, QStringLiteral("client_id")) != clientId())
        wrong << QStringLiteral("client_id");
    if (!redirect.startsWith(QLatin1String("http://127.0.0.1:")))
        wrong << QStringLiteral("redirect_uri");
    if (state.isEmpty())
        wrong << QStringLiteral("state");
    if (challenge.size() != 43
        || param(query, QStringLiteral("code_challenge_method")) != QLatin1String("S256"))
        wrong << QStringLiteral("code_challenge");
    if (!wrong.isEmpty()) {
        violations << QStringLiteral("authorize without a proper %1").arg(wrong.join(u", "));
        return error(400, QStringLiteral("OAU-250"), QStringLiteral("Invalid request"));
    }
    QUrl back(redirect);
    QUrlQuery answer;
    if (!authorizeError.isEmpty()) {
        answer.addQueryItem(QStringLiteral("error"), authorizeError);
    } else {
        const QString code = QStringLiteral("U0pDMDFQMDFQQVMwMXxDT0RF%1").arg(++m_counter);
        m_codes.insert(code, {clientId(), redirect, challenge});
        answer.addQueryItem(QStringLiteral("code"), code);
    }
    answer.addQueryItem(QStringLiteral("state"), state);
    back.setQuery(answer);
    Answer a;
    a.status = 302;
    a.headers.append(qMakePair(QByteArray("Location"), back.toEncoded()));
    return a;
}

FakeRingCentral::Answer FakeRingCentral::token(const Request &seen)
{
    const Params &form = seen.form;
    const QByteArray basic = fake::basicAuth(clientId(), clientSecret());
    const QByteArray &authorization = seen.authorization;
    const bool publicClient
        = authorization.isEmpty() && param(form, QStringLiteral("client_id")) == clientId();
    if (publicClient)
        ++publicClientRequests;
    if (authorization != basic && !publicClient) {
        if (authorization.isEmpty())
            violations << QStringLiteral("token request without client authentication");
        Answer a = error(401, QStringLiteral("OAU-123"), QStringLiteral("Invalid client"));
        a.body = oauthError(QStringLiteral("invalid_client"),
                            QStringLiteral("OAU-123"),
                            QStringLiteral("Invalid client"));
        return a;
    }
    if (const auto reply = next(tokenReplies))
        return scripted(*reply, "Auth");
    const QString grant = param(form, QStringLiteral("grant_type"));
    const auto refused = [](const QString &why) {
        Answer a;
        a.status = 400;
        a.body = oauthError(QStringLiteral("invalid_grant"), QStringLiteral("OAU-140"), why);
        return a;
    };
    if (grant == QLatin1String("urn:ietf:params:oauth:grant-type:jwt-bearer")) {
        if (param(form, QStringLiteral("assertion")) != jwt())
            return refused(QStringLiteral("Invalid JWT token"));
        ++jwtGrants;
    } else if (grant == QLatin1String("refresh_token")) {
        const QString refresh = param(form, QStringLiteral("refresh_token"));
        if (!m_refreshTokens.remove(refresh))
            return refused(QStringLiteral("Token not found"));
        ++refreshGrants;
    } else if (grant == QLatin1String("authorization_code")) {
        const auto code = m_codes.constFind(param(form, QStringLiteral("code")));
        if (code == m_codes.constEnd())
            return refused(QStringLiteral("Invalid authorization code"));
        const AuthCode issued = code.value();
        m_codes.erase(code);
        const QByteArray verifier = param(form, QStringLiteral("code_verifier")).toLatin1();
        const QString computed = QString::fromLatin1(
            QCryptographicHash::hash(verifier, QCryptographicHash::Sha256)
                .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
        QStringList wrong;
        if (verifier.size() < 43 || verifier.size() > 128 || computed != issued.challenge)
            wrong << QStringLiteral("code_verifier");
        if (param(form, QStringLiteral("redirect_uri")) != issued.redirectUri)
            wrong << QStringLiteral("redirect_uri");
        if (param(form, QStringLiteral("client_id")) != issued.clientId)
            wrong << QStringLiteral("client_id");
        if (!wrong.isEmpty()) {
            violations << QStringLiteral("code exchange with a wrong %1").arg(wrong.join(u", "));
            return refused(QStringLiteral("Invalid %1").arg(wrong.first()));
        }
        ++authCodeGrants;
    } else {
        violations << QStringLiteral("unexpected grant_type \"%1\"").arg(grant);
        return refused(QStringLiteral("Unsupported grant type"));
    }
    return issueTokens();
}

FakeRingCentral::Answer FakeRingCentral::issueTokens()
{
    const QString access = QStringLiteral("U1BCMDFQMDFQQVMwMXxBQU%1").arg(++m_counter);
    const QString refresh = issueRefreshToken();
    m_accessTokens.insert(access, QDateTime::currentMSecsSinceEpoch() + tokenTtlSeconds * 1000LL);
    Answer a;
    a.body
        = QJsonDocument(
              QJsonObject{{QStringLiteral("access_token"), access},
                          {QStringLiteral("token_type"), QStringLiteral("bearer")},
                          {QStringLiteral("expires_in"), tokenTtlSeconds},
                          {QStringLiteral("refresh_token"), refresh},
                          {QStringLiteral("refresh_token_expires_in"), 604800},
                          {QStringLiteral("scope"),
                           QStringLiteral("ReadCallLog ReadMessages SMS WebSocketsSubscriptions")},
                          {QStringLiteral("owner_id"), QStringLiteral("123456")}})
              .toJson(QJsonDocument::Compact);
    return a;
}

} // namespace ringback::test
