#include "gui/dashboard/DashboardTable.h"

#include "stats/HeldReasons.h"

#include <QLocale>

namespace ringback::gui {
namespace {

QStandardItem *number(int value)
{
    auto *item = new QStandardItem;
    item->setData(value, Qt::DisplayRole);
    item->setData(int(Qt::AlignRight | Qt::AlignVCenter), Qt::TextAlignmentRole);
    item->setEditable(false);
    return item;
}

QStandardItem *text(const QString &value, const QVariant &sortKey = QVariant())
{
    auto *item = new QStandardItem(value);
    item->setEditable(false);
    if (sortKey.isValid())
        item->setData(sortKey, Qt::UserRole);
    return item;
}

} // namespace

QString percentText(double rate)
{
    const QLocale locale;
    return locale.toString(qRound(rate * 100)) + locale.percent();
}

DashboardTableModel::DashboardTableModel(QObject *parent)
    : QStandardItemModel(0, ColumnCount, parent)
{
    setHorizontalHeaderLabels({tr("Day"),
                               tr("Missed calls"),
                               tr("Texts sent"),
                               tr("Replies"),
                               tr("Reply rate"),
                               tr("Recovered"),
                               tr("Booked"),
                               tr("Urgent")});
}

void DashboardTableModel::setDays(const std::vector<DayFigures> &days)
{
    removeRows(0, rowCount());
    for (const DayFigures &d : days) {
        QList<QStandardItem *> row{text(QLocale().toString(d.date, QLocale::ShortFormat), d.date),
                                   number(d.missedCalls),
                                   number(d.textsSent),
                                   number(d.replies),
                                   text(d.missedLeads > 0 ? percentText(d.replyRate()) : QString()),
                                   number(d.recovered),
                                   number(d.booked),
                                   number(d.urgent)};
        row.front()->setData(QLocale().toString(d.date, QLocale::LongFormat), Qt::ToolTipRole);
        appendRow(row);
    }
}

HeldReasonsModel::HeldReasonsModel(QObject *parent)
    : QStandardItemModel(0, ColumnCount, parent)
{
    setHorizontalHeaderLabels({tr("Reason"), tr("Calls")});
}

void HeldReasonsModel::setHeld(const std::vector<HeldCount> &held)
{
    removeRows(0, rowCount());
    for (const HeldCount &h : held)
        appendRow({text(heldReasonText(h.code), h.code), number(h.count)});
}

} // namespace ringback::gui
