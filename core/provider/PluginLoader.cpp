#include "provider/PluginLoader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonObject>
#include <QLibrary>
#include <QLoggingCategory>
#include <QPluginLoader>

namespace ringback {

Q_LOGGING_CATEGORY(lcPlugins, "ringback.core.plugins")

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ringback::PluginLoader)
};

} // namespace

PluginLoader::PluginLoader() = default;
PluginLoader::~PluginLoader() = default;

QStringList PluginLoader::defaultSearchPaths()
{
    QStringList paths;
    const QString fromEnv = qEnvironmentVariable("RINGBACK_PROVIDER_PATH");
    if (!fromEnv.isEmpty())
        paths << fromEnv.split(QDir::listSeparator(), Qt::SkipEmptyParts);
    const QString exeDir = QCoreApplication::applicationDirPath();
    paths << exeDir + QLatin1String("/providers")
          << exeDir + QLatin1String("/../lib/ringback/providers")
          << exeDir + QLatin1String("/../PlugIns/providers");
    return paths;
}

Result<ProviderInfo> PluginLoader::inspect(const QString &filePath)
{
    QPluginLoader loader(filePath);
    const QJsonObject meta = loader.metaData();
    if (meta.isEmpty())
        return Error(Tr::tr("not a Qt plugin: %1").arg(loader.errorString()));
    const QString iid = meta.value(QLatin1String("IID")).toString();
    if (iid != QLatin1String(RINGBACK_PROVIDER_IID)) {
        return Error(Tr::tr("interface \"%1\" is not \"%2\"")
                         .arg(iid, QLatin1String(RINGBACK_PROVIDER_IID)));
    }
    auto info = ProviderInfo::fromMetaData(meta.value(QLatin1String("MetaData")).toObject());
    if (!info)
        return info;
    info.value().filePath = QFileInfo(filePath).absoluteFilePath();
    return info;
}

void PluginLoader::scan(const QStringList &folders)
{
    for (const QString &folder : folders) {
        const QDir dir(folder);
        if (!dir.exists())
            continue;
        const auto entries = dir.entryInfoList(QDir::Files, QDir::Name);
        for (const QFileInfo &entry : entries) {
            if (!QLibrary::isLibrary(entry.fileName()))
                continue;
            const QString path = entry.absoluteFilePath();
            auto info = inspect(path);
            if (!info) {
                qCWarning(lcPlugins).noquote()
                    << "refused provider plugin" << path << "-" << info.errorMessage();
                m_rejected.push_back({path, info.errorMessage()});
                continue;
            }
            if (find(info->id)) {
                m_rejected.push_back({path,
                                      Tr::tr("provider \"%1\" is already loaded from %2")
                                          .arg(info->id, find(info->id)->filePath)});
                continue;
            }
            qCDebug(lcPlugins).noquote() << "found provider" << info->id << "in" << path;
            m_providers.push_back(info.value());
        }
    }
}

const ProviderInfo *PluginLoader::find(const QString &id) const
{
    for (const ProviderInfo &p : m_providers) {
        if (p.id == id)
            return &p;
    }
    return nullptr;
}

Result<std::unique_ptr<Provider>> PluginLoader::create(const QString &id)
{
    const ProviderInfo *info = find(id);
    if (!info) {
        return Error(QCoreApplication::translate("ringback::PluginLoader",
                                                 "No provider called \"%1\" is installed.")
                         .arg(id));
    }
    auto loader = std::make_unique<QPluginLoader>(info->filePath);
    QObject *root = loader->instance();
    auto *factory = qobject_cast<ProviderFactory *>(root);
    if (!factory) {
        return Error(QCoreApplication::translate("ringback::PluginLoader",
                                                 "The provider \"%1\" could not be loaded: %2")
                         .arg(id, loader->errorString()));
    }
    std::unique_ptr<Provider> provider = factory->create();
    m_loaded.push_back(std::move(loader));
    if (!provider) {
        return Error(QCoreApplication::translate("ringback::PluginLoader",
                                                 "The provider \"%1\" failed to start.")
                         .arg(id));
    }
    return provider;
}

} // namespace ringback
