#include "Json.h"

#include <QJsonArray>
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

} // namespace ringback::provider
