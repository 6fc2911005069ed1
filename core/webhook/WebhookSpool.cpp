#include "webhook/WebhookSpool.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSaveFile>

#include <algorithm>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace ringback::webhook {

Q_LOGGING_CATEGORY(lcSpool, "ringback.core.webhook.spool", QtInfoMsg)

namespace {

const QString Suffix = QStringLiteral(".webhook");
const QString AsideFolder = QStringLiteral("set-aside");
constexpr int FormatVersion = 1;

constexpr QFileDevice::Permissions OwnerOnlyFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions OwnerOnlyDir
    = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;

// The rename into the folder is only durable once the folder itself is synced.
void syncFolder(const QString &dir)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(dir).constData(), O_RDONLY | O_DIRECTORY);
    if (fd >= 0) {
        (void)::fsync(fd);
        ::close(fd);
    }
#else
    Q_UNUSED(dir)
#endif
}

// "0001765000000000-00000042.webhook": the arrival time, then a sequence, so
// that sorting by name is arrival order.
QString entryName(qint64 receivedAtMs, quint64 sequence)
{
    return QStringLiteral("%1-%2")
               .arg(std::max<qint64>(0, receivedAtMs), 16, 10, QLatin1Char('0'))
               .arg(sequence, 8, 10, QLatin1Char('0'))
           + Suffix;
}

quint64 sequenceOf(const QString &name)
{
    return name.section(QLatin1Char('-'), 1, 1).section(QLatin1Char('.'), 0, 0).toULongLong();
}

} // namespace

WebhookSpool::WebhookSpool(QString dir)
    : m_dir(std::move(dir))
{
    if (!QDir().mkpath(m_dir)) {
        qCWarning(lcSpool).noquote()
            << "cannot create the webhook spool" << m_dir << "- webhooks will be answered 503";
        return;
    }
    QFile::setPermissions(m_dir, OwnerOnlyDir); // it holds customers' texts
    scan();
}

void WebhookSpool::setLimits(int maxEntries, qint64 maxBytes)
{
    m_maxEntries = std::max(1, maxEntries);
    m_maxBytes = std::max<qint64>(1, maxBytes);
}

void WebhookSpool::scan()
{
    const QDir dir(m_dir);
    const QFileInfoList files = dir.entryInfoList({QLatin1Char('*') + Suffix}, QDir::Files);
    for (const QFileInfo &file : files) {
        m_sizes.insert(file.fileName(), file.size());
        m_bytes += file.size();
        m_sequence = std::max(m_sequence, sequenceOf(file.fileName()) + 1);
    }
    // A write interrupted before its rename was never answered 200, so the
    // provider still has the event: its partial file can go.
    const QFileInfoList partial
        = dir.entryInfoList({QLatin1Char('*') + Suffix + QStringLiteral(".*")}, QDir::Files);
    for (const QFileInfo &file : partial) {
        qCInfo(lcSpool).noquote() << "removed an unfinished spool file" << file.fileName();
        QFile::remove(file.filePath());
    }
    if (!m_sizes.isEmpty())
        qCInfo(lcSpool).noquote() << m_sizes.size() << "webhook(s) left in the spool" << m_dir;
}

Result<QString> WebhookSpool::store(const WebhookRequest &request)
{
    if (m_sizes.size() >= m_maxEntries)
        return Error(QStringLiteral("spool full (%1 entries)").arg(m_sizes.size()));
    const QByteArray data = encode(request);
    if (m_bytes + data.size() > m_maxBytes)
        return Error(QStringLiteral("spool full (%1 bytes)").arg(m_bytes));
    QString name;
    do {
        name = entryName(request.receivedAtMs, m_sequence++);
    } while (QFile::exists(m_dir + QLatin1Char('/') + name));

    QSaveFile file(m_dir + QLatin1Char('/') + name);
    if (!file.open(QIODevice::WriteOnly))
        return Error(
            QStringLiteral("cannot write the spool %1: %2").arg(m_dir, file.errorString()));
    file.setPermissions(OwnerOnlyFile);
    // commit() flushes and syncs the file before renaming it into place.
    if (file.write(data) != data.size() || !file.commit())
        return Error(
            QStringLiteral("cannot write the spool %1: %2").arg(m_dir, file.errorString()));
    syncFolder(m_dir);
    m_sizes.insert(name, data.size());
    m_bytes += data.size();
    m_inFlight.insert(name);
    return name;
}

void WebhookSpool::forget(const QString &name)
{
    m_bytes -= m_sizes.value(name);
    m_sizes.remove(name);
    m_inFlight.remove(name);
}

