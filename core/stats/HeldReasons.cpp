#include "stats/HeldReasons.h"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace ringback {

QString heldReasonText(const QString &code)
{
    // Kept beside the codes of engine/TextBackPolicy.cpp and the withdrawals
    // of engine/Engine*.cpp.
    static const std::array<std::pair<const char *, const char *>, 25> kLabels{{
        {"not_a_trigger",
         QT_TRANSLATE_NOOP("ringback::HeldReasons", "Call result not set to text back")},
        {"pocket_dial", QT_TRANSLATE_NOOP("ringback::HeldReasons", "Likely pocket dial")},
        {"line_off", QT_TRANSLATE_NOOP("ringback::HeldReasons", "Text-back off for the line")},
        {"withheld", QT_TRANSLATE_NOOP("ringback::HeldReasons", "Number withheld")},
        {"invalid_number", QT_TRANSLATE_NOOP("ringback::HeldReasons", "Invalid number")},
        {"not_textable",
         QT_TRANSLATE_NOOP("ringback::HeldReasons", "Landline or other number that can't text")},
        {"cant_receive_texts",
         QT_TRANSLATE_NOOP("ringback::HeldReasons", "Earlier text failed: can't receive texts")},
        {"international", QT_TRANSLATE_NOOP("ringback::HeldReasons", "International number")},
        {"spam", QT_TRANSLATE_NOOP("ringback::HeldReasons", "Marked as spam")},
        {"blocked", QT_TRANSLATE_NOOP("ringback::HeldReasons", "Blocked number")},
        {"known_contact", QT_TRANSLATE_NOOP("ringback::HeldReasons", "Known contact or vendor")},
        {"opted_out", QT_TRANSLATE_NOOP("ringback::HeldReasons", "Opted out")},
        {"probable_opt_out", QT_TRANSLATE_NOOP("ringback::HeldReasons", "Probable opt-out")},
        {"spam_pattern", QT_TRANSLATE_NOOP("ringback::HeldReasons", "Likely robocaller")},
        {"repeat_call", QT_TRANSLATE_NOOP("ringback::HeldReasons", "Repeat call, already texted")},
        {"active_conversation",
         QT_TRANSLATE_NOOP("ringback::HeldReasons", "Conversation already active")},
        {"missed_while_closed",
         QT_TRANSLATE_NOOP("ringback::HeldReasons", "Missed while Ringback was closed")},
        {"too_old", QT_TRANSLATE_NOOP("ringback::HeldReasons", "Reported too late to text")},
        //: A line set to text back only outside business hours.
        {"business_hours_only",
         QT_TRANSLATE_NOOP("ringback::HeldReasons", "During business hours")},
        {"quiet_hours", QT_TRANSLATE_NOOP("ringback::HeldReasons", "Quiet hours")},
        {"canceled_answered",
         QT_TRANSLATE_NOOP("ringback::HeldReasons", "Caller called again and was answered")},
        {"canceled_office_wrote",
         QT_TRANSLATE_NOOP("ringback::HeldReasons", "The office wrote first")},
        {"landline", QT_TRANSLATE_NOOP("ringback::HeldReasons", "Landline")},
        {"not_mobile",
         QT_TRANSLATE_NOOP("ringback::HeldReasons", "Toll-free or other line that can't text")},
        {"after_hours", QT_TRANSLATE_NOOP("ringback::HeldReasons", "After hours")},
    }};
    for (const auto &[key, label] : kLabels) {
        if (code == QLatin1String(key))
            return QCoreApplication::translate("ringback::HeldReasons", label);
    }
    if (code.isEmpty())
        return QCoreApplication::translate("ringback::HeldReasons", "No reason recorded");
    return code;
}

} // namespace ringback
