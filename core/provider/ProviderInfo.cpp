#include "provider/ProviderInfo.h"

#include "engine/Keywords.h"
#include "provider/ProviderApi.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

namespace ringback {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ringback::PluginLoader)
};

std::optional<SettingField::Kind> kindFromString(const QString &s)
{
    static const QHash<QString, SettingField::Kind> kinds{
        {QStringLiteral("text"), SettingField::Kind::Text},
        {QStringLiteral("secret"), SettingField::Kind::Secret},
        {QStringLiteral("phone"), SettingField::Kind::Phone},
        {QStringLiteral("url"), SettingField::Kind::Url},
        {QStringLiteral("number"), SettingField::Kind::Number},
        {QStringLiteral("bool"), SettingField::Kind::Bool},
        {QStringLiteral("choice"), SettingField::Kind::Choice},
    };
    const auto it = kinds.find(s);
    if (it == kinds.end())
        return std::nullopt;
    return *it;
}

Result<SettingField> parseField(const QJsonValue &value, int index)
{
    if (!value.isObject())
        return Error(Tr::tr("settings[%1] is not an object").arg(index));
    const QJsonObject o = value.toObject();
    SettingField f;
    f.name = o.value(QLatin1String("name")).toString();
    static const QRegularExpression validName(QStringLiteral("^[a-z][a-z0-9_]*$"));
    if (!validName.match(f.name).hasMatch())
        return Error(Tr::tr("settings[%1] has no valid \"name\" (lower_snake_case)").arg(index));
    f.label = o.value(QLatin1String("label")).toString(f.name);
    const auto kind = kindFromString(o.value(QLatin1String("kind")).toString());
    if (!kind)
        return Error(Tr::tr("setting \"%1\" has an unknown \"kind\"").arg(f.name));
    f.kind = *kind;
    f.help = o.value(QLatin1String("help")).toString();
    f.defaultValue = o.value(QLatin1String("default")).toVariant();
    f.required = o.value(QLatin1String("required")).toBool(false);
    f.minimum = o.value(QLatin1String("minimum")).toDouble(0);
    f.maximum = o.value(QLatin1String("maximum")).toDouble(0);
    for (const QJsonValue &c : o.value(QLatin1String("choices")).toArray())
        f.choices << c.toString();
    if (f.kind == SettingField::Kind::Choice && f.choices.isEmpty())
        return Error(Tr::tr("choice setting \"%1\" lists no choices").arg(f.name));
    return f;
}

} // namespace

const SettingField *ProviderInfo::field(const QString &name) const
{
    for (const SettingField &f : settings) {
        if (f.name == name)
            return &f;
    }
    return nullptr;
}

Result<ProviderInfo> ProviderInfo::fromMetaData(const QJsonObject &metaData)
{
    const QJsonValue apiVersion = metaData.value(QLatin1String("apiVersion"));
    if (!apiVersion.isDouble())
        return Error(Tr::tr("metadata has no \"apiVersion\""));
    if (apiVersion.toInt() != kProviderApiVersion) {
        return Error(Tr::tr("built for provider API %1, this Ringback speaks %2")
                         .arg(apiVersion.toInt())
                         .arg(kProviderApiVersion));
    }
    ProviderInfo info;
    info.id = metaData.value(QLatin1String("id")).toString();
    static const QRegularExpression validId(QStringLiteral("^[a-z][a-z0-9_]{0,31}$"));
    if (!validId.match(info.id).hasMatch())
        return Error(Tr::tr("metadata has no valid \"id\" (lower case letters, digits, _)"));
    info.name = metaData.value(QLatin1String("name")).toString();
    if (info.name.isEmpty())
        return Error(Tr::tr("metadata has no \"name\""));
    info.description = metaData.value(QLatin1String("description")).toString();

    const QJsonValue caps = metaData.value(QLatin1String("capabilities"));
    if (!caps.isArray())
        return Error(Tr::tr("metadata has no \"capabilities\" list"));
    for (const QJsonValue &c : caps.toArray())
        info.capabilities << c.toString();
    if (!info.hasCapability(QStringLiteral("poll")) && !info.hasCapability(QStringLiteral("stream"))
        && !info.hasCapability(QStringLiteral("webhook"))) {
        return Error(
            Tr::tr("capabilities name no way to receive events (poll, stream or webhook)"));
    }

    // Optional: the keywords the provider answers itself.
    const QJsonValue autoReplies = metaData.value(QLatin1String("auto_replies"));
    if (!autoReplies.isUndefined() && !autoReplies.isArray())
        return Error(Tr::tr("\"auto_replies\" is not a list of keywords"));
    for (const QJsonValue &k : autoReplies.toArray()) {
        const QString keyword = keywordText(k.toString());
        if (keyword.isEmpty())
            return Error(Tr::tr("\"auto_replies\" holds an empty keyword"));
        info.autoReplies << keyword;
    }

    const QJsonValue sendRate = metaData.value(QLatin1String("send_rate_per_minute"));
    if (!sendRate.isUndefined() && (!sendRate.isDouble() || sendRate.toDouble() <= 0))
        return Error(Tr::tr("\"send_rate_per_minute\" is not a positive number"));
    info.sendRatePerMinute = sendRate.toDouble();

    const QJsonValue settings = metaData.value(QLatin1String("settings"));
    if (!settings.isArray())
        return Error(Tr::tr("metadata has no \"settings\" list"));
    const QJsonArray fields = settings.toArray();
    for (int i = 0; i < fields.size(); ++i) {
        auto field = parseField(fields.at(i), i);
        if (!field)
            return Error(field.errorMessage());
        if (info.field(field->name))
            return Error(Tr::tr("setting \"%1\" is declared twice").arg(field->name));
        info.settings.push_back(field.value());
    }
    return info;
}

} // namespace ringback
