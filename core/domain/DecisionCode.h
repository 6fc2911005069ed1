#pragma once

#include <QString>

#include <vector>

namespace ringback {

// Why a call was or was not texted: the code stored with each call
// (calls.decision_code), exported (README, "Export format"), counted by the
// dashboard ("Held, not texted") and shown in words. Every code has exactly
// one entry in the table of DecisionCode.cpp: its stored string, which never
// changes (scripts read the export), and its label in the office's language.
//
// Who sets which: engine/TextBackPolicy.cpp decides a call (Texted, the holds
// and QuietHours); engine/CallIntake.cpp holds a call whose template is
// broken (TemplateError); a queued automatic text withdrawn before it went
// out turns its call into a hold (the Canceled*, CantReceiveTexts, Spam,
// ProbableOptOut, Landline and NotMobile withdrawals; Store::withdrawAutoTexts).
enum class DecisionCode {
    Unknown, // stored by no current version: empty, or written by a newer one
    Texted,
    Answered,
    NotATrigger,
    PocketDial,
    LineOff,
    Withheld,
    InvalidNumber,
    NotTextable,
    CantReceiveTexts,
    International,
    Spam,
    Blocked,
    KnownContact,
    OptedOut,
    ProbableOptOut,
    SpamPattern,
    RepeatCall,
    ActiveConversation,
    MissedWhileClosed,
    TooOld,
    BusinessHoursOnly,
    QuietHours,
    TemplateError,
    CanceledAnswered,
    CanceledOfficeWrote,
    Landline,
    NotMobile, // keep last: DecisionCode.cpp counts the table with it
};

// The stored and exported form: "texted", "repeat_call", ... (empty for Unknown).
QString toString(DecisionCode code);
// Unknown for an empty or unrecognised string.
DecisionCode decisionCodeFromString(const QString &s);
// The short label in the office's language: "Repeat call, already texted".
QString decisionCodeLabel(DecisionCode code);
// Every code but Unknown, in the table's order.
std::vector<DecisionCode> allDecisionCodes();

} // namespace ringback
