#include "RingCentralSync.h"

#include "RingCentralAuth.h"

#include <QJsonArray>

#include <algorithm>

namespace ringback::ringcentral {

namespace {

constexpr qint64 kDefaultCallSpacingMs = 6000;    // Heavy: 10 requests a minute
constexpr qint64 kDefaultMessageSpacingMs = 1200; // Light: 50 a minute
constexpr qint64 kAfterCallEndMs = 1000;          // the call log lags the event a little
constexpr qint64 kSafetyTickMs = 30000;
constexpr qint64 kSafetyStreamingMs = 5 * 60 * 1000;
constexpr qint64 kSafetyPollingMs = 60 * 1000;
constexpr qint64 kTrackedPollMs = 15000;
constexpr qint64 kTrackForMs = 48LL * 3600 * 1000;
constexpr qint64 kFirstSyncSlackMs = 10 * 60 * 1000;
constexpr qint64 kResyncSlackMs = 60 * 60 * 1000;
constexpr qint64 kMaxSyncBackMs = 29LL * 24 * 3600 * 1000;
constexpr int kExpectedAttempts = 4;
constexpr int kMaxSessionsSeen = 500;

} // namespace

Sync::Sync(Session &session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
    for (int k : {Calls, Messages}) {
        m_channels[k].timer = std::make_unique<provider::ClockTimer>(session);
        connect(m_channels[k].timer.get(), &provider::ClockTimer::timeout, this, [this, k] {
            run(Kind(k));
        });
    }
    m_channels[Calls].spacingMs = kDefaultCallSpacingMs;
    m_channels[Messages].spacingMs = kDefaultMessageSpacingMs;
    connect(&m_safety, &provider::ClockTimer::timeout, this, &Sync::safetyCheck);
}

void Sync::start()
{
    for (Channel &c : m_channels) {
        c.busy = c.again = c.hadProblem = false;
        c.lastRunMs = c.notBeforeMs = c.dueMs = 0;
        c.backoff.reset();
    }
    m_expected.clear();
    m_safety.start(kSafetyTickMs);
}

void Sync::stop()
{
    m_safety.stop();
    for (Channel &c : m_channels) {
        c.timer->stop();
        c.busy = false;
    }
}

void Sync::syncAll()
{
    schedule(Calls, 0);
    schedule(Messages, 0);
}

void Sync::syncMessagesSoon()
{
    schedule(Messages, 2000);
}

void Sync::schedule(Kind kind, qint64 delayMs)
{
    Channel &c = m_channels[kind];
    if (!m_session.running)
        return;
    if (c.busy) {
        c.again = true;
        return;
    }
    const qint64 now = m_session.nowMs();
    const qint64 due = std::max({now + delayMs, c.lastRunMs + c.spacingMs, c.notBeforeMs});
    if (c.timer->isActive() && c.dueMs <= due)
        return;
    c.dueMs = due;
    c.timer->start(due - now);
}

net::Fields Sync::query(Kind kind) const
{
    const SyncPosition &p = kind == Calls ? m_session.cursor.calls : m_session.cursor.messages;
    if (!p.token.isEmpty())
        return {{QStringLiteral("syncType"), QStringLiteral("ISync")},
                {QStringLiteral("syncToken"), p.token}};
    const qint64 now = m_session.nowMs();
    const qint64 from = std::max(p.syncTimeMs > 0 ? p.syncTimeMs - kResyncSlackMs
                                                  : m_session.cursor.sinceMs - kFirstSyncSlackMs,
                                 now - kMaxSyncBackMs);
    net::Fields q{{QStringLiteral("syncType"), QStringLiteral("FSync")}};
    if (kind == Calls)
        q.append({QStringLiteral("statusGroup"), QStringLiteral("Missed")});
    else
        q.append({QStringLiteral("messageType"), QStringLiteral("SMS")});
    q.append({QStringLiteral("recordCount"), QStringLiteral("250")});
    q.append({QStringLiteral("dateFrom"), isoTime(QDateTime::fromMSecsSinceEpoch(from, Qt::UTC))});
    return q;
}

void Sync::run(Kind kind)
{
    Channel &c = m_channels[kind];
    if (!m_session.running || c.busy)
        return;
    c.busy = true;
    c.again = false;
    c.lastRunMs = m_session.nowMs();
    const bool incremental
        = !(kind == Calls ? m_session.cursor.calls : m_session.cursor.messages).token.isEmpty();
    const QUrl url = kind == Calls ? m_session.endpoints.callLogSync(query(kind))
                                   : m_session.endpoints.messageSync(query(kind));
    const QString what = kind == Calls ? tr("syncing the call log") : tr("syncing texts");
    m_session.auth->call(
        [url](net::HttpClient &http, net::HttpClient::Callback cb) {
            http.get(url, std::move(cb));
        },
        [this, kind, incremental, what](const net::HttpResponse &r,
                                        const std::optional<Problem> &problem) {
            if (!m_session.running || !m_channels[kind].busy)
                return;
            if (problem)
                return finished(kind, problem);
            if (const qint64 spacing = Session::spacingOf(r))
                m_channels[kind].spacingMs = spacing;
            SyncPosition &position
                = kind == Calls ? m_session.cursor.calls : m_session.cursor.messages;
            if (incremental && r.failure == net::HttpResponse::Failure::None && r.status == 400) {
                // The token is too old, or too much changed: a full sync instead.
                qCInfo(lcRingCentral) << "sync token refused; full sync" << r.body.left(200);
                position.token.clear();
                m_channels[kind].busy = false;
                run(kind);
                return;
            }
            if (!r.isSuccess())
                return finished(kind, m_session.problemOf(r, what));
            // Takes the page in and moves the position on; false when unreadable.
            const auto take = [&](const auto &page, auto takeIn) {
                if (!page) {
                    finished(kind, m_session.badAnswer(what, page.errorMessage()));
                    return false;
                }
                (this->*takeIn)(page.value());
                position.token = page->syncToken;
                position.syncTimeMs = page->syncTime.isValid() ? page->syncTime.toMSecsSinceEpoch()
                                                               : m_session.nowMs();
                return true;
            };
            if (!(kind == Calls ? take(parseCallSync(r.body), &Sync::takeCalls)
                                : take(parseMessageSync(r.body), &Sync::takeMessages)))
                return;
            m_session.saveCursor();
            finished(kind, std::nullopt);
        });
}

void Sync::finished(Kind kind, const std::optional<Problem> &problem)
{
    Channel &c = m_channels[kind];
    c.busy = false;
    if (problem) {
        const qint64 wait = c.backoff.next(problem->retryAfterMs);
        c.notBeforeMs = m_session.nowMs() + wait;
        c.hadProblem = true;
        qCWarning(lcRingCentral).noquote() << problem->detail << "- next try in" << wait << "ms";
        m_session.setState(problem->state(), problem->detail);
        schedule(kind, wait);
        return;
    }
    c.backoff.reset();
    c.notBeforeMs = 0;
    if (c.hadProblem) {
        c.hadProblem = false;
        m_session.setHealthy();
    }
    if (kind == Calls)
        checkExpected();
    if (kind == Messages && !m_session.cursor.tracked.empty())
        schedule(Messages, kTrackedPollMs);
    if (c.again)
        schedule(kind, 0);
}

void Sync::takeCalls(const SyncPage<CallRecord> &page)
{
    std::vector<CallRecord> records = page.records;
    std::stable_sort(records.begin(), records.end(), [](const CallRecord &a, const CallRecord &b) {
        return a.startTime < b.startTime;
    });
    Cursor &cursor = m_session.cursor;
    for (const CallRecord &c : records) {
        if (!c.telephonySessionId.isEmpty() && !m_sessionsSeen.contains(c.telephonySessionId)) {
            m_sessionsSeen << c.telephonySessionId;
            while (m_sessionsSeen.size() > kMaxSessionsSeen)
                m_sessionsSeen.removeFirst();
        }
        if (!isMissed(c) || c.id.isEmpty() || cursor.seenCalls.contains(c.id))
            continue;
        const QDateTime ended = c.startTime.addSecs(c.durationS);
        Cursor::remember(cursor.seenCalls, c.id);
        if (!c.startTime.isValid() || ended.toMSecsSinceEpoch() < cursor.sinceMs)
            continue; // before Ringback first started
        const ProviderCall call = toProviderCall(c, m_session.settings.phoneNumber);
        qCInfo(lcRingCentral).noquote() << "missed call" << call.providerId << c.result;
        if (m_session.events)
            m_session.events->callEnded(call);
    }
}

void Sync::takeMessages(const SyncPage<MessageRecord> &page)
{
    Cursor &cursor = m_session.cursor;
    const qint64 now = m_session.nowMs();
    cursor.tracked.erase(
        std::remove_if(cursor.tracked.begin(),
                       cursor.tracked.end(),
                       [now](const Tracked &t) { return now - t.sinceMs > kTrackForMs; }),
        cursor.tracked.end());
    for (const MessageRecord &m : page.records) {
        if (m.direction == QLatin1String("Inbound")) {
            reportMessage(m);
            continue;
        }
        if (!cursor.isTracked(m.id) || !isFinalMessageStatus(m.messageStatus))
            continue;
        StatusUpdate update;
        update.providerMessageId = m.id;
        update.status = mapMessageStatus(m.messageStatus);
        if (update.status == MessageStatus::Failed) {
            update.error = mapErrorCode(m.deliveryErrorCode);
            update.errorDetail
                = QStringLiteral("RingCentral %1: %2")
                      .arg(m.deliveryErrorCode.isEmpty() ? m.messageStatus : m.deliveryErrorCode,
                           m.messageStatus);
        }
        cursor.untrack(m.id);
        if (m_session.events)
            m_session.events->statusChanged(update);
    }
}

void Sync::reportMessage(const MessageRecord &m)
{
    Cursor &cursor = m_session.cursor;
    if (m.type != QLatin1String("SMS") || m.direction != QLatin1String("Inbound") || m.id.isEmpty()
        || cursor.seenMessages.contains(m.id))
        return;
    const bool ours = std::any_of(m.to.begin(), m.to.end(), [this](const QString &to) {
        return sameNumber(to, m_session.settings.phoneNumber);
    });
    Cursor::remember(cursor.seenMessages, m.id);
    if (!ours || (m.creationTime.isValid() && m.creationTime.toMSecsSinceEpoch() < cursor.sinceMs))
        return;
    ProviderMessage message = toProviderMessage(m);
    message.to = m_session.settings.phoneNumber;
    qCInfo(lcRingCentral).noquote() << "text" << message.providerId;
    if (m_session.events)
        m_session.events->messageReceived(message);
}

void Sync::onNotification(const QJsonObject &envelope)
{
    const QString event = envelope.value(QLatin1String("event")).toString();
    const QJsonObject body = envelope.value(QLatin1String("body")).toObject();
    if (event.contains(QLatin1String("/message-store/instant"))) {
        reportMessage(messageFrom(body));
        m_session.saveCursor();
    } else if (event.contains(QLatin1String("/telephony/sessions"))) {
        followTelephony(body);
    } else {
        qCInfo(lcRingCentral) << "ignored a notification for" << event;
    }
}

void Sync::followTelephony(const QJsonObject &body)
{
    const QString session = body.value(QLatin1String("telephonySessionId")).toString();
    bool ended = false;
    for (const QJsonValue &v : body.value(QLatin1String("parties")).toArray()) {
        const QJsonObject party = v.toObject();
        if (party.value(QLatin1String("direction")).toString() != QLatin1String("Inbound"))
            continue;
        const QString code = party.value(QLatin1String("status"))
                                 .toObject()
                                 .value(QLatin1String("code"))
                                 .toString();
        if (code != QLatin1String("Disconnected") && code != QLatin1String("Gone")
            && code != QLatin1String("VoiceMail"))
            continue;
        ended = true;
        if ((party.value(QLatin1String("missedCall")).toBool()
             || code == QLatin1String("VoiceMail"))
            && !session.isEmpty() && !m_sessionsSeen.contains(session))
            m_expected.insert(session, m_expected.value(session, 0));
    }
    if (ended)
        schedule(Calls, kAfterCallEndMs);
}

void Sync::checkExpected()
{
    qint64 retryIn = 0;
    for (auto it = m_expected.begin(); it != m_expected.end();) {
        if (m_sessionsSeen.contains(it.key()) || ++it.value() >= kExpectedAttempts) {
            it = m_expected.erase(it);
            continue;
        }
        const qint64 wait = 2000LL << it.value(); // 4 s, 8 s, 16 s
        retryIn = retryIn ? std::min(retryIn, wait) : wait;
        ++it;
    }
    if (retryIn)
        schedule(Calls, retryIn);
}

void Sync::safetyCheck()
{
    m_safety.start(kSafetyTickMs);
    const qint64 now = m_session.nowMs();
    const qint64 every = m_session.streaming ? kSafetyStreamingMs : kSafetyPollingMs;
    for (int k : {Calls, Messages}) {
        if (now - m_channels[k].lastRunMs >= every)
            schedule(Kind(k), 0);
    }
}

} // namespace ringback::ringcentral
