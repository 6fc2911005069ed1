#pragma once

// How long the GUI thread's event loop stops answering, phase by phase.
//
// A watchdog thread posts a heartbeat event to the monitor (which lives on
// the GUI thread) and, once the event loop has handled it, waits the
// interval (2 ms) before posting the next: one heartbeat in flight at a
// time, so one long stall is one long gap, never a queue of late beats.
// Inside a phase the monitor keeps the gaps between the moments it saw the
// GUI thread free: the phase's beginning, each heartbeat handled, the phase's
// end (begin and end run on the GUI thread, so work done synchronously right
// after beginPhase() or right before endPhase() is a gap too). A gap is the
// longest a click or a paint would have waited, plus at most one interval:
// an idle event loop shows gaps of about the interval.
//
// Phases with the same name add up (five starts make one "start" row).
// The watchdog posts only while a phase is open, so measurements outside
// phases run without heartbeats.

#include <QElapsedTimer>
#include <QObject>
#include <QString>

#include <condition_variable>
#include <mutex>
#include <thread>
#include <vector>

class QTextStream;

namespace ringback::bench {

class StallMonitor final : public QObject
{
public:
    struct Figures
    {
        QString phase;
        double seconds = 0; // time inside the phase
        qint64 beats = 0;   // heartbeats handled
        double longestMs = 0;
        int stalls = 0;     // gaps over stallMs()
        int longStalls = 0; // gaps over 100 ms
        double p50Ms = 0;
        double p99Ms = 0;
        double totalStalledMs = 0; // the gaps over stallMs(), added up
    };

    // Call on the GUI thread (the one whose event loop is watched).
    explicit StallMonitor(int intervalMs = 2, double stallMs = 16, QObject *parent = nullptr);
    ~StallMonitor() override;
    Q_DISABLE_COPY_MOVE(StallMonitor)

    void beginPhase(const QString &name);
    void endPhase();

    // A phase from its construction to its destruction.
    class Section
    {
    public:
        Section(StallMonitor &monitor, const QString &name);
        ~Section();
        Q_DISABLE_COPY_MOVE(Section)

    private:
        StallMonitor &m_monitor;
    };

    int intervalMs() const { return m_intervalMs; }
    double stallMs() const { return m_stallMs; }
    // Every phase, in the order each was first begun.
    std::vector<Figures> figures() const;

protected:
    bool event(QEvent *event) override; // the heartbeat

private:
    struct Phase
    {
        QString name;
        std::vector<double> gapsMs;
        double seconds = 0;
        qint64 beats = 0;
    };

    void watch(); // the watchdog thread
    void closeGap(qint64 nowNs);

    const int m_intervalMs;
    const double m_stallMs;
    QElapsedTimer m_clock; // read on both threads (monotonic, const)
    std::vector<Phase> m_phases;
    int m_current = -1; // into m_phases; GUI thread only
    qint64 m_beganNs = 0;
    qint64 m_lastFreeNs = 0;

    std::mutex m_mutex; // guards the three below
    std::condition_variable m_wake;
    bool m_active = false;   // a phase is open: post heartbeats
    bool m_answered = true;  // the heartbeat in flight was handled
    bool m_stopping = false; // the destructor runs
    std::thread m_thread;
};

// The table of `figures`, titled.
void printStallTable(const QString &title,
                     const std::vector<StallMonitor::Figures> &figures,
                     int intervalMs,
                     double stallMs);

} // namespace ringback::bench
