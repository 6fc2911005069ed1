#include "gui/dashboard/DashboardChart.h"

#include "gui/common/Format.h"

#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace ringback::gui {
namespace {

// 8 bits a channel, as painted.
QColor mix(const QColor &a, const QColor &b, double aShare)
{
    const auto channel = [aShare](int x, int y) {
        return qRound(x * aShare + y * (1 - aShare));
    };
    return QColor(
        channel(a.red(), b.red()), channel(a.green(), b.green()), channel(a.blue(), b.blue()));
}

int padding(const QFontMetrics &fm)
{
    return textPadding(fm);
}

} // namespace

DashboardChart::DashboardChart(QWidget *parent)
    : QWidget(parent)
{
    setFocusPolicy(Qt::TabFocus); // reachable by screen readers
    setMouseTracking(false);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setAccessibleName(tr("Missed calls, replies and recovered leads per day"));
    updateDescription();
}

void DashboardChart::setDays(const std::vector<DayFigures> &days)
{
    m_days = days;
    updateDescription();
    update();
}

QSize DashboardChart::sizeHint() const
{
    const QFontMetrics fm(font());
    return {fm.horizontalAdvance(QLatin1Char('0')) * 60, fm.height() * 14};
}

QSize DashboardChart::minimumSizeHint() const
{
    const QFontMetrics fm(font());
    return {fm.horizontalAdvance(QLatin1Char('0')) * 24, fm.height() * 7};
}

QColor DashboardChart::missedColor(const QPalette &palette)
{
    return mix(palette.color(QPalette::Highlight), palette.color(QPalette::Base), 0.55);
}

QColor DashboardChart::repliesColor(const QPalette &palette)
{
    return palette.color(QPalette::Text);
}

QColor DashboardChart::recoveredColor(const QPalette &palette)
{
    // The highlight's opposite hue (orange beside the usual blue), light on a
    // dark base and dark on a light one, so it reads on both.
    const QColor highlight = palette.color(QPalette::Highlight);
    const int hue = highlight.hslHue() < 0 ? 30 : (highlight.hslHue() + 180) % 360;
    const QColor c = QColor::fromHsl(hue, 200, isDark(palette) ? 165 : 95);
    return QColor(c.red(), c.green(), c.blue());
}

int DashboardChart::labelStep(int labelWidth, int slotWidth, int dayCount)
{
    if (slotWidth <= 0)
        return std::max(1, dayCount);
    int step = std::max(1, (labelWidth + slotWidth - 1) / slotWidth);
    if (step > 3)
        step = (step + 6) / 7 * 7; // whole weeks
    return step;
}

int DashboardChart::niceMaximum(int max, int *step)
{
    const double raw = std::max(1.0, max / 4.0);
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    int s = int(magnitude);
    for (const int m : {1, 2, 5, 10}) {
        if (m * magnitude >= raw) {
            s = int(m * magnitude);
            break;
        }
    }
    s = std::max(1, s);
    if (step)
        *step = s;
    return std::max(s, (max + s - 1) / s * s);
}

QString DashboardChart::dayLabel(const QDate &date)
{
    //: Day labels of the dashboard chart and table (Qt date format): "4 Mar".
    return QLocale().toString(date, tr("d MMM"));
}

QStringList DashboardChart::seriesNames()
{
    return {tr("Missed calls"), tr("Replies"), tr("Recovered")};
}

