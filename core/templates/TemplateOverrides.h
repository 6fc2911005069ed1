#pragma once

#include <QHash>
#include <QString>

class QSettings;

namespace ringback {

// The [templates] group of a profile's settings.ini, as RulesSettings reads it:
// "<id> = text" replaces the shipped default with that id. These functions
// touch only the key they are given, so the office's other settings (and
// keys this version does not know) stay as they are.

// Every override stored in [templates], text by id.
QHash<QString, QString> templateOverrides(QSettings &settings);

// Stores `text` as the template `id`. A text equal to the shipped default
// removes the override instead, so a later change of the default applies.
void setTemplateOverride(QSettings &settings, const QString &id, const QString &text);

// Removes the override of `id`: the shipped default applies again.
void removeTemplateOverride(QSettings &settings, const QString &id);

} // namespace ringback
