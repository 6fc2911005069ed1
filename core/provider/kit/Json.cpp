#include "Json.h"

#include "net/Http.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

#include <cmath>

namespace ringback::provider {

namespace {

struct Words
{
    Q_DECLARE_TR_FUNCTIONS(ringback::provider::Json)
};

} // namespace

Result<QJsonArray> jsonList(const QByteArray &body, const char *key, QJsonObject *root)
{
    const auto json = net::parseJsonObject(body);
    if (!json)
        return Error(json.errorMessage());
    const QJsonValue list = json->value(QLatin1String(key));
    if (!list.isArray())
        return Error(Words::tr("no \"%1\" list").arg(QLatin1String(key)));
    if (root)
        *root = json.value();
    return list.toArray();
}

Result<QJsonObject> jsonObject(const QByteArray &body, const char *key)
{
    const auto json = net::parseJsonObject(body);
    if (!json)
        return Error(json.errorMessage());
    const QJsonValue object = json->value(QLatin1String(key));
    if (!object.isObject())
        return Error(Words::tr("no \"%1\" object").arg(QLatin1String(key)));
    return object.toObject();
}

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
