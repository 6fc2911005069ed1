#pragma once

// What the provider tests share, whatever the provider: a ProviderEvents sink
// that records everything, the real plugin loaded through PluginLoader and
// configured, a fixture holding a fake provider server, the plugin and a sink
// fresh for each test function, and waits on the event loop (never a fixed
// sleep) for a callback's answer or a number of requests at the fake.

#include "ProviderTestCase.h"
#include "TestCallers.h"
#include "TestPrinting.h"
#include "provider/PluginLoader.h"
#include "provider/ProviderApi.h"
#include "provider/ProviderSettings.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QProcessEnvironment>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QVariantMap>

#include <algorithm>

#include <functional>
#include <memory>
#include <optional>

namespace ringback::test {

class RecordingSink final : public ProviderEvents
{
public:
    void callEnded(const ProviderCall &call) override { calls.append(call); }
    void messageReceived(const ProviderMessage &message) override { messages.append(message); }
    void sendFinished(const SendOutcome &outcome) override { sends.append(outcome); }
    void reconciled(const ReconcileOutcome &outcome) override { reconciles.append(outcome); }
    void statusChanged(const StatusUpdate &update) override { statuses.append(update); }
    void cursorAdvanced(const QString &c) override { cursor = c; }
    void connectionStateChanged(ConnectionState state, const QString &detail) override
    {
        states.append({state, detail});
    }

    // The last state reported, and what it said.
    ConnectionState state() const
    {
        return states.isEmpty() ? ConnectionState::Disconnected : states.last().first;
    }
    QString detail() const { return states.isEmpty() ? QString() : states.last().second; }
    bool sawState(ConnectionState s) const { return firstState(s) != nullptr; }
    // What the first report of `s` said.
    QString detailOf(ConnectionState s) const
    {
        const auto *entry = firstState(s);
        return entry ? entry->second : QString();
    }
    int callsFrom(const QString &from) const
    {
        return int(std::count_if(
            calls.cbegin(), calls.cend(), [&](const ProviderCall &c) { return c.from == from; }));
    }
    // The provider ids of the calls reported, sorted.
    QStringList callIds() const
    {
        QStringList ids;
        for (const ProviderCall &c : calls)
            ids << c.providerId;
        ids.sort();
        return ids;
    }
    int callsWithId(const QString &id) const
    {
        return int(std::count_if(calls.cbegin(), calls.cend(), [&](const ProviderCall &c) {
            return c.providerId == id;
        }));
    }

    QList<ProviderCall> calls;
    QList<ProviderMessage> messages;
    QList<SendOutcome> sends;
    QList<ReconcileOutcome> reconciles;
    QList<StatusUpdate> statuses;
    QString cursor;
    QList<QPair<ConnectionState, QString>> states;

private:
    const QPair<ConnectionState, QString> *firstState(ConnectionState s) const
    {
        for (const auto &entry : states) {
            if (entry.first == s)
                return &entry;
        }
        return nullptr;
    }
};

// `settings` with `overrides` put over them.
inline QVariantMap withOverrides(QVariantMap settings, const QVariantMap &overrides)
{
    for (auto it = overrides.begin(); it != overrides.end(); ++it)
        settings.insert(it.key(), it.value());
    return settings;
}

// Loads the real plugin `id` from RINGBACK_PROVIDER_PATH and configures it;
// `webhooks` is the host's receiver, if the test gives one.
inline std::unique_ptr<Provider> loadProvider(PluginLoader &loader,
                                              const QString &id,
                                              const QVariantMap &settings,
                                              const QString &dataDir,
                                              QString *error = nullptr,
                                              webhook::WebhookRegistrar *webhooks = nullptr)
{
    if (!loader.find(id))
        loader.scan();
    auto created = loader.create(id);
    if (!created) {
        if (error)
            *error = created.errorMessage();
        return nullptr;
    }
    std::unique_ptr<Provider> provider = std::move(created.value());
    ProviderContext context;
    context.settings = settings;
    context.dataDir = dataDir;
    context.webhooks = webhooks;
    const Status ok = provider->configure(context);
    if (!ok) {
        if (error)
            *error = ok.errorMessage();
        return nullptr;
    }
    return provider;
}

// loadProvider(), or the test run ends saying why.
inline std::unique_ptr<Provider> loadProviderOrDie(PluginLoader &loader,
                                                   const QString &id,
                                                   const QVariantMap &settings,
                                                   const QString &dataDir,
                                                   webhook::WebhookRegistrar *webhooks = nullptr)
{
    QString error;
    auto provider = loadProvider(loader, id, settings, dataDir, &error, webhooks);
    if (!provider)
        qFatal("cannot load the %s provider: %s", qPrintable(id), qPrintable(error));
    return provider;
}

// Asks with `ask`, which hands its callback on, and waits for the answer:
// nothing if none came within `timeoutMs`, or if a second one followed.
template<typename Answer>
std::optional<Answer> oneAnswer(const std::function<void(std::function<void(const Answer &)>)> &ask,
                                int timeoutMs)
{
    std::optional<Answer> answer;
    int calls = 0;
    ask([&](const Answer &a) {
        answer = a;
        ++calls;
    });
    if (!QTest::qWaitFor([&] { return answer.has_value(); }, timeoutMs))
        return std::nullopt;
    QTest::qWait(50); // a second answer would show up here
    return calls == 1 ? answer : std::nullopt;
}

// The connection check of a provider, answered once.
inline std::optional<ConnectionCheck> checkConnection(Provider &provider, int timeoutMs = 30000)
{
    return oneAnswer<ConnectionCheck>(
        [&](std::function<void(const ConnectionCheck &)> done) {
            provider.testConnection(std::move(done));
        },
        timeoutMs);
}

// The base URL of a loopback port nobody listens on (it was free a moment
// ago): connections to it are refused. Empty if no port could be had.
inline QString refusingBaseUrl()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return {};
    return QStringLiteral("http://127.0.0.1:%1").arg(probe.serverPort());
}

