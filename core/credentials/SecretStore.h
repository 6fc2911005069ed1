#pragma once

#include "RingbackCoreExport.h"

#include <QObject>
#include <QString>

#include <functional>

namespace ringback {

// Provider secrets (API tokens, passwords) in the operating system's keychain
// through QtKeychain: the Secret Service on Linux (GNOME Keyring, KWallet),
// the Keychain on macOS, the Credential Manager on Windows. Never in the
// database, settings.ini or the logs, and never a plain-text fallback.
//
// Entries live under the service "Ringback" with the key
// "<profile id>/<provider id>/<field>", where the profile id is derived from
// the profile folder's absolute path, so two profiles on one computer keep
// their own secrets.
//
// QtKeychain works asynchronously: read(), write() and remove() call `done`
// later from the event loop. The app and the engine use only these (the
// engine's start-up too: EngineSession::open). The *Now() variants wait in a
// local event loop: for tests only.
class RINGBACK_CORE_EXPORT SecretStore final : public QObject
{
    Q_OBJECT

public:
    struct Answer
    {
        enum class Outcome {
            Ok,
            NotFound,    // nothing saved under this key
            Unavailable, // no keychain (no D-Bus session, no Secret Service, locked)
            Denied,      // the user or the system refused access
            Failed,      // anything else
        };
        Outcome outcome = Outcome::Ok;
        QString secret;  // read(): the secret; never logged
        QString message; // for the office; empty when Ok

        bool isOk() const { return outcome == Outcome::Ok; }
    };
    using Done = std::function<void(const Answer &)>;

    explicit SecretStore(QString profileDir, QObject *parent = nullptr);
    ~SecretStore() override;

    static QString serviceName() { return QStringLiteral("Ringback"); }
    // A short stable id of a profile folder (hash of its absolute path).
    static QString profileId(const QString &profileDir);
    // The keychain key of one secret.
    static QString
    keyFor(const QString &profileDir, const QString &providerId, const QString &field);

    void read(const QString &providerId, const QString &field, Done done);
    void write(const QString &providerId, const QString &field, const QString &secret, Done done);
    // Removing a secret that is not there succeeds.
    void remove(const QString &providerId, const QString &field, Done done);

    // Synchronous forms, for tests: run a local event loop until the keychain
    // answers or timeoutMs passes (then Unavailable). Never in the app.
    Answer readNow(const QString &providerId, const QString &field, int timeoutMs = 30000);
    Answer writeNow(const QString &providerId,
                    const QString &field,
                    const QString &secret,
                    int timeoutMs = 30000);
    Answer removeNow(const QString &providerId, const QString &field, int timeoutMs = 30000);

    // Maps a QtKeychain error (QKeychain::Error as int) and its text to an
    // answer with a message for the office. OtherError and NoBackendAvailable
    // mean "no keychain here": the message names the environment variable
    // that replaces the keychain in headless use.
    static Answer mapError(int keychainError,
                           const QString &detail,
                           const QString &providerId,
                           const QString &field);

private:
    Answer wait(const std::function<void(Done)> &start,
                int timeoutMs,
                const QString &providerId,
                const QString &field);

    QString m_profileDir;
};

} // namespace ringback
