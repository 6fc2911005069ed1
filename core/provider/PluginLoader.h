#pragma once

#include "provider/ProviderApi.h"
#include "provider/ProviderInfo.h"

#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

class QPluginLoader;

namespace ringback {

// Finds provider plugins, reads and checks their metadata before any of their
// code runs, and instantiates the ones that pass. Plugins are never unloaded:
// objects they created may outlive any given scope.
class PluginLoader
{
public:
    struct Rejected
    {
        QString filePath;
        QString reason;
    };

    PluginLoader();
    ~PluginLoader();
    PluginLoader(const PluginLoader &) = delete;
    PluginLoader &operator=(const PluginLoader &) = delete;

    // Folders searched by default, in order: $RINGBACK_PROVIDER_PATH (a list
    // separated like PATH), <exe dir>/providers, <exe dir>/../lib/ringback/providers,
    // <exe dir>/../PlugIns/providers (macOS bundle).
    static QStringList defaultSearchPaths();

    // Scans the folders; later duplicates of an id are rejected.
    void scan(const QStringList &folders = defaultSearchPaths());

    const std::vector<ProviderInfo> &providers() const { return m_providers; }
    const std::vector<Rejected> &rejected() const { return m_rejected; }
    const ProviderInfo *find(const QString &id) const;

    // Checks one plugin file's metadata without loading its code.
    static Result<ProviderInfo> inspect(const QString &filePath);

    // Loads the plugin's code and creates a provider.
    Result<std::unique_ptr<Provider>> create(const QString &id);

private:
    std::vector<ProviderInfo> m_providers;
    std::vector<Rejected> m_rejected;
    std::vector<std::unique_ptr<QPluginLoader>> m_loaded;
};

} // namespace ringback
