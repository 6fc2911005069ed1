#pragma once

#include "templates/Template.h"

#include <QList>
#include <QString>

namespace ringback {

// Advice about a template. Warnings never block saving or sending.
struct LintWarning
{
    QString code;    // stable id, see lint()
    QString message; // translated, concrete, says what to do
    int start = -1;  // span in the template text the warning is about;
    int length = 0;  // start == -1: about the message as a whole
};

// Checks, in this order (codes in brackets):
// - [promise] a promise the office may not keep: "we can come today", "we'll be
//   there today", "your appointment is booked/confirmed", "technician is on the
//   way", "on our way", "guaranteed", "same-day service" (and Spanish
//   equivalents). Case and spacing do not matter; whole words only. One
//   warning per match, spanning the match.
// - [link] a link (http(s)://, www., or a bare domain such as example.com), only
//   when firstMessage. One per link.
// - [call_back] asks the caller to call: "call us back", "give us a call",
//   "call (512) 555-0134"… One per match.
// - [too_long] over 320 characters, else [segments] more than 2 segments.
//   Measured on the text rendered with `preview` (the office's values, or
//   sampleTemplateValues()); on the raw text if it does not render.
// - [no_question] no "?": nothing for the caller to reply to.
// - [no_business_name] neither {company} nor the preview's company name.
// - [no_opt_out] no "STOP" keyword hint ("Reply STOP to opt out."), only when
//   firstMessage: carriers expect one on first contact.
QList<LintWarning> lint(const QString &text, bool firstMessage, const TemplateValues &preview);
QList<LintWarning> lint(const QString &text, bool firstMessage);

} // namespace ringback
