#include "TwilioCursor.h"

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
    if (ok)
        *ok = true;
    if (text.isEmpty())
        return fromNow(now);
    const QJsonObject o = QJsonDocument::fromJson(text.toUtf8()).object();
    Cursor c;
    c.sinceMs = qint64(o.value(QLatin1String("since")).toDouble());
    const bool good = o.value(QLatin1String("v")).toInt() == kFormat
                      && fromJson(o.value(QLatin1String("calls")), &c.calls)
                      && fromJson(o.value(QLatin1String("messages")), &c.messages);
    if (!good) {
        if (ok)
            *ok = false;
        return fromNow(now);
    }
    for (const QJsonValue &t : o.value(QLatin1String("tracked")).toArray()) {
        const QJsonArray pair = t.toArray();
        if (pair.size() == 2 && pair.at(0).isString())
            c.tracked.push_back({pair.at(0).toString(), qint64(pair.at(1).toDouble())});
    }
    return c;
}

QString Cursor::serialize() const
{
    QJsonArray trackedJson;
    for (const Tracked &t : tracked)
        trackedJson.append(QJsonArray{t.sid, double(t.sinceMs)});
    const QJsonObject o{{QStringLiteral("v"), kFormat},
                        {QStringLiteral("since"), double(sinceMs)},
                        {QStringLiteral("calls"), toJson(calls)},
                        {QStringLiteral("messages"), toJson(messages)},
                        {QStringLiteral("tracked"), trackedJson}};
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
    untrack(sid);
    tracked.push_back({sid, nowMs});
    if (tracked.size() > size_t(kMaxTracked))
        tracked.erase(tracked.begin(), tracked.begin() + (tracked.size() - kMaxTracked));
}

void Cursor::untrack(const QString &sid)
{
    tracked.erase(std::remove_if(tracked.begin(),
                                 tracked.end(),
                                 [&sid](const Tracked &t) { return t.sid == sid; }),
                  tracked.end());
}

} // namespace ringback::twilio
