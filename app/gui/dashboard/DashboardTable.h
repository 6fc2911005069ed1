#pragma once

#include "stats/DashboardStats.h"

#include <QStandardItemModel>

namespace ringback::gui {

// The chart's numbers as a table, one row per day (the text alternative for
// screen readers and for anyone who prefers numbers), and the "Held, not
// texted" list, one row per reason.
class DashboardTableModel : public QStandardItemModel
{
    Q_OBJECT

public:
    enum Column {
        Day,
        MissedCalls,
        TextsSent,
        Replies,
        ReplyRate,
        Recovered,
        Booked,
        Urgent,
        ColumnCount
    };

    explicit DashboardTableModel(QObject *parent = nullptr);
    void setDays(const std::vector<DayFigures> &days);
};

class HeldReasonsModel : public QStandardItemModel
{
    Q_OBJECT

public:
    enum Column { Reason, Calls, ColumnCount };

    explicit HeldReasonsModel(QObject *parent = nullptr);
    void setHeld(const std::vector<HeldCount> &held);
};

// "40%": a reply rate (0..1) in the user's locale.
QString percentText(double rate);

} // namespace ringback::gui
