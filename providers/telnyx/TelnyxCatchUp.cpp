#include "TelnyxCatchUp.h"

#include "net/Http.h"
#include "provider/kit/Json.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>

namespace ringback::telnyx {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ringback::TelnyxProvider)
};

QString text(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

bool isRawEvent(const QJsonObject &o)
{
    return o.value(QLatin1String("event_type")).isString()
           || o.value(QLatin1String("payload")).isObject();
}

} // namespace

Result<CallEventPage> parseCallEventPage(const QByteArray &body)
{
    QJsonObject root;
    const auto data = provider::jsonList(body, "data", &root);
    if (!data)
        return Error(data.errorMessage());
    CallEventPage page;
    for (const QJsonValue &v : data.value())
        page.items.push_back(v);
    const QJsonObject meta = root.value(QLatin1String("meta")).toObject();
    page.totalPages = meta.value(QLatin1String("total_pages")).toInt();
    return page;
}

// The spec documents CallEvent.metadata only as "Event metadata, which
// includes raw event, and extra information based on event type". Assumed,
// in this order:
//  1. metadata is the raw webhook body, {"data": {"event_type", "id",
//     "occurred_at", "payload"}, "meta": {...}};
//  2. metadata is that "data" object itself (it has event_type or payload);
//  3. metadata is the payload, or holds it under "payload": the
//     CallInitiated / CallHangup fields (from, to, direction, hangup_cause,
//     start_time, ...).
// Whatever the raw event lacks comes from the item: the event type from
// `name`, the time from `event_timestamp`, call_leg_id and call_session_id
// (into the payload, so the call has the webhook path's id: call_session_id,
// else call_leg_id). An event without an id gets
// "call_event:<call_leg_id>:<name>:<event_timestamp>": handled once by the
// catch-up, and a call it completes has the same call id as its webhook.
Result<Event> eventFromCallEvent(const QJsonValue &item)
{
    if (!item.isObject())
        return Error(QStringLiteral("the item is not an object"));
    const QJsonObject o = item.toObject();
    const QString name = text(o, "name");
    const QString legId = text(o, "call_leg_id");
    const QString sessionId = text(o, "call_session_id");
    const QString timestamp = text(o, "event_timestamp");
    if (name.isEmpty() || legId.isEmpty())
        return Error(QStringLiteral("no name or call_leg_id"));
    const QJsonValue metadata = o.value(QLatin1String("metadata"));
    if (!metadata.isObject())
        return Error(QStringLiteral("no metadata object"));
    QJsonObject raw = metadata.toObject();
    if (raw.value(QLatin1String("data")).isObject())
        raw = raw.value(QLatin1String("data")).toObject();
    Event e;
    if (isRawEvent(raw)) {
        e.type = text(raw, "event_type");
        const QJsonValue id = raw.value(QLatin1String("id"));
        e.id = id.isString() ? id.toString() : QString();
        e.occurredAt = parseTime(raw.value(QLatin1String("occurred_at")));
        e.payload = raw.value(QLatin1String("payload")).toObject();
    } else {
        e.payload = raw;
    }
    if (e.type.isEmpty())
        e.type = name;
    if (!e.type.startsWith(QLatin1String("call.")))
        return Error(QStringLiteral("not a call event (%1)").arg(e.type));
    if (!e.occurredAt.isValid())
        e.occurredAt = parseTime(o.value(QLatin1String("event_timestamp")));
    if (e.payload.isEmpty())
        return Error(QStringLiteral("no payload in the metadata"));
    if (text(e.payload, "call_leg_id").isEmpty())
        e.payload.insert(QStringLiteral("call_leg_id"), legId);
    if (text(e.payload, "call_session_id").isEmpty() && !sessionId.isEmpty())
        e.payload.insert(QStringLiteral("call_session_id"), sessionId);
    if (e.id.isEmpty())
        e.id = QStringLiteral("call_event:%1:%2:%3").arg(legId, e.type, timestamp);
    return e;
}

TelnyxCatchUp::TelnyxCatchUp(Session &session, TelnyxSender &sender, TelnyxWebhooks &webhooks)
    : m_session(session)
    , m_sender(sender)
    , m_webhooks(webhooks)
{
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, [this] { fetch(m_retryPage); });
    m_period.setSingleShot(true);
    connect(&m_period, &QTimer::timeout, this, &TelnyxCatchUp::run);
}

