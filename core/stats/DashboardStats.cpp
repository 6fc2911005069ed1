#include "stats/DashboardStats.h"

#include "stats/DayBuckets.h"

#include <QSqlQuery>

#include <functional>

namespace ringback {
namespace {

// Lead events that mean the office reached the caller.
const char *const kReachedEvent
    = "((e.event = 'callback' AND e.detail = 'reached') OR e.event = 'booked' "
      "OR (e.event = 'state' AND e.lead_state IN ('called_back', 'booked')))";

class Reader
{
public:
    Reader(Database &db, const DayBuckets &days, DashboardFigures &figures)
        : m_db(db)
        , m_days(days)
        , m_figures(figures)
    {}

    // Runs a statement whose first column is the local day (from
    // DayBuckets::dayExpression) and hands each row to `apply` with that day.
    Status perDay(const QString &statement,
                  const SqlParams &params,
                  const std::function<void(DayFigures &, const QSqlQuery &)> &apply)
    {
        QSqlQuery q(m_db.db());
        QString error;
        if (!params.exec(q, statement, &error))
            return Error(error);
        while (q.next()) {
            const int index = m_days.indexOf(q.value(0).toLongLong());
            if (index >= 0)
                apply(m_figures.perDay[std::size_t(index)], q);
        }
        return {};
    }

private:
    Database &m_db;
    const DayBuckets &m_days;
    DashboardFigures &m_figures;
};

// "FROM conversations cv CROSS JOIN <table> x ON ... WHERE ...": the
// conversations active in the period (conversations_not_spam, a range of
// last_activity), then each one's rows in the period (a range of its
// (conversation_id, time) index). CROSS JOIN keeps that order. The engine
// moves last_activity to at least the time of every call and message it
// stores (Store::touchConversation), so a conversation with a row in the
// period has last_activity >= the period's start.
QString joinPeriod(const QString &table,
                   const QString &alias,
                   const QString &timeColumn,
                   const DayBuckets &days,
                   SqlParams &params)
{
    const QString start = params.add(days.startMs());
    return QStringLiteral("FROM conversations cv CROSS JOIN %1 %2 ON %2.conversation_id = cv.id "
                          "AND %2.%3 >= %4 AND %2.%3 < %5 "
                          "WHERE cv.lead_state != 'spam' AND cv.last_activity >= %4")
        .arg(table, alias, timeColumn, start, params.add(days.endMs()));
}

// Texts sent and replies per day, and urgent leads: one pass over the
// period's messages, grouped by conversation and day; a window over each
// conversation's days finds the day of its first urgent message.
Status readMessages(Reader &reader, const DayBuckets &days)
{
    SqlParams p;
    const QString day = days.dayExpression(QStringLiteral("m.at"), p);
    const QString perConversationDay
        = QStringLiteral("SELECT cv.id AS cid, %1 AS day, "
                         "sum(m.kind = 'auto' AND m.direction = 'out' "
                         "AND m.status IN ('sent', 'delivered')) AS texts, "
                         "sum(m.direction = 'in') AS replies, "
                         "min(CASE WHEN m.direction = 'in' AND m.urgent = 1 THEN m.at END) "
                         "AS urgent_at %2 GROUP BY cv.id, day")
              .arg(day,
                   joinPeriod(QStringLiteral("messages"),
                              QStringLiteral("m"),
                              QStringLiteral("at"),
                              days,
                              p));
    const QString sql
        = QStringLiteral("SELECT day, sum(texts), sum(replies), "
                         "sum(urgent_at IS NOT NULL AND urgent_at = first_urgent) FROM ("
                         "SELECT day, texts, replies, urgent_at, "
                         "min(urgent_at) OVER (PARTITION BY cid) AS first_urgent FROM (%1)) "
                         "GROUP BY day")
              .arg(perConversationDay);
    return reader.perDay(sql, p, [](DayFigures &d, const QSqlQuery &q) {
        d.textsSent = q.value(1).toInt();
        d.replies = q.value(2).toInt();
        d.urgent = q.value(3).toInt();
    });
}

Status readMissedCalls(Reader &reader, const DayBuckets &days)
{
    SqlParams p;
    const QString day = days.dayExpression(QStringLiteral("c.started_at"), p);
    const QString sql
        = QStringLiteral("SELECT %1 AS day, count(*) %2 AND c.result != 'answered' GROUP BY day")
              .arg(day,
                   joinPeriod(QStringLiteral("calls"),
                              QStringLiteral("c"),
                              QStringLiteral("started_at"),
                              days,
                              p));
    return reader.perDay(
        sql, p, [](DayFigures &d, const QSqlQuery &q) { d.missedCalls = q.value(1).toInt(); });
}

Status readLeads(Reader &reader, const DayBuckets &days)
{
    SqlParams p;
    const QString day = days.dayExpression(QStringLiteral("first_at"), p);
    const QString end = p.add(days.endMs());
    const QString firstMissed
        = QStringLiteral("SELECT cv.id AS cid, min(c.started_at) AS first_at %1 "
                         "AND c.result != 'answered' GROUP BY cv.id")
              .arg(joinPeriod(QStringLiteral("calls"),
                              QStringLiteral("c"),
                              QStringLiteral("started_at"),
                              days,
                              p));
    const QString sql
        = QStringLiteral("SELECT %1 AS day, count(*), sum(replied), sum(replied OR reached) FROM ("
                         "SELECT first_at, "
                         "EXISTS (SELECT 1 FROM messages m WHERE m.conversation_id = cid "
                         "AND m.at >= first_at AND m.at < %2 AND m.direction = 'in') AS replied, "
                         "EXISTS (SELECT 1 FROM lead_events e WHERE e.conversation_id = cid "
                         "AND e.at >= first_at AND e.at < %2 AND %3) AS reached "
                         "FROM (%4)) GROUP BY day")
              .arg(day, end, QLatin1String(kReachedEvent), firstMissed);
    return reader.perDay(sql, p, [](DayFigures &d, const QSqlQuery &q) {
        d.missedLeads = q.value(1).toInt();
        d.repliedLeads = q.value(2).toInt();
        d.recovered = q.value(3).toInt();
    });
}

Status readBooked(Reader &reader, const DayBuckets &days)
{
    SqlParams p;
    const QString day = days.dayExpression(QStringLiteral("first_at"), p);
    const QString sql
        = QStringLiteral(
              "SELECT %1 AS day, count(*) FROM ("
              "SELECT min(e.at) AS first_at FROM lead_events e "
              "JOIN conversations cv ON cv.id = e.conversation_id "
              "WHERE e.event = 'booked' AND e.at >= %2 AND e.at < %3 AND cv.lead_state != 'spam' "
              "GROUP BY e.conversation_id) GROUP BY day")
              .arg(day, p.add(days.startMs()), p.add(days.endMs()));
    return reader.perDay(
        sql, p, [](DayFigures &d, const QSqlQuery &q) { d.booked = q.value(1).toInt(); });
}

Status readHeld(Database &db, const DayBuckets &days, DashboardFigures &figures)
{
    SqlParams p;
    const QString sql = QStringLiteral("SELECT c.decision_code, count(*) %1 "
                                       "AND c.decision = 'held' GROUP BY c.decision_code "
                                       "ORDER BY count(*) DESC, c.decision_code")
                            .arg(joinPeriod(QStringLiteral("calls"),
                                            QStringLiteral("c"),
                                            QStringLiteral("started_at"),
                                            days,
                                            p));
    QSqlQuery q(db.db());
    QString error;
    if (!p.exec(q, sql, &error))
        return Error(error);
    while (q.next())
        figures.held.push_back({q.value(0).toString(), q.value(1).toInt()});
    return {};
}

Status readNoNextStep(Database &db, qint64 nowMs, DashboardFigures &figures)
{
    SqlParams p;
    const QString sql
        = QStringLiteral("SELECT count(*) FROM conversations cv "
                         "WHERE cv.lead_state IN ('new', 'replied', 'called_back') "
                         "AND cv.needs_callback = 0 "
                         "AND (cv.snoozed_until IS NULL OR cv.snoozed_until <= %1) "
                         "AND (EXISTS (SELECT 1 FROM calls c WHERE c.conversation_id = cv.id "
                         "AND c.result != 'answered') "
                         "OR EXISTS (SELECT 1 FROM messages m WHERE m.conversation_id = cv.id "
                         "AND m.direction = 'in'))")
              .arg(p.add(nowMs));
    QSqlQuery q(db.db());
    QString error;
    if (!p.exec(q, sql, &error))
        return Error(error);
    figures.noNextStep = q.next() ? q.value(0).toInt() : 0;
    return {};
}

} // namespace

DashboardStats::DashboardStats(Database &db)
    : m_db(db)
{}

Result<DashboardFigures> DashboardStats::compute(int days, const QTimeZone &zone, qint64 nowMs)
{
    const DayBuckets buckets(days, zone, nowMs);
    DashboardFigures figures;
    figures.first = buckets.first();
    figures.last = buckets.last();
    figures.perDay.resize(std::size_t(buckets.days()));
    for (int i = 0; i < buckets.days(); ++i)
        figures.perDay[std::size_t(i)].date = buckets.first().addDays(i);

    Reader reader(m_db, buckets, figures);
    for (const Status &s : {readMessages(reader, buckets),
                            readMissedCalls(reader, buckets),
                            readLeads(reader, buckets),
                            readBooked(reader, buckets),
                            readHeld(m_db, buckets, figures),
                            readNoNextStep(m_db, nowMs, figures)}) {
        if (!s)
            return Error(s.errorMessage());
    }

    DayFigures &t = figures.totals;
    for (const DayFigures &d : figures.perDay) {
        t.missedCalls += d.missedCalls;
        t.textsSent += d.textsSent;
        t.replies += d.replies;
        t.missedLeads += d.missedLeads;
        t.repliedLeads += d.repliedLeads;
        t.recovered += d.recovered;
        t.booked += d.booked;
        t.urgent += d.urgent;
    }
    return figures;
}

} // namespace ringback
