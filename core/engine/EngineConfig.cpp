#include "engine/EngineConfig.h"

#include "engine/Keywords.h"
#include "templates/DefaultTemplates.h"
#include "templates/Template.h"

#include <QLoggingCategory>

namespace ringback {

QHash<QString, QString> EngineConfig::defaultTemplates()
{
    QHash<QString, QString> out;
    for (const DefaultTemplate &t : ringback::defaultTemplates())
        out.insert(t.id, t.text);
    return out;
}

QString EngineConfig::templateText(const QString &id) const
{
    const auto it = templates.find(id);
    return it != templates.end() ? *it : templates.value(QStringLiteral("general"));
}

bool EngineConfig::providerAnswers(const QString &body) const
{
    return providerAutoReplies.contains(keywordText(body));
}

void EngineConfig::capSendRate(double providerPerMinute)
{
    if (providerPerMinute <= 0)
        return;
    const double providerMax = providerPerMinute / 60.0;
    if (sendRatePerSecond <= 0 || sendRatePerSecond > providerMax)
        sendRatePerSecond = providerMax;
}

Result<QString> EngineConfig::render(const QString &text,
                                     const QString &firstName,
                                     const QString &businessNumber) const
{
    TemplateValues values;
    values.company = companyName;
    values.agent = agentName;
    values.firstName = firstName;
    values.callbackWindow = callbackWindow;
    values.businessHours = rules.line(businessNumber).hours.describe();
    return ringback::render(text, values);
}

namespace {
Q_LOGGING_CATEGORY(lcConfig, "ringback.core.engine")
} // namespace

QString EngineConfig::systemText(const QString &text, const QString &fallback) const
{
    const auto rendered = render(text);
    if (rendered)
        return rendered.value();
    qCWarning(lcConfig).noquote() << "system text has an error, using the default:"
                                  << rendered.errorMessage();
    return render(fallback).value();
}

} // namespace ringback
