// EngineSession with the ringcentral plugin in auth_mode pkce: the sign-in's
// refresh token comes from the system keychain, the new one RingCentral hands
// out at each refresh goes back there (ProviderContext::saveSecret), and
// without a sign-in the session refuses to open, saying what to do. The
// keychain cases are skipped, visibly, without an unlocked Secret Service.

#include "FakeRingCentralKit.h"
#include "OpenSession.h"
#include "credentials/SecretStore.h"
#include "profile/Profile.h"
#include "session/EngineSession.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace ringback;
using namespace ringback::test;

namespace {
const QString kProvider = QStringLiteral("ringcentral");
const QString kField = QStringLiteral("refresh_token");
} // namespace

class TestRingCentralSession : public QObject
{
    Q_OBJECT

private:
    bool m_keychain = false;
    std::unique_ptr<FakeRingCentral> m_fake;

    SessionOptions options(const QTemporaryDir &dir)
    {
        QVariantMap s{{QStringLiteral("auth_mode"), QStringLiteral("pkce")},
                      {QStringLiteral("client_id"), FakeRingCentral::clientId()},
                      {QStringLiteral("phone_number"), FakeRingCentral::businessNumber()},
                      {QStringLiteral("api_base_url"), m_fake->baseUrl()}};
        const QString path = writeProviderConfig(dir.path(), QStringLiteral("ringcentral.json"), s);
        SessionOptions o;
        o.profileDir = dir.filePath(QStringLiteral("profile"));
        o.providerId = kProvider;
        o.providerConfigPath = path;
        o.pluginPaths = qEnvironmentVariable("RINGBACK_PROVIDER_PATH")
                            .split(QDir::listSeparator(), Qt::SkipEmptyParts);
        return o;
    }

    // A session opened on `o` whose engine started and connected; null if
    // it did not open (the reason logged) or connect within 15 s.
    static std::unique_ptr<EngineSession> connectedSession(const SessionOptions &o)
    {
        auto opened = test::openSession(o);
        if (!opened) {
            qWarning().noquote() << opened.errorMessage();
            return nullptr;
        }
        std::unique_ptr<EngineSession> session = std::move(opened.value());
        session->start();
        if (!QTest::qWaitFor(
                [&] { return session->client().connectionState() == ConnectionState::Connected; },
                15000))
            return nullptr;
        return session;
    }

private slots:
    void initTestCase()
    {
        qunsetenv("RINGBACK_RINGCENTRAL_REFRESH_TOKEN");
        QTemporaryDir probeDir;
        SecretStore probe(probeDir.path());
        m_keychain
            = probe
                  .writeNow(
                      QStringLiteral("probe"), QStringLiteral("probe"), QStringLiteral("x"), 15000)
                  .isOk();
        if (m_keychain)
            probe.removeNow(QStringLiteral("probe"), QStringLiteral("probe"));
    }
    void init()
    {
        m_fake = std::make_unique<FakeRingCentral>();
        QVERIFY(m_fake->start());
    }
    void cleanup()
    {
        QVERIFY2(m_fake->violations.isEmpty(), qPrintable(m_fake->violations.join(u"; ")));
        m_fake.reset();
    }

    void withoutASignInTheSessionSaysWhatToDo()
    {
        QTemporaryDir dir;
        const SessionOptions o = options(dir);
        if (m_keychain)
            SecretStore(Profile(o.profileDir).dir()).removeNow(kProvider, kField);
        auto session = test::openSession(o);
        QVERIFY(!session);
        QVERIFY2(session.errorMessage().contains(QLatin1String("Sign in with RingCentral")),
                 qPrintable(session.errorMessage()));
        QVERIFY(
            session.errorMessage().contains(QLatin1String("RINGBACK_RINGCENTRAL_REFRESH_TOKEN")));
    }

    void rotatedRefreshTokenGoesBackToTheKeychain()
    {
        if (!m_keychain)
            QSKIP("no unlocked Secret Service here (run under scripts/test.sh's keyring)");
        QTemporaryDir dir;
        const SessionOptions o = options(dir);
        SecretStore store(Profile(o.profileDir).dir());
        const QString first = m_fake->issueRefreshToken();
        QVERIFY(store.writeNow(kProvider, kField, first).isOk());
        {
            const auto session = connectedSession(o);
            QVERIFY(session);
            QVERIFY(m_fake->refreshGrants >= 1);
            QCOMPARE(m_fake->jwtGrants, 0);
            QTRY_COMPARE_WITH_TIMEOUT(
                store.readNow(kProvider, kField).secret, m_fake->lastRefreshToken, 10000);
            QVERIFY(m_fake->lastRefreshToken != first);
        }
        // The next start uses the kept one (the first is spent).
        QVERIFY(connectedSession(o));
        QVERIFY(store.removeNow(kProvider, kField).isOk());
    }
};

QTEST_GUILESS_MAIN(TestRingCentralSession)
#include "tst_ringcentral_session.moc"