DashboardChart::Layout DashboardChart::layout() const
{
    const QFontMetrics fm(font());
    const int pad = padding(fm);
    Layout l;
    int top = 0;
    int labelWidth = 0;
    for (const DayFigures &d : m_days) {
        top = std::max({top, d.missedCalls, d.replies, d.recovered});
        labelWidth = std::max(labelWidth, fm.horizontalAdvance(dayLabel(d.date)));
    }
    l.axisMax = niceMaximum(top, &l.axisStep);
    l.labelWidth = labelWidth;

    // Legend entries flow left to right and wrap when the chart is narrow.
    const int axisWidth = fm.horizontalAdvance(QLocale().toString(l.axisMax)) + pad;
    const int left = axisWidth + pad;
    int x = left;
    int y = pad / 2;
    for (const QString &name : seriesNames()) {
        const int entryWidth = fm.height() + pad / 2 + fm.horizontalAdvance(name);
        if (x > left && x + entryWidth > width() - pad) {
            x = left;
            y += fm.height() + pad / 2;
        }
        l.legend.push_back(QRect(x, y, fm.height(), fm.height()));
        x += entryWidth + pad * 2;
    }
    const int legendBottom = y + fm.height();
    // Room above the plot for the top axis label, and right of it for the
    // last day's label, which is centred on the last day.
    l.plot = rect().adjusted(left,
                             legendBottom + pad + fm.height() / 2,
                             -std::max(pad, labelWidth / 2),
                             -(fm.height() + pad));
    if (l.plot.width() < 1)
        l.plot.setWidth(1);
    if (l.plot.height() < 1)
        l.plot.setHeight(1);
    l.slot = m_days.empty() ? l.plot.width() : double(l.plot.width()) / double(m_days.size());
    return l;
}

void DashboardChart::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = palette();
    const QFontMetrics fm(font());
    const int pad = padding(fm);
    const Layout l = layout();
    p.fillRect(rect(), pal.color(QPalette::Base));

    // Legend: a swatch and a name per series. Lines differ in dash and
    // marker as well as colour.
    const QColor missed = missedColor(pal);
    const QColor replies = repliesColor(pal);
    const QColor recovered = recoveredColor(pal);
    const QStringList names = seriesNames();
    for (int i = 0; i < names.size(); ++i) {
        const QRect box = l.legend[std::size_t(i)];
        if (i == 0) {
            p.fillRect(box.adjusted(2, 2, -2, -2), missed);
        } else {
            p.setPen(QPen(i == 1 ? replies : recovered, 2, i == 1 ? Qt::SolidLine : Qt::DashLine));
            p.drawLine(box.left(), box.center().y(), box.right(), box.center().y());
        }
        p.setPen(pal.color(QPalette::Text));
        const QRect text(
            box.right() + pad / 2, box.top(), fm.horizontalAdvance(names[i]), fm.height());
        p.drawText(text, Qt::AlignLeft | Qt::AlignVCenter, names[i]);
    }

    // Value axis: grid lines and labels.
    const QColor grid = mix(pal.color(QPalette::Text), pal.color(QPalette::Base), 0.2);
    const auto yOf = [&](int value) {
        return l.plot.bottom() - double(value) / l.axisMax * l.plot.height();
    };
    for (int v = 0; v <= l.axisMax; v += l.axisStep) {
        const double y = yOf(v);
        p.setPen(QPen(grid, 1));
        p.drawLine(QPointF(l.plot.left(), y), QPointF(l.plot.right(), y));
        p.setPen(pal.color(QPalette::Text));
        const QRect label(0, int(y) - fm.height() / 2, l.plot.left() - pad, fm.height());
        p.drawText(label, Qt::AlignRight | Qt::AlignVCenter, QLocale().toString(v));
    }
    if (m_days.empty())
        return;

    // Bars: missed calls.
    const double barWidth = std::max(1.0, l.slot * 0.6);
    for (std::size_t i = 0; i < m_days.size(); ++i) {
        const double centre = l.plot.left() + l.slot * (double(i) + 0.5);
        const double y = yOf(m_days[i].missedCalls);
        p.fillRect(QRectF(centre - barWidth / 2, y, barWidth, l.plot.bottom() - y), missed);
    }

    // Lines: replies (solid, round marks) and recovered (dashed, square marks).
    const bool marks = l.slot >= 6;
    const auto drawLine = [&](const QColor &color, Qt::PenStyle style, bool round, auto value) {
        QPainterPath path;
        for (std::size_t i = 0; i < m_days.size(); ++i) {
            const QPointF pt(l.plot.left() + l.slot * (double(i) + 0.5), yOf(value(m_days[i])));
            if (i == 0)
                path.moveTo(pt);
            else
                path.lineTo(pt);
        }
        p.setPen(QPen(color, 2, style));
        p.setBrush(Qt::NoBrush);
        p.drawPath(path);
        if (!marks)
            return;
        p.setPen(Qt::NoPen);
        p.setBrush(color);
        const double r = std::min(3.5, l.slot / 4);
        for (std::size_t i = 0; i < m_days.size(); ++i) {
            const QPointF pt(l.plot.left() + l.slot * (double(i) + 0.5), yOf(value(m_days[i])));
            if (round)
                p.drawEllipse(pt, r, r);
            else
                p.drawRect(QRectF(pt.x() - r, pt.y() - r, 2 * r, 2 * r));
        }
    };
    drawLine(replies, Qt::SolidLine, true, [](const DayFigures &d) { return d.replies; });
    drawLine(recovered, Qt::DashLine, false, [](const DayFigures &d) { return d.recovered; });

    // Day axis: labels thinned so they never touch; the last day (today)
    // always has one.
    const int labelWidth = l.labelWidth;
    const int step = labelStep(labelWidth + pad, int(l.slot), int(m_days.size()));
    p.setPen(pal.color(QPalette::Text));
    const int count = int(m_days.size());
    for (int i = count - 1; i >= 0; i -= step) {
        const double centre = l.plot.left() + l.slot * (i + 0.5);
        QRect label(
            int(centre) - labelWidth / 2, l.plot.bottom() + pad / 2, labelWidth, fm.height());
        if (label.left() < 0)
            break; // no room left of the axis
        p.drawText(label, Qt::AlignCenter, dayLabel(m_days[std::size_t(i)].date));
    }

    if (hasFocus()) {
        QPen focus(pal.color(QPalette::Highlight), 2);
        p.setPen(focus);
        p.setBrush(Qt::NoBrush);
        p.drawRect(rect().adjusted(1, 1, -1, -1));
    }
}

