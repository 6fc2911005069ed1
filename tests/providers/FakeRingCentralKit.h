#pragma once

// What the ringcentral provider tests share: a ProviderEvents sink that
// records everything, and the plugin loaded through PluginLoader and
// configured against a FakeRingCentral.

#include "FakeRingCentral.h"
#include "TestPrinting.h"
#include "provider/PluginLoader.h"
#include "provider/ProviderApi.h"

#include <QList>
#include <QPair>
#include <QTemporaryDir>
#include <QTest>
#include <QVariantMap>

#include <memory>

#define QTRY_COMPARE_ENUM_WITH_TIMEOUT(actual, expected, timeout)                                  \
    QTRY_COMPARE_WITH_TIMEOUT(ringback::test::name(actual), ringback::test::name(expected), timeout)

namespace ringback::test {

class RcSink final : public ProviderEvents
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
    int callsFrom(const QString &from) const
    {
        int n = 0;
        for (const ProviderCall &c : calls)
            n += c.from == from ? 1 : 0;
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

inline QVariantMap ringCentralSettings(const FakeRingCentral &fake, double keepAliveSeconds = 30)
{
    return {{QStringLiteral("client_id"), FakeRingCentral::clientId()},
            {QStringLiteral("client_secret"), FakeRingCentral::clientSecret()},
            {QStringLiteral("jwt"), FakeRingCentral::jwt()},
            {QStringLiteral("phone_number"), FakeRingCentral::businessNumber()},
            {QStringLiteral("api_base_url"), fake.baseUrl()},
            {QStringLiteral("keepalive_seconds"), keepAliveSeconds}};
}

// Loads the real plugin from RINGBACK_PROVIDER_PATH.
inline std::unique_ptr<Provider> loadRingCentral(PluginLoader &loader,
                                                 const QVariantMap &settings,
                                                 const QString &dataDir,
                                                 QString *error = nullptr)
{
    if (!loader.find(QStringLiteral("ringcentral")))
        loader.scan();
    auto created = loader.create(QStringLiteral("ringcentral"));
    if (!created) {
        if (error)
            *error = created.errorMessage();
        return nullptr;
    }
    std::unique_ptr<Provider> provider = std::move(created.value());
    const Status ok = provider->configure({settings, dataDir});
    if (!ok) {
        if (error)
            *error = ok.errorMessage();
        return nullptr;
    }
    return provider;
}

// A fake RingCentral, the plugin and a recording sink, fresh for each test.
class RcFixture
{
protected:
    bool setUp()
    {
        m_fake = std::make_unique<FakeRingCentral>();
        m_sink = RcSink();
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
        QVariantMap s = ringCentralSettings(*m_fake);
        for (auto it = overrides.begin(); it != overrides.end(); ++it)
            s.insert(it.key(), it.value());
        QString error;
        m_provider = loadRingCentral(m_loader, s, m_dir.path(), &error);
        if (!m_provider)
            qFatal("cannot load the ringcentral provider: %s", qPrintable(error));
        m_provider->start(&m_sink, cursor);
        return *m_provider;
    }
    // Started, subscribed, and the first catch-up done.
    bool waitConnected(int timeoutMs = 10000)
    {
        return QTest::qWaitFor(
            [this] {
                return m_fake->isSubscribed() && m_sink.state() == ConnectionState::Connected
                       && m_fake->count("GET", QStringLiteral("/call-log-sync")) > 0
                       && m_fake->count("GET", QStringLiteral("/message-sync")) > 0;
            },
            timeoutMs);
    }
    static SendRequest request(qint64 id, const QString &to, const QString &body)
    {
        return {id, FakeRingCentral::businessNumber(), to, body, QDateTime::currentDateTimeUtc()};
    }

    PluginLoader m_loader;
    QTemporaryDir m_dir;
    std::unique_ptr<FakeRingCentral> m_fake;
    RcSink m_sink;
    std::unique_ptr<Provider> m_provider;

private:
    QString m_violations;
};

} // namespace ringback::test
