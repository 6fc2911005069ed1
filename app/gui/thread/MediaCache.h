#pragma once

#include <QCache>
#include <QHash>
#include <QImage>
#include <QObject>
#include <QSet>
#include <QString>
#include <QThreadPool>

#include <functional>

class QNetworkAccessManager;

namespace ringback::net {
class HttpClient;
}

namespace ringback::gui {

// One attachment of a message (an MMS photo, a PDF…), as the views show it.
struct MediaItem
{
    enum class State { Loading, Ready, Failed };
    State state = State::Loading;
    bool image = true; // image/*: shown as a photo; otherwise a file chip
    QString mimeType;  // "image/jpeg"; while loading, a guess from the name (may be empty)
    QString typeName;  // "JPEG image", for people
    QString localPath; // the whole file on this computer, once Ready
    qint64 bytes = 0;
    QImage thumbnail;    // Ready photos: at most kThumbnailPixels on the longer side
    QSize thumbnailSize; // its size, known also while it is not in memory
    QString error;       // Failed: why, in words for the office (translated, plain text)
};

// Loads the attachments of messages for the thread view, never on the GUI
// thread: files the provider already downloaded (file: URLs) are read in a
// worker; https URLs are downloaded first (no credentials are sent, at most
// kMaxBytes, three redirects). Thumbnails and downloads are kept on disk in
// `cacheDir` (a folder of the profile), so a thread opens quickly next time;
// the thumbnails in memory are bounded and read back from disk when needed.
// Only image/* files that decode are photos; anything else is a file.
class MediaCache final : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 kMaxBytes = 10 * 1024 * 1024;
    static constexpr int kThumbnailPixels = 320;

    // `cacheDir`: for example Profile::dir() + "/cache/media".
    explicit MediaCache(const QString &cacheDir, QObject *parent = nullptr);
    ~MediaCache() override;
    Q_DISABLE_COPY_MOVE(MediaCache)

    QString cacheDir() const { return m_dir; }

    // What is known about `url` without starting anything: for a URL never
    // requested, Loading with a guess of its type from the name. Cheap.
    MediaItem peek(const QString &url) const;
    // The same, and starts loading `url` in the background when its
    // thumbnail is not at hand. itemChanged(url) follows once it is known.
    MediaItem request(const QString &url);
    // Reads the whole picture in the background. `done` runs on this thread
    // (never after `context` is destroyed) with the image, or a null image
    // and why not.
    void loadImage(const QString &url,
                   QObject *context,
                   std::function<void(const QImage &image, const QString &error)> done);
    // Nothing is being loaded (for tests and the screenshot tool).
    bool isIdle() const { return m_pending.isEmpty() && m_pool.activeThreadCount() == 0; }

    // "Couldn't load photo"-style words: "4.2 MB" for a file size.
    static QString sizeText(qint64 bytes);

signals:
    // `url` finished loading (Ready or Failed), or its thumbnail came back.
    void itemChanged(const QString &url);

private:
    struct Outcome;
    static Outcome analyse(const QString &path, const QString &thumbnailDir);
    static Outcome failed(MediaItem item, const QString &error);
    void start(const QString &url);
    void download(const QString &url, const QUrl &from, int hops);
    void process(const QString &url, const QString &path, const QByteArray &body);
    void finish(const QString &url, const Outcome &outcome);
    void fail(const QString &url, const QString &error);
    QString downloadPath(const QString &url) const;
    net::HttpClient &http();

    QString m_dir;
    QHash<QString, MediaItem> m_items; // without thumbnails
    QCache<QString, QImage> m_thumbnails;
    QSet<QString> m_pending;
    QThreadPool m_pool;
    QNetworkAccessManager *m_network = nullptr;
    net::HttpClient *m_http = nullptr;
};

} // namespace ringback::gui