int DashboardChart::dayAt(const QPoint &pos) const
{
    const Layout l = layout();
    if (m_days.empty() || pos.x() < l.plot.left() || pos.x() > l.plot.right())
        return -1;
    const int i = int((pos.x() - l.plot.left()) / l.slot);
    return i >= 0 && i < int(m_days.size()) ? i : -1;
}

bool DashboardChart::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int i = dayAt(help->pos());
        if (i < 0) {
            QToolTip::hideText();
            event->ignore();
            return true;
        }
        const DayFigures &d = m_days[std::size_t(i)];
        const QString text = QStringLiteral("%1\n%2\n%3\n%4")
                                 .arg(QLocale().toString(d.date, QLocale::LongFormat),
                                      tr("%n missed call(s)", nullptr, d.missedCalls),
                                      tr("%n reply(s)", nullptr, d.replies),
                                      tr("%n recovered", nullptr, d.recovered));
        QToolTip::showText(help->globalPos(), plainToolTip(text), this);
        return true;
    }
    if (event->type() == QEvent::FocusIn || event->type() == QEvent::FocusOut)
        update();
    return QWidget::event(event);
}

void DashboardChart::updateDescription()
{
    if (m_days.empty()) {
        setAccessibleDescription(tr("No figures yet."));
        return;
    }
    int missed = 0;
    int replies = 0;
    int recovered = 0;
    const DayFigures *busiest = &m_days.front();
    for (const DayFigures &d : m_days) {
        missed += d.missedCalls;
        replies += d.replies;
        recovered += d.recovered;
        if (d.missedCalls > busiest->missedCalls)
            busiest = &d;
    }
    QString text = tr("%1 to %2: %3, %4, %5.")
                       .arg(QLocale().toString(m_days.front().date, QLocale::LongFormat),
                            QLocale().toString(m_days.back().date, QLocale::LongFormat),
                            tr("%n missed call(s)", nullptr, missed),
                            tr("%n reply(s)", nullptr, replies),
                            tr("%n recovered", nullptr, recovered));
    if (busiest->missedCalls > 0)
        text += QLatin1Char(' ')
                + tr("Busiest day: %1, with %2.")
                      .arg(QLocale().toString(busiest->date, QLocale::LongFormat),
                           tr("%n missed call(s)", nullptr, busiest->missedCalls));
    setAccessibleDescription(text);
}

} // namespace ringback::gui
