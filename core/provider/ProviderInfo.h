#pragma once

#include "util/Result.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <vector>

namespace ringback {

// One field of a provider's settings schema. The settings dialog, the
// --provider-config JSON and the README all use `name` as the key.
struct SettingField
{
    enum class Kind { Text, Secret, Phone, Url, Number, Bool, Choice };
    QString name;
    QString label;
    Kind kind = Kind::Text;
    QString help;
    QVariant defaultValue;
    bool required = false;
    QStringList choices;
    double minimum = 0;
    double maximum = 0; // both 0: unbounded

    bool isSecret() const { return kind == Kind::Secret; }
};

// What a provider plugin declares in its JSON metadata, read before the
// plugin's code is loaded.
struct ProviderInfo
{
    QString id;
    QString name;
    QString description;
    QStringList capabilities; // poll, stream, webhook, media, delivery_receipts, ...
    // Carrier keywords the provider itself answers (its STOP confirmation,
    // HELP reply), as keywordText() writes them: "STOP", "STOPALL", "STOP ALL".
    QStringList autoReplies;
    // The most texts a minute the provider takes ("send_rate_per_minute"),
    // 0: no limit of its own. The outbox is paced to stay under it.
    double sendRatePerMinute = 0;
    std::vector<SettingField> settings;
    QString filePath;

    bool hasCapability(const QString &c) const { return capabilities.contains(c); }
    const SettingField *field(const QString &name) const;

    // Parses and checks the "MetaData" object of a plugin. Every problem is
    // reported with the reason, so a broken plugin is refused, not loaded.
    static Result<ProviderInfo> fromMetaData(const QJsonObject &metaData);
};

} // namespace ringback
