#include "RingCentralCursor.h"

#include "provider/kit/DeliveryChecks.h"
#include "provider/kit/Json.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace ringback::ringcentral {

namespace {

constexpr int kVersion = 1;
constexpr int kMaxTracked = 200;

QJsonObject positionJson(const SyncPosition &p)
{
    return {{QStringLiteral("token"), p.token}, {QStringLiteral("time"), p.syncTimeMs}};
}

SyncPosition positionFrom(const QJsonObject &o)
{
    return {o.value(QLatin1String("token")).toString(), o.value(QLatin1String("time")).toInteger()};
}

QStringList strings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &item : v.toArray()) {
        if (item.isString() && !item.toString().isEmpty())
            out << item.toString();
    }
    while (out.size() > Cursor::kMaxSeen)
        out.removeFirst();
    return out;
}

} // namespace

Cursor Cursor::parse(const QString &text, const QDateTime &now, bool *readable)
{
    Cursor c;
    c.sinceMs = now.toMSecsSinceEpoch();
    const auto saved = provider::savedCursor(text, kVersion, readable);
    if (!saved)
        return c;
    const QJsonObject &o = *saved;
    c.sinceMs = o.value(QLatin1String("since")).toInteger();
    c.calls = positionFrom(o.value(QLatin1String("calls")).toObject());
    c.messages = positionFrom(o.value(QLatin1String("messages")).toObject());
    c.seenCalls = strings(o.value(QLatin1String("seenCalls")));
    c.seenMessages = strings(o.value(QLatin1String("seenMessages")));
    for (const QJsonValue &v : o.value(QLatin1String("tracked")).toArray()) {
        const QJsonObject t = v.toObject();
        const QString id = t.value(QLatin1String("id")).toString();
        if (!id.isEmpty())
            c.tracked.push_back({id, t.value(QLatin1String("since")).toInteger()});
    }
    return c;
}

QString Cursor::serialize() const
{
    QJsonArray tracking;
    for (const Tracked &t : tracked)
        tracking.append(
            QJsonObject{{QStringLiteral("id"), t.id}, {QStringLiteral("since"), t.sinceMs}});
    const QJsonObject o{{QStringLiteral("v"), kVersion},
                        {QStringLiteral("since"), sinceMs},
                        {QStringLiteral("calls"), positionJson(calls)},
                        {QStringLiteral("messages"), positionJson(messages)},
                        {QStringLiteral("seenCalls"), QJsonArray::fromStringList(seenCalls)},
                        {QStringLiteral("seenMessages"), QJsonArray::fromStringList(seenMessages)},
                        {QStringLiteral("tracked"), tracking}};
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

void Cursor::remember(QStringList &seen, const QString &id)
{
    if (id.isEmpty() || seen.contains(id))
        return;
    seen << id;
    while (seen.size() > kMaxSeen)
        seen.removeFirst();
}

void Cursor::track(const QString &id, qint64 nowMs)
{
    if (!isTracked(id)) // keeps following it from the first time
        provider::track(tracked, &Tracked::id, id, nowMs, kMaxTracked);
}

bool Cursor::isTracked(const QString &id) const
{
    return provider::isTracked(tracked, &Tracked::id, id);
}

void Cursor::untrack(const QString &id)
{
    provider::untrack(tracked, &Tracked::id, id);
}

} // namespace ringback::ringcentral
