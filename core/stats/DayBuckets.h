#pragma once

#include <QDate>
#include <QString>
#include <QTimeZone>
#include <QVariantList>

#include <vector>

class QSqlQuery;

namespace ringback {

// Named bound parameters (:p1, :p2, ...) numbered in the order they are
// added, so a statement can be assembled piece by piece, in any order, and
// use a value more than once.
class SqlParams
{
public:
    // The placeholder for `value`, to paste into the statement.
    QString add(const QVariant &value);
    // Prepares `statement`, binds the values and executes it.
    bool exec(QSqlQuery &query, const QString &statement, QString *error) const;

private:
    QVariantList m_values;
};

// The local calendar days of a period ending today (in `zone`, at `nowMs`):
// the UTC ms boundaries, and the SQL that maps a UTC ms column to its local
// day. Days follow the zone's offset changes (a DST day has 23 or 25 hours).
class DayBuckets
{
public:
    DayBuckets(int days, const QTimeZone &zone, qint64 nowMs);

    int days() const { return m_days; }
    QDate first() const { return m_first; }
    QDate last() const { return m_last; }
    // Local midnight at the start of the first day, and after the last (ms UTC).
    qint64 startMs() const { return m_startMs; }
    qint64 endMs() const { return m_endMs; }

    // An SQL integer expression: the local day of `column` (ms UTC) as days
    // since 1970-01-01. Within a stretch of constant UTC offset the local day
    // is (ms + offset) / 86400000; the expression switches offset at each
    // transition inside the period, so it has one branch per stretch.
    QString dayExpression(const QString &column, SqlParams &params) const;

    // The position in the period of a day the expression returned; -1 outside.
    int indexOf(qint64 epochDay) const;

private:
    struct Stretch
    {
        qint64 fromMs = 0;
        qint64 offsetMs = 0;
    };
    int m_days = 0;
    QDate m_first;
    QDate m_last;
    qint64 m_startMs = 0;
    qint64 m_endMs = 0;
    std::vector<Stretch> m_stretches;
};

} // namespace ringback
