#pragma once

#include "stats/DashboardStats.h"

#include <QColor>
#include <QWidget>

#include <vector>

namespace ringback::gui {

// Per-day bars of missed calls, with lines for replies and recovered leads,
// drawn with QPainter in the palette's colours. Day labels are thinned so
// they never overlap; hovering a day shows its figures. The accessible
// description summarises the period for screen readers (the dashboard also
// offers the same numbers as a table).
class DashboardChart : public QWidget
{
    Q_OBJECT

public:
    explicit DashboardChart(QWidget *parent = nullptr);

    void setDays(const std::vector<DayFigures> &days);
    const std::vector<DayFigures> &days() const { return m_days; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    // The series colours for a palette: missed-call bars, replies, recovered.
    static QColor missedColor(const QPalette &palette);
    static QColor repliesColor(const QPalette &palette);
    static QColor recoveredColor(const QPalette &palette);

    // The day label every how many days, so labels of `labelWidth` pixels
    // fit in slots of `slotWidth` pixels without touching.
    static int labelStep(int labelWidth, int slotWidth, int dayCount);
    // A round top for the value axis (1, 2, 5 × 10^n steps), at least `max`.
    static int niceMaximum(int max, int *step);

    // "Short day" text used on the axis and in the table ("4 Mar").
    static QString dayLabel(const QDate &date);
    // The legend's names: missed calls, replies, recovered.
    static QStringList seriesNames();

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    struct Layout
    {
        QRect plot;
        std::vector<QRect> legend; // the swatch of each series
        int labelWidth = 0;        // the widest day label
        int axisMax = 1;
        int axisStep = 1;
        double slot = 1;
    };
    Layout layout() const;
    int dayAt(const QPoint &pos) const;
    void updateDescription();

    std::vector<DayFigures> m_days;
};

} // namespace ringback::gui