// Writes `settings` as the JSON provider config `fileName` in `dir`; its path.
inline QString
writeProviderConfig(const QString &dir, const QString &fileName, const QVariantMap &settings)
{
    const QString path = dir + QLatin1Char('/') + fileName;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write the provider config %s", qPrintable(path));
    file.write(QJsonDocument(QJsonObject::fromVariantMap(settings)).toJson());
    return path;
}

// A fake provider server, the plugin and a recording sink, fresh for each
// test function: setUp() in init(), tearDown() in cleanup().
template<typename Fake>
class FakeProviderFixture
{
protected:
    using FakeServer = Fake;
    using Settings = std::function<QVariantMap(const Fake &)>;

    // `pollPath`: what a polling plugin lists once each pass (see morePolls()).
    FakeProviderFixture(QString providerId,
                        Settings settings,
                        QString pollPath = QString(),
                        int pollTimeoutMs = 10000)
        : m_providerId(std::move(providerId))
        , m_settings(std::move(settings))
        , m_pollPath(std::move(pollPath))
        , m_pollTimeoutMs(pollTimeoutMs)
    {}

    bool setUp()
    {
        m_fake = std::make_unique<Fake>();
        m_sink = RecordingSink();
        return m_fake->start();
    }
    // Stops the provider; false if the fake saw a request off the contract.
    bool tearDown()
    {
        if (m_provider)
            m_provider->stop();
        m_provider.reset();
        m_violations = m_fake->violations.join(QLatin1String("; "));
        m_fake.reset();
        return m_violations.isEmpty();
    }
    QString violations() const { return m_violations; }
    const QString &providerId() const { return m_providerId; }

    // The provider's settings against the fake, with `overrides`.
    QVariantMap settings(const QVariantMap &overrides = {}) const
    {
        return withOverrides(m_settings(*m_fake), overrides);
    }
    // The plugin configured with exactly `settings` and not started; null,
    // and why in *error, if it refused them.
    std::unique_ptr<Provider> configured(const QVariantMap &settings, QString *error = nullptr)
    {
        return loadProvider(m_loader, m_providerId, settings, m_dir.path(), error, m_webhooks);
    }
    Provider &startProvider(const QVariantMap &overrides = {}, const QString &cursor = QString())
    {
        m_provider = loadProviderOrDie(
            m_loader, m_providerId, settings(overrides), m_dir.path(), m_webhooks);
        m_provider->start(&m_sink, cursor);
        return *m_provider;
    }
    // Waits until the fake has seen `n` more requests `method` `pathSuffix`.
    bool waitForRequests(const QByteArray &method, const QString &pathSuffix, int n, int timeoutMs)
    {
        const int target = m_fake->count(method, pathSuffix) + n;
        return QTest::qWaitFor([&] { return m_fake->count(method, pathSuffix) >= target; },
                               timeoutMs);
    }
    // Waits until a polling plugin has polled `passes` more times (each pass
    // lists the poll path once): anything it would report or send twice, it
    // has by then. A condition on the fake's log, not a fixed sleep.
    bool morePolls(int passes, int timeoutMs = 0)
    {
        return waitForRequests(
            "GET", m_pollPath, passes, timeoutMs > 0 ? timeoutMs : m_pollTimeoutMs);
    }
    void waitForPolls(int n) { QVERIFY(morePolls(n)); }
    static SendRequest request(qint64 id, const QString &to, const QString &body)
    {
        return {id, Fake::businessNumber(), to, body, QDateTime::currentDateTimeUtc()};
    }

