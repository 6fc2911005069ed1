#include "gui/settings/ConnectionTester.h"

#include "provider/PluginLoader.h"
#include "provider/ProviderSettings.h"

#include <QPointer>
#include <QProcessEnvironment>
#include <QTimer>

namespace ringback::gui {

ConnectionTester::ConnectionTester(PluginLoader &loader, QObject *parent)
    : QObject(parent)
    , m_loader(loader)
{}

ConnectionTester::~ConnectionTester()
{
    cancel();
}

void ConnectionTester::cancel()
{
    ++m_run;
    m_running = false;
    m_provider.reset();
}

void ConnectionTester::report(bool ok, const QString &message)
{
    m_running = false;
    // The provider may still be inside the call that reported: drop it later.
    QTimer::singleShot(0, this, [this, run = m_run] {
        if (run == m_run && !m_running)
            m_provider.reset();
    });
    emit finished(ok, message);
}

void ConnectionTester::run(const ProviderInfo &info,
                           const QJsonObject &values,
                           const QString &dataDir)
{
    cancel();
    m_running = true;
    const quint64 run = m_run;
    // Only what the form holds: the test is about these values, not the
    // environment's.
    auto resolved = ProviderSettings::resolve(info, values, QProcessEnvironment());
    if (!resolved) {
        report(false, resolved.errorMessage());
        return;
    }
    auto provider = m_loader.create(info.id);
    if (!provider) {
        report(false, provider.errorMessage());
        return;
    }
    m_provider = std::move(provider.value());
    const Status configured = m_provider->configure({resolved.value(), dataDir});
    if (!configured) {
        report(false, configured.errorMessage());
        return;
    }
    QPointer<ConnectionTester> self(this);
    m_provider->testConnection([self, run](const ConnectionCheck &check) {
        if (!self || run != self->m_run || !self->m_running)
            return;
        self->report(check.ok, check.message);
    });
}

} // namespace ringback::gui
