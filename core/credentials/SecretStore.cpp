#include "credentials/SecretStore.h"

#include "provider/ProviderSettings.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QPointer>
#include <QTimer>

#include <qt6keychain/keychain.h>

#include <memory>

namespace ringback {

Q_LOGGING_CATEGORY(lcSecrets, "ringback.core.secrets")

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ringback::SecretStore)
};

template<typename Job>
Job *makeJob(const QString &key)
{
    auto *job = new Job(SecretStore::serviceName());
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plain-text copy
    job->setKey(key);
    return job;
}

} // namespace

SecretStore::SecretStore(QString profileDir, QObject *parent)
    : QObject(parent)
    , m_profileDir(std::move(profileDir))
{}

SecretStore::~SecretStore() = default;

QString SecretStore::profileId(const QString &profileDir)
{
    const QFileInfo info(profileDir);
    QString path = info.canonicalFilePath();
    if (path.isEmpty())
        path = QDir::cleanPath(info.absoluteFilePath());
    const QByteArray hash = QCryptographicHash::hash(path.toUtf8(), QCryptographicHash::Sha256);
    return QString::fromLatin1(hash.toHex().left(16));
}

QString
SecretStore::keyFor(const QString &profileDir, const QString &providerId, const QString &field)
{
    return profileId(profileDir) + QLatin1Char('/') + providerId + QLatin1Char('/') + field;
}

SecretStore::Answer SecretStore::mapError(int keychainError,
                                          const QString &detail,
                                          const QString &providerId,
                                          const QString &field)
{
    Answer a;
    const QString envName = ProviderSettings::environmentVariable(providerId, field);
    const QString why = detail.trimmed().isEmpty() ? Tr::tr("no details") : detail.trimmed();
    switch (keychainError) {
    case QKeychain::NoError:
        return a;
    case QKeychain::EntryNotFound:
        a.outcome = Answer::Outcome::NotFound;
        a.message = Tr::tr("No \"%1\" is saved in the system keychain for the %2 provider.")
                        .arg(field, providerId);
        return a;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        a.outcome = Answer::Outcome::Denied;
        a.message = Tr::tr("The system keychain refused access (%1). Allow Ringback to use it, "
                           "or in headless use set %2 instead.")
                        .arg(why, envName);
        return a;
    case QKeychain::CouldNotDeleteEntry:
        a.outcome = Answer::Outcome::Failed;
        a.message = Tr::tr("The system keychain could not remove \"%1\" (%2).").arg(field, why);
        return a;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
    default:
        a.outcome = Answer::Outcome::Unavailable;
        a.message = Tr::tr("The system keychain is not available (%1). In headless use, set "
                           "%2 instead.")
                        .arg(why, envName);
        return a;
    }
}

void SecretStore::read(const QString &providerId, const QString &field, Done done)
{
    auto *job = makeJob<QKeychain::ReadPasswordJob>(keyFor(m_profileDir, providerId, field));
    connect(job,
            &QKeychain::Job::finished,
            this,
            [job, providerId, field, done = std::move(done)](QKeychain::Job *) {
                Answer a = mapError(job->error(), job->errorString(), providerId, field);
                if (a.isOk())
                    a.secret = job->textData();
                qCDebug(lcSecrets).noquote()
                    << "read" << providerId << field << "->" << int(a.outcome);
                done(a);
            });
    job->start();
}

void SecretStore::write(const QString &providerId,
                        const QString &field,
                        const QString &secret,
                        Done done)
{
    auto *job = makeJob<QKeychain::WritePasswordJob>(keyFor(m_profileDir, providerId, field));
    job->setTextData(secret);
    connect(job,
            &QKeychain::Job::finished,
            this,
            [job, providerId, field, done = std::move(done)](QKeychain::Job *) {
                Answer a = mapError(job->error(), job->errorString(), providerId, field);
                // Writing can fail with "not found" when no keyring exists at all.
                if (a.outcome == Answer::Outcome::NotFound)
                    a = mapError(QKeychain::OtherError, job->errorString(), providerId, field);
                qCDebug(lcSecrets).noquote()
                    << "write" << providerId << field << "->" << int(a.outcome);
                done(a);
            });
    job->start();
}

void SecretStore::remove(const QString &providerId, const QString &field, Done done)
{
    auto *job = makeJob<QKeychain::DeletePasswordJob>(keyFor(m_profileDir, providerId, field));
    connect(job,
            &QKeychain::Job::finished,
            this,
            [job, providerId, field, done = std::move(done)](QKeychain::Job *) {
                Answer a = mapError(job->error(), job->errorString(), providerId, field);
                if (a.outcome == Answer::Outcome::NotFound)
                    a = Answer();
                qCDebug(lcSecrets).noquote()
                    << "remove" << providerId << field << "->" << int(a.outcome);
                done(a);
            });
    job->start();
}

SecretStore::Answer SecretStore::wait(const std::function<void(Done)> &start,
                                      int timeoutMs,
                                      const QString &providerId,
                                      const QString &field)
{
    struct State
    {
        bool finished = false;
        Answer answer;
        QPointer<QEventLoop> loop;
    };
    auto state = std::make_shared<State>();
    QEventLoop loop;
    state->loop = &loop;
    start([state](const Answer &a) {
        state->finished = true;
        state->answer = a;
        if (state->loop)
            state->loop->quit();
    });
    if (!state->finished) {
        QTimer timer;
        timer.setSingleShot(true);
        connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
        timer.start(timeoutMs);
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    }
    state->loop = nullptr;
    if (!state->finished) {
        return mapError(QKeychain::OtherError,
                        Tr::tr("no answer within %n second(s)", nullptr, (timeoutMs + 999) / 1000),
                        providerId,
                        field);
    }
    return state->answer;
}

SecretStore::Answer
SecretStore::readNow(const QString &providerId, const QString &field, int timeoutMs)
{
    return wait(
        [&](Done done) { read(providerId, field, std::move(done)); }, timeoutMs, providerId, field);
}

SecretStore::Answer SecretStore::writeNow(const QString &providerId,
                                          const QString &field,
                                          const QString &secret,
                                          int timeoutMs)
{
    return wait([&](Done done) { write(providerId, field, secret, std::move(done)); },
                timeoutMs,
                providerId,
                field);
}

SecretStore::Answer
SecretStore::removeNow(const QString &providerId, const QString &field, int timeoutMs)
{
    return wait([&](Done done) { remove(providerId, field, std::move(done)); },
                timeoutMs,
                providerId,
                field);
}

} // namespace ringback
