#include "RingCentralAuth.h"

#include <QCoreApplication>

namespace ringback::ringcentral {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ringback::RingCentralProvider)
};

constexpr qint64 kRefusedPauseMs = 60000;

const QString kJwtGrant = QStringLiteral("urn:ietf:params:oauth:grant-type:jwt-bearer");

// Refresh this long before expiry: a minute, or a fifth of a short lifetime.
qint64 refreshMarginMs(qint64 lifetimeMs)
{
    return std::min<qint64>(60000, lifetimeMs / 5);
}

} // namespace

Auth::Auth(const Session &session,
           net::HttpClient &tokenHttp,
           net::HttpClient &apiHttp,
           QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_tokenHttp(tokenHttp)
    , m_apiHttp(apiHttp)
{
    connect(&m_refreshTimer, &provider::ClockTimer::timeout, this, [this] {
        if (!m_autoRefresh || m_requesting)
            return;
        qCInfo(lcRingCentral) << "refreshing the access token before it expires";
        request(canRefresh(m_session.nowMs()));
    });
}

void Auth::configure(const Settings &settings, const Endpoints &endpoints)
{
    m_settings = settings;
    m_endpoints = endpoints;
    reset();
    // A public app (no client secret) names itself with client_id in the form.
    m_tokenHttp.setAuthorization(
        settings.clientSecret.isEmpty()
            ? QByteArray()
            : net::basicAuthorization(settings.clientId, settings.clientSecret));
}

bool Auth::canRefresh(qint64 now) const
{
    return pkce() || (!m_refresh.isEmpty() && now < m_refreshExpiresAtMs - 5000);
}

void Auth::setAutoRefresh(bool on)
{
    m_autoRefresh = on;
    if (on)
        scheduleRefresh();
    else
        m_refreshTimer.stop();
}

void Auth::reset()
{
    ++m_generation;
    m_access.clear();
    // Pkce: the sign-in's refresh token (the latest one) is all there is.
    m_refresh = pkce() ? m_settings.refreshToken : QString();
    m_expiresAtMs = 0;
    m_requesting = false;
    m_waiting.clear();
    m_blockedBy.reset();
    m_blockedUntilMs = 0;
    m_refreshTimer.stop();
    m_apiHttp.setAuthorization({});
}

void Auth::ensureToken(Ready ready)
{
    const qint64 now = m_session.nowMs();
    if (!m_access.isEmpty() && now < m_expiresAtMs - 5000) {
        ready(std::nullopt);
        return;
    }
    if (m_blockedBy && now < m_blockedUntilMs) {
        ready(m_blockedBy);
        return;
    }
    m_waiting.push_back(std::move(ready));
    if (!m_requesting)
        request(canRefresh(now));
}

void Auth::request(bool useRefresh)
{
    m_requesting = true;
    const int generation = m_generation;
    if (pkce() && m_refresh.isEmpty()) {
        Problem p;
        p.kind = Problem::Kind::Auth;
        p.detail = Tr::tr("Ringback is not signed in to RingCentral. Open Settings › Provider "
                          "and click \"Sign in with RingCentral…\".");
        finish(p);
        return;
    }
    net::Fields form;
    if (useRefresh) {
        form = {{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                {QStringLiteral("refresh_token"), m_refresh}};
    } else {
        form = {{QStringLiteral("grant_type"), kJwtGrant},
                {QStringLiteral("assertion"), m_settings.jwt}};
    }
    if (m_settings.clientSecret.isEmpty())
        form.append({QStringLiteral("client_id"), m_settings.clientId});
    qCInfo(lcRingCentral) << "requesting an access token" << (useRefresh ? "(refresh)" : "(JWT)");
    m_tokenHttp.postForm(
        m_endpoints.token(), form, [this, generation, useRefresh](const net::HttpResponse &r) {
            if (generation != m_generation)
                return;
            if (!r.isSuccess()) {
                Problem p = m_session.problemOf(r, Tr::tr("getting an access token"));
                const bool refused = r.failure == net::HttpResponse::Failure::None
                                     && (r.status == 400 || r.status == 401);
                if (refused && pkce()) {
                    // Expired or revoked: only a new sign-in helps.
                    m_refresh.clear();
                    m_settings.refreshToken.clear();
                    const ApiError e = parseError(r.status, r.body);
                    p.kind = Problem::Kind::Auth;
                    p.detail
                        = Tr::tr("RingCentral no longer accepts Ringback's sign-in (HTTP %1 "
                                 "%2: %3). Open Settings › Provider and click \"Sign in "
                                 "with RingCentral…\" again.")
                              .arg(r.status)
                              .arg(e.code, e.message.isEmpty() ? Tr::tr("no details") : e.message);
                    finish(p);
                    return;
                }
                if (refused && useRefresh) {
                    m_refresh.clear(); // expired or revoked: start over with the JWT
                    request(false);
                    return;
                }
                if (refused) {
                    const ApiError e = parseError(r.status, r.body);
                    p.kind = Problem::Kind::Auth;
                    p.detail
                        = Tr::tr("RingCentral refused the Client ID, Client secret or JWT "
                                 "(HTTP %1 %2: %3)")
                              .arg(r.status)
                              .arg(e.code, e.message.isEmpty() ? Tr::tr("no details") : e.message);
                }
                finish(p);
                return;
            }
            const auto token = parseToken(r.body);
            if (!token) {
                finish(
                    m_session.badAnswer(Tr::tr("getting an access token"), token.errorMessage()));
                return;
            }
            const qint64 now = m_session.nowMs();
            m_access = token->accessToken;
            bool rotated = false;
            if (!token->refreshToken.isEmpty()) {
                rotated = pkce() && token->refreshToken != m_settings.refreshToken;
                if (rotated)
                    m_settings.refreshToken = token->refreshToken;
                m_refresh = token->refreshToken;
                m_refreshExpiresAtMs = token->refreshExpiresInS > 0
                                           ? now + token->refreshExpiresInS * 1000
                                           : now + 7LL * 24 * 3600 * 1000;
            }
            m_lifetimeMs = token->expiresInS * 1000;
            m_expiresAtMs = now + m_lifetimeMs;
            m_apiHttp.setAuthorization("Bearer " + m_access.toUtf8());
            if (rotated && m_rotated) {
                qCInfo(lcRingCentral) << "RingCentral issued a new refresh token; keeping it";
                m_rotated(m_settings.refreshToken);
                if (generation != m_generation)
                    return;
            }
            finish(std::nullopt);
        });
}

void Auth::finish(const std::optional<Problem> &problem)
{
    m_requesting = false;
    m_blockedBy.reset();
    if (problem) {
        qCWarning(lcRingCentral).noquote() << problem->detail;
        if (problem->kind == Problem::Kind::Auth || problem->kind == Problem::Kind::RateLimited) {
            m_blockedBy = problem;
            m_blockedUntilMs = m_session.nowMs()
                               + (problem->kind == Problem::Kind::Auth ? kRefusedPauseMs
                                                                       : problem->retryAfterMs);
        }
    } else {
        scheduleRefresh();
    }
    const int generation = m_generation;
    auto waiting = std::move(m_waiting);
    m_waiting.clear();
    for (const Ready &ready : waiting) {
        if (generation != m_generation)
            return;
        ready(problem);
    }
}

void Auth::scheduleRefresh()
{
    if (!m_autoRefresh || m_access.isEmpty())
        return;
    const qint64 due = m_expiresAtMs - refreshMarginMs(m_lifetimeMs) - m_session.nowMs();
    m_refreshTimer.start(due);
}

void Auth::call(Issue issue, Answer done)
{
    send(issue, done, false);
}

void Auth::send(const Issue &issue, const Answer &done, bool retried)
{
    const int generation = m_generation;
    ensureToken([this, issue, done, retried, generation](const std::optional<Problem> &problem) {
        if (problem) {
            done(net::HttpResponse{}, problem);
            return;
        }
        const QString used = m_access;
        issue(m_apiHttp,
              [this, issue, done, retried, generation, used](const net::HttpResponse &r) {
                  if (generation == m_generation && !retried
                      && r.failure == net::HttpResponse::Failure::None && r.status == 401) {
                      qCInfo(lcRingCentral)
                          << "the access token was refused (401); getting a new one";
                      if (m_access == used) {
                          m_access.clear(); // expired or revoked early
                          m_expiresAtMs = 0;
                      }
                      send(issue, done, true);
                      return;
                  }
                  done(r, std::nullopt);
              });
    });
}

} // namespace ringback::ringcentral
