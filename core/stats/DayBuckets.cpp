#include "stats/DayBuckets.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace ringback {
namespace {

constexpr qint64 kDayMs = 24 * 60 * 60 * 1000;
const QDate kEpoch(1970, 1, 1);

} // namespace

QString SqlParams::add(const QVariant &value)
{
    m_values << value;
    return QStringLiteral(":p%1").arg(m_values.size());
}

bool SqlParams::exec(QSqlQuery &query, const QString &statement, QString *error) const
{
    query.setForwardOnly(true);
    if (!query.prepare(statement)) {
        *error = query.lastError().text();
        return false;
    }
    for (int i = 0; i < m_values.size(); ++i)
        query.bindValue(QStringLiteral(":p%1").arg(i + 1), m_values.at(i));
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    return true;
}

DayBuckets::DayBuckets(int days, const QTimeZone &zone, qint64 nowMs)
    : m_days(std::max(1, days))
{
    const QTimeZone z = zone.isValid() ? zone : QTimeZone::utc();
    m_last = QDateTime::fromMSecsSinceEpoch(nowMs, z).date();
    m_first = m_last.addDays(-(m_days - 1));
    m_startMs = QDateTime(m_first, QTime(0, 0), z).toMSecsSinceEpoch();
    m_endMs = QDateTime(m_last.addDays(1), QTime(0, 0), z).toMSecsSinceEpoch();

    const auto utc = [](qint64 ms) {
        return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
    };
    m_stretches.push_back({m_startMs, qint64(z.offsetFromUtc(utc(m_startMs))) * 1000});
    if (!z.hasTransitions())
        return;
    const auto transitions = z.transitions(utc(m_startMs), utc(m_endMs - 1));
    for (const QTimeZone::OffsetData &t : transitions) {
        const qint64 at = t.atUtc.toMSecsSinceEpoch();
        const qint64 offset = qint64(t.offsetFromUtc) * 1000;
        if (at <= m_stretches.back().fromMs || at >= m_endMs)
            continue;
        if (offset != m_stretches.back().offsetMs)
            m_stretches.push_back({at, offset});
    }
}

QString DayBuckets::dayExpression(const QString &column, SqlParams &params) const
{
    const auto dayOf = [&](const Stretch &s) {
        return QStringLiteral("((%1 + %2) / %3)").arg(column, params.add(s.offsetMs)).arg(kDayMs);
    };
    if (m_stretches.size() == 1)
        return dayOf(m_stretches.front());
    QString sql = QStringLiteral("(CASE");
    for (std::size_t i = 0; i + 1 < m_stretches.size(); ++i) {
        const QString until = params.add(m_stretches[i + 1].fromMs);
        sql += QStringLiteral(" WHEN %1 < %2 THEN %3").arg(column, until, dayOf(m_stretches[i]));
    }
    sql += QStringLiteral(" ELSE %1 END)").arg(dayOf(m_stretches.back()));
    return sql;
}

int DayBuckets::indexOf(qint64 epochDay) const
{
    const qint64 index = m_first.daysTo(kEpoch.addDays(epochDay));
    return index >= 0 && index < m_days ? int(index) : -1;
}

} // namespace ringback
