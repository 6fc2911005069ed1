#pragma once

#include "gui/templates/TemplateCheck.h"

#include <QList>
#include <QPalette>
#include <QSyntaxHighlighter>

namespace ringback::gui {

// Underlines the problems of a template in the editor: errors with a wavy
// line in the error colour, warnings with a dashed line in the palette's link
// colour, notes (the character that forces Unicode) with a dotted line. The
// line styles differ too, so colour is not the only cue.
class TemplateHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    explicit TemplateHighlighter(QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(TemplateHighlighter)

    // Problems with a span (start >= 0) are underlined; the others are not
    // about a place in the text. Rehighlights the document.
    void setProblems(const QList<TemplateCheck::Problem> &problems);
    // Colours follow this palette (the editor's); rehighlights.
    void setPalette(const QPalette &palette);

    // The underline used for a severity with the current palette.
    QTextCharFormat format(TemplateCheck::Problem::Severity severity) const;

protected:
    void highlightBlock(const QString &text) override;

private:
    QList<TemplateCheck::Problem> m_problems;
    QPalette m_palette;
};

} // namespace ringback::gui