    // The plugin's connection check against the fake, with `overrides`, from
    // an instance of its own (never started); nothing if it could not be
    // loaded or did not answer exactly once.
    std::optional<ConnectionCheck> checkConnectionWith(const QVariantMap &overrides = {})
    {
        QString error;
        auto provider
            = loadProvider(m_loader, m_providerId, settings(overrides), m_dir.path(), &error);
        if (!provider) {
            qWarning().noquote() << error;
            return std::nullopt;
        }
        return checkConnection(*provider);
    }
    // The message of a connection check with `overrides` that failed; a
    // null string if it passed or did not answer exactly once.
    QString failedCheck(const QVariantMap &overrides = {})
    {
        const auto result = checkConnectionWith(overrides);
        if (!result || result->ok)
            return {};
        return result->message;
    }
    // failedCheck() against a server that refuses the connection.
    QString failedCheckOfRefusingServer()
    {
        const QString dead = refusingBaseUrl();
        return dead.isEmpty() ? QString() : failedCheck({{QStringLiteral("api_base_url"), dead}});
    }
    // A connection check still running when its provider is destroyed never
    // answers. Call from the test function.
    void connectionCheckEndsWithTheProvider()
    {
        QString error;
        auto provider = loadProvider(m_loader, m_providerId, settings(), m_dir.path(), &error);
        QVERIFY2(provider, qPrintable(error));
        bool called = false;
        provider->testConnection([&](const ConnectionCheck &) { called = true; });
        provider.reset();
        QTest::qWait(200);
        QVERIFY(!called);
    }

    // Sends `r` and waits for its one outcome: the accepted send, or nothing
    // if it failed (the reason logged) or did not end within `timeoutMs`.
    std::optional<SendOutcome> sendAccepted(const SendRequest &r, int timeoutMs = 10000)
    {
        const qsizetype before = m_sink.sends.size();
        m_provider->send(r);
        if (!QTest::qWaitFor([&] { return m_sink.sends.size() > before; }, timeoutMs))
            return std::nullopt;
        const SendOutcome &outcome = m_sink.sends.last();
        if (m_sink.sends.size() == before + 1 && outcome.accepted
            && outcome.messageId == r.messageId)
            return outcome;
        qWarning().noquote() << "send" << r.messageId << "ended" << name(outcome.error)
                             << outcome.errorDetail;
        return std::nullopt;
    }
    // Waits until the provider reports the status of `providerMessageId`:
    // true if its latest report is `status`.
    bool
    statusReported(const QString &providerMessageId, MessageStatus status, int timeoutMs = 10000)
    {
        if (!QTest::qWaitFor([&] { return !m_sink.statuses.isEmpty(); }, timeoutMs))
            return false;
        const StatusUpdate &last = m_sink.statuses.last();
        return last.providerMessageId == providerMessageId && last.status == status;
    }
    // Sends `r` and waits for its one outcome: true if it is the failure `error`.
    bool sendFailsWith(const SendRequest &r, SendError error, int timeoutMs = 10000)
    {
        const qsizetype before = m_sink.sends.size();
        m_provider->send(r);
        if (!QTest::qWaitFor([&] { return m_sink.sends.size() > before; }, timeoutMs))
            return false;
        const SendOutcome &outcome = m_sink.sends.last();
        if (m_sink.sends.size() == before + 1 && !outcome.accepted && outcome.error == error)
            return true;
        qWarning().noquote() << "send" << r.messageId << "ended" << name(outcome.error)
                             << outcome.errorDetail << "instead of" << name(error);
        return false;
    }
    // Asks whether `r` went out and waits for the one answer: true if it is `found`.
    bool reconcileFinds(const SendRequest &r, ReconcileOutcome::Found found, int timeoutMs = 10000)
    {
        const qsizetype before = m_sink.reconciles.size();
        m_provider->reconcile(r);
        if (!QTest::qWaitFor([&] { return m_sink.reconciles.size() > before; }, timeoutMs))
            return false;
        const ReconcileOutcome &outcome = m_sink.reconciles.last();
        if (m_sink.reconciles.size() == before + 1 && outcome.found == found)
            return true;
        qWarning().noquote() << "reconcile of" << r.messageId << "found" << name(outcome.found)
                             << "instead of" << name(found);
        return false;
    }

