#pragma once

#include "templates/SmsSegments.h"
#include "templates/Template.h"
#include "templates/TemplateLinter.h"

#include <QList>
#include <QString>

namespace ringback::gui {

// What the template editor tells about a text while it is typed: the errors
// that stop it from being saved, the advice, the preview and the SMS length.
// No widgets here; TemplatePreview shows it, TemplateHighlighter underlines it.
struct TemplateCheck
{
    // One line of the problems list. start == -1: about the text as a whole.
    struct Problem
    {
        enum class Severity { Error, Warning, Note };
        Severity severity = Severity::Warning;
        QString message; // translated, plain text
        int start = -1;
        int length = 0;
    };

    QList<Problem> problems; // errors first, then warnings, then notes
    bool blocking = false;   // an error: the text may not be saved
    bool rendered = false;   // preview holds the text as sent
    QString preview;         // rendered text, or why it cannot be rendered
    SegmentInfo segments;    // of the rendered text (of the raw text if it does not render)
    QString lengthLine;      // "GSM-7 · 1 segment · 97 characters left"
};

// Checks a template that is sent automatically as a first text. `values`
// fill the preview (sampleTemplateValues() with the office's name).
TemplateCheck checkTemplate(const QString &text, const TemplateValues &values);

// "GSM-7 · 1 segment · 97 characters left", or "Unicode (UCS-2) because of
// “’” · 2 segments · 40 characters left" naming the first non-GSM character of
// `text` (its code point when it is invisible, such as a non-breaking space).
QString segmentLine(const QString &text);

// Short label ("business name") and tooltip for a variable name without
// braces, as listed by templateVariableNames().
QString variableLabel(const QString &name);
QString variableDescription(const QString &name);

} // namespace ringback::gui
