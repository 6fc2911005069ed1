#pragma once

#include "provider/ProviderInfo.h"
#include "util/Result.h"

#include <QJsonObject>
#include <QProcessEnvironment>
#include <QVariantMap>

namespace ringback {

// Turns what the office gave (a --provider-config JSON object, or the values
// saved by the settings dialog) into the settings a provider is configured
// with: unknown keys and wrongly typed values are refused with the field's
// name, defaults fill the gaps, and a secret field may come from the
// environment variable RINGBACK_<PROVIDER>_<FIELD>. The environment wins over
// the file so a secret never has to be written to disk.
class ProviderSettings
{
public:
    static QString environmentVariable(const QString &providerId, const QString &field);

    static Result<QVariantMap> resolve(const ProviderInfo &info,
                                       const QJsonObject &given,
                                       const QProcessEnvironment &env
                                       = QProcessEnvironment::systemEnvironment());

    // Reads a --provider-config file: a JSON object, at most 1 MiB.
    static Result<QJsonObject> readConfigFile(const QString &path);
};

} // namespace ringback
