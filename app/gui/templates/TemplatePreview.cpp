#include "gui/templates/TemplatePreview.h"

#include "gui/common/Format.h"

#include <QBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QStyle>

namespace ringback::gui {

namespace {

constexpr int kStartRole = Qt::UserRole;
constexpr int kLengthRole = Qt::UserRole + 1;

QLabel *selectableLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    // Reachable with Tab and readable with the arrow keys, like a field.
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setFocusPolicy(Qt::StrongFocus);
    return label;
}

} // namespace

TemplatePreview::TemplatePreview(QWidget *parent)
    : QWidget(parent)
    , m_preview(selectableLabel(this))
    , m_length(selectableLabel(this))
    , m_problems(new QListWidget(this))
{
    auto *previewCaption = new QLabel(tr("&Preview with sample values:"), this);
    previewCaption->setBuddy(m_preview);
    m_preview->setObjectName(QStringLiteral("templatePreview"));
    m_preview->setAccessibleName(tr("Preview"));
    m_preview->setAccessibleDescription(
        tr("The text as a caller would get it, with sample values for the variables."));
    m_preview->setFrameShape(QFrame::StyledPanel);
    m_preview->setBackgroundRole(QPalette::Base);
    m_preview->setAutoFillBackground(true);
    m_preview->setMargin(textPadding(m_preview->fontMetrics()));
    m_preview->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    m_length->setObjectName(QStringLiteral("templateLength"));
    m_length->setAccessibleName(tr("Length"));
    m_length->setAccessibleDescription(
        tr("Encoding, number of SMS segments and characters left in the last one."));

    auto *problemsCaption = new QLabel(tr("Pr&oblems:"), this);
    problemsCaption->setBuddy(m_problems);
    m_problems->setObjectName(QStringLiteral("templateProblems"));
    m_problems->setAccessibleName(tr("Problems"));
    m_problems->setAccessibleDescription(
        tr("Errors stop the template from being saved; warnings are advice. Press Enter on one "
           "to go to its place in the text."));
    m_problems->setWordWrap(true);
    m_problems->setTextElideMode(Qt::ElideNone);
    m_problems->setSelectionMode(QAbstractItemView::SingleSelection);
    const int icon = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, m_problems);
    m_problems->setIconSize(QSize(icon, icon));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(previewCaption);
    layout->addWidget(m_preview);
    layout->addWidget(m_length);
    layout->addWidget(problemsCaption);
    layout->addWidget(m_problems, 1);

    connect(m_problems, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const int start = item->data(kStartRole).toInt();
        if (start >= 0)
            emit problemActivated(start, item->data(kLengthRole).toInt());
    });
}

void TemplatePreview::showCheck(const TemplateCheck &check)
{
    m_preview->setText(check.preview);
    m_preview->setForegroundRole(check.rendered ? QPalette::Text : QPalette::PlaceholderText);
    m_length->setText(check.lengthLine);

    const int row = m_problems->currentRow();
    m_problems->clear();
    using Severity = TemplateCheck::Problem::Severity;
    for (const auto &problem : check.problems) {
        QString text;
        QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
        switch (problem.severity) {
        case Severity::Error:
            //: A problem that stops a template from being saved.
            text = tr("Error: %1").arg(problem.message);
            icon = QStyle::SP_MessageBoxCritical;
            break;
        case Severity::Warning:
            //: Advice about a template; it can still be saved.
            text = tr("Warning: %1").arg(problem.message);
            icon = QStyle::SP_MessageBoxWarning;
            break;
        case Severity::Note:
            text = tr("Note: %1").arg(problem.message);
            break;
        }
        auto *item = new QListWidgetItem(style()->standardIcon(icon), text, m_problems);
        item->setData(Qt::AccessibleTextRole, text);
        item->setToolTip(plainToolTip(text));
        item->setData(kStartRole, problem.start);
        item->setData(kLengthRole, problem.length);
    }
    if (check.problems.isEmpty()) {
        const QString none = tr("No problems found.");
        auto *item = new QListWidgetItem(none, m_problems);
        item->setData(Qt::AccessibleTextRole, none);
        item->setData(kStartRole, -1);
        item->setFlags(Qt::ItemIsEnabled);
    }
    if (row >= 0 && row < m_problems->count())
        m_problems->setCurrentRow(row, QItemSelectionModel::NoUpdate);
}

} // namespace ringback::gui