    // The settings the office typed (`entered`: the phone number as written,
    // no secret) resolve with the secret `field` from the environment
    // variable `variable` (set to `secret`): the number in E.164 and
    // api_base_url `defaultBaseUrl`. Without the variable they are refused,
    // the message naming it. Call from the test function.
    void checkSecretFromEnvironment(const QJsonObject &entered,
                                    const QString &field,
                                    const QString &variable,
                                    const QString &secret,
                                    const QString &defaultBaseUrl)
    {
        m_loader.scan();
        const ProviderInfo *info = m_loader.find(m_providerId);
        QVERIFY(info);
        QProcessEnvironment env;
        env.insert(variable, secret);
        const auto resolved = ProviderSettings::resolve(*info, entered, env);
        QVERIFY2(resolved, qPrintable(resolved.errorMessage()));
        QCOMPARE(resolved->value(field).toString(), secret);
        QCOMPARE(resolved->value(QStringLiteral("phone_number")).toString(),
                 Fake::businessNumber());
        QCOMPARE(resolved->value(QStringLiteral("api_base_url")).toString(), defaultBaseUrl);
        const auto missing = ProviderSettings::resolve(*info, entered, QProcessEnvironment());
        QVERIFY(!missing);
        QVERIFY2(missing.errorMessage().contains(variable), qPrintable(missing.errorMessage()));
    }

    // Plain http for api_base_url is refused unless it stays on this
    // computer: by the plugin and, before it sees it, by the settings layer,
    // given `entered` (the settings as the office types them). Call from the
    // test function.
    void checkPlainHttpRefusedExceptLoopback(QJsonObject entered)
    {
        const QString key = QStringLiteral("api_base_url");
        const QString elsewhere = QStringLiteral("http://example.com");
        QVariantMap s = settings({{key, elsewhere}});
        QString error;
        QVERIFY(!configured(s, &error));
        QVERIFY2(error.contains(key), qPrintable(error));
        const ProviderInfo *info = m_loader.find(m_providerId);
        QVERIFY(info);
        entered.insert(key, elsewhere);
        const auto resolved = ProviderSettings::resolve(*info, entered, QProcessEnvironment());
        QVERIFY(!resolved);
        QVERIFY2(resolved.errorMessage().contains(key), qPrintable(resolved.errorMessage()));
        for (const QString &ok :
             {QString(QStringLiteral("https://proxy.example.com/") + m_providerId),
              QStringLiteral("http://127.0.0.1:8080"),
              QStringLiteral("http://localhost:1")}) {
            s.insert(key, ok);
            QVERIFY2(configured(s, &error), qPrintable(ok + QLatin1String(": ") + error));
        }
    }

    // Starts the plugin for one pass only (the next is an hour away), so the
    // poller does not consume answers scripted for sends and look-ups.
    void startPollingOnce()
    {
        startProvider({{QStringLiteral("poll_interval_seconds"), 60}});
        QTRY_COMPARE_WITH_TIMEOUT(name(m_sink.state()), name(ConnectionState::Polling), 10000);
    }

    // The send scenarios every plugin's tests run against its fake (whose
    // scripts are sendReplies and messagesReplies). Call from the test
    // function, the provider started.

