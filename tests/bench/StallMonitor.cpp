#include "StallMonitor.h"

#include "BenchGui.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTextStream>

#include <algorithm>
#include <chrono>
#include <cmath>

namespace ringback::bench {

namespace {

QEvent::Type heartbeatType()
{
    static const auto type = QEvent::Type(QEvent::registerEventType());
    return type;
}

// The value below which `share` of the sorted values lie (nearest rank).
double percentile(const std::vector<double> &sorted, double share)
{
    if (sorted.empty())
        return 0;
    const auto rank = std::size_t(std::ceil(share * double(sorted.size())));
    return sorted[std::min(sorted.size(), std::max<std::size_t>(rank, 1)) - 1];
}

} // namespace

StallMonitor::StallMonitor(int intervalMs, double stallMs, QObject *parent)
    : QObject(parent)
    , m_intervalMs(std::max(1, intervalMs))
    , m_stallMs(stallMs)
{
    m_clock.start();
    m_thread = std::thread([this] { watch(); });
}

StallMonitor::~StallMonitor()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    m_thread.join();
    // A heartbeat still queued for this object is dropped with it (QObject's
    // destructor removes its posted events).
}

void StallMonitor::watch()
{
    std::unique_lock lock(m_mutex);
    while (!m_stopping) {
        m_wake.wait(lock, [this] { return m_stopping || (m_active && m_answered); });
        if (m_stopping)
            break;
        m_answered = false;
        lock.unlock();
        QCoreApplication::postEvent(this, new QEvent(heartbeatType()));
        lock.lock();
        m_wake.wait(lock, [this] { return m_stopping || m_answered; });
        // The interval between one beat handled and the next posted.
        m_wake.wait_for(
            lock, std::chrono::milliseconds(m_intervalMs), [this] { return m_stopping; });
    }
}

bool StallMonitor::event(QEvent *event)
{
    if (event->type() != heartbeatType())
        return QObject::event(event);
    if (m_current >= 0) {
        closeGap(m_clock.nsecsElapsed());
        ++m_phases[std::size_t(m_current)].beats;
    }
    {
        const std::lock_guard lock(m_mutex);
        m_answered = true;
    }
    m_wake.notify_all();
    return true;
}

void StallMonitor::closeGap(qint64 nowNs)
{
    m_phases[std::size_t(m_current)].gapsMs.push_back(double(nowNs - m_lastFreeNs) / 1e6);
    m_lastFreeNs = nowNs;
}

void StallMonitor::beginPhase(const QString &name)
{
    if (m_current >= 0)
        endPhase();
    const auto found = std::find_if(
        m_phases.begin(), m_phases.end(), [&name](const Phase &p) { return p.name == name; });
    if (found == m_phases.end()) {
        m_phases.push_back(Phase{name, {}, 0, 0});
        m_current = int(m_phases.size()) - 1;
    } else {
        m_current = int(found - m_phases.begin());
    }
    m_beganNs = m_lastFreeNs = m_clock.nsecsElapsed();
    {
        const std::lock_guard lock(m_mutex);
        m_active = true;
    }
    m_wake.notify_all();
}

void StallMonitor::endPhase()
{
    if (m_current < 0)
        return;
    const qint64 now = m_clock.nsecsElapsed();
    closeGap(now);
    m_phases[std::size_t(m_current)].seconds += double(now - m_beganNs) / 1e9;
    m_current = -1;
    const std::lock_guard lock(m_mutex);
    m_active = false;
}

StallMonitor::Section::Section(StallMonitor &monitor, const QString &name)
    : m_monitor(monitor)
{
    m_monitor.beginPhase(name);
}

StallMonitor::Section::~Section()
{
    m_monitor.endPhase();
}

std::vector<StallMonitor::Figures> StallMonitor::figures() const
{
    std::vector<Figures> all;
    for (const Phase &phase : m_phases) {
        std::vector<double> sorted = phase.gapsMs;
        std::sort(sorted.begin(), sorted.end());
        Figures f;
        f.phase = phase.name;
        f.seconds = phase.seconds;
        f.beats = phase.beats;
        f.longestMs = sorted.empty() ? 0 : sorted.back();
        for (const double gap : sorted) {
            if (gap > m_stallMs) {
                ++f.stalls;
                f.totalStalledMs += gap;
            }
            if (gap > 100)
                ++f.longStalls;
        }
        f.p50Ms = percentile(sorted, 0.50);
        f.p99Ms = percentile(sorted, 0.99);
        all.push_back(f);
    }
    return all;
}

void printStallTable(const QString &title,
                     const std::vector<StallMonitor::Figures> &figures,
                     int intervalMs,
                     double stallMs)
{
    QTextStream &out = output();
    out << Qt::endl
        << title << " (heartbeat every " << intervalMs << " ms; a stall is a gap over " << stallMs
        << " ms)" << Qt::endl;
    out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9")
               .arg(QStringLiteral("phase"), -34)
               .arg(QStringLiteral("time s"), 8)
               .arg(QStringLiteral("beats"), 7)
               .arg(QStringLiteral("longest ms"), 11)
               .arg(QStringLiteral("stalls>%1").arg(stallMs), 10)
               .arg(QStringLiteral(">100ms"), 7)
               .arg(QStringLiteral("stalled s"), 10)
               .arg(QStringLiteral("p50 ms"), 7)
               .arg(QStringLiteral("p99 ms"), 8)
        << Qt::endl;
    for (const StallMonitor::Figures &f : figures) {
        out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9")
                   .arg(f.phase, -34)
                   .arg(f.seconds, 8, 'f', 1)
                   .arg(f.beats, 7)
                   .arg(f.longestMs, 11, 'f', 1)
                   .arg(f.stalls, 10)
                   .arg(f.longStalls, 7)
                   .arg(f.totalStalledMs / 1000, 10, 'f', 1)
                   .arg(f.p50Ms, 7, 'f', 1)
                   .arg(f.p99Ms, 8, 'f', 1)
            << Qt::endl;
    }
}

} // namespace ringback::bench
