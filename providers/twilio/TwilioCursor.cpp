#include "TwilioCursor.h"

#include "provider/kit/DeliveryChecks.h"
#include "provider/kit/Json.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace ringback::twilio {

namespace {

constexpr int kFormat = 1;
constexpr qint64 kClockSkewMs = 60 * 1000;

QJsonObject toJson(const StreamPosition &p)
{
    QStringList seen(p.seen.begin(), p.seen.end());
    seen.sort();
    if (seen.size() > Cursor::kMaxSeen)
        seen = seen.mid(seen.size() - Cursor::kMaxSeen);
    return {{QStringLiteral("day"), p.day.toString(Qt::ISODate)},
            {QStringLiteral("seen"), QJsonArray::fromStringList(seen)}};
}

bool fromJson(const QJsonValue &value, StreamPosition *p)
{
    const QJsonObject o = value.toObject();
    p->day = QDate::fromString(o.value(QLatin1String("day")).toString(), Qt::ISODate);
    p->seen.clear();
    for (const QJsonValue &sid : o.value(QLatin1String("seen")).toArray())
        p->seen.insert(sid.toString());
    return p->day.isValid();
}

} // namespace

Cursor Cursor::fromNow(const QDateTime &now)
{
    Cursor c;
    c.sinceMs = now.toMSecsSinceEpoch() - kClockSkewMs;
    const QDate day = now.toUTC().addMSecs(-kOverlapMs).date();
    c.calls.day = day;
    c.messages.day = day;
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
    if (!fromJson(o.value(QLatin1String("calls")), &c.calls)
        || !fromJson(o.value(QLatin1String("messages")), &c.messages)) {
        if (ok)
            *ok = false;
        return fromNow(now);
    }
    c.tracked = provider::trackedFromJson(o.value(QLatin1String("tracked")), &Tracked::sid);
    return c;
}

QString Cursor::serialize() const
{
    const QJsonObject o{
        {QStringLiteral("v"), kFormat},
        {QStringLiteral("since"), double(sinceMs)},
        {QStringLiteral("calls"), toJson(calls)},
        {QStringLiteral("messages"), toJson(messages)},
        {QStringLiteral("tracked"), provider::trackedToJson(tracked, &Tracked::sid)}};
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QDate Cursor::firstDay(const StreamPosition &p, const QDateTime &now)
{
    const QDate today = now.toUTC().date();
    return p.day.isValid() ? std::min(p.day, today) : today;
}

QDate Cursor::nextDay(const QDateTime &now, const QDateTime &earliestUnresolved)
{
    QDate day = now.toUTC().addMSecs(-kOverlapMs).date();
    if (earliestUnresolved.isValid())
        day = std::min(day, earliestUnresolved.toUTC().date());
    return day;
}

void Cursor::advance(StreamPosition &p,
                     const QHash<QString, QDate> &handled,
                     bool complete,
                     const QDateTime &passStartedAt,
                     const QDateTime &earliestUnresolved)
{
    if (!complete) {
        for (auto it = handled.begin(); it != handled.end(); ++it)
            p.seen.insert(it.key());
        return;
    }
    p.day = std::max(p.day, nextDay(passStartedAt, earliestUnresolved));
    QSet<QString> seen;
    for (auto it = handled.begin(); it != handled.end(); ++it) {
        if (!it.value().isValid() || it.value() >= p.day)
            seen.insert(it.key());
    }
    p.seen = seen;
}

void Cursor::track(const QString &sid, qint64 nowMs)
{
    provider::track(tracked, &Tracked::sid, sid, nowMs, kMaxTracked);
}

void Cursor::untrack(const QString &sid)
{
    provider::untrack(tracked, &Tracked::sid, sid);
}

} // namespace ringback::twilio
