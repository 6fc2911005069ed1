#pragma once

#include <QList>
#include <QPointer>
#include <QStyledItemDelegate>

class QTextLayout;

namespace ringback::gui {

class MediaCache;
struct MediaItem;

// Paints a thread: messages as bubbles (the caller's on the left, the
// office's on the right) with their kind, time and delivery status under the
// body, and calls as a centred line with the text-back decision. Bodies are
// laid out as plain text, never as rich text. Rows have variable heights,
// wrapped to the view's width.
//
// With a MediaCache, a message's attachments (ThreadModel::MediaRole) are
// drawn between the body and the status line: photos as thumbnails of a
// fixed height (a placeholder while loading, "Couldn't load photo" and the
// reason when that failed), other files as a chip with their type and size.
// Only rows being painted load their attachments. A click on one emits
// mediaActivated.
class ThreadDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit ThreadDelegate(QObject *parent = nullptr);
    ~ThreadDelegate() override;
    Q_DISABLE_COPY_MOVE(ThreadDelegate)

    void setMediaCache(MediaCache *cache);

    void paint(QPainter *painter,
               const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // Where the attachments of `index` are, in the view's coordinates
    // (option.rect is the item's rectangle).
    QList<QRect> mediaRects(const QStyleOptionViewItem &option, const QModelIndex &index) const;

signals:
    // The attachment `mediaIndex` of the message at `index` was clicked.
    void mediaActivated(const QModelIndex &index, int mediaIndex);

protected:
    bool editorEvent(QEvent *event,
                     QAbstractItemModel *model,
                     const QStyleOptionViewItem &option,
                     const QModelIndex &index) override;

private:
    struct Geometry
    {
        QRect bubble;       // in item coordinates (top-left of the row is 0,0)
        QPointF textAt;     // where the body layout is drawn
        QPointF metaAt;     // where the meta layout is drawn
        QList<QRect> media; // the attachments, in item coordinates
        int height = 0;     // of the whole row
    };

    Geometry layout(const QStyleOptionViewItem &option,
                    const QModelIndex &index,
                    QTextLayout &text,
                    QTextLayout &meta) const;
    static QSize mediaSize(const QStyleOptionViewItem &option, const MediaItem &item, int max);
    static void paintMedia(QPainter *painter,
                           const QStyleOptionViewItem &option,
                           const QRect &rect,
                           const MediaItem &item);

    QPointer<MediaCache> m_cache;
};

} // namespace ringback::gui
