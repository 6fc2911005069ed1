#include "gui/templates/TemplateHighlighter.h"

#include "gui/common/Format.h"

#include <QTextBlock>

#include <algorithm>

namespace ringback::gui {

using Severity = TemplateCheck::Problem::Severity;

TemplateHighlighter::TemplateHighlighter(QObject *parent)
    : QSyntaxHighlighter(parent)
{}

void TemplateHighlighter::setProblems(const QList<TemplateCheck::Problem> &problems)
{
    m_problems.clear();
    for (const auto &problem : problems) {
        if (problem.start >= 0 && problem.length > 0)
            m_problems << problem;
    }
    // Errors last, so they win where spans overlap.
    std::stable_sort(m_problems.begin(), m_problems.end(), [](const auto &a, const auto &b) {
        return int(a.severity) > int(b.severity);
    });
    rehighlight();
}

void TemplateHighlighter::setPalette(const QPalette &palette)
{
    m_palette = palette;
    rehighlight();
}

QTextCharFormat TemplateHighlighter::format(Severity severity) const
{
    QTextCharFormat format;
    switch (severity) {
    case Severity::Error:
        format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        format.setUnderlineColor(errorColor(m_palette));
        break;
    case Severity::Warning:
        format.setUnderlineStyle(QTextCharFormat::DashUnderline);
        format.setUnderlineColor(m_palette.color(QPalette::Link));
        break;
    case Severity::Note:
        format.setUnderlineStyle(QTextCharFormat::DotLine);
        format.setUnderlineColor(m_palette.color(QPalette::PlaceholderText));
        break;
    }
    return format;
}

void TemplateHighlighter::highlightBlock(const QString &text)
{
    const int blockStart = currentBlock().position();
    const int blockEnd = blockStart + int(text.size());
    for (const auto &problem : std::as_const(m_problems)) {
        const int start = std::max(problem.start, blockStart);
        const int end = std::min(problem.start + problem.length, blockEnd);
        if (start < end)
            setFormat(start - blockStart, end - start, format(problem.severity));
    }
}

} // namespace ringback::gui
