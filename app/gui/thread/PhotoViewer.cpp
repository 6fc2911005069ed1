#include "gui/thread/PhotoViewer.h"

#include "gui/common/Format.h"
#include "gui/thread/MediaCache.h"

#include <QBoxLayout>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QKeyEvent>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleOptionFocusRect>

namespace ringback::gui {

// The picture, scaled down to fit the widget (never enlarged), centred.
class ImageView final : public QWidget
{
public:
    explicit ImageView(QWidget *parent)
        : QWidget(parent)
    {
        setObjectName(QStringLiteral("photoView"));
        setFocusPolicy(Qt::StrongFocus);
        setMinimumSize(240, 180);
        setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    }

    void setImage(const QImage &image)
    {
        m_image = image;
        update();
    }
    const QImage &image() const { return m_image; }
    // Where the picture is drawn.
    QRect imageRect() const
    {
        if (m_image.isNull())
            return {};
        QSize size = m_image.size();
        if (size.width() > width() || size.height() > height())
            size.scale(this->size(), Qt::KeepAspectRatio);
        QRect r(QPoint(), size);
        r.moveCenter(rect().center());
        return r;
    }
    QSize sizeHint() const override { return {720, 540}; }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        if (!m_image.isNull()) {
            painter.setRenderHint(QPainter::SmoothPixmapTransform);
            painter.drawImage(imageRect(), m_image);
        }
        if (hasFocus()) {
            QStyleOptionFocusRect focus;
            focus.initFrom(this);
            style()->drawPrimitive(QStyle::PE_FrameFocusRect, &focus, &painter, this);
        }
    }

private:
    QImage m_image;
};