    // A send refused with `serverError` is not resent blindly: the engine
    // asks first, the provider has nothing, and the resend goes out once.
    // The refusal's detail names `code`, if given.
    void checkServerErrorThenSuccessSendsOnce(const typename Fake::Reply &serverError,
                                              const QString &code = QString())
    {
        const QString &mike = callers::kMike;
        m_fake->sendReplies.push_back(serverError);
        const SendRequest r = request(3, mike, QStringLiteral("Hello Mike"));
        QVERIFY(sendFailsWith(r, SendError::ProviderDown));
        if (!code.isEmpty())
            QVERIFY(m_sink.sends.first().errorDetail.contains(code));
        QVERIFY(reconcileFinds(r, ReconcileOutcome::Found::No));
        QVERIFY(sendAccepted(r));
        QCOMPARE(m_fake->sendsTo(mike), 1);
    }

    // A send the provider kept but answered unreadably (`unreadable`) is
    // found by reconciliation, never sent blindly again.
    void checkUnreadableAnswerIsReconciled(const typename Fake::Reply &unreadable)
    {
        const QString &dana = callers::kDana;
        m_fake->sendReplies.push_back(unreadable);
        const SendRequest r = request(9, dana, QStringLiteral("Hello Dana"));
        QVERIFY(sendFailsWith(r, SendError::ProviderDown));
        QVERIFY(reconcileFinds(r, ReconcileOutcome::Found::Yes));
        QCOMPARE(m_sink.reconciles.first().providerMessageId, m_fake->sentId());
        QCOMPARE(m_fake->sendsTo(dana), 1);
    }

    // A send whose answer never came is found by reconciliation (after
    // which `lookedUp` may check how it asked), another body to the same
    // caller is not, and a look-up the provider fails (`lookUpError`) is
    // "can't tell", never "no". Starts the plugin for one pass.
    void checkReconcileFindsATextInFlight(const typename Fake::Reply &lookUpError,
                                          const std::function<void()> &lookedUp = {})
    {
        const QString &pat = callers::kPat;
        m_fake->sendReplies.push_back(Fake::Reply::hang()); // taken, never answered
        startPollingOnce();
        const SendRequest r = request(5, pat, QStringLiteral("Hi Pat, sorry we missed your call"));
        m_provider->send(r);
        QTRY_COMPARE_WITH_TIMEOUT(m_fake->sendsTo(pat), 1, 10000);
        QVERIFY(reconcileFinds(r, ReconcileOutcome::Found::Yes));
        QCOMPARE(m_sink.reconciles.first().messageId, qint64(5));
        QCOMPARE(m_sink.reconciles.first().providerMessageId, m_fake->sentId());
        if (lookedUp)
            lookedUp();
        QVERIFY(reconcileFinds(request(6, pat, QStringLiteral("Another text")),
                               ReconcileOutcome::Found::No));
        for (int i = 0; i < 6; ++i)
            m_fake->messagesReplies.push_back(lookUpError);
        QVERIFY(reconcileFinds(request(8, callers::kDana, QStringLiteral("Hello")),
                               ReconcileOutcome::Found::Unknown,
                               15000));
        QCOMPARE(m_sink.sends.size(), 0);
        QCOMPARE(m_fake->sendsTo(pat), 1);
    }

    // A send to a server that refuses the connection fails as ProviderDown
    // ("did not leave"), and its reconciliation is a definite no: the engine
    // may send it again. Call from the test function.
    void sendToRefusingServerIsADefiniteNo(const QString &to)
    {
        const QString dead = refusingBaseUrl();
        QVERIFY(!dead.isEmpty());
        startProvider({{QStringLiteral("api_base_url"), dead}});
        QTRY_VERIFY_WITH_TIMEOUT(m_sink.sawState(ConnectionState::Reconnecting), 10000);
        const SendRequest r = request(4, to, QStringLiteral("Hello"));
        QVERIFY(sendFailsWith(r, SendError::ProviderDown));
        QVERIFY(m_sink.sends.first().errorDetail.contains(QLatin1String("did not leave")));
        QVERIFY(reconcileFinds(r, ReconcileOutcome::Found::No));
    }

    PluginLoader m_loader;
    QTemporaryDir m_dir;
    std::unique_ptr<Fake> m_fake;
    RecordingSink m_sink;
    std::unique_ptr<Provider> m_provider;
    webhook::WebhookRegistrar *m_webhooks = nullptr; // the host's receiver, if any

private:
    QString m_providerId;
    Settings m_settings;
    QString m_pollPath;
    int m_pollTimeoutMs;
    QString m_violations;
};

} // namespace ringback::test
