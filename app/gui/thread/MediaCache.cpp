#include "gui/thread/MediaCache.h"

#include "net/BaseUrl.h"
#include "net/HttpClient.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QImageReader>
#include <QLocale>
#include <QMimeDatabase>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QSaveFile>
#include <QUrl>

namespace ringback::gui {

namespace {

constexpr int kMaxRedirects = 3;
constexpr int kThumbnailMemoryKiB = 48 * 1024;

QString hashOf(const QString &text)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha1).toHex());
}

bool isImageType(const QString &mimeType)
{
    return mimeType.startsWith(QLatin1String("image/"));
}

} // namespace

struct MediaCache::Outcome
{
    MediaItem item;
    QImage thumbnail;
};

MediaCache::Outcome MediaCache::failed(MediaItem item, const QString &error)
{
    item.state = MediaItem::State::Failed;
    item.error = error;
    return {std::move(item), QImage()};
}

// Runs in a worker: what the file is, and its thumbnail (from the disk cache
// when it was made before).
MediaCache::Outcome MediaCache::analyse(const QString &path, const QString &thumbnailDir)
{
    MediaItem item;
    const QFileInfo info(path);
    if (!info.isFile())
        return failed(
            item,
            tr("The file is no longer on this computer (%1).").arg(QDir::toNativeSeparators(path)));
    item.localPath = info.absoluteFilePath();
    item.bytes = info.size();
    const QMimeType mime = QMimeDatabase().mimeTypeForFile(info);
    item.mimeType = mime.name();
    item.typeName = mime.comment().isEmpty() ? mime.name() : mime.comment();
    item.image = isImageType(item.mimeType);
    if (item.bytes > kMaxBytes)
        return failed(item,
                      tr("It is %1, more than the %2 Ringback opens.")
                          .arg(sizeText(item.bytes), sizeText(kMaxBytes)));
    item.state = MediaItem::State::Ready;
    if (!item.image)
        return {item, QImage()};

    const QString thumbnailPath
        = thumbnailDir + QLatin1Char('/')
          + hashOf(item.localPath + QLatin1Char('|') + QString::number(item.bytes)
                   + QLatin1Char('|') + QString::number(info.lastModified().toMSecsSinceEpoch()))
          + QLatin1String(".png");
    QImage thumbnail(thumbnailPath, "PNG");
    if (!thumbnail.isNull())
        return {item, thumbnail};

    QImageReader reader(item.localPath);
    reader.setAutoTransform(true);
    const QSize size = reader.size();
    const int limit = kThumbnailPixels;
    if (size.isValid() && (size.width() > limit || size.height() > limit))
        reader.setScaledSize(size.scaled(limit, limit, Qt::KeepAspectRatio));
    thumbnail = reader.read();
    if (thumbnail.isNull())
        return failed(item,
                      tr("It is not a picture Ringback can read (%1).").arg(reader.errorString()));
    QSaveFile file(thumbnailPath);
    if (QDir().mkpath(thumbnailDir) && file.open(QIODevice::WriteOnly)
        && thumbnail.save(&file, "PNG"))
        file.commit();
    return {item, thumbnail};
}

namespace {

// The download of `base` made before, whatever its suffix; empty if none.
QString findDownload(const QString &base)
{
    const QFileInfo info(base);
    const QStringList found
        = info.dir().entryList({info.fileName() + QLatin1String(".*")}, QDir::Files);
    return found.isEmpty() ? QString() : info.dir().filePath(found.first());
}

} // namespace

MediaCache::MediaCache(const QString &cacheDir, QObject *parent)
    : QObject(parent)
    , m_dir(cacheDir)
    , m_thumbnails(kThumbnailMemoryKiB)
{
    m_pool.setMaxThreadCount(2);
}

MediaCache::~MediaCache()
{
    // Workers post their results to this object: let them end first.
    m_pool.waitForDone();
}

QString MediaCache::sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, bytes < 1024 * 1024 ? 0 : 1);
}

MediaItem MediaCache::peek(const QString &url) const
{
    const auto it = m_items.constFind(url);
    if (it != m_items.cend()) {
        MediaItem item = *it;
        if (const QImage *thumbnail = m_thumbnails.object(url))
            item.thumbnail = *thumbnail;
        return item;
    }
    // A guess from the name, so the thread keeps its layout once it is known.
    MediaItem item;
    const QUrl parsed(url);
    const QString name = parsed.isLocalFile() ? parsed.toLocalFile() : parsed.path();
    const QMimeType mime = QMimeDatabase().mimeTypeForFile(name, QMimeDatabase::MatchExtension);
    if (!mime.isDefault()) {
        item.mimeType = mime.name();
        item.typeName = mime.comment();
        item.image = isImageType(item.mimeType);
    }
    return item;
}

MediaItem MediaCache::request(const QString &url)
{
    MediaItem item = peek(url);
    const auto it = m_items.constFind(url);
    const bool known = it != m_items.cend();
    const bool thumbnailGone
        = known && it->state == MediaItem::State::Ready && it->image && item.thumbnail.isNull();
    if ((!known || thumbnailGone) && !m_pending.contains(url))
        start(url);
    return item;
}