PhotoViewer::PhotoViewer(MediaCache &cache,
                         const QStringList &urls,
                         const QStringList &names,
                         int current,
                         QWidget *parent)
    : QDialog(parent)
    , m_cache(cache)
    , m_urls(urls)
    , m_names(names)
    , m_view(new ImageView(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("photoViewer"));
    m_status->setObjectName(QStringLiteral("photoStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setAccessibleName(tr("About this attachment"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_previous = new QPushButton(tr("&Previous"), this);
    m_previous->setObjectName(QStringLiteral("previousButton"));
    m_previous->setToolTip(tr("The attachment before this one (Left)"));
    m_next = new QPushButton(tr("&Next"), this);
    m_next->setObjectName(QStringLiteral("nextButton"));
    m_next->setToolTip(tr("The attachment after this one (Right)"));
    m_save = new QPushButton(tr("&Save As…"), this);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setToolTip(tr("Save a copy of the file as it was received (Ctrl+S)"));
    m_save->setShortcut(QKeySequence::Save);
    for (QPushButton *button : {m_previous, m_next, m_save}) {
        button->setAutoDefault(false);
        buttons->addButton(button, QDialogButtonBox::ActionRole);
    }
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_previous, &QPushButton::clicked, this, &PhotoViewer::showPrevious);
    connect(m_next, &QPushButton::clicked, this, &PhotoViewer::showNext);
    connect(m_save, &QPushButton::clicked, this, &PhotoViewer::saveAs);
    connect(&m_cache, &MediaCache::itemChanged, this, [this](const QString &url) {
        if (m_current >= 0 && url == m_urls.value(m_current) && m_view->image().isNull())
            refresh();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    showAttachment(std::clamp(current, 0, int(m_urls.size()) - 1));
    m_view->setFocus();
}

PhotoViewer::~PhotoViewer() = default;

QImage PhotoViewer::image() const
{
    return m_view->image();
}

QString PhotoViewer::statusText() const
{
    return m_status->text();
}

void PhotoViewer::showAttachment(int index)
{
    if (index < 0 || index >= m_urls.size())
        return;
    m_current = index;
    refresh();
}

void PhotoViewer::showPrevious()
{
    showAttachment(m_current - 1);
}

void PhotoViewer::showNext()
{
    showAttachment(m_current + 1);
}

void PhotoViewer::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    QPalette pal = m_status->palette();
    pal.setColor(QPalette::WindowText,
                 error ? errorColor(palette()) : palette().color(QPalette::WindowText));
    m_status->setPalette(pal);
}

void PhotoViewer::refresh()
{
    const QString url = m_urls.value(m_current);
    const QString name = m_names.value(m_current, tr("Attachment %1").arg(m_current + 1));
    const MediaItem item = m_cache.request(url);
    setWindowTitle(name);
    m_view->setAccessibleName(name);
    m_previous->setVisible(m_urls.size() > 1);
    m_next->setVisible(m_urls.size() > 1);
    m_previous->setEnabled(m_current > 0);
    m_next->setEnabled(m_current + 1 < m_urls.size());
    m_save->setEnabled(item.state == MediaItem::State::Ready);
    m_view->setImage(QImage());
    const int load = ++m_loads;
    switch (item.state) {
    case MediaItem::State::Loading:
        setStatus(tr("Loading…"), false);
        return;
    case MediaItem::State::Failed:
        setStatus((item.image ? tr("Couldn't load photo: %1") : tr("Couldn't load the file: %1"))
                      .arg(item.error),
                  true);
        return;
    case MediaItem::State::Ready:
        break;
    }
    if (!item.image) {
        setStatus(tr("This is a %1 (%2, %3). Ringback shows photos only: save it to open it "
                     "with another program.")
                      .arg(item.typeName, item.mimeType, MediaCache::sizeText(item.bytes)),
                  false);
        return;
    }
    setStatus(tr("Loading…"), false);
    m_cache.loadImage(url, this, [this, load, item](const QImage &image, const QString &error) {
        if (load != m_loads)
            return;
        if (image.isNull()) {
            setStatus(tr("Couldn't load photo: %1").arg(error), true);
            return;
        }
        m_view->setImage(image);
        //: Under a photo: its size in pixels and in bytes ("1200 × 900 pixels · 240 KiB").
        setStatus(tr("%1 × %2 pixels · %3")
                      .arg(image.width())
                      .arg(image.height())
                      .arg(MediaCache::sizeText(item.bytes)),
                  false);
    });
}

void PhotoViewer::saveAs()
{
    const MediaItem item = m_cache.peek(m_urls.value(m_current));
    if (item.state != MediaItem::State::Ready || item.localPath.isEmpty())
        return;
    // "Photo 1 of 2 from (512) 555-0134.jpg": the name without what file
    // systems refuse.
    static const QRegularExpression unsafe(QStringLiteral("[^\\w ()+,.-]+"));
    QString base = m_names.value(m_current).replace(unsafe, QStringLiteral(" ")).simplified();
    if (base.isEmpty())
        base = tr("attachment");
    const QString suffix = QFileInfo(item.localPath).suffix();
    const QString suggested = suffix.isEmpty() ? base : base + QLatin1Char('.') + suffix;
    QString target;
    if (m_choose) {
        target = m_choose(suggested);
    } else {
        const QString dir = QStandardPaths::writableLocation(
            item.image ? QStandardPaths::PicturesLocation : QStandardPaths::DocumentsLocation);
        target = QFileDialog::getSaveFileName(
            this,
            tr("Save Attachment"),
            QDir(dir).filePath(suggested),
            tr("%1 (*.%2);;All files (*)")
                .arg(item.typeName, suffix.isEmpty() ? QStringLiteral("*") : suffix));
    }
    if (target.isEmpty())
        return;
    if (QFileInfo(target).absoluteFilePath() == item.localPath)
        return;
    // The file dialog already asked before replacing a file.
    if (QFile::exists(target))
        QFile::remove(target);
    QFile source(item.localPath);
    if (!source.copy(target)) {
        setStatus(tr("Could not save it as %1: %2")
                      .arg(QDir::toNativeSeparators(target), source.errorString()),
                  true);
        return;
    }
    QFile::setPermissions(
        target, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser);
    setStatus(tr("Saved as %1").arg(QDir::toNativeSeparators(target)), false);
    emit saved(target);
}

void PhotoViewer::keyPressEvent(QKeyEvent *event)
{
    if (event->modifiers() == Qt::NoModifier || event->modifiers() == Qt::KeypadModifier) {
        switch (event->key()) {
        case Qt::Key_Left:
        case Qt::Key_PageUp:
            showPrevious();
            return;
        case Qt::Key_Right:
        case Qt::Key_PageDown:
            showNext();
            return;
        default:
            break;
        }
    }
    QDialog::keyPressEvent(event);
}

} // namespace ringback::gui
