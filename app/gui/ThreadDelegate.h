#pragma once

#include <QStyledItemDelegate>

class QTextLayout;

namespace ringback::gui {

// Paints a thread: messages as bubbles (the caller's on the left, the
// office's on the right) with their kind, time and delivery status under the
// body, and calls as a centred line with the text-back decision. Bodies are
// laid out as plain text, never as rich text. Rows have variable heights,
// wrapped to the view's width.
class ThreadDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit ThreadDelegate(QObject *parent = nullptr);
    ~ThreadDelegate() override;
    Q_DISABLE_COPY_MOVE(ThreadDelegate)

    void paint(QPainter *painter,
               const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    struct Geometry
    {
        QRect bubble;   // in item coordinates (top-left of the row is 0,0)
        QPointF textAt; // where the body layout is drawn
        QPointF metaAt; // where the meta layout is drawn
        int height = 0; // of the whole row
    };

    static Geometry layout(const QStyleOptionViewItem &option,
                           const QModelIndex &index,
                           QTextLayout &text,
                           QTextLayout &meta);
};

} // namespace ringback::gui
