#pragma once

#include <QStyledItemDelegate>

namespace ringback::gui {

// Paints one conversation row from the list model's roles: caller and time on
// the first line, the elided preview on the second, unread replies in bold
// with a count badge, urgent conversations with a red marker and badge.
// Every row has the same height (derived from the font), so the view can use
// uniform item sizes and never measure 100,000 rows.
class ConversationDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit ConversationDelegate(QObject *parent = nullptr);
    ~ConversationDelegate() override;
    Q_DISABLE_COPY_MOVE(ConversationDelegate)

    void paint(QPainter *painter,
               const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The fixed row height for `font`.
    static int rowHeight(const QFont &font);
};

} // namespace ringback::gui
