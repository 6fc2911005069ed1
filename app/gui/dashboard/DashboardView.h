#pragma once

#include "stats/DashboardStats.h"

#include <QTimeZone>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QStackedWidget;
class QTableView;
class QTreeView;

namespace ringback {
class Clock;
class Database;
} // namespace ringback

namespace ringback::gui {

class DashboardChart;
class DashboardTableModel;
class FigureTile;
class HeldReasonsModel;

// The office's numbers for the last 7, 30 or 90 days: figure tiles, a
// per-day chart (or the same numbers as a table), and the calls held back
// with why. Spam is left out everywhere. Reads the store when shown, when the
// period changes and on refresh().
class DashboardView : public QWidget
{
    Q_OBJECT

public:
    // `averageJobValue` (settings key office/average_job_value) turns
    // recovered leads into an estimated revenue; 0 hides it behind a hint.
    DashboardView(Database &db,
                  const QTimeZone &zone,
                  double averageJobValue,
                  QWidget *parent = nullptr);
    ~DashboardView() override;

    void setClock(const Clock &clock); // tests; the system clock by default
    void setTimeZone(const QTimeZone &zone);
    void setAverageJobValue(double value);
    double averageJobValue() const { return m_jobValue; }

    int periodDays() const; // 7, 30 or 90
    void setPeriodDays(int days);

    const DashboardFigures &figures() const { return m_figures; }
    FigureTile *tile(const QString &objectName) const;
    DashboardChart *chart() const { return m_chart; }
    DashboardTableModel *tableModel() const { return m_tableModel; }
    HeldReasonsModel *heldModel() const { return m_heldModel; }
    bool showsTable() const;
    void setShowsTable(bool table);

    // A refresh is reading the store (on a thread of its own).
    bool isUpdating() const { return m_updating; }

public slots:
    // Reads the figures in the background; refreshed() when they are shown.
    void refresh();

signals:
    void refreshed();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void buildUi();
    void showFigures();
    void showRevenue();

    Database &m_db;
    const Clock *m_clock = nullptr;
    QTimeZone m_zone;
    double m_jobValue = 0;
    DashboardFigures m_figures;
    bool m_loaded = false;
    bool m_updating = false;
    int m_generation = 0;

    QComboBox *m_period = nullptr;
    QLabel *m_status = nullptr;
    FigureTile *m_missed = nullptr;
    FigureTile *m_texts = nullptr;
    FigureTile *m_replies = nullptr;
    FigureTile *m_recovered = nullptr;
    FigureTile *m_booked = nullptr;
    FigureTile *m_urgent = nullptr;
    FigureTile *m_noNextStep = nullptr;
    FigureTile *m_revenue = nullptr;
    QCheckBox *m_asTable = nullptr;
    QStackedWidget *m_stack = nullptr;
    DashboardChart *m_chart = nullptr;
    QTableView *m_table = nullptr;
    DashboardTableModel *m_tableModel = nullptr;
    QLabel *m_heldEmpty = nullptr;
    QTreeView *m_held = nullptr;
    HeldReasonsModel *m_heldModel = nullptr;
};

} // namespace ringback::gui
