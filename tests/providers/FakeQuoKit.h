#pragma once

// What the openphone provider tests share: a ProviderEvents sink that records
// everything, and the plugin loaded through PluginLoader and configured
// against a FakeQuo.

#include "FakeQuo.h"
#include "provider/PluginLoader.h"
#include "provider/ProviderApi.h"

#include <QList>
#include <QPair>
#include <QTemporaryDir>
#include <QTest>
#include <QVariantMap>

#include <memory>

namespace ringback::test {

class QuoSink final : public ProviderEvents
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

    ConnectionState state() const
    {
        return states.isEmpty() ? ConnectionState::Disconnected : states.last().first;
    }
    QString detail() const { return states.isEmpty() ? QString() : states.last().second; }
    bool sawState(ConnectionState s) const
    {
        for (const auto &entry : states) {
            if (entry.first == s)
                return true;
        }
        return false;
    }
    // What the first report of `s` said.
    QString detailOf(ConnectionState s) const
    {
        for (const auto &entry : states) {
            if (entry.first == s)
                return entry.second;
        }
        return {};
    }
    int callsWithId(const QString &id) const
    {
        int n = 0;
        for (const ProviderCall &c : calls)
            n += c.providerId == id ? 1 : 0;
        return n;
    }

    QList<ProviderCall> calls;
    QList<ProviderMessage> messages;
    QList<SendOutcome> sends;
    QList<ReconcileOutcome> reconciles;
    QList<StatusUpdate> statuses;
    QString cursor;
    QList<QPair<ConnectionState, QString>> states;
};

inline QVariantMap quoSettings(const FakeQuo &fake, double pollSeconds = 0.2)
{
    return {{QStringLiteral("api_key"), FakeQuo::apiKey()},
            {QStringLiteral("phone_number"), FakeQuo::businessNumber()},
            {QStringLiteral("api_base_url"), fake.baseUrl()},
            {QStringLiteral("poll_interval_seconds"), pollSeconds}};
}

// Loads the real plugin from RINGBACK_PROVIDER_PATH; `webhooks` is the host's receiver,
// if the test gives one.
inline std::unique_ptr<Provider> loadQuo(PluginLoader &loader,
                                         const QVariantMap &settings,
                                         const QString &dataDir,
                                         QString *error = nullptr,
                                         webhook::WebhookRegistrar *webhooks = nullptr)
{
    if (!loader.find(QStringLiteral("openphone")))
        loader.scan();
    auto created = loader.create(QStringLiteral("openphone"));
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

// A fake Quo, the plugin and a recording sink, fresh for each test function.
class QuoFixture
{
protected:
    bool setUp()
    {
        m_fake = std::make_unique<FakeQuo>();
        m_sink = QuoSink();
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

    Provider &startProvider(const QVariantMap &overrides = {}, const QString &cursor = QString())
    {
        QVariantMap s = quoSettings(*m_fake);
        for (auto it = overrides.begin(); it != overrides.end(); ++it)
            s.insert(it.key(), it.value());
        QString error;
        m_provider = loadQuo(m_loader, s, m_dir.path(), &error);
        if (!m_provider)
            qFatal("cannot load the openphone provider: %s", qPrintable(error));
        m_provider->start(&m_sink, cursor);
        return *m_provider;
    }
    // Waits for `n` more passes (each lists the conversations once).
    void waitForPolls(int n)
    {
        const auto passes = [this] {
            return m_fake->count("GET", QStringLiteral("/v1/conversations"));
        };
        const int target = passes() + n;
        QTRY_VERIFY_WITH_TIMEOUT(passes() >= target, 15000);
    }
    static SendRequest request(qint64 id, const QString &to, const QString &body)
    {
        return {id, FakeQuo::businessNumber(), to, body, QDateTime::currentDateTimeUtc()};
    }

    PluginLoader m_loader;
    QTemporaryDir m_dir;
    std::unique_ptr<FakeQuo> m_fake;
    QuoSink m_sink;
    std::unique_ptr<Provider> m_provider;

private:
    QString m_violations;
};

} // namespace ringback::test
