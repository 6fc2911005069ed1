// Provider secrets in the system keychain (core/credentials/SecretStore) and
// how the engine's session finds them. The keychain cases need a Secret
// Service: scripts/test.sh runs the suite inside a throw-away, unlocked
// gnome-keyring (scripts/test.sh); without one they are skipped, visibly.

#include "OpenSession.h"
#include "credentials/SecretStore.h"
#include "session/EngineSession.h"

#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <cstdio>

using namespace ringback;

namespace {

const char *const kChildMode = "RINGBACK_TST_CREDENTIALS_CHILD";

QString twilioSid()
{
    return QStringLiteral("AC0123456789abcdef0123456789abcdef");
}

// Child mode: the keychain with no usable D-Bus session. Prints what the
// store answered; must not crash or hang.
int childMain()
{
    SecretStore store(QDir::tempPath() + QLatin1String("/ringback-no-keychain"));
    const auto read = store.readNow(QStringLiteral("twilio"), QStringLiteral("auth_token"), 20000);
    const auto write = store.writeNow(QStringLiteral("twilio"),
                                      QStringLiteral("auth_token"),
                                      QStringLiteral("never-stored"),
                                      20000);
    std::printf("read=%d\nwrite=%d\n%s\n%s\n",
                int(read.outcome),
                int(write.outcome),
                qPrintable(read.message),
                qPrintable(write.message));
    return 0;
}

} // namespace

class TestCredentials : public QObject
{
    Q_OBJECT

private:
    bool m_keychain = false;

    void requireKeychain()
    {
        if (!m_keychain)
            QSKIP("no unlocked Secret Service here (run under scripts/test.sh's keyring)");
    }

    static void writeTwilioSettings(const QString &profileDir)
    {
        QSettings s(profileDir + QLatin1String("/settings.ini"), QSettings::IniFormat);
        s.setValue(QStringLiteral("provider/id"), QStringLiteral("twilio"));
        s.setValue(QStringLiteral("provider/twilio/account_sid"), twilioSid());
        s.setValue(QStringLiteral("provider/twilio/phone_number"), QStringLiteral("+15125550100"));
        // Nothing listens there; the session never starts the provider anyway.
        s.setValue(QStringLiteral("provider/twilio/api_base_url"),
                   QStringLiteral("http://127.0.0.1:9"));
        s.sync();
    }

    static SessionOptions optionsFor(const QString &profileDir)
    {
        SessionOptions o;
        o.profileDir = profileDir;
        o.pluginPaths = qEnvironmentVariable("RINGBACK_PROVIDER_PATH")
                            .split(QDir::listSeparator(), Qt::SkipEmptyParts);
        return o;
    }

private slots:
    void initTestCase()
    {
        qunsetenv("RINGBACK_TWILIO_AUTH_TOKEN");
        // Probe: can this machine store a secret at all?
        QTemporaryDir dir;
        SecretStore store(dir.path());
        const auto probe = store.writeNow(
            QStringLiteral("probe"), QStringLiteral("probe"), QStringLiteral("x"), 15000);
        m_keychain = probe.isOk();
        if (m_keychain)
            store.removeNow(QStringLiteral("probe"), QStringLiteral("probe"));
        else
            qInfo().noquote() << "keychain unavailable:" << probe.message;
    }

    void keysSeparateProfilesProvidersAndFields()
    {
        QTemporaryDir a, b;
        const QString key
            = SecretStore::keyFor(a.path(), QStringLiteral("twilio"), QStringLiteral("auth_token"));
        QVERIFY(key.endsWith(QLatin1String("/twilio/auth_token")));
        QCOMPARE(SecretStore::keyFor(a.path() + QLatin1String("/."),
                                     QStringLiteral("twilio"),
                                     QStringLiteral("auth_token")),
                 key);
        QVERIFY(
            SecretStore::keyFor(b.path(), QStringLiteral("twilio"), QStringLiteral("auth_token"))
            != key);
        QVERIFY(
            SecretStore::keyFor(a.path(), QStringLiteral("telnyx"), QStringLiteral("auth_token"))
            != key);
        QCOMPARE(SecretStore::serviceName(), QStringLiteral("Ringback"));
    }

