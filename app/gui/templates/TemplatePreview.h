#pragma once

#include "gui/templates/TemplateCheck.h"

#include <QWidget>

class QLabel;
class QListWidget;

namespace ringback::gui {

// Under the template editor: the text as a caller would get it (sample
// values, plain text), its SMS length, and the problems list. Each problem is
// a list item a screen reader reads ("Error: …", "Warning: …"); Enter or a
// double click on one with a place in the text emits problemActivated().
class TemplatePreview final : public QWidget
{
    Q_OBJECT

public:
    explicit TemplatePreview(QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(TemplatePreview)

    void showCheck(const TemplateCheck &check);

    QLabel *previewLabel() const { return m_preview; }
    QLabel *lengthLabel() const { return m_length; }
    QListWidget *problemsList() const { return m_problems; }

signals:
    void problemActivated(int start, int length);

private:
    QLabel *m_preview = nullptr;
    QLabel *m_length = nullptr;
    QListWidget *m_problems = nullptr;
};

} // namespace ringback::gui
