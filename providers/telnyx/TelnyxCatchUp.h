#pragma once

#include "TelnyxSender.h"
#include "TelnyxSession.h"
#include "TelnyxWebhooks.h"
#include "net/Backoff.h"

#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QTimer>

#include <functional>
#include <vector>

namespace ringback::telnyx {

// Catches up on the call webhooks Telnyx could not deliver (Ringback closed,
// its tunnel down): GET /v2/call_events (ListCallEvents,
// https://developers.telnyx.com/api) lists the Call Control webhooks Telnyx
// sent since the saved position, oldest first, and every call.* event goes
// through TelnyxWebhooks::handleEvent like a webhook, so an event seen both
// ways counts once (same event id), and a call reported twice has the same call
// id either way (the engine keeps one).
//
// It runs when the account check succeeds (start, and after Telnyx was
// unreachable) and every kPeriodMs while running, which also covers a
// tunnel that was down while Ringback ran. The position (in the cursor,
// TelnyxSender::catchUpFrom) moves on only after a complete listing, to the
// time that listing began less kSlackMs (late events are listed again and
// handled once). Telnyx lists only the last 24 h without a leg filter, so an
// older position is brought forward to that. With no saved position the
// first start begins from now (ProviderApi: empty cursor = from now).
// 429, 5xx and network failures retry with backoff (Retry-After or
// x-ratelimit-reset); anything unreadable ends that listing with a problem
// report, and the webhooks go on as before.
class TelnyxCatchUp final : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 kWindowMs = 24LL * 3600 * 1000;
    static constexpr qint64 kWindowMarginMs = 5LL * 60 * 1000; // stay inside the 24 h
    static constexpr qint64 kSlackMs = 10LL * 60 * 1000;
    static constexpr int kPeriodMs = 10 * 60 * 1000;
    static constexpr int kPageSize = 100;
    static constexpr int kMaxPages = 100;
    static constexpr int kMaxAttempts = 6;

    TelnyxCatchUp(Session &session, TelnyxSender &sender, TelnyxWebhooks &webhooks);

    // After TelnyxSender::restore(): takes the saved position, or now.
    void begin();
    // Lists what happened since the position, unless a listing is going on.
    void run();
    void stop();
    bool isBusy() const { return m_busy; }
    // Called with what went wrong with a listing, or an empty text when one
    // succeeded.
    std::function<void(const QString &problem)> onProblem;

private:
    void fetch(int page);
    void pageArrived(int page, const net::HttpResponse &response);
    void finish(const QString &problem);

    Session &m_session;
    TelnyxSender &m_sender;
    TelnyxWebhooks &m_webhooks;
    net::Backoff m_backoff{1000, 5 * 60 * 1000};
    QTimer m_retry;
    QTimer m_period;
    QDateTime m_since;
    QDateTime m_listingStartedAt;
    QDateTime m_lastEventAt; // of the last event read in this listing
    bool m_busy = false;
    int m_attempts = 0;
    int m_retryPage = 1;
    quint64 m_generation = 0;
};

// A page of GET /v2/call_events: the items as they came, and
// meta.total_pages (0 when absent).
struct CallEventPage
{
    std::vector<QJsonValue> items;
    int totalPages = 0;
};
Result<CallEventPage> parseCallEventPage(const QByteArray &body);

// One CallEvent item as the webhook Event it stands for; an error says why
// it is skipped.
Result<Event> eventFromCallEvent(const QJsonValue &item);

} // namespace ringback::telnyx
