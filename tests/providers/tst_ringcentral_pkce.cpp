// The ringcentral plugin's auth_mode pkce against a fake RingCentral: the
// browser sign-in (authorization code + PKCE for a public app, the test
// playing the browser), a state that is not ours, the refresh token kept
// through the host and replaced at each rotation, the stream started with a
// sign-in's token, and the errors that send the office back to the sign-in.

#include "FakeRingCentralKit.h"
#include "TestCallers.h"
#include "TestPrinting.h"
#include "provider/ProviderSettings.h"

#include <QHash>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

#include <optional>

using namespace ringback;
using namespace ringback::test;
using namespace ringback::test::callers;

namespace {
const QString kRefresh = QStringLiteral("refresh_token");
} // namespace

class TestRingCentralPkce : public FixtureTestCase<RcFixture>
{
    Q_OBJECT

private:
    struct Page
    {
        int status = 0;
        QUrl location;
        QByteArray body;
    };
    // What the browser sees at `url` (redirects are not followed).
    Page browse(const QUrl &url)
    {
        QNetworkRequest request(url);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                             QNetworkRequest::ManualRedirectPolicy);
        std::unique_ptr<QNetworkReply> reply(m_network.get(request));
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        if (!reply->isFinished() && !finished.wait(10000))
            return {};
        return {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                QUrl::fromEncoded(reply->rawHeader("Location")),
                reply->readAll()};
    }

    QVariantMap signInSettings(const QVariantMap &extra = {}) const
    {
        QVariantMap s{{QStringLiteral("auth_mode"), QStringLiteral("pkce")},
                      {QStringLiteral("client_id"), FakeRingCentral::clientId()},
                      {QStringLiteral("api_base_url"), m_fake->baseUrl()},
                      {QStringLiteral("redirect_port"), 0}};
        for (auto it = extra.begin(); it != extra.end(); ++it)
            s.insert(it.key(), it.value());
        return s;
    }

    ProviderContext context(const QVariantMap &settings)
    {
        ProviderContext c{settings, m_dir.path()};
        c.saveSecret = [this](const QString &field, const QString &secret) {
            m_saved.insert(field, secret);
            ++m_saves;
        };
        return c;
    }

    // Starts "Sign in with RingCentral…" on a fresh instance; the address
    // the browser was asked to open is returned.
    QUrl beginSignIn(const QVariantMap &settings)
    {
        auto created = m_loader.create(QStringLiteral("ringcentral"));
        if (!created)
            qFatal("cannot load the ringcentral provider: %s", qPrintable(created.errorMessage()));
        m_signInProvider = std::move(created.value());
        QUrl opened;
        m_signInProvider->signIn(
            context(settings),
            [&opened](const QUrl &url) {
                opened = url;
                return true;
            },
            [this](const SignInResult &result) { m_result = result; });
        return opened;
    }

    // A configured, started provider in auth_mode pkce with the host's saveSecret.
    Provider &startPkce(const QString &refreshToken)
    {
        QVariantMap s = settings();
        s.remove(QStringLiteral("client_secret"));
        s.remove(QStringLiteral("jwt"));
        s.insert(QStringLiteral("auth_mode"), QStringLiteral("pkce"));
        s.insert(kRefresh, refreshToken);
        auto created = m_loader.create(QStringLiteral("ringcentral"));
        if (!created)
            qFatal("cannot load the ringcentral provider: %s", qPrintable(created.errorMessage()));
        m_provider = std::move(created.value());
        const Status ok = m_provider->configure(context(s));
        if (!ok)
            qFatal("cannot configure: %s", qPrintable(ok.errorMessage()));
        m_provider->start(&m_sink, QString());
        return *m_provider;
    }

    QNetworkAccessManager m_network;
    std::unique_ptr<Provider> m_signInProvider;
    std::optional<SignInResult> m_result;
    QHash<QString, QString> m_saved;
    int m_saves = 0;

