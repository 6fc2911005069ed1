#include "gui/templates/TemplateCheck.h"

#include <QCoreApplication>

namespace ringback::gui {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ringback::gui::TemplateCheck)
};

using Problem = TemplateCheck::Problem;

// Plural forms that read right in English without a catalogue; translators
// still get %n for the other numbers.
QString segmentsText(int n)
{
    return n == 1 ? Tr::tr("1 segment") : Tr::tr("%n segments", nullptr, n);
}

QString charactersLeftText(int n)
{
    return n == 1 ? Tr::tr("1 character left") : Tr::tr("%n characters left", nullptr, n);
}

// The character at `index` (both halves of a surrogate pair).
int characterLength(const QString &text, int index)
{
    return text.at(index).isHighSurrogate() && index + 1 < text.size()
                   && text.at(index + 1).isLowSurrogate()
               ? 2
               : 1;
}

// The character as people can see it: itself, or "U+00A0" when it is blank
// or invisible.
QString visibleCharacter(const QString &text, int index)
{
    const int length = characterLength(text, index);
    const char32_t cp = length == 2 ? QChar::surrogateToUcs4(text.at(index), text.at(index + 1))
                                    : char32_t(text.at(index).unicode());
    switch (QChar::category(cp)) {
    case QChar::Separator_Space:
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
    case QChar::Other_Control:
    case QChar::Other_Format:
    case QChar::Mark_NonSpacing:
    case QChar::Mark_Enclosing:
        return QLatin1String("U+")
               + QString::number(uint(cp), 16).toUpper().rightJustified(4, QLatin1Char('0'));
    default:
        return text.mid(index, length);
    }
}

} // namespace

QString segmentLine(const QString &text)
{
    const SegmentInfo info = countSegments(text);
    const QString segments = segmentsText(info.segments);
    const QString left = charactersLeftText(info.remainingInSegment);
    if (info.encoding == SegmentInfo::Encoding::Gsm7) {
        //: Length of a text message: encoding · "1 segment" · "97 characters left".
        return Tr::tr("GSM-7 · %1 · %2").arg(segments, left);
    }
    const int culprit = firstNonGsmIndex(text);
    const QString character = culprit >= 0 ? visibleCharacter(text, culprit) : QString();
    //: %1 is the first character that GSM-7 cannot encode, e.g. a curly quote or an emoji.
    return Tr::tr("Unicode (UCS-2) because of “%1” · %2 · %3").arg(character, segments, left);
}

TemplateCheck checkTemplate(const QString &text, const TemplateValues &values)
{
    TemplateCheck check;
    if (text.trimmed().isEmpty()) {
        check.problems << Problem{Problem::Severity::Error,
                                  Tr::tr("The text is empty. Write what callers get, or restore "
                                         "the default."),
                                  -1,
                                  0};
    }
    for (const TemplateIssue &issue : templateIssues(text))
        check.problems << Problem{
            Problem::Severity::Error, issue.message, issue.start, issue.length};
    check.blocking = !check.problems.isEmpty();
    for (const LintWarning &warning : lint(text, true, values))
        check.problems << Problem{
            Problem::Severity::Warning, warning.message, warning.start, warning.length};

    const Result<QString> rendered = render(text, values);
    QString measured = text;
    if (rendered.isOk()) {
        check.rendered = true;
        check.preview = rendered.value();
        measured = rendered.value();
    } else {
        check.preview = Tr::tr("No preview until the errors are fixed.");
    }
    check.segments = countSegments(measured);
    check.lengthLine = segmentLine(measured);

    const int culprit = firstNonGsmIndex(text);
    if (culprit >= 0) {
        check.problems << Problem{
            Problem::Severity::Note,
            Tr::tr("“%1” is not in the GSM-7 alphabet, so the whole text is sent as Unicode: "
                   "70 characters per segment instead of 160. Replace it if you can (straight "
                   "quotes ' and \" instead of curly ones).")
                .arg(visibleCharacter(text, culprit)),
            culprit,
            characterLength(text, culprit)};
    }
    return check;
}

QString variableLabel(const QString &name)
{
    if (name == QLatin1String("company"))
        return Tr::tr("business name");
    if (name == QLatin1String("agent"))
        return Tr::tr("who signs the text");
    if (name == QLatin1String("first_name"))
        return Tr::tr("caller's first name");
    if (name == QLatin1String("callback_window"))
        return Tr::tr("when you call back");
    if (name == QLatin1String("business_hours"))
        return Tr::tr("opening hours");
    return QString();
}

QString variableDescription(const QString &name)
{
    if (name == QLatin1String("company"))
        return Tr::tr("The office's business name, as set in the office settings.");
    if (name == QLatin1String("agent"))
        return Tr::tr("The name of the person who signs the texts. Left out when none is set.");
    if (name == QLatin1String("first_name"))
        return Tr::tr("The caller's first name when you have saved it. Left out otherwise: "
                      "\"Hi {first_name},\" becomes \"Hi,\".");
    if (name == QLatin1String("callback_window"))
        return Tr::tr("When the office calls back, such as \"within 30 minutes\".");
    if (name == QLatin1String("business_hours"))
        return Tr::tr("The office's opening hours, such as \"Mon-Fri 8am-5pm\".");
    return QString();
}

} // namespace ringback::gui
