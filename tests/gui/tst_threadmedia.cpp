#include "OpenSession.h"
#include "gui/thread/MediaCache.h"
#include "gui/thread/PhotoViewer.h"
#include "gui/thread/ThreadDelegate.h"
#include "gui/thread/ThreadMedia.h"
#include "gui/thread/ThreadModel.h"
#include "session/EngineSession.h"
#include "store/Database.h"
#include "store/Queries.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QListView>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace ringback;
using gui::MediaCache;
using gui::MediaItem;
using gui::PhotoViewer;
using gui::ThreadModel;

namespace {

// Answers every HTTP request with one canned response, then closes.
class TinyHttpServer : public QTcpServer
{
public:
    QByteArray response;
    int requests = 0;

    TinyHttpServer()
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    if (!socket->readAll().contains("\r\n\r\n"))
                        return;
                    ++requests;
                    socket->write(response);
                    socket->disconnectFromHost();
                });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }
    QString url(const QString &path) const
    {
        return QStringLiteral("http://127.0.0.1:%1/%2").arg(serverPort()).arg(path);
    }
};

} // namespace

// The thread shows the photos of texts (from the simulator, as a real MMS
// arrives), opens them in the viewer, and says why one cannot be shown.
class TestThreadMedia : public QObject
{
    Q_OBJECT

    static constexpr int kTimeout = 10000;
    const QString kStranger = QStringLiteral("+15125550199");
    const QString kDana = QStringLiteral("+15125550134"); // replies with a photo
    const QString kLine = QStringLiteral("+15125550100");

    std::unique_ptr<QTemporaryDir> m_profile;
    std::unique_ptr<EngineSession> m_session;
    Database m_readDb;
    std::unique_ptr<Queries> m_queries;
    std::unique_ptr<QListView> m_view;
    ThreadModel *m_model = nullptr;
    gui::ThreadDelegate *m_delegate = nullptr;
    MediaCache *m_cache = nullptr;
    gui::ThreadMedia *m_media = nullptr;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

    void inject(const QVariantMap &event)
    {
        const Status ok = test::onProvider(
            *m_session, [&event](Provider &provider) { return provider.inject(event); });
        QVERIFY2(ok.isOk(), qPrintable(ok.errorMessage()));
    }
    void reply(const QString &from, const QString &body, const QStringList &media)
    {
        inject({{QStringLiteral("type"), QStringLiteral("reply")},
                {QStringLiteral("from"), from},
                {QStringLiteral("body"), body},
                {QStringLiteral("media"), media}});
    }
    // Shows the conversation with `from` once it exists; the row of its
    // first message with attachments, or -1.
    int showMediaRow(const QString &from)
    {
        std::optional<Conversation> conversation;
        if (!QTest::qWaitFor(
                [&] {
                    conversation = m_queries->conversation(from, kLine);
                    return conversation.has_value();
                },
                kTimeout))
            return -1;
        m_model->setConversation(conversation->id);
        int found = -1;
        [[maybe_unused]] const bool shown = QTest::qWaitFor(
            [&] {
                m_model->refresh();
                for (int row = 0; row < m_model->rowCount() && found < 0; ++row) {
                    if (!m_model->index(row).data(ThreadModel::MediaRole).toStringList().isEmpty())
                        found = row;
                }
                return found >= 0;
            },
            kTimeout);
        return found;
    }
    QString mediaUrl(int row, int i = 0)
    {
        return m_model->index(row).data(ThreadModel::MediaRole).toStringList().value(i);
    }
    QRect mediaRect(int row, int i = 0)
    {
        const QModelIndex index = m_model->index(row);
        m_view->scrollTo(index);
        QStyleOptionViewItem option;
        option.initFrom(m_view->viewport());
        option.widget = m_view.get();
        option.font = m_view->font();
        option.rect = m_view->visualRect(index);
        return m_delegate->mediaRects(option, index).value(i);
    }
    MediaItem waitLoaded(const QString &url)
    {
        [[maybe_unused]] const bool loaded = QTest::qWaitFor(
            [&] { return m_cache->request(url).state != MediaItem::State::Loading; }, kTimeout);
        return m_cache->peek(url);
    }
    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_profile->filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return QString();
        return QUrl::fromLocalFile(path).toString();
    }

