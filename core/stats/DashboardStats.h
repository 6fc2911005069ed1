#pragma once

#include "store/Database.h"
#include "util/Result.h"

#include <QDate>
#include <QString>
#include <QTimeZone>

#include <vector>

namespace ringback {

// The dashboard's figures for one local calendar day, or for a whole period.
// Spam conversations (lead_state 'spam') count nowhere.
//
// Missed-call leads: a conversation with at least one missed call (any result
// but "answered") in the period is one lead, counted on the day of its first
// missed call in the period, so the days add up to the period and a caller
// who rang three times is one lead. For that lead:
// - replied: the caller sent a text at or after that first missed call
//   (before the end of the period);
// - recovered: replied, or the office reached them: after that first missed
//   call a lead event "callback" with detail "reached", "booked", or "state"
//   to called_back or booked.
// Reply rate = replied leads / missed-call leads (per day, and for the period).
struct DayFigures
{
    QDate date;          // invalid for the period's totals
    int missedCalls = 0; // calls with a result other than "answered"
    int textsSent = 0;   // automatic texts out, status sent or delivered
    int replies = 0;     // inbound messages
    int missedLeads = 0;
    int repliedLeads = 0;
    int recovered = 0;
    // Leads booked: a conversation with a lead event "booked" in the period,
    // counted once, on the day of its first one (a reschedule is not a new job).
    int booked = 0;
    // Urgent leads: a conversation with an inbound message flagged urgent in
    // the period, counted once, on the day of its first one.
    int urgent = 0;

    // 0..1; 0 when there was no missed-call lead.
    double replyRate() const { return missedLeads > 0 ? double(repliedLeads) / missedLeads : 0.0; }
};

// Calls held (not texted) for one reason in the period.
struct HeldCount
{
    QString code; // calls.decision_code: "repeat_call", "blocked", ...
    int count = 0;
};

struct DashboardFigures
{
    QDate first;
    QDate last;
    std::vector<DayFigures> perDay; // first .. last, one per local day
    DayFigures totals;              // the sum of perDay
    // Now, not per day: leads that wait for nobody. lead_state new, replied
    // or called_back; not in the call-back queue (needs_callback = 0); not
    // snoozed into the future; and the caller missed a call or sent a text.
    int noNextStep = 0;
    std::vector<HeldCount> held; // calls with decision "held" in the period, most first

    // Recovered leads × the office's average job value (office/average_job_value).
    double recoveredValue(double averageJobValue) const
    {
        return totals.recovered * averageJobValue;
    }
};

// Reads the dashboard's figures with a few aggregate queries, each grouped by
// local day, walking conversations and their calls / messages through the
// existing indexes (calls_by_conversation, messages_by_conversation,
// lead_events_by_time).
class DashboardStats
{
public:
    explicit DashboardStats(Database &db);

    // The last `days` local calendar days in `zone`, today (at `nowMs`) included.
    Result<DashboardFigures> compute(int days, const QTimeZone &zone, qint64 nowMs);

private:
    Database &m_db;
};

} // namespace ringback
