#include "templates/DefaultTemplates.h"

#include <QCoreApplication>

namespace ringback {

namespace {

constexpr const char *kContext = "ringback::DefaultTemplates";

struct Source
{
    const char *id;
    const char *name;
    const char *text;
};

// Straight apostrophes only: a curly one would switch the SMS to UCS-2. Each
// text fits one GSM-7 segment with sampleTemplateValues().
const Source kSources[] = {
    {"general",
     QT_TRANSLATE_NOOP("ringback::DefaultTemplates", "General"),
     //: Text sent to a caller. Keep the {variables} and STOP in English (carriers only understand
     //: the English keywords), the question and {company}. Letters other than é è ñ ü ¿ ¡ switch
     //: the SMS to UCS-2 (70 characters per segment): stay within 2 segments.
     QT_TRANSLATE_NOOP("ringback::DefaultTemplates",
                       "Hi {first_name}, this is {company}. Sorry we missed your call! What can "
                       "we help you with? Reply STOP to opt out.")},
    {"after_hours",
     QT_TRANSLATE_NOOP("ringback::DefaultTemplates", "After hours"),
     //: Text sent to a caller, see "General".
     QT_TRANSLATE_NOOP("ringback::DefaultTemplates",
                       "Hi {first_name}, {company} here. We're closed now but saw your call. "
                       "What do you need help with? We'll reply when we open. Reply STOP to opt "
                       "out.")},
    {"hvac_emergency",
     QT_TRANSLATE_NOOP("ringback::DefaultTemplates", "HVAC: no heat or cooling"),
     //: Text sent to a caller, see "General". {callback_window} reads like "within 30 minutes".
     QT_TRANSLATE_NOOP("ringback::DefaultTemplates",
                       "Hi {first_name}, sorry we missed you at {company}. Is your heat or AC "
                       "out? Tell us and we'll call back {callback_window}. Reply STOP to opt "
                       "out.")},
    {"roofing",
     QT_TRANSLATE_NOOP("ringback::DefaultTemplates", "Roofing"),
     //: Text sent to a caller, see "General".
     QT_TRANSLATE_NOOP("ringback::DefaultTemplates",
                       "Hi {first_name}, {company} here. Sorry we missed your call! Is it a "
                       "leak, storm damage or a quote you need? Reply STOP to opt out.")},
    {"holiday",
     QT_TRANSLATE_NOOP("ringback::DefaultTemplates", "Holiday"),
     //: Text sent to a caller, see "General".
     QT_TRANSLATE_NOOP("ringback::DefaultTemplates",
                       "Hi {first_name}, {company} is closed for the holiday. What do you need "
                       "help with? We'll get back to you when we reopen. Reply STOP to opt out.")},
};

DefaultTemplate make(const Source &source)
{
    return {QString::fromLatin1(source.id),
            QCoreApplication::translate(kContext, source.name),
            QCoreApplication::translate(kContext, source.text)};
}

} // namespace

QList<DefaultTemplate> defaultTemplates()
{
    QList<DefaultTemplate> out;
    for (const Source &source : kSources)
        out << make(source);
    return out;
}

std::optional<DefaultTemplate> defaultTemplate(const QString &id)
{
    for (const Source &source : kSources) {
        if (id == QLatin1String(source.id))
            return make(source);
    }
    return std::nullopt;
}

} // namespace ringback