private slots:
    void initTestCase()
    {
        m_loader.scan();
        QVERIFY(m_loader.find(QStringLiteral("ringcentral")));
        QVERIFY(m_loader.find(QStringLiteral("ringcentral"))
                    ->hasCapability(QStringLiteral("interactive_sign_in")));
    }
    void init()
    {
        QVERIFY(setUp());
        m_result.reset();
        m_saved.clear();
        m_saves = 0;
    }
    void cleanup()
    {
        m_signInProvider.reset();
        QVERIFY2(tearDown(), qPrintable(violations()));
    }

    void signInKeepsTheRefreshToken()
    {
        const QUrl authorize = beginSignIn(signInSettings());
        QVERIFY(authorize.isValid());
        QCOMPARE(authorize.path(), QStringLiteral("/restapi/oauth/authorize"));
        QVERIFY(!m_result);
        // The browser: RingCentral's sign-in page sends it back with a code.
        const Page login = browse(authorize);
        QCOMPARE(login.status, 302);
        QCOMPARE(login.location.host(), QStringLiteral("127.0.0.1"));
        QCOMPARE(login.location.path(), QStringLiteral("/callback"));
        const Page back = browse(login.location);
        QCOMPARE(back.status, 200);
        QVERIFY(back.body.contains("You can close this tab"));
        QTRY_VERIFY_WITH_TIMEOUT(m_result.has_value(), 10000);
        QVERIFY2(m_result->ok, qPrintable(m_result->message));
        QCOMPARE(m_fake->authCodeGrants, 1);
        QCOMPARE(m_fake->publicClientRequests, 1); // client_id in the form, no secret
        QCOMPARE(m_saved.value(kRefresh), m_fake->lastRefreshToken);
        QCOMPARE(m_saves, 1);
    }

    void signInWithAClientSecretUsesBasicAuth()
    {
        const QUrl authorize = beginSignIn(
            signInSettings({{QStringLiteral("client_secret"), FakeRingCentral::clientSecret()}}));
        browse(browse(authorize).location);
        QTRY_VERIFY_WITH_TIMEOUT(m_result.has_value(), 10000);
        QVERIFY2(m_result->ok, qPrintable(m_result->message));
        QCOMPARE(m_fake->publicClientRequests, 0);
        QCOMPARE(m_fake->requests.last().authorization.left(6), QByteArray("Basic "));
        QCOMPARE(m_saved.value(kRefresh), m_fake->lastRefreshToken);
    }

    void answerWithAnotherStateIsRefused()
    {
        const QUrl authorize = beginSignIn(signInSettings());
        QUrl back = browse(authorize).location;
        QUrlQuery query(back);
        const QString code = query.queryItemValue(QStringLiteral("code"));
        QVERIFY(!code.isEmpty());
        query.removeAllQueryItems(QStringLiteral("state"));
        query.addQueryItem(QStringLiteral("state"), QStringLiteral("forged"));
        back.setQuery(query);
        QCOMPARE(browse(back).status, 400);
        QTRY_VERIFY_WITH_TIMEOUT(m_result.has_value(), 10000);
        QVERIFY(!m_result->ok);
        QVERIFY2(m_result->message.contains(QLatin1String("state")), qPrintable(m_result->message));
        QCOMPARE(m_fake->count("POST", QStringLiteral("/restapi/oauth/token")), 0);
        QVERIFY(m_saved.isEmpty());
    }

    void refusedAuthorizationIsReported()
    {
        m_fake->authorizeError = QStringLiteral("access_denied");
        browse(browse(beginSignIn(signInSettings())).location);
        QTRY_VERIFY_WITH_TIMEOUT(m_result.has_value(), 10000);
        QVERIFY(!m_result->ok);
        QVERIFY2(m_result->message.contains(QLatin1String("access_denied")),
                 qPrintable(m_result->message));
        QVERIFY(m_saved.isEmpty());
    }

    void signInNeedsThePkceMethod()
    {
        const QUrl authorize
            = beginSignIn(signInSettings({{QStringLiteral("auth_mode"), QStringLiteral("jwt")}}));
        QVERIFY(!authorize.isValid()); // no browser
        QVERIFY(m_result);
        QVERIFY(!m_result->ok);
        QVERIFY2(m_result->message.contains(QLatin1String("pkce")), qPrintable(m_result->message));
    }

    void noBrowserIsReported()
    {
        auto created = m_loader.create(QStringLiteral("ringcentral"));
        QVERIFY(created);
        std::optional<SignInResult> result;
        created.value()->signIn(
            context(signInSettings()),
            [](const QUrl &) { return false; },
            [&result](const SignInResult &r) { result = r; });
        QVERIFY(result);
        QVERIFY(!result->ok);
        QVERIFY(!result->message.isEmpty());
    }

    void streamStartsWithTheSignInAndRotationIsKept()
    {
        m_fake->tokenTtlSeconds = 2; // refreshed again soon
        const QString first = m_fake->issueRefreshToken();
        startPkce(first);
        QVERIFY(waitConnected());
        QCOMPARE(m_fake->jwtGrants, 0);
        QVERIFY(m_fake->refreshGrants >= 1);
        QVERIFY(m_fake->publicClientRequests >= 1);
        // Each new refresh token replaces the one used, and the host keeps it.
        QTRY_VERIFY_WITH_TIMEOUT(m_fake->refreshGrants >= 2, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(m_saved.value(kRefresh), m_fake->lastRefreshToken, 10000);
        QVERIFY(m_saved.value(kRefresh) != first);
        QVERIFY(m_saves >= 2);
        m_fake->addMissedCall(kDana);
        QTRY_COMPARE_WITH_TIMEOUT(m_sink.callsFrom(kDana), 1, 10000);
    }

    void restartUsesTheLatestRefreshToken()
    {
        startPkce(m_fake->issueRefreshToken());
        QVERIFY(waitConnected());
        m_provider->stop();
        m_provider->start(&m_sink, m_sink.cursor); // the first token is spent by now
        QVERIFY(waitConnected());
        QCOMPARE(m_fake->refreshGrants, 2);
        QCOMPARE(m_fake->jwtGrants, 0);
    }

    void refusedSignInAsksForANewOne()
    {
        startPkce(QStringLiteral("revoked-refresh-token"));
        QTRY_COMPARE_ENUM_WITH_TIMEOUT(m_sink.state(), ConnectionState::AuthFailed, 10000);
        QVERIFY2(m_sink.detail().contains(QLatin1String("Sign in with RingCentral")),
                 qPrintable(m_sink.detail()));
        QCOMPARE(m_fake->jwtGrants, 0);
        QCOMPARE(m_fake->socketConnections, 0);
        QVERIFY(m_saved.isEmpty());
    }

    void withoutASignInConfigureSaysWhatToDo()
    {
        QVariantMap s = settings();
        s.remove(QStringLiteral("client_secret"));
        s.remove(QStringLiteral("jwt"));
        s.insert(QStringLiteral("auth_mode"), QStringLiteral("pkce"));
        QString error;
        QVERIFY(!configured(s, &error));
        QVERIFY2(error.contains(QLatin1String("Sign in with RingCentral")), qPrintable(error));
        QVERIFY(error.contains(QLatin1String("RINGBACK_RINGCENTRAL_REFRESH_TOKEN")));
        // jwt stays the default and still needs its secrets.
        s.remove(QStringLiteral("auth_mode"));
        QVERIFY(!configured(s, &error));
        QVERIFY(error.contains(QLatin1String("RINGBACK_RINGCENTRAL_CLIENT_SECRET")));
        s.insert(QStringLiteral("auth_mode"), QStringLiteral("oauth"));
        QVERIFY(!configured(s, &error));
        QVERIFY(error.contains(QLatin1String("auth_mode")));
    }

    void headlessTakesTheRefreshTokenFromTheEnvironment()
    {
        const ProviderInfo *info = m_loader.find(QStringLiteral("ringcentral"));
        QVERIFY(info);
        QProcessEnvironment env;
        env.insert(QStringLiteral("RINGBACK_RINGCENTRAL_REFRESH_TOKEN"), QStringLiteral("rt-env"));
        const QJsonObject given{
            {QStringLiteral("auth_mode"), QStringLiteral("pkce")},
            {QStringLiteral("client_id"), FakeRingCentral::clientId()},
            {QStringLiteral("phone_number"), FakeRingCentral::businessNumber()}};
        const auto resolved = ProviderSettings::resolve(*info, given, env);
        QVERIFY2(resolved, qPrintable(resolved.errorMessage()));
        QCOMPARE(resolved->value(kRefresh).toString(), QStringLiteral("rt-env"));
        QCOMPARE(resolved->value(QStringLiteral("auth_mode")).toString(), QStringLiteral("pkce"));
    }

    void testConnectionDoesNotSpendTheSignIn()
    {
        QVariantMap s = settings();
        s.insert(QStringLiteral("auth_mode"), QStringLiteral("pkce"));
        s.insert(kRefresh, m_fake->issueRefreshToken());
        QString error;
        auto provider = configured(s, &error);
        QVERIFY2(provider, qPrintable(error));
        std::optional<ConnectionCheck> check;
        provider->testConnection([&check](const ConnectionCheck &c) { check = c; });
        QTRY_VERIFY(check.has_value());
        QCOMPARE(m_fake->refreshGrants, 0);
        QVERIFY(check->message.contains(QLatin1String("Sign in with RingCentral")));
    }
};

QTEST_GUILESS_MAIN(TestRingCentralPkce)
#include "tst_ringcentral_pkce.moc"
