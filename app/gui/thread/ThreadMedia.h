#pragma once

#include <QObject>
#include <QPointer>

class QAbstractItemView;
class QModelIndex;

namespace ringback::gui {

class MediaCache;
class PhotoViewer;
class ThreadDelegate;
class ThreadModel;

// Puts the photos of texts into a thread view: gives the model and the
// delegate the cache, and opens a PhotoViewer on a click on an attachment,
// or on Enter on a message that has some (its first one; the viewer goes to
// the others with Left/Right). Owned by the view.
class ThreadMedia final : public QObject
{
    Q_OBJECT

public:
    ThreadMedia(QAbstractItemView *view,
                ThreadModel *model,
                ThreadDelegate *delegate,
                MediaCache *cache);
    ~ThreadMedia() override;
    Q_DISABLE_COPY_MOVE(ThreadMedia)

    // Opens the viewer on attachment `mediaIndex` of the message at `index`
    // (window-modal, deleted when closed). Null when it has none.
    PhotoViewer *open(const QModelIndex &index, int mediaIndex);
    // The viewer open now, if any.
    PhotoViewer *viewer() const { return m_viewer; }

signals:
    void viewerOpened(ringback::gui::PhotoViewer *viewer);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QAbstractItemView *m_view;
    MediaCache *m_cache;
    QPointer<PhotoViewer> m_viewer;
};

} // namespace ringback::gui
