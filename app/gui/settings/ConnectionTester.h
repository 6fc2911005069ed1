#pragma once

#include "provider/ProviderApi.h"
#include "provider/ProviderInfo.h"

#include <QJsonObject>
#include <QObject>

#include <memory>

namespace ringback {
class PluginLoader;
}

namespace ringback::gui {

// Runs a provider's "Test connection" with the values of the settings form:
// a fresh provider instance from the plugin (never the running engine's),
// configured with those values, asked Provider::testConnection, and thrown
// away afterwards. finished() comes exactly once per run().
class ConnectionTester final : public QObject
{
    Q_OBJECT

public:
    explicit ConnectionTester(PluginLoader &loader, QObject *parent = nullptr);
    ~ConnectionTester() override;

    void run(const ProviderInfo &info, const QJsonObject &values, const QString &dataDir);
    bool isRunning() const { return m_running; }
    // Drops a test in flight; its answer never comes.
    void cancel();

signals:
    void finished(bool ok, const QString &message);

private:
    void report(bool ok, const QString &message);

    PluginLoader &m_loader;
    std::unique_ptr<Provider> m_provider;
    bool m_running = false;
    quint64 m_run = 0;
};

} // namespace ringback::gui
