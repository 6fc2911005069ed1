#include "templates/TemplateOverrides.h"

#include "templates/DefaultTemplates.h"

#include <QSettings>

namespace ringback {

namespace {

QString key(const QString &id)
{
    return QLatin1String("templates/") + id;
}

} // namespace

QHash<QString, QString> templateOverrides(QSettings &settings)
{
    QHash<QString, QString> out;
    settings.beginGroup(QStringLiteral("templates"));
    const QStringList ids = settings.childKeys();
    for (const QString &id : ids)
        out.insert(id, settings.value(id).toString());
    settings.endGroup();
    return out;
}

void setTemplateOverride(QSettings &settings, const QString &id, const QString &text)
{
    const auto shipped = defaultTemplate(id);
    if (shipped && shipped->text == text)
        settings.remove(key(id));
    else
        settings.setValue(key(id), text);
}

void removeTemplateOverride(QSettings &settings, const QString &id)
{
    settings.remove(key(id));
}

} // namespace ringback
