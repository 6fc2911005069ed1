#include "domain/DecisionCode.h"

#include <QCoreApplication>

#include <array>
#include <cstddef>

namespace ringback {
namespace {

struct Entry
{
    DecisionCode code;
    const char *stored; // never rename: stored and exported
    const char *label;  // context "ringback::HeldReasons" (lupdate reads the literals)
};

// The one table of decision codes; tst_decisioncode checks that every code
// has a row, a distinct stored string and a label.
constexpr std::array<Entry, 27> kTable{{
    {DecisionCode::Texted, "texted", QT_TRANSLATE_NOOP("ringback::HeldReasons", "Texted")},
    {DecisionCode::Answered, "answered", QT_TRANSLATE_NOOP("ringback::HeldReasons", "Answered")},
    {DecisionCode::NotATrigger,
     "not_a_trigger",
     QT_TRANSLATE_NOOP("ringback::HeldReasons", "Call result not set to text back")},
    {DecisionCode::PocketDial,
     "pocket_dial",
     QT_TRANSLATE_NOOP("ringback::HeldReasons", "Likely pocket dial")},
    {DecisionCode::LineOff,
     "line_off",
     QT_TRANSLATE_NOOP("ringback::HeldReasons", "Text-back off for the line")},
    {DecisionCode::Withheld,
     "withheld",
     QT_TRANSLATE_NOOP("ringback::HeldReasons", "Number withheld")},
    {DecisionCode::InvalidNumber,
     "invalid_number",
     QT_TRANSLATE_NOOP("ringback::HeldReasons", "Invalid number")},
    {DecisionCode::NotTextable,
     "not_textable",
     QT_TRANSLATE_NOOP("ringback::HeldReasons", "Landline or other number that can't text")},
    {DecisionCode::CantReceiveTexts,
     "cant_receive_texts",
     QT_TRANSLATE_NOOP("ringback::HeldReasons", "Earlier text failed: can't receive texts")},
    {DecisionCode::International,
     "international",
     QT_TRANSLATE_NOOP("ringback::HeldReasons", "International number")},
    {DecisionCode::Spam, "spam", QT_TRANSLATE_NOOP("ringback::HeldReasons", "Marked as spam")},
    {DecisionCode::Blocked,
     "blocked",
     QT_TRANSLATE_NOOP("ringback::HeldReasons", "Blocked number")},
    {DecisionCode::KnownContact,
     "known_contact",
     QT_TRANSLATE_NOOP("ringback::HeldReasons", "Known contact or vendor")},
    {DecisionCode::OptedOut, "opted_out", QT_TRANSLATE_NOOP("ringback::HeldReasons", "Opted out")},
    {DecisionCode::ProbableOptOut,
     "probable_opt_out",
     QT_TRANSLATE_NOOP("ringback::HeldReasons", "Probable opt-out")},
    {DecisionCode::SpamPattern,
     "spam_pattern",
     QT_TRANSLATE_NOOP("ringback::HeldReasons", "Likely robocaller")},
    {DecisionCode::RepeatCall,
     "repeat_call",
     QT_TRANSLATE_NOOP("ringback::HeldReasons", "Repeat call, already texted")},
    {DecisionCode::ActiveConversation,
     "active_conversation",
     QT_TRANSLATE_NOOP("ringback::HeldReasons", "Conversation already active")},
    {DecisionCode::MissedWhileClosed,
     "missed_while_closed",
     QT_TRANSLATE_NOOP("ringback::HeldReasons", "Missed while Ringback was closed")},
    {DecisionCode::TooOld,
     "too_old",
     QT_TRANSLATE_NOOP("ringback::HeldReasons", "Reported too late to text")},
    //: A line set to text back only outside business hours.
    {DecisionCode::BusinessHoursOnly,
     "business_hours_only",
     QT_TRANSLATE_NOOP("ringback::HeldReasons", "During business hours")},
    {DecisionCode::QuietHours,
     "quiet_hours",
     QT_TRANSLATE_NOOP("ringback::HeldReasons", "Quiet hours")},
    //: The automatic text's template has an error, so the call was not texted.
    {DecisionCode::TemplateError,
     "template_error",
     QT_TRANSLATE_NOOP("ringback::HeldReasons", "Template has an error")},
    {DecisionCode::CanceledAnswered,
     "canceled_answered",
     QT_TRANSLATE_NOOP("ringback::HeldReasons", "Caller called again and was answered")},
    {DecisionCode::CanceledOfficeWrote,
     "canceled_office_wrote",
     QT_TRANSLATE_NOOP("ringback::HeldReasons", "The office wrote first")},
    {DecisionCode::Landline, "landline", QT_TRANSLATE_NOOP("ringback::HeldReasons", "Landline")},
    {DecisionCode::NotMobile,
     "not_mobile",
     QT_TRANSLATE_NOOP("ringback::HeldReasons", "Toll-free or other line that can't text")},
}};

// One row per code: NotMobile is the last enumerator, Unknown has no row.
static_assert(kTable.size() == std::size_t(DecisionCode::NotMobile));

const Entry *find(DecisionCode code)
{
    for (const Entry &e : kTable) {
        if (e.code == code)
            return &e;
    }
    return nullptr;
}

} // namespace

QString toString(DecisionCode code)
{
    const Entry *e = find(code);
    return e ? QString::fromLatin1(e->stored) : QString();
}

DecisionCode decisionCodeFromString(const QString &s)
{
    for (const Entry &e : kTable) {
        if (s == QLatin1String(e.stored))
            return e.code;
    }
    return DecisionCode::Unknown;
}

QString decisionCodeLabel(DecisionCode code)
{
    if (const Entry *e = find(code))
        return QCoreApplication::translate("ringback::HeldReasons", e->label);
    return QCoreApplication::translate("ringback::HeldReasons", "No reason recorded");
}

std::vector<DecisionCode> allDecisionCodes()
{
    std::vector<DecisionCode> all;
    all.reserve(kTable.size());
    for (const Entry &e : kTable)
        all.push_back(e.code);
    return all;
}

} // namespace ringback
