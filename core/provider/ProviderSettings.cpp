#include "provider/ProviderSettings.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QUrl>

#include "net/BaseUrl.h"
#include "phone/PhoneNumber.h"
#include "provider/ProviderTexts.h"

namespace ringback {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ringback::ProviderSettings)
};

Result<QVariant> convert(const SettingField &field, const QJsonValue &value)
{
    switch (field.kind) {
    case SettingField::Kind::Number: {
        double number = 0;
        if (value.isDouble()) {
            number = value.toDouble();
        } else {
            bool ok = false;
            number = value.toString().toDouble(&ok);
            if (!ok)
                return Error(Tr::tr("\"%1\" must be a number.").arg(field.name));
        }
        if ((field.minimum != 0 || field.maximum != 0)
            && (number < field.minimum || number > field.maximum)) {
            return Error(Tr::tr("\"%1\" must be between %2 and %3.")
                             .arg(field.name)
                             .arg(field.minimum)
                             .arg(field.maximum));
        }
        return QVariant(number);
    }
    case SettingField::Kind::Bool:
        if (!value.isBool())
            return Error(Tr::tr("\"%1\" must be true or false.").arg(field.name));
        return QVariant(value.toBool());
    case SettingField::Kind::Phone: {
        const auto phone = PhoneNumber::parse(value.toString());
        if (!phone)
            return Error(Tr::tr("\"%1\": %2").arg(field.name, phone.errorMessage()));
        return QVariant(phone->e164());
    }
    case SettingField::Kind::Url: {
        const QUrl url(value.toString(), QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty())
            return Error(Tr::tr("\"%1\" is not a valid address.").arg(field.name));
        const bool loopback = net::isLoopbackHost(url.host());
        if (url.scheme() == QLatin1String("http") && !loopback)
            return Error(
                Tr::tr("\"%1\" must use https:// (plain http is allowed only to this computer).")
                    .arg(field.name));
        if (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))
            return Error(Tr::tr("\"%1\" must be an https:// address.").arg(field.name));
        return QVariant(url.toString());
    }
    case SettingField::Kind::Choice:
        if (!field.choices.contains(value.toString()))
            return Error(Tr::tr("\"%1\" must be one of: %2.")
                             .arg(field.name, field.choices.join(QLatin1String(", "))));
        return QVariant(value.toString());
    case SettingField::Kind::Text:
    case SettingField::Kind::Secret:
        if (!value.isString())
            return Error(Tr::tr("\"%1\" must be text.").arg(field.name));
        return QVariant(value.toString());
    }
    return Error(Tr::tr("\"%1\" has an unsupported kind.").arg(field.name));
}

} // namespace

QString ProviderSettings::environmentVariable(const QString &providerId, const QString &field)
{
    return QLatin1String("RINGBACK_") + providerId.toUpper() + QLatin1Char('_') + field.toUpper();
}

Result<QVariantMap> ProviderSettings::resolve(const ProviderInfo &info,
                                              const QJsonObject &given,
                                              const QProcessEnvironment &env)
{
    for (auto it = given.begin(); it != given.end(); ++it) {
        if (!info.field(it.key())) {
            QStringList known;
            for (const SettingField &f : info.settings)
                known << f.name;
            return Error(
                Tr::tr("The %1 provider has no setting \"%2\". Its settings are: %3.")
                    .arg(ProviderTexts::name(info), it.key(), known.join(QLatin1String(", "))));
        }
    }
    QVariantMap out;
    for (const SettingField &field : info.settings) {
        QJsonValue value = given.value(field.name);
        const QString envName = environmentVariable(info.id, field.name);
        if (field.isSecret() && env.contains(envName))
            value = env.value(envName);
        if (value.isUndefined() || value.isNull()) {
            if (field.defaultValue.isValid() && !field.defaultValue.isNull()) {
                out.insert(field.name, field.defaultValue);
                continue;
            }
            if (field.required) {
                return Error(field.isSecret()
                                 ? Tr::tr("The setting \"%1\" is missing (or set %2).")
                                       .arg(field.name, envName)
                                 : Tr::tr("The setting \"%1\" is missing.").arg(field.name));
            }
            continue;
        }
        auto converted = convert(field, value);
        if (!converted)
            return Error(converted.errorMessage());
        out.insert(field.name, converted.value());
    }
    return out;
}

Result<QJsonObject> ProviderSettings::readConfigFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(Tr::tr("Cannot read %1: %2").arg(path, file.errorString()));
    if (file.size() > 1024 * 1024)
        return Error(Tr::tr("%1 is too large to be a provider configuration.").arg(path));
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &err);
    if (err.error != QJsonParseError::NoError)
        return Error(Tr::tr("%1 is not valid JSON (at offset %2: %3).")
                         .arg(path)
                         .arg(err.offset)
                         .arg(err.errorString()));
    if (!doc.isObject())
        return Error(Tr::tr("%1 must hold a JSON object of settings.").arg(path));
    return doc.object();
}

} // namespace ringback
