#include "TwilioMedia.h"

#include "net/BaseUrl.h"

#include <QDir>
#include <QFile>
#include <QMimeDatabase>
#include <QRegularExpression>
#include <QSaveFile>

namespace ringback::twilio {

namespace {

constexpr int kMaxRedirects = 3;

bool safeSid(const QString &sid)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Z]{2}[0-9a-fA-F]{32}$"));
    return pattern.match(sid).hasMatch();
}

} // namespace

struct MediaFetcher::Job
{
    Message message;
    std::vector<Media> items;
    size_t index = 0;
    QStringList urls;
    std::function<void(const QStringList &)> done;

    QUrl apiUrl(const Session &s) const
    {
        QString uri = items.at(index).uri;
        if (uri.endsWith(QLatin1String(".json")))
            uri.chop(5);
        return s.endpoints.resolve(uri);
    }
};

MediaFetcher::MediaFetcher(Session &session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{}

void MediaFetcher::fetch(const Message &message, std::function<void(const QStringList &)> done)
{
    auto job = std::make_shared<Job>();
    job->message = message;
    job->done = std::move(done);
    m_session.http->get(
        m_session.endpoints.mediaList(message.sid), [this, job](const net::HttpResponse &response) {
            auto page = response.isSuccess() ? parseMedia(response.body)
                                             : Result<Page<Media>>(Error(response.describe()));
            if (!page) {
                qCWarning(lcTwilio).noquote()
                    << "cannot list the media of" << job->message.sid << "-" << page.errorMessage();
                job->done({});
                return;
            }
            for (const Media &m : page->items) {
                if (int(job->items.size()) < kMaxItems && safeSid(m.sid))
                    job->items.push_back(m);
            }
            next(job);
        });
}

void MediaFetcher::next(const std::shared_ptr<Job> &job)
{
    if (job->index >= job->items.size() || !m_session.running) {
        job->done(job->urls);
        return;
    }
    const Media &media = job->items.at(job->index);
    // Already downloaded (the message is reported again after a restart).
    if (!m_session.settings.dataDir.isEmpty() && safeSid(job->message.sid)) {
        const QDir dir(m_session.settings.dataDir + QLatin1String("/media/") + job->message.sid);
        const QStringList existing = dir.entryList({media.sid + QLatin1String(".*")}, QDir::Files);
        if (!existing.isEmpty()) {
            job->urls << QUrl::fromLocalFile(dir.filePath(existing.first())).toString();
            ++job->index;
            next(job);
            return;
        }
    }
    if (m_session.settings.dataDir.isEmpty() || !safeSid(job->message.sid)) {
        job->urls << job->apiUrl(m_session).toString();
        ++job->index;
        next(job);
        return;
    }
    download(job, job->apiUrl(m_session), 0);
}

void MediaFetcher::download(const std::shared_ptr<Job> &job, const QUrl &url, int hops)
{
    net::HttpClient::Options options = m_session.http->defaultOptions();
    options.maxResponseBytes = kMaxBytes;
    options.timeoutMs = 60000;
    options.authorize = net::sameOrigin(url, m_session.endpoints.base());
    m_session.http->get(url, options, [this, job, url, hops](const net::HttpResponse &response) {
        const auto fallback = [this, job](const QString &why) {
            qCWarning(lcTwilio).noquote()
                << "cannot download media" << job->items.at(job->index).sid << "of"
                << job->message.sid << "-" << why;
            job->urls << job->apiUrl(m_session).toString();
            ++job->index;
            next(job);
        };
        if (response.isRedirect()) {
            const QUrl target
                = url.resolved(QUrl::fromEncoded(response.header("Location"), QUrl::StrictMode));
            if (hops >= kMaxRedirects || !target.isValid() || !net::isAllowedScheme(target))
                return fallback(QStringLiteral("refused redirect"));
            download(job, target, hops + 1);
            return;
        }
        if (!response.isSuccess())
            return fallback(response.describe());
        const QString path = saveTo(*job, response.header("Content-Type"));
        QSaveFile file(path);
        if (!QDir().mkpath(QFileInfo(path).absolutePath()) || !file.open(QIODevice::WriteOnly)
            || file.write(response.body) != response.body.size() || !file.commit())
            return fallback(file.errorString());
        job->urls << QUrl::fromLocalFile(path).toString();
        ++job->index;
        next(job);
    });
}

QString MediaFetcher::saveTo(const Job &job, const QByteArray &contentType) const
{
    const Media &media = job.items.at(job.index);
    const QString type
        = QString::fromLatin1((contentType.isEmpty() ? media.contentType.toLatin1() : contentType)
                                  .split(';')
                                  .first())
              .trimmed();
    QString suffix = QMimeDatabase().mimeTypeForName(type).preferredSuffix();
    static const QRegularExpression safeSuffix(QStringLiteral("^[A-Za-z0-9]{1,8}$"));
    if (!safeSuffix.match(suffix).hasMatch())
        suffix = QStringLiteral("bin");
    return m_session.settings.dataDir + QLatin1String("/media/") + job.message.sid
           + QLatin1Char('/') + media.sid + QLatin1Char('.') + suffix;
}

} // namespace ringback::twilio
