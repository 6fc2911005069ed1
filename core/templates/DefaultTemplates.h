#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace ringback {

// A template shipped with Ringback. Every default is short (one GSM-7 segment
// with typical values), first person plural, names the business with
// {company}, asks what the caller needs, ends with "Reply STOP to opt out.",
// and lints clean as a first message.
struct DefaultTemplate
{
    QString id;   // stable: "general", "after_hours", "hvac_emergency", "roofing", "holiday"
    QString name; // translated, for the template picker
    QString text; // translated
};

// All shipped defaults, "general" first.
QList<DefaultTemplate> defaultTemplates();

// The default with that id, or nothing.
std::optional<DefaultTemplate> defaultTemplate(const QString &id);

} // namespace ringback