void TelnyxCatchUp::begin()
{
    stop();
    if (!m_sender.catchUpFrom().isValid())
        m_sender.setCatchUpFrom(m_session.now());
}

void TelnyxCatchUp::stop()
{
    ++m_generation;
    m_retry.stop();
    m_period.stop();
    m_busy = false;
}

void TelnyxCatchUp::run()
{
    if (m_busy || !m_session.running || !m_session.events)
        return;
    m_period.stop();
    m_busy = true;
    m_attempts = 0;
    m_backoff.reset();
    m_listingStartedAt = m_session.now();
    m_lastEventAt = QDateTime();
    const QDateTime oldest = m_listingStartedAt.addMSecs(-(kWindowMs - kWindowMarginMs));
    m_since = m_sender.catchUpFrom();
    if (!m_since.isValid() || m_since < oldest) {
        if (m_since.isValid())
            qCInfo(lcTelnyx).noquote() << "calls before" << oldest.toString(Qt::ISODate)
                                       << "are past Telnyx's 24 h of call events";
        m_since = oldest;
    }
    qCInfo(lcTelnyx).noquote() << "catching up on call events since"
                               << m_since.toString(Qt::ISODate);
    fetch(1);
}

void TelnyxCatchUp::fetch(int page)
{
    if (!m_busy || !m_session.running)
        return;
    const quint64 generation = m_generation;
    m_session.http->get(m_session.endpoints.callEvents(m_since, page, kPageSize),
                        [this, generation, page](const net::HttpResponse &response) {
                            if (generation == m_generation)
                                pageArrived(page, response);
                        });
}

void TelnyxCatchUp::pageArrived(int page, const net::HttpResponse &response)
{
    if (!m_busy || !m_session.running || !m_session.events)
        return;
    const QString what = Tr::tr("catching up on missed calls");
    if (!response.isSuccess()) {
        const Problem problem = m_session.problemOf(response, what);
        if (problem.transient() && ++m_attempts < kMaxAttempts) {
            const qint64 wait = m_backoff.next(m_session.retryAfterMs(response));
            qCInfo(lcTelnyx).noquote() << problem.detail << "- retrying in" << wait << "ms";
            m_retryPage = page;
            m_retry.start(int(wait));
            return;
        }
        finish(problem.detail);
        return;
    }
    const auto parsed = parseCallEventPage(response.body);
    if (!parsed) {
        finish(m_session.badAnswer(what, parsed.errorMessage()).detail);
        return;
    }
    m_attempts = 0;
    m_backoff.reset();
    for (const QJsonValue &item : parsed->items) {
        const auto event = eventFromCallEvent(item);
        if (!event) {
            qCWarning(lcTelnyx).noquote() << "skipped a call event:" << event.errorMessage();
            continue;
        }
        if (event->occurredAt.isValid())
            m_lastEventAt = event->occurredAt;
        m_webhooks.handleEvent(event.value());
        if (!m_busy || !m_session.running || !m_session.events)
            return; // stopped from inside the engine
    }
    const bool more = parsed->totalPages > 0 ? page < parsed->totalPages : !parsed->items.empty();
    if (more && page < kMaxPages) {
        fetch(page + 1);
        return;
    }
    if (more) {
        // The rest waits for the next listing, which starts at the last one read.
        qCWarning(lcTelnyx) << "more than" << kMaxPages << "pages of call events; the rest waits";
        if (m_lastEventAt.isValid())
            m_listingStartedAt = m_lastEventAt.addMSecs(kSlackMs);
    }
    finish(QString());
}

void TelnyxCatchUp::finish(const QString &problem)
{
    m_busy = false;
    if (problem.isEmpty()) {
        const QDateTime next = m_listingStartedAt.addMSecs(-kSlackMs);
        if (!m_sender.catchUpFrom().isValid() || next > m_sender.catchUpFrom())
            m_sender.setCatchUpFrom(next);
        qCInfo(lcTelnyx) << "caught up on call events";
    } else {
        qCWarning(lcTelnyx).noquote() << problem;
    }
    if (onProblem)
        onProblem(problem);
    if (m_session.running)
        m_period.start(kPeriodMs);
}

} // namespace ringback::telnyx
