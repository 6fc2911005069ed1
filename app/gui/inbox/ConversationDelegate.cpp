#include "gui/inbox/ConversationDelegate.h"

#include "gui/common/Format.h"
#include "gui/inbox/ConversationListModel.h"

#include <QApplication>
#include <QDateTime>
#include <QPainter>
#include <QPainterPath>

namespace ringback::gui {

namespace {

using Model = ConversationListModel;

// A rounded badge with `text`, right-aligned at `right`; returns its left edge.
// An invalid `background` draws an outline instead of a filled badge.
int drawBadge(QPainter *painter,
              const QFont &font,
              int right,
              int centerY,
              const QString &text,
              const QColor &background,
              const QColor &foreground)
{
    const QFontMetrics fm(font);
    const int h = fm.height();
    const int w = std::max(h, fm.horizontalAdvance(text) + h / 2 + 4);
    const QRect rect(right - w, centerY - h / 2, w, h);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    if (background.isValid()) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(background);
    } else {
        // An outlined badge in the text colour, for quieter states.
        painter->setPen(foreground);
        painter->setBrush(Qt::NoBrush);
    }
    painter->drawRoundedRect(QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5), h / 2.0, h / 2.0);
    painter->setPen(foreground);
    painter->setFont(font);
    painter->drawText(rect, Qt::AlignCenter, text);
    painter->restore();
    return rect.left();
}

} // namespace

ConversationDelegate::ConversationDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

ConversationDelegate::~ConversationDelegate() = default;

int ConversationDelegate::rowHeight(const QFont &font)
{
    const QFontMetrics fm(font);
    const QFontMetrics bold(boldFont(font));
    return 2 * textPadding(fm) + bold.height() + fm.height() + fm.height() / 4;
}

QSize ConversationDelegate::sizeHint(const QStyleOptionViewItem &option,
                                     const QModelIndex &index) const
{
    Q_UNUSED(index)
    return {option.fontMetrics.averageCharWidth() * 24, rowHeight(option.font)};
}

void ConversationDelegate::paint(QPainter *painter,
                                 const QStyleOptionViewItem &option,
                                 const QModelIndex &index) const
{
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    painter->save();

    // Background, selection and hover as the platform style draws them.
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &option, painter, widget);

    const QPalette &pal = option.palette;
    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = !(option.state & QStyle::State_Enabled) ? QPalette::Disabled
                                       : (option.state & QStyle::State_Active) ? QPalette::Active
                                                                               : QPalette::Inactive;
    const QColor text = pal.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor muted = text;
    if (!selected)
        muted = pal.color(group, QPalette::PlaceholderText);

    const QString name = index.data(Model::NameRole).toString();
    const QString preview = index.data(Model::PreviewRole).toString();
    const int unread = index.data(Model::UnreadRole).toInt();
    const bool urgent = index.data(Model::UrgentRole).toBool();
    const bool optedOut
        = index.data(Model::OptOutRole).toString() == toString(OptOutState::OptedOut);
    const QString time
        = listTime(index.data(Model::TimeRole).toDateTime(), QDateTime::currentDateTimeUtc());

    const QFontMetrics fm(option.font);
    const int pad = textPadding(fm);
    const QColor urgentCol = urgentColor(pal);
    if (urgent)
        painter->fillRect(
            QRect(
                option.rect.left(), option.rect.top(), std::max(3, pad / 2), option.rect.height()),
            urgentCol);

    const QRect content = option.rect.adjusted(pad + 2, pad, -pad, -pad);
    const QFont nameFont = unread > 0 ? boldFont(option.font) : option.font;
    const QFontMetrics nameFm(nameFont);
    const QFont small = smallFont(option.font);

    // First line: caller on the left, time on the right.
    const int line1 = content.top();
    const int timeWidth = QFontMetrics(small).horizontalAdvance(time);
    painter->setFont(small);
    painter->setPen(unread > 0 ? text : muted);
    painter->drawText(QRect(content.right() - timeWidth, line1, timeWidth, nameFm.height()),
                      Qt::AlignRight | Qt::AlignVCenter,
                      time);
    painter->setFont(nameFont);
    painter->setPen(text);
    const int nameWidth = std::max(0, content.width() - timeWidth - pad);
    painter->drawText(QRect(content.left(), line1, nameWidth, nameFm.height()),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      nameFm.elidedText(name, Qt::ElideRight, nameWidth));

    // Second line: badges on the right, the preview elided before them.
    const int line2 = line1 + nameFm.height() + fm.height() / 4;
    const int centerY = line2 + fm.height() / 2;
    int right = content.right() + 1;
    const QFont badgeFont = boldFont(small);
    if (unread > 0)
        right = drawBadge(painter,
                          badgeFont,
                          right,
                          centerY,
                          QString::number(unread),
                          pal.color(group, QPalette::Highlight),
                          pal.color(group, QPalette::HighlightedText))
                - pad / 2;
    if (urgent)
        right = drawBadge(
                    painter, badgeFont, right, centerY, tr("Urgent"), urgentCol, QColor(Qt::white))
                - pad / 2;
    if (optedOut)
        right = drawBadge(painter, badgeFont, right, centerY, tr("Opted out"), QColor(), muted)
                - pad / 2;
    const int previewWidth = std::max(0, right - content.left() - pad / 2);
    painter->setFont(unread > 0 ? boldFont(option.font) : option.font);
    painter->setPen(unread > 0 ? text : muted);
    const QFontMetrics previewFm(painter->font());
    painter->drawText(QRect(content.left(), line2, previewWidth, fm.height()),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      previewFm.elidedText(preview, Qt::ElideRight, previewWidth));

    if (option.state & QStyle::State_HasFocus) {
        QStyleOptionFocusRect focus;
        focus.QStyleOption::operator=(option);
        focus.backgroundColor = pal.color(group, selected ? QPalette::Highlight : QPalette::Base);
        style->drawPrimitive(QStyle::PE_FrameFocusRect, &focus, painter, widget);
    }
    painter->restore();
}

} // namespace ringback::gui
