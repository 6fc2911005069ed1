#include "QuoCursor.h"

#include "provider/kit/DeliveryChecks.h"
#include "provider/kit/Json.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace ringback::quo {

namespace {

constexpr int kFormat = 1;
constexpr qint64 kClockSkewMs = 60 * 1000;

QJsonObject toJson(const QHash<QString, qint64> &map, int limit)
{
    std::vector<std::pair<qint64, QString>> items;
    for (auto it = map.begin(); it != map.end(); ++it)
        items.emplace_back(it.value(), it.key());
    std::sort(items.begin(), items.end());
    if (int(items.size()) > limit) // keep the newest
        items.erase(items.begin(), items.begin() + (int(items.size()) - limit));
    QJsonObject o;
    for (const auto &[ms, id] : items)
        o.insert(id, double(ms));
    return o;
}

QHash<QString, qint64> fromJson(const QJsonValue &value)
{
    QHash<QString, qint64> out;
    const QJsonObject o = value.toObject();
    for (auto it = o.begin(); it != o.end(); ++it)
        out.insert(it.key(), qint64(it.value().toDouble()));
    return out;
}

void forgetBefore(QHash<QString, qint64> &map, qint64 ms)
{
    for (auto it = map.begin(); it != map.end();) {
        if (it.value() < ms)
            it = map.erase(it);
        else
            ++it;
    }
}

} // namespace

Cursor Cursor::fromNow(const QDateTime &now)
{
    Cursor c;
    c.sinceMs = now.toMSecsSinceEpoch() - kClockSkewMs;
    c.checkedMs = c.sinceMs;
    return c;
}

Cursor Cursor::parse(const QString &text, const QDateTime &now, bool *ok)
{
    const auto saved = provider::savedCursor(text, kFormat, ok);
    if (!saved)
        return fromNow(now);
    const QJsonObject &o = *saved;
    Cursor c;
    c.sinceMs = qint64(o.value(QLatin1String("since")).toDouble());
    c.checkedMs = qint64(o.value(QLatin1String("checked")).toDouble());
    if (c.checkedMs <= 0) {
        if (ok)
            *ok = false;
        return fromNow(now);
    }
    c.seenCalls = fromJson(o.value(QLatin1String("calls")));
    c.seenMessages = fromJson(o.value(QLatin1String("messages")));
    c.watch = fromJson(o.value(QLatin1String("watch")));
    c.tracked = provider::trackedFromJson(o.value(QLatin1String("tracked")), &Tracked::id);
    return c;
}

QString Cursor::serialize() const
{
    const QJsonObject o{
        {QStringLiteral("v"), kFormat},
        {QStringLiteral("since"), double(sinceMs)},
        {QStringLiteral("checked"), double(checkedMs)},
        {QStringLiteral("calls"), toJson(seenCalls, kMaxSeen)},
        {QStringLiteral("messages"), toJson(seenMessages, kMaxSeen)},
        {QStringLiteral("watch"), toJson(watch, kMaxSeen)},
        {QStringLiteral("tracked"), provider::trackedToJson(tracked, &Tracked::id)}};
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

qint64 Cursor::createdAfterMs(const QString &partner) const
{
    qint64 after = conversationsAfterMs() - kLookbackMs;
    const auto it = watch.constFind(partner);
    if (it != watch.constEnd())
        after = std::min(after, it.value() - kClockSkewMs);
    return after;
}

void Cursor::advance(qint64 passStartedMs)
{
    checkedMs = std::max(checkedMs, passStartedMs);
    qint64 oldest = conversationsAfterMs() - kLookbackMs - kClockSkewMs;
    for (auto it = watch.begin(); it != watch.end(); ++it)
        oldest = std::min(oldest, it.value() - 2 * kClockSkewMs);
    forgetBefore(seenCalls, oldest);
    forgetBefore(seenMessages, oldest);
}

void Cursor::track(const QString &id, qint64 nowMs)
{
    provider::track(tracked, &Tracked::id, id, nowMs, kMaxTracked);
}

void Cursor::untrack(const QString &id)
{
    provider::untrack(tracked, &Tracked::id, id);
}

bool Cursor::isTracked(const QString &id) const
{
    return provider::isTracked(tracked, &Tracked::id, id);
}

} // namespace ringback::quo