private slots:
    void init()
    {
        m_profile = std::make_unique<QTemporaryDir>();
        QVERIFY(m_profile->isValid());
        auto session = test::openSimulatorSession(
            m_profile->path(),
            R"({"calls_per_minute": 0, "reply_probability": 1, "reply_delay_seconds": 0, "seed": 7})");
        QVERIFY2(session.isOk(), qPrintable(session.errorMessage()));
        m_session = std::move(session.value());
        QVERIFY(m_readDb.open(m_session->profile().databasePath(), QStringLiteral("media-read"))
                    .isOk());
        m_queries = std::make_unique<Queries>(m_readDb);

        m_view = std::make_unique<QListView>();
        m_model = new ThreadModel(*m_queries, m_view.get());
        m_delegate = new gui::ThreadDelegate(m_view.get());
        m_cache = new MediaCache(m_session->profile().dir() + QLatin1String("/cache/media"),
                                 m_view.get());
        m_view->setModel(m_model);
        m_view->setItemDelegate(m_delegate);
        m_view->setUniformItemSizes(false);
        m_view->setResizeMode(QListView::Adjust);
        m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
        m_media = new gui::ThreadMedia(m_view.get(), m_model, m_delegate, m_cache);
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        m_view->resize(640, 600);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
        m_session->start();
    }

    void cleanup()
    {
        if (m_media && m_media->viewer())
            delete m_media->viewer();
        m_tester.reset();
        m_view.reset();
        m_queries.reset();
        m_readDb.close();
        m_session.reset();
        m_profile.reset();
    }

    void photoFromTheSimulatorShowsAsAThumbnail()
    {
        reply(kStranger, QStringLiteral("Here is the ceiling"), {QStringLiteral("photo")});
        const int row = showMediaRow(kStranger);
        QVERIFY(row >= 0);
        const QString url = mediaUrl(row);
        QVERIFY2(QUrl(url).isLocalFile(), qPrintable(url));
        // Named for screen readers, with the caller's number as people read it.
        QCOMPARE(m_model->index(row).data(ThreadModel::MediaNamesRole).toStringList(),
                 QStringList{QStringLiteral("Photo 1 of 1 from (512) 555-0199")});
        QVERIFY(m_model->index(row)
                    .data(Qt::AccessibleTextRole)
                    .toString()
                    .contains(QLatin1String("Here is the ceiling; Photo 1 of 1 from")));
        // The text no longer counts attachments: the bubble shows them.
        QCOMPARE(m_model->index(row).data(ThreadModel::TextRole).toString(),
                 QStringLiteral("Here is the ceiling"));
        // Painting the row loads it, off the GUI thread, into the profile's cache.
        m_view->viewport()->update();
        QTRY_VERIFY_WITH_TIMEOUT(m_cache->peek(url).state != MediaItem::State::Loading, kTimeout);
        const MediaItem item = m_cache->peek(url);
        QCOMPARE(item.state, MediaItem::State::Ready);
        QVERIFY(item.image);
        QCOMPARE(item.mimeType, QStringLiteral("image/png"));
        QCOMPARE(item.thumbnail.size(), QSize(320, 240));
        QVERIFY(
            QDir(m_cache->cacheDir() + QLatin1String("/thumbnails")).entryList(QDir::Files).size()
            == 1);
        // The thumbnail is on screen: the water stain's brown left of the lamp.
        const QRect rect = mediaRect(row);
        QVERIFY(!rect.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                const QImage shot = m_view->viewport()->grab().toImage();
                const QColor c
                    = shot.pixelColor(rect.left() + rect.width() * 3 / 10, rect.center().y());
                return c.red() > c.blue() + 40;
            }(),
            kTimeout);
    }

    void clickOpensTheViewerAndEscCloses()
    {
        reply(kStranger, QString(), {QStringLiteral("photo"), QStringLiteral("photo")});
        const int row = showMediaRow(kStranger);
        QVERIFY(row >= 0);
        waitLoaded(mediaUrl(row, 1));
        QTRY_VERIFY(!mediaRect(row, 1).isEmpty());
        QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, mediaRect(row, 1).center());
        QTRY_VERIFY(m_media->viewer());
        PhotoViewer *viewer = m_media->viewer();
        QCOMPARE(viewer->current(), 1);
        QCOMPARE(viewer->windowTitle(), QStringLiteral("Photo 2 of 2 from (512) 555-0199"));
        QTRY_COMPARE_WITH_TIMEOUT(viewer->image().size(), QSize(320, 240), kTimeout);
        QVERIFY(viewer->statusText().contains(QStringLiteral("320 × 240 pixels")));
        // Left goes to the other photo of the message.
        QTest::keyClick(viewer, Qt::Key_Left);
        QCOMPARE(viewer->current(), 0);
        QCOMPARE(viewer->windowTitle(), QStringLiteral("Photo 1 of 2 from (512) 555-0199"));
        QTRY_VERIFY_WITH_TIMEOUT(!viewer->image().isNull(), kTimeout);
        // Save as… copies the file as received.
        const QString target = m_profile->filePath(QStringLiteral("saved.png"));
        QString suggested;
        viewer->setSaveLocationChooser([&](const QString &name) {
            suggested = name;
            return target;
        });
        QSignalSpy saved(viewer, &PhotoViewer::saved);
        viewer->saveAs();
        QCOMPARE(saved.size(), 1);
        QCOMPARE(suggested, QStringLiteral("Photo 1 of 2 from (512) 555-0199.png"));
        QFile copy(target);
        QVERIFY(copy.open(QIODevice::ReadOnly));
        QFile original(m_cache->peek(mediaUrl(row)).localPath);
        QVERIFY(original.open(QIODevice::ReadOnly));
        QCOMPARE(copy.readAll(), original.readAll());

        QTest::keyClick(viewer, Qt::Key_Escape);
        QTRY_VERIFY(!m_media->viewer());
    }

    void enterOnAMessageOpensItsFirstPhoto()
    {
        reply(kStranger, QStringLiteral("Look"), {QStringLiteral("photo")});
        const int row = showMediaRow(kStranger);
        QVERIFY(row >= 0);
        m_view->setCurrentIndex(m_model->index(row));
        m_view->setFocus();
        QTest::keyClick(m_view.get(), Qt::Key_Return);
        QTRY_VERIFY(m_media->viewer());
        QCOMPARE(m_media->viewer()->current(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(!m_media->viewer()->image().isNull(), kTimeout);
    }

    void aPersonaSendsAPhotoInTheDemo()
    {
        inject({{QStringLiteral("type"), QStringLiteral("call")},
                {QStringLiteral("from"), kDana},
                {QStringLiteral("result"), QStringLiteral("no-answer")}});
        const int row = showMediaRow(kDana);
        QVERIFY(row >= 0);
        QCOMPARE(waitLoaded(mediaUrl(row)).state, MediaItem::State::Ready);
    }

    void otherFilesShowAsAChipWithTheirType()
    {
        const QString pdf = writeFile(QStringLiteral("quote.pdf"),
                                      QByteArrayLiteral("%PDF-1.4\n%\xE2\xE3\xCF\xD3\n1 0 obj\n"));
        reply(kStranger, QStringLiteral("The old quote"), {pdf});
        const int row = showMediaRow(kStranger);
        QVERIFY(row >= 0);
        m_view->viewport()->update();
        const MediaItem item = waitLoaded(pdf);
        QCOMPARE(item.state, MediaItem::State::Ready);
        QVERIFY(!item.image);
        QCOMPARE(item.mimeType, QStringLiteral("application/pdf"));
        QVERIFY(item.thumbnail.isNull());
        QTRY_VERIFY(m_model->index(row)
                        .data(ThreadModel::MediaNamesRole)
                        .toStringList()
                        .value(0)
                        .startsWith(QLatin1String("File 1 of 1 from (512) 555-0199 (PDF")));
        // A chip: one line high, not a photo's slot.
        const QRect chip = mediaRect(row);
        QVERIFY(chip.height() < QFontMetrics(m_view->font()).height() * 4);
        QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, chip.center());
        QTRY_VERIFY(m_media->viewer());
        QVERIFY(m_media->viewer()->image().isNull());
        QVERIFY2(m_media->viewer()->statusText().contains(QLatin1String("application/pdf")),
                 qPrintable(m_media->viewer()->statusText()));
    }

    void aPhotoThatCannotBeLoadedSaysWhy()
    {
        const QString missing
            = QUrl::fromLocalFile(m_profile->filePath(QStringLiteral("gone.jpg"))).toString();
        reply(kStranger, QStringLiteral("Pic"), {missing});
        const int row = showMediaRow(kStranger);
        QVERIFY(row >= 0);
        // Known as a photo (by its name) before it is read.
        QVERIFY(m_cache->peek(missing).image);
        m_view->viewport()->update();
        const MediaItem item = waitLoaded(missing);
        QCOMPARE(item.state, MediaItem::State::Failed);
        QVERIFY2(item.error.contains(QLatin1String("no longer on this computer")),
                 qPrintable(item.error));
        QTRY_VERIFY(m_model->index(row)
                        .data(Qt::AccessibleTextRole)
                        .toString()
                        .contains(QLatin1String("couldn't load it: The file is no longer")));
        QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, mediaRect(row).center());
        QTRY_VERIFY(m_media->viewer());
        QVERIFY(m_media->viewer()->statusText().startsWith(QLatin1String("Couldn't load photo: ")));
    }

    void tooLargeAndUnreadableFilesAreRefused()
    {
        const QString big = writeFile(QStringLiteral("big.jpg"), QByteArray());
        QFile file(QUrl(big).toLocalFile());
        QVERIFY(file.resize(MediaCache::kMaxBytes + 1));
        MediaItem item = waitLoaded(big);
        QCOMPARE(item.state, MediaItem::State::Failed);
        QVERIFY2(item.error.contains(QLatin1String("more than the 10.0 MiB")),
                 qPrintable(item.error));
        item = waitLoaded(QStringLiteral("ftp://example.test/p.jpg"));
        QCOMPARE(item.state, MediaItem::State::Failed);
        item = waitLoaded(QStringLiteral("http://example.test/p.jpg"));
        QVERIFY2(item.error.contains(QLatin1String("secure connection")), qPrintable(item.error));
    }

    void downloadsAreKeptAndASignInRefusalIsExplained()
    {
        TinyHttpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        // The photo the simulator wrote, served over HTTP.
        reply(kStranger, QString(), {QStringLiteral("photo")});
        const int row = showMediaRow(kStranger);
        QVERIFY(row >= 0);
        QFile local(QUrl(mediaUrl(row)).toLocalFile());
        QVERIFY(local.open(QIODevice::ReadOnly));
        const QByteArray bytes = local.readAll();
        server.response = "HTTP/1.1 200 OK\r\nContent-Type: image/png\r\nContent-Length: "
                          + QByteArray::number(bytes.size()) + "\r\nConnection: close\r\n\r\n"
                          + bytes;
        const QString url = server.url(QStringLiteral("media/ME1"));
        MediaItem item = waitLoaded(url);
        QCOMPARE(item.state, MediaItem::State::Ready);
        QCOMPARE(item.thumbnail.size(), QSize(320, 240));
        QVERIFY(item.localPath.startsWith(m_cache->cacheDir() + QLatin1String("/downloads/")));
        QVERIFY(item.localPath.endsWith(QLatin1String(".png")));
        // Kept on disk: a new cache (the next run) does not download it again.
        MediaCache again(m_cache->cacheDir());
        QTRY_VERIFY_WITH_TIMEOUT(again.request(url).state == MediaItem::State::Ready, kTimeout);
        QCOMPARE(server.requests, 1);

        // Twilio's media URL when its download failed: behind the account's sign-in.
        server.response = "HTTP/1.1 401 Unauthorized\r\nContent-Length: 0\r\n"
                          "Connection: close\r\n\r\n";
        item = waitLoaded(server.url(QStringLiteral("media/ME2")));
        QCOMPARE(item.state, MediaItem::State::Failed);
        QVERIFY2(item.error.contains(QLatin1String("sign-in")), qPrintable(item.error));
        QVERIFY2(item.error.contains(QLatin1String("401")), qPrintable(item.error));
    }
};

QTEST_MAIN(TestThreadMedia)
#include "tst_threadmedia.moc"
