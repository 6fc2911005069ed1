#pragma once

#include "provider/ProviderInfo.h"

#include <QString>

namespace ringback {

// The texts of a provider plugin's JSON metadata (its name and description,
// each setting's label, help and choices) in the user's language.
// lupdate cannot read JSON: scripts/provider-texts.py lists these texts in
// providers/<folder>/MetaDataTexts.cpp for it, in the context kContext with
// the provider id as the disambiguation, and tst_providertexts fails when a
// text of a JSON file is missing from that list.
class ProviderTexts
{
public:
    static constexpr const char *kContext = "ProviderMetaData";

    static QString translate(const QString &providerId, const QString &text);
    static QString name(const ProviderInfo &info) { return translate(info.id, info.name); }
    static QString description(const ProviderInfo &info)
    {
        return translate(info.id, info.description);
    }
    // The label, or the field's name when the schema gives none.
    static QString label(const ProviderInfo &info, const SettingField &field)
    {
        return translate(info.id, field.label.isEmpty() ? field.name : field.label);
    }
    static QString help(const ProviderInfo &info, const SettingField &field)
    {
        return translate(info.id, field.help);
    }
    // What the settings form shows for one of a choice field's values (the
    // value itself is what is saved).
    static QString choice(const ProviderInfo &info, const QString &value)
    {
        return translate(info.id, value);
    }
};

} // namespace ringback