    void errorsAreMappedToWords()
    {
        // QKeychain::OtherError (7): no bus, no Secret Service, locked keyring.
        const auto unavailable
            = SecretStore::mapError(7,
                                    QStringLiteral("Cannot autolaunch D-Bus without X11 $DISPLAY"),
                                    QStringLiteral("twilio"),
                                    QStringLiteral("auth_token"));
        QCOMPARE(unavailable.outcome, SecretStore::Answer::Outcome::Unavailable);
        QVERIFY(unavailable.message.contains(QLatin1String("keychain is not available")));
        QVERIFY(unavailable.message.contains(QLatin1String("Cannot autolaunch D-Bus")));
        QVERIFY(unavailable.message.contains(QLatin1String("RINGBACK_TWILIO_AUTH_TOKEN")));
        // NoBackendAvailable (5) reads the same.
        QCOMPARE(SecretStore::mapError(
                     5, QString(), QStringLiteral("twilio"), QStringLiteral("auth_token"))
                     .outcome,
                 SecretStore::Answer::Outcome::Unavailable);
        QCOMPARE(SecretStore::mapError(
                     1, QString(), QStringLiteral("twilio"), QStringLiteral("auth_token"))
                     .outcome,
                 SecretStore::Answer::Outcome::NotFound);
        const auto denied = SecretStore::mapError(3,
                                                  QStringLiteral("user said no"),
                                                  QStringLiteral("twilio"),
                                                  QStringLiteral("auth_token"));
        QCOMPARE(denied.outcome, SecretStore::Answer::Outcome::Denied);
        QVERIFY(denied.message.contains(QLatin1String("RINGBACK_TWILIO_AUTH_TOKEN")));
        QVERIFY(SecretStore::mapError(
                    0, QString(), QStringLiteral("twilio"), QStringLiteral("auth_token"))
                    .isOk());
    }

