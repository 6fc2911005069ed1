#include "gui/thread/ThreadMedia.h"

#include "gui/thread/PhotoViewer.h"
#include "gui/thread/ThreadDelegate.h"
#include "gui/thread/ThreadModel.h"

#include <QAbstractItemView>
#include <QKeyEvent>

namespace ringback::gui {

ThreadMedia::ThreadMedia(QAbstractItemView *view,
                         ThreadModel *model,
                         ThreadDelegate *delegate,
                         MediaCache *cache)
    : QObject(view)
    , m_view(view)
    , m_cache(cache)
{
    model->setMediaCache(cache);
    delegate->setMediaCache(cache);
    connect(delegate, &ThreadDelegate::mediaActivated, this, &ThreadMedia::open);
    view->installEventFilter(this);
}

ThreadMedia::~ThreadMedia() = default;

PhotoViewer *ThreadMedia::open(const QModelIndex &index, int mediaIndex)
{
    const QStringList urls = index.data(ThreadModel::MediaRole).toStringList();
    if (!m_cache || mediaIndex < 0 || mediaIndex >= urls.size())
        return nullptr;
    if (m_viewer)
        m_viewer->close();
    m_viewer = new PhotoViewer(*m_cache,
                               urls,
                               index.data(ThreadModel::MediaNamesRole).toStringList(),
                               mediaIndex,
                               m_view->window());
    m_viewer->setAttribute(Qt::WA_DeleteOnClose);
    m_viewer->open();
    emit viewerOpened(m_viewer);
    return m_viewer;
}

bool ThreadMedia::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        const Qt::KeyboardModifiers mods = key->modifiers() & ~Qt::KeypadModifier;
        const QModelIndex current = m_view->currentIndex();
        if (enter && mods == Qt::NoModifier && current.isValid()
            && !current.data(ThreadModel::MediaRole).toStringList().isEmpty()) {
            open(current, 0);
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace ringback::gui
