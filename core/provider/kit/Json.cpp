#include "Json.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

#include <cmath>

namespace ringback::provider {

QString jsonText(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isString())
        return v.toString();
    if (!v.isDouble())
        return {};
    const double d = v.toDouble();
    if (std::floor(d) == d && std::abs(d) < 9.0e15)
        return QString::number(v.toInteger(qint64(d)));
    return QString::number(d, 'g', 17);
}

QStringList jsonStrings(const QJsonObject &o, const char *key)
{
    QStringList out;
    for (const QJsonValue &v : o.value(QLatin1String(key)).toArray()) {
        if (v.isString())
            out << v.toString();
    }
    return out;
}

int jsonInt(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isDouble())
        return v.toInt();
    return v.toString().toInt();
}

std::optional<QJsonObject> savedCursor(const QString &text, int version, bool *readable)
{
    if (readable)
        *readable = true;
    if (text.isEmpty())
        return std::nullopt;
    const QJsonObject o = QJsonDocument::fromJson(text.toUtf8()).object();
    if (o.value(QLatin1String("v")).toInt() == version
        && o.value(QLatin1String("since")).toInteger() > 0)
        return o;
    if (readable)
        *readable = false;
    return std::nullopt;
}

} // namespace ringback::provider
