#pragma once

#include "util/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace ringback {

// Values for the template variables. Empty (or blank) values are allowed; see
// render() for what happens to the text around them.
struct TemplateValues
{
    QString company;        // {company}
    QString agent;          // {agent}
    QString firstName;      // {first_name}
    QString callbackWindow; // {callback_window}, e.g. "within 30 minutes"
    QString businessHours;  // {business_hours}, e.g. "Mon-Fri 8am-5pm"

    // The value for a variable name without braces ("first_name"); empty for
    // an unknown name.
    QString value(const QString &name) const;
};

// The variable names a template may use, without braces, in display order:
// company, agent, first_name, callback_window, business_hours.
QStringList templateVariableNames();

// Typical values used to preview a template (and by the linter to measure
// its length) when the office's own values are not known. Translated.
TemplateValues sampleTemplateValues();

// Something in a template that cannot be sent. Shown at edit time; start and
// length locate the offending text so an editor can underline it.
struct TemplateIssue
{
    enum class Kind {
        UnknownVariable,    // "{firstname}", "{ company }", "{}"
        UnclosedBrace,      // "{first_name" never closed on its line
        UnmatchedCloseBrace // "}" with no "{"
    };
    Kind kind = Kind::UnknownVariable;
    QString token; // the text as written, e.g. "{firstname}"
    int start = -1;
    int length = 0;
    QString message; // translated, says what to do
};

// Every problem that stops the template from being sent, in text order.
// Braces are reserved for variables: names are case-sensitive and take no
// spaces; a "{" must be closed on the same line; a lone "}" is an error too.
QList<TemplateIssue> templateIssues(const QString &text);

// The offending tokens of templateIssues(), each once, in text order:
// unknown variables as written ("{firstname}"), an unclosed "{" with the name
// that follows it ("{first_name"), a lone "}".
QStringList unknownVariables(const QString &text);

// Substitutes the variables. Refuses (Error naming the problems) a template
// with any issue from templateIssues(): such a text is never sent.
//
// Values are trimmed and inserted once: a value containing braces is not
// expanded again. A blank value is removed along with the spacing it leaves:
// - after a space and before punctuation, a space or the end, the space in
//   front goes too: "Hi {first_name}, thanks" -> "Hi, thanks";
//   "Thanks {first_name}!" -> "Thanks!"; "Hi {first_name} there" -> "Hi there";
//   (closing brackets count as punctuation: "(open {business_hours})" -> "(open)");
// - at the start of a line, the following spaces go, and so does a following
//   "," ";" or ":" with the next letter capitalized:
//   "{first_name}, sorry we missed you" -> "Sorry we missed you";
// - anywhere else only the placeholder is removed.
Result<QString> render(const QString &text, const TemplateValues &values);

} // namespace ringback
