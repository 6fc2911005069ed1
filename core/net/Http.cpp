#include "net/Http.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QLocale>
#include <QUrl>

namespace ringback::net {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ringback::net::Http)
};

constexpr qint64 kMaxRetryAfterMs = 24LL * 3600 * 1000;

QByteArray encode(const QString &s)
{
    return QUrl::toPercentEncoding(s);
}

QString decode(QByteArray part)
{
    part.replace('+', ' ');
    return QString::fromUtf8(QByteArray::fromPercentEncoding(part));
}

} // namespace

QByteArray formEncode(const Fields &fields)
{
    QByteArray out;
    for (const auto &[key, value] : fields) {
        if (!out.isEmpty())
            out += '&';
        out += encode(key) + '=' + encode(value);
    }
    return out;
}

QString queryString(const Fields &fields)
{
    return QString::fromLatin1(formEncode(fields));
}

Fields formDecode(const QByteArray &encoded)
{
    Fields out;
    const QList<QByteArray> parts = encoded.split('&');
    for (const QByteArray &part : parts) {
        if (part.isEmpty())
            continue;
        const qsizetype eq = part.indexOf('=');
        if (eq < 0)
            out.append({decode(part), QString()});
        else
            out.append({decode(part.left(eq)), decode(part.mid(eq + 1))});
    }
    return out;
}

QByteArray basicAuthorization(const QString &user, const QString &password)
{
    const QByteArray credentials = user.toUtf8() + ':' + password.toUtf8();
    return "Basic " + credentials.toBase64();
}

std::optional<qint64> parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qint64 seconds = trimmed.toLongLong(&ok);
    if (ok) {
        if (seconds < 0)
            return std::nullopt;
        return std::min(seconds * 1000, kMaxRetryAfterMs);
    }
    const QString text = QString::fromLatin1(trimmed);
    QDateTime at = QDateTime::fromString(text, Qt::RFC2822Date);
    if (!at.isValid()) {
        // IMF-fixdate: "Sun, 06 Nov 1994 08:49:37 GMT" (Qt's RFC 2822 parser
        // wants a numeric zone).
        at = QLocale::c().toDateTime(text, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
        at.setTimeSpec(Qt::UTC);
    }
    if (!at.isValid())
        return std::nullopt;
    return std::clamp<qint64>(now.msecsTo(at), 0, kMaxRetryAfterMs);
}

Result<QJsonObject> parseJsonObject(const QByteArray &body)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return Error(
            Tr::tr("not valid JSON (%1 at offset %2)").arg(error.errorString()).arg(error.offset));
    if (!doc.isObject())
        return Error(Tr::tr("JSON, but not an object"));
    return doc.object();
}

} // namespace ringback::net
