#pragma once

#include <QDialog>
#include <QImage>
#include <QStringList>

#include <functional>

class QLabel;
class QPushButton;

namespace ringback::gui {

class MediaCache;

// Shows the attachments of one message, one at a time: a photo scaled to fit
// the window (it follows resizing), another file as its type and size.
// "Save as…" (Ctrl+S) copies the file as received; Left/Right (or Page Up/
// Page Down, or the buttons) go to the other attachments of the message; Esc
// closes. The window title and the picture's accessible name are the
// attachment's name ("Photo 1 of 2 from (512) 555-0134").
class PhotoViewer final : public QDialog
{
    Q_OBJECT

public:
    // `urls` and `names`: ThreadModel::MediaRole and MediaNamesRole.
    PhotoViewer(MediaCache &cache,
                const QStringList &urls,
                const QStringList &names,
                int current,
                QWidget *parent = nullptr);
    ~PhotoViewer() override;
    Q_DISABLE_COPY_MOVE(PhotoViewer)

    int current() const { return m_current; }
    void showAttachment(int index);
    // The picture shown (null while loading, for a file, or when it failed).
    QImage image() const;
    // What the line under the picture says (loading, the error, the file type).
    QString statusText() const;
    // Asks where to save (the suggested file name given); empty: cancelled.
    // The default is a QFileDialog; tests set their own.
    void setSaveLocationChooser(std::function<QString(const QString &suggested)> choose)
    {
        m_choose = std::move(choose);
    }

public slots:
    void saveAs();
    void showPrevious();
    void showNext();

signals:
    void saved(const QString &path);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void refresh();
    void setStatus(const QString &text, bool error);

    MediaCache &m_cache;
    QStringList m_urls;
    QStringList m_names;
    int m_current = -1;
    int m_loads = 0; // counts loads, so an answer for an earlier one is dropped
    class ImageView *m_view = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_previous = nullptr;
    QPushButton *m_next = nullptr;
    QPushButton *m_save = nullptr;
    std::function<QString(const QString &)> m_choose;
};

} // namespace ringback::gui