void WebhookSpool::remove(const QString &name)
{
    if (!m_sizes.contains(name))
        return;
    const QString path = m_dir + QLatin1Char('/') + name;
    if (!QFile::remove(path) && QFile::exists(path))
        qCWarning(lcSpool).noquote() << "cannot remove the handled webhook" << path
                                     << "- it would be handed on again at the next start";
    forget(name);
}

void WebhookSpool::release(const QString &name)
{
    m_inFlight.remove(name);
}

void WebhookSpool::setAside(const QString &name, const QString &why)
{
    const QString asideDir = m_dir + QLatin1Char('/') + AsideFolder;
    QDir().mkpath(asideDir);
    const QString from = m_dir + QLatin1Char('/') + name;
    if (QFile::rename(from, asideDir + QLatin1Char('/') + name))
        qCWarning(lcSpool).noquote()
            << "set aside the spooled webhook" << name << "(" << why << ") in" << asideDir;
    else
        qCWarning(lcSpool).noquote() << "cannot set aside the spooled webhook" << from << "(" << why
                                     << "); it is left in place";
    forget(name);
}

QList<WebhookSpool::Entry> WebhookSpool::pending(const QString &providerId, qint64 nowMs)
{
    QStringList names = m_sizes.keys();
    std::sort(names.begin(), names.end());
    QList<Entry> out;
    for (const QString &name : std::as_const(names)) {
        if (m_inFlight.contains(name))
            continue;
        QFile file(m_dir + QLatin1Char('/') + name);
        if (!file.open(QIODevice::ReadOnly)) {
            setAside(name, QStringLiteral("unreadable: %1").arg(file.errorString()));
            continue;
        }
        const Result<WebhookRequest> request = decode(file.readAll());
        file.close();
        if (!request) {
            setAside(name, request.errorMessage());
            continue;
        }
        if (nowMs - request->receivedAtMs > MaxAgeMs) {
            setAside(name, QStringLiteral("older than 7 days"));
            continue;
        }
        if (request->providerId != providerId)
            continue;
        m_inFlight.insert(name);
        out.append({name, request.value()});
    }
    return out;
}

bool WebhookSpool::isKept(const QByteArray &headerName)
{
    const QByteArray name = headerName.toLower();
    return name != "authorization" && name != "proxy-authorization" && name != "cookie"
           && name != "x-api-key" && !name.contains("signature");
}

QByteArray WebhookSpool::encode(const WebhookRequest &request)
{
    QJsonArray headers;
    for (const auto &h : request.headers) {
        if (isKept(h.first))
            headers.append(QJsonArray{QString::fromLatin1(h.first), QString::fromLatin1(h.second)});
    }
    QJsonObject o;
    o.insert(QLatin1String("version"), FormatVersion);
    o.insert(QLatin1String("provider"), request.providerId);
    o.insert(QLatin1String("publicUrl"), request.publicUrl);
    o.insert(QLatin1String("remoteAddress"), request.remoteAddress.toString());
    o.insert(QLatin1String("receivedAtMs"), QString::number(request.receivedAtMs));
    o.insert(QLatin1String("headers"), headers);
    o.insert(QLatin1String("body"), QString::fromLatin1(request.body.toBase64()));
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

Result<WebhookRequest> WebhookSpool::decode(const QByteArray &data)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &error);
    if (!doc.isObject())
        return Error(QStringLiteral("unreadable: %1").arg(error.errorString()));
    const QJsonObject o = doc.object();
    if (o.value(QLatin1String("version")).toInt() != FormatVersion)
        return Error(QStringLiteral("unknown format"));
    WebhookRequest r;
    r.providerId = o.value(QLatin1String("provider")).toString();
    bool timeOk = false;
    r.receivedAtMs = o.value(QLatin1String("receivedAtMs")).toString().toLongLong(&timeOk);
    const auto body
        = QByteArray::fromBase64Encoding(o.value(QLatin1String("body")).toString().toLatin1(),
                                         QByteArray::AbortOnBase64DecodingErrors);
    if (r.providerId.isEmpty() || !timeOk || !body)
        return Error(QStringLiteral("unreadable: a field is missing or malformed"));
    r.body = *body;
    r.publicUrl = o.value(QLatin1String("publicUrl")).toString();
    r.remoteAddress = QHostAddress(o.value(QLatin1String("remoteAddress")).toString());
    const QJsonArray headers = o.value(QLatin1String("headers")).toArray();
    for (const QJsonValue &h : headers) {
        const QJsonArray pair = h.toArray();
        r.headers.append({pair.at(0).toString().toLatin1(), pair.at(1).toString().toLatin1()});
    }
    return r;
}

} // namespace ringback::webhook
