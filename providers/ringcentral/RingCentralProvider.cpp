#include "RingCentralProvider.h"

#include "RingCentralConnectionTest.h"

#include "provider/kit/SettingsReader.h"

#include <cmath>

namespace ringback {

using namespace ringcentral;

namespace {

constexpr qint64 kVerifyRefusedRetryMs = 5 * 60 * 1000;
// The sign-in's redirect URI is http://127.0.0.1:53682/callback unless set:
// RingCentral wants the registered redirect URI matched exactly.
constexpr int kDefaultRedirectPort = 53682;

const QString kRefreshTokenField = QStringLiteral("refresh_token");

// What configure() and signIn() both read: auth_mode, the app's credentials,
// the API address and the sign-in's loopback port.
Status readApp(const QVariantMap &s, Settings &settings)
{
    const QString mode
        = s.value(QStringLiteral("auth_mode"), QStringLiteral("jwt")).toString().trimmed();
    if (mode == QLatin1String("pkce"))
        settings.authMode = Settings::AuthMode::Pkce;
    else if (mode != QLatin1String("jwt"))
        return Error(RingCentralProvider::tr("\"auth_mode\" must be jwt or pkce."));
    settings.clientId = s.value(QStringLiteral("client_id")).toString().trimmed();
    if (settings.clientId.isEmpty())
        return Error(RingCentralProvider::tr("\"client_id\" is missing (RingCentral Developer "
                                             "Console, your app, Credentials)."));
    settings.clientSecret = s.value(QStringLiteral("client_secret")).toString().trimmed();
    provider::SettingsReader read(s);
    settings.baseUrl = read.url("api_base_url", QStringLiteral("https://platform.ringcentral.com"));
    if (!read.status())
        return read.status();
    bool ok = false;
    const double port
        = s.value(QStringLiteral("redirect_port"), kDefaultRedirectPort).toDouble(&ok);
    if (!ok || port < 0 || port > 65535 || port != std::floor(port))
        return Error(
            RingCentralProvider::tr("\"redirect_port\" must be a port number (0: any free one)."));
    settings.redirectPort = quint16(port);
    return {};
}

} // namespace

RingCentralProvider::RingCentralProvider()
    : ProviderBase(
        m_session, m_sender, {tr("Stopped"), tr("The RingCentral settings are incomplete.")})
    , m_tokenHttp(&m_network)
    , m_apiHttp(&m_network)
    , m_auth(m_session, m_tokenHttp, m_apiHttp)
    , m_sync(m_session)
    , m_sender(m_session, m_sync)
    , m_stream(m_session)
    , m_verifyBackoff(2000, kVerifyRefusedRetryMs)
{
    m_session.http = &m_apiHttp;
    m_session.auth = &m_auth;
    provider::setUpHttp(m_tokenHttp);
    provider::setUpHttp(m_apiHttp);
    connect(&m_verifyTimer, &provider::ClockTimer::timeout, this, &RingCentralProvider::verify);
    connect(&m_stream, &Stream::gap, &m_sync, &Sync::syncAll);
    connect(&m_stream, &Stream::notification, &m_sync, &Sync::onNotification);
}

Status RingCentralProvider::configureWith(const ProviderContext &context)
{
    const QVariantMap &s = context.settings;
    Settings settings;
    const Status app = readApp(s, settings);
    if (!app)
        return app;
    if (settings.authMode == Settings::AuthMode::Jwt) {
        if (settings.clientSecret.isEmpty())
            return Error(
                tr("\"client_secret\" is missing (or set RINGBACK_RINGCENTRAL_CLIENT_SECRET)."));
        settings.jwt = s.value(QStringLiteral("jwt")).toString().trimmed();
        if (settings.jwt.isEmpty())
            return Error(tr("\"jwt\" is missing (or set RINGBACK_RINGCENTRAL_JWT)."));
    } else {
        settings.refreshToken = s.value(kRefreshTokenField).toString().trimmed();
        if (settings.refreshToken.isEmpty())
            return Error(tr("Ringback is not signed in to RingCentral (auth_mode pkce). Open "
                            "Settings › Provider and click \"Sign in with RingCentral…\", or "
                            "set RINGBACK_RINGCENTRAL_REFRESH_TOKEN."));
    }
    provider::SettingsReader read(s);
    settings.phoneNumber = read.phone("phone_number");
    settings.keepAliveMs = read.seconds("keepalive_seconds", 30, 600);
    if (!read.status())
        return read.status();

    m_session.settings = settings;
    m_session.endpoints = Endpoints(settings.baseUrl);
    m_auth.configure(settings, m_session.endpoints);
    m_saveSecret = context.saveSecret;
    m_auth.setRotationCallback([this](const QString &refreshToken) {
        if (m_saveSecret)
            m_saveSecret(kRefreshTokenField, refreshToken);
        else
            qCWarning(lcRingCentral) << "the new refresh token is kept in memory only; after a "
                                        "restart Ringback needs a new sign-in";
    });
    return {};
}

void RingCentralProvider::begin(const QString &cursor)
{
    provider::readCursor(m_session, cursor, lcRingCentral());
    m_auth.setAutoRefresh(true);
    m_verifyBackoff.reset();
    m_session.setState(ConnectionState::Connecting, tr("Checking the RingCentral account…"));
    m_session.saveCursor(); // "since" must survive a restart before the first sync
    verify();
}

void RingCentralProvider::verify()
{
    m_auth.call(
        [this](net::HttpClient &http, net::HttpClient::Callback cb) {
            http.get(m_session.endpoints.phoneNumbers(), std::move(cb));
        },
        [this](const net::HttpResponse &r, const std::optional<Problem> &tokenProblem) {
            if (!m_session.running)
                return;
            std::optional<Problem> problem = tokenProblem;
            if (!problem && !r.isSuccess())
                problem = m_session.problemOf(r, tr("checking the business number"));
            std::optional<bool> canText;
            if (!problem) {
                const auto numbers = parsePhoneNumbers(r.body);
                if (!numbers)
                    problem = m_session.badAnswer(tr("checking the business number"),
                                                  numbers.errorMessage());
                else
                    canText = numberCanText(numbers.value(), m_session.settings.phoneNumber);
            }
            if (!problem && (!canText || !*canText)) {
                Problem p;
                p.kind = Problem::Kind::Refused;
                p.detail = !canText ? tr("the number %1 is not one of this RingCentral user's "
                                         "numbers")
                                          .arg(m_session.settings.phoneNumber)
                                    : tr("the number %1 cannot send texts at RingCentral")
                                          .arg(m_session.settings.phoneNumber);
                problem = p;
            }
            if (problem) {
                qint64 wait = m_verifyBackoff.next(problem->retryAfterMs);
                if (!problem->transient())
                    wait = std::max(wait, kVerifyRefusedRetryMs);
                qCWarning(lcRingCentral).noquote()
                    << problem->detail << "- checking again in" << wait << "ms";
                m_session.setState(problem->state(), problem->detail);
                m_verifyTimer.start(int(std::min<qint64>(wait, 24LL * 3600 * 1000)));
                return;
            }
            m_sync.start();
            m_stream.start();
        });
}

void RingCentralProvider::halt()
{
    m_verifyTimer.stop();
    m_stream.stop();
    m_sync.stop();
    m_auth.setAutoRefresh(false);
    m_tokenHttp.cancelAll();
    m_apiHttp.cancelAll();
    m_auth.reset();
}

void RingCentralProvider::check(std::function<void(const ConnectionCheck &)> done)
{
    if (m_session.settings.authMode == Settings::AuthMode::Pkce) {
        // A refresh grant here would replace the refresh token the running
        // Ringback holds (RingCentral rotates it at each use).
        done({true,
              tr("A RingCentral sign-in is saved. Test connection does not use it, because "
                 "RingCentral replaces it at each use; \"Sign in with RingCentral…\" signs in "
                 "again.")});
        return;
    }
    ringcentral::testConnection(m_session, std::move(done));
}

void RingCentralProvider::signIn(const ProviderContext &context,
                                 std::function<bool(const QUrl &)> openBrowser,
                                 std::function<void(const SignInResult &)> done)
{
    Settings settings;
    const Status app = readApp(context.settings, settings);
    if (!app) {
        done({false, app.errorMessage()});
        return;
    }
    if (settings.authMode != Settings::AuthMode::Pkce) {
        done({false,
              tr("The browser sign-in is for a public app: choose pkce as the sign-in method "
                 "(auth_mode) first.")});
        return;
    }
    m_signIn = std::make_unique<SignIn>(m_tokenHttp);
    auto save = context.saveSecret;
    m_signIn->run(
        settings,
        Endpoints(settings.baseUrl),
        save ? SignIn::Keep([save](const QString &token) { save(kRefreshTokenField, token); })
             : SignIn::Keep(),
        openBrowser,
        std::move(done));
}

RingCentralProvider::~RingCentralProvider()
{
    shutDown();
}

} // namespace ringback