    void noKeychainIsAnErrorNotACrash()
    {
        // A child process with no reachable session bus and no display.
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QString::fromLatin1(kChildMode), QStringLiteral("1"));
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                   QStringLiteral("unix:path=/nonexistent/ringback-test-bus"));
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), QStringList());
        QVERIFY(child.waitForFinished(90000));
        QCOMPARE(child.exitStatus(), QProcess::NormalExit);
        QCOMPARE(child.exitCode(), 0);
        const QString out = QString::fromUtf8(child.readAllStandardOutput());
        const int unavailable = int(SecretStore::Answer::Outcome::Unavailable);
        QVERIFY2(out.contains(QStringLiteral("write=%1").arg(unavailable)), qPrintable(out));
        QVERIFY2(out.contains(QLatin1String("RINGBACK_TWILIO_AUTH_TOKEN")), qPrintable(out));
        QVERIFY2(!out.contains(QLatin1String("never-stored")), qPrintable(out));
    }

    void writeReadRemoveNonAscii()
    {
        requireKeychain();
        QTemporaryDir dir;
        SecretStore store(dir.path());
        const QString secret = QStringLiteral("tökén-ñ-€-日本-🔑");
        QVERIFY(
            store.writeNow(QStringLiteral("twilio"), QStringLiteral("auth_token"), secret).isOk());
        const auto read = store.readNow(QStringLiteral("twilio"), QStringLiteral("auth_token"));
        QVERIFY2(read.isOk(), qPrintable(read.message));
        QCOMPARE(read.secret, secret);
        QVERIFY(store.removeNow(QStringLiteral("twilio"), QStringLiteral("auth_token")).isOk());
        const auto gone = store.readNow(QStringLiteral("twilio"), QStringLiteral("auth_token"));
        QCOMPARE(gone.outcome, SecretStore::Answer::Outcome::NotFound);
        QVERIFY(gone.secret.isEmpty());
        // Removing what is not there is fine.
        QVERIFY(store.removeNow(QStringLiteral("twilio"), QStringLiteral("auth_token")).isOk());
    }

    void asynchronousForms()
    {
        requireKeychain();
        QTemporaryDir dir;
        SecretStore store(dir.path());
        bool written = false;
        store.write(QStringLiteral("twilio"),
                    QStringLiteral("auth_token"),
                    QStringLiteral("async-secret"),
                    [&](const SecretStore::Answer &a) { written = a.isOk(); });
        QTRY_VERIFY(written);
        QString value;
        store.read(QStringLiteral("twilio"),
                   QStringLiteral("auth_token"),
                   [&](const SecretStore::Answer &a) { value = a.secret; });
        QTRY_COMPARE(value, QStringLiteral("async-secret"));
        bool removed = false;
        store.remove(QStringLiteral("twilio"),
                     QStringLiteral("auth_token"),
                     [&](const SecretStore::Answer &a) { removed = a.isOk(); });
        QTRY_VERIFY(removed);
    }

    void twoProfilesDoNotCollide()
    {
        requireKeychain();
        QTemporaryDir a, b;
        SecretStore first(a.path()), second(b.path());
        QVERIFY(first
                    .writeNow(QStringLiteral("twilio"),
                              QStringLiteral("auth_token"),
                              QStringLiteral("office-a"))
                    .isOk());
        QVERIFY(second
                    .writeNow(QStringLiteral("twilio"),
                              QStringLiteral("auth_token"),
                              QStringLiteral("office-b"))
                    .isOk());
        QCOMPARE(first.readNow(QStringLiteral("twilio"), QStringLiteral("auth_token")).secret,
                 QStringLiteral("office-a"));
        QCOMPARE(second.readNow(QStringLiteral("twilio"), QStringLiteral("auth_token")).secret,
                 QStringLiteral("office-b"));
        QVERIFY(first.removeNow(QStringLiteral("twilio"), QStringLiteral("auth_token")).isOk());
        QCOMPARE(second.readNow(QStringLiteral("twilio"), QStringLiteral("auth_token")).secret,
                 QStringLiteral("office-b"));
        QVERIFY(second.removeNow(QStringLiteral("twilio"), QStringLiteral("auth_token")).isOk());
    }

    void sessionReadsTheSecretFromTheKeychainWithoutWaiting()
    {
        // The engine's start-up asks the keychain asynchronously: open()
        // returns at once, runs no event loop of its own (a zero-time timer
        // has not fired when it returns; a local event loop would have run
        // it), and answers later from the application's event loop.
        requireKeychain();
        QTemporaryDir dir;
        writeTwilioSettings(dir.path());
        SecretStore store(dir.path());
        QVERIFY(store
                    .writeNow(QStringLiteral("twilio"),
                              QStringLiteral("auth_token"),
                              QStringLiteral("from-the-keychain"))
                    .isOk());
        int ticks = 0;
        QTimer heartbeat;
        heartbeat.setInterval(0);
        connect(&heartbeat, &QTimer::timeout, this, [&ticks] { ++ticks; });
        heartbeat.start();
        std::unique_ptr<EngineSession> session;
        QString error;
        bool answered = false;
        QObject context;
        EngineSession::open(
            optionsFor(dir.path()), &context, [&](Result<std::unique_ptr<EngineSession>> opened) {
                answered = true;
                if (opened)
                    session = std::move(opened.value());
                else
                    error = opened.errorMessage();
            });
        QCOMPARE(ticks, 0);
        QVERIFY(!answered);
        QTRY_VERIFY_WITH_TIMEOUT(answered, 20000);
        QVERIFY(ticks > 0);
        QVERIFY2(session, qPrintable(error));
        QCOMPARE(session->providerInfo().id, QStringLiteral("twilio"));
        session.reset();
        QVERIFY(store.removeNow(QStringLiteral("twilio"), QStringLiteral("auth_token")).isOk());
    }

    void openingIsCancelledWithItsContext()
    {
        // The one who asked is gone (the window closed during start-up): no
        // answer, no session, and the profile is free again.
        QTemporaryDir dir;
        writeTwilioSettings(dir.path());
        bool answered = false;
        {
            QObject context;
            EngineSession::open(
                optionsFor(dir.path()), &context, [&answered](auto) { answered = true; });
        }
        QCoreApplication::sendPostedEvents(); // where a queued answer would run
        QCoreApplication::processEvents();
        QVERIFY(!answered);
        qputenv("RINGBACK_TWILIO_AUTH_TOKEN", "from-the-environment");
        auto again = test::openSession(optionsFor(dir.path()));
        qunsetenv("RINGBACK_TWILIO_AUTH_TOKEN");
        QVERIFY2(again, qPrintable(again.errorMessage()));
    }

    void missingSecretNamesTheFieldAndBothWays()
    {
        // With or without a keychain: nothing saved, nothing in the environment.
        QTemporaryDir dir;
        writeTwilioSettings(dir.path());
        auto session = test::openSession(optionsFor(dir.path()));
        QVERIFY(!session);
        const QString message = session.errorMessage();
        QVERIFY2(message.contains(QLatin1String("auth_token")), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("RINGBACK_TWILIO_AUTH_TOKEN")),
                 qPrintable(message));
        if (m_keychain)
            QVERIFY2(message.contains(QLatin1String("Settings")), qPrintable(message));
    }

    void environmentAndConfigFileNeedNoKeychain()
    {
        QTemporaryDir dir;
        writeTwilioSettings(dir.path());
        qputenv("RINGBACK_TWILIO_AUTH_TOKEN", "from-the-environment");
        auto fromEnv = test::openSession(optionsFor(dir.path()));
        qunsetenv("RINGBACK_TWILIO_AUTH_TOKEN");
        QVERIFY2(fromEnv, qPrintable(fromEnv.errorMessage()));
        fromEnv = Error(QString()); // releases the profile's engine lock

        // A --provider-config file with the secret: accepted, never copied.
        QFile config(dir.filePath(QStringLiteral("twilio.json")));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write("{\"account_sid\": \"AC0123456789abcdef0123456789abcdef\", "
                     "\"auth_token\": \"secret-from-config-file\", "
                     "\"phone_number\": \"+15125550100\", "
                     "\"api_base_url\": \"http://127.0.0.1:9\"}");
        config.close();
        SessionOptions options = optionsFor(dir.path());
        options.providerConfigPath = config.fileName();
        auto fromFile = test::openSession(options);
        QVERIFY2(fromFile, qPrintable(fromFile.errorMessage()));
        QFile ini(dir.filePath(QStringLiteral("settings.ini")));
        QVERIFY(ini.open(QIODevice::ReadOnly));
        QVERIFY(!ini.readAll().contains("secret-from-config-file"));
        if (m_keychain) {
            SecretStore store(dir.path());
            QCOMPARE(store.readNow(QStringLiteral("twilio"), QStringLiteral("auth_token")).outcome,
                     SecretStore::Answer::Outcome::NotFound);
        }
    }

    void secretInSettingsIniIsIgnored()
    {
        QTemporaryDir dir;
        writeTwilioSettings(dir.path());
        {
            QSettings s(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
            s.setValue(QStringLiteral("provider/twilio/auth_token"),
                       QStringLiteral("plain-text-token"));
        }
        auto session = test::openSession(optionsFor(dir.path()));
        QVERIFY(!session);
        QVERIFY(session.errorMessage().contains(QLatin1String("auth_token")));
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsSet(kChildMode))
        return childMain();
    TestCredentials test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_credentials.moc"