void MediaCache::start(const QString &url)
{
    m_pending.insert(url);
    const QUrl parsed(url);
    const QString thumbnails = m_dir + QLatin1String("/thumbnails");
    if (parsed.isLocalFile()) {
        m_pool.start([this, url, path = parsed.toLocalFile(), thumbnails] {
            const Outcome outcome = analyse(path, thumbnails);
            QMetaObject::invokeMethod(
                this, [this, url, outcome] { finish(url, outcome); }, Qt::QueuedConnection);
        });
        return;
    }
    const QString scheme = parsed.scheme().toLower();
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http")) {
        fail(url, tr("Ringback cannot open this kind of address: %1").arg(url));
        return;
    }
    if (!net::isAllowedScheme(parsed)) {
        fail(url, tr("Ringback fetches files only over a secure connection (https): %1").arg(url));
        return;
    }
    // Downloaded before? Looked up in a worker: the disk is never read here.
    m_pool.start([this, url, parsed, base = downloadPath(url), thumbnails] {
        const QString found = findDownload(base);
        if (found.isEmpty()) {
            QMetaObject::invokeMethod(
                this, [this, url, parsed] { download(url, parsed, 0); }, Qt::QueuedConnection);
            return;
        }
        const Outcome outcome = analyse(found, thumbnails);
        QMetaObject::invokeMethod(
            this, [this, url, outcome] { finish(url, outcome); }, Qt::QueuedConnection);
    });
}

QString MediaCache::downloadPath(const QString &url) const
{
    return m_dir + QLatin1String("/downloads/") + hashOf(url);
}

net::HttpClient &MediaCache::http()
{
    if (!m_http) {
        m_network = new QNetworkAccessManager(this);
        m_http = new net::HttpClient(m_network, this);
        m_http->setUserAgent(QByteArrayLiteral("Ringback"));
    }
    return *m_http;
}

void MediaCache::download(const QString &url, const QUrl &from, int hops)
{
    net::HttpClient::Options options;
    options.timeoutMs = 60 * 1000;
    options.maxResponseBytes = kMaxBytes;
    options.authorize = false; // the provider's credentials are not ours to send
    http().get(from, options, [this, url, from, hops](const net::HttpResponse &response) {
        using Failure = net::HttpResponse::Failure;
        if (response.isRedirect()) {
            const QUrl target
                = from.resolved(QUrl::fromEncoded(response.header("Location"), QUrl::StrictMode));
            if (hops >= kMaxRedirects || !target.isValid() || !net::isAllowedScheme(target))
                return fail(url, tr("It could not be downloaded: the server sent it elsewhere."));
            return download(url, target, hops + 1);
        }
        if (response.failure == Failure::TooLarge)
            return fail(url, tr("It is more than the %1 Ringback opens.").arg(sizeText(kMaxBytes)));
        if (response.failure == Failure::None && (response.status == 401 || response.status == 403))
            return fail(url,
                        tr("The provider keeps it behind its sign-in (%1), and it was not "
                           "downloaded when the message arrived.")
                            .arg(response.describe()));
        if (!response.isSuccess())
            return fail(url, tr("It could not be downloaded: %1").arg(response.describe()));
        const QString type
            = QString::fromLatin1(response.header("Content-Type").split(';').first()).trimmed();
        QString suffix = QMimeDatabase().mimeTypeForName(type).preferredSuffix();
        if (suffix.isEmpty())
            suffix = QStringLiteral("bin");
        process(url, downloadPath(url) + QLatin1Char('.') + suffix, response.body);
    });
}

void MediaCache::process(const QString &url, const QString &path, const QByteArray &body)
{
    m_pool.start(
        [this, url, path, body, thumbnails = QString(m_dir + QLatin1String("/thumbnails"))] {
            QSaveFile file(path);
            Outcome outcome;
            if (!QDir().mkpath(QFileInfo(path).absolutePath()) || !file.open(QIODevice::WriteOnly)
                || file.write(body) != body.size() || !file.commit())
                outcome
                    = failed(MediaItem(),
                             tr("It was downloaded but could not be kept on this computer (%1).")
                                 .arg(file.errorString()));
            else
                outcome = analyse(path, thumbnails);
            QMetaObject::invokeMethod(
                this, [this, url, outcome] { finish(url, outcome); }, Qt::QueuedConnection);
        });
}

void MediaCache::fail(const QString &url, const QString &error)
{
    // Never from inside request(): views call it while they paint.
    QMetaObject::invokeMethod(
        this, [this, url, error] { finish(url, failed(peek(url), error)); }, Qt::QueuedConnection);
}

void MediaCache::finish(const QString &url, const Outcome &outcome)
{
    m_pending.remove(url);
    MediaItem item = outcome.item;
    item.thumbnailSize = outcome.thumbnail.size();
    item.thumbnail = QImage();
    m_items.insert(url, item);
    if (!outcome.thumbnail.isNull())
        m_thumbnails.insert(
            url, new QImage(outcome.thumbnail), int(outcome.thumbnail.sizeInBytes() / 1024) + 1);
    emit itemChanged(url);
}

void MediaCache::loadImage(const QString &url,
                           QObject *context,
                           std::function<void(const QImage &, const QString &)> done)
{
    const MediaItem item = m_items.value(url);
    QPointer<QObject> guard(context);
    const auto answer = [guard, done](const QImage &image, const QString &error) {
        if (guard)
            done(image, error);
    };
    if (item.state != MediaItem::State::Ready || item.localPath.isEmpty()) {
        const QString why = item.state == MediaItem::State::Failed
                                ? item.error
                                : tr("The photo has not been loaded yet.");
        QMetaObject::invokeMethod(
            this, [answer, why] { answer(QImage(), why); }, Qt::QueuedConnection);
        return;
    }
    m_pool.start([this, answer, path = item.localPath] {
        QImageReader reader(path);
        reader.setAutoTransform(true);
        const QImage image = reader.read();
        const QString error
            = image.isNull()
                  ? tr("It is not a picture Ringback can read (%1).").arg(reader.errorString())
                  : QString();
        QMetaObject::invokeMethod(
            this, [answer, image, error] { answer(image, error); }, Qt::QueuedConnection);
    });
}

} // namespace ringback::gui
