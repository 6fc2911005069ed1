#include "engine/LineTypeGate.h"

#include "engine/EngineConfig.h"
#include "engine/Outbox.h"
#include "store/Database.h"

#include <QLoggingCategory>
#include <QMetaObject>

namespace ringback {

Q_DECLARE_LOGGING_CATEGORY(lcEngine)

namespace {

constexpr qint64 kLineTypeMemoryMs = 90LL * 24 * 3600 * 1000;

// Types that cannot receive a text (Twilio Lookup v2's line_type_intelligence
// "type" values): held. The rest (mobile, nonFixedVoip, personal, unknown,
// anything new) are texted.
bool isHeldLineType(const QString &type)
{
    static const QStringList held{QStringLiteral("landline"),
                                  QStringLiteral("tollFree"),
                                  QStringLiteral("fixedVoip"),
                                  QStringLiteral("premium"),
                                  QStringLiteral("sharedCost"),
                                  QStringLiteral("uan"),
                                  QStringLiteral("voicemail"),
                                  QStringLiteral("pager")};
    return held.contains(type);
}

} // namespace

LineTypeGate::LineTypeGate(Database &db,
                           Provider &provider,
                           const EngineConfig &config,
                           Clock &clock,
                           OutboxHooks &hooks,
                           Outbox &outbox)
    : m_db(db)
    , m_store(db)
    , m_provider(provider)
    , m_config(config)
    , m_clock(clock)
    , m_hooks(hooks)
    , m_outbox(outbox)
{}

LineTypeGate::~LineTypeGate() = default;

void LineTypeGate::changedLater(const QString &number)
{
    // After the send's transaction: the office sees the committed state.
    std::weak_ptr<int> alive = m_alive;
    QMetaObject::invokeMethod(
        QCoreApplication::instance(),
        [this, alive, number] {
            if (alive.lock())
                m_hooks.contactUpdated(number);
        },
        Qt::QueuedConnection);
}

std::optional<qint64> LineTypeGate::deferral(const OutboxItem &item)
{
    // Only the first attempt of an automatic text; a failed or unavailable
    // lookup lets its messages go as usual.
    if (!m_config.rules.lineTypeLookup || item.kind != MessageKind::Auto || item.attempts > 0
        || m_settled.value(item.messageId) == item.to)
        return std::nullopt;
    const qint64 now = m_clock.nowMs();
    const QString &number = item.to;
    if (const auto wait = m_waits.find(number); wait != m_waits.end()) {
        wait->second.messageIds.insert(item.messageId);
        return now + m_timeoutMs;
    }
    const auto known = m_store.listEntry(number, Store::kLineTypeList);
    if (!known) {
        m_hooks.report(QT_TR_NOOP("read a number's line type"), Error(known.errorMessage()));
        return std::nullopt;
    }
    if (const auto &entry = known.value()) {
        if (entry->note == Store::kTextableByOffice)
            return std::nullopt;
        if (now - entry->addedAtMs < kLineTypeMemoryMs) {
            if (!isHeldLineType(entry->note))
                return std::nullopt;
            m_hooks.report(QT_TR_NOOP("hold a text to a landline"), hold(number, entry->note));
            changedLater(number);
            return now; // withdrawn, or left to the outbox if that failed
        }
    }
    const auto texted = m_store.autoTextLeft(number);
    if (!texted || texted.value())
        return std::nullopt; // not a new number
    startLookup(number, item.messageId);
    if (m_waits.count(number))
        return now + m_timeoutMs;
    return now; // answered at once: released (settled) or withdrawn
}

void LineTypeGate::startLookup(const QString &number, qint64 messageId)
{
    qCInfo(lcEngine).noquote() << "looking up the line type of" << number;
    auto answeredAtOnce = std::make_shared<std::optional<LineTypeLookup>>();
    auto returned = std::make_shared<bool>(false);
    std::weak_ptr<int> alive = m_alive;
    m_provider.lookupLineType(
        number, [this, alive, number, answeredAtOnce, returned](const LineTypeLookup &answer) {
            if (!*returned)
                *answeredAtOnce = answer;
            else if (alive.lock())
                answered(number, answer);
        });
    *returned = true;
    if (answeredAtOnce->has_value()) {
        // Still inside the send's transaction: its commit keeps this.
        m_hooks.report(QT_TR_NOOP("record a line-type lookup"),
                       apply(number, {messageId}, **answeredAtOnce));
        changedLater(number);
        return;
    }
    Wait &wait = m_waits[number];
    wait.messageIds.insert(messageId);
    wait.timer = std::make_unique<QTimer>();
    wait.timer->setSingleShot(true);
    QObject::connect(wait.timer.get(), &QTimer::timeout, [this, number] {
        LineTypeLookup late;
        late.outcome = LineTypeLookup::Outcome::Failed;
        late.detail = tr("no answer within %n second(s)", nullptr, (m_timeoutMs + 999) / 1000);
        answered(number, late);
    });
    wait.timer->start(m_timeoutMs);
}

void LineTypeGate::answered(const QString &number, const LineTypeLookup &answer)
{
    QSet<qint64> waiting;
    if (const auto wait = m_waits.find(number); wait != m_waits.end()) {
        waiting = wait->second.messageIds;
        wait->second.timer->stop();
        // Answered from the timer's own timeout: delete it after it returns.
        wait->second.timer.release()->deleteLater();
        m_waits.erase(wait);
    } else if (answer.outcome != LineTypeLookup::Outcome::Found) {
        return; // late, after the time limit: the text went already
    }
    Transaction tx(m_db);
    // A late answer is only remembered: the text it was for went already.
    Status ok = waiting.isEmpty() ? m_store.rememberLineType(number, answer.type, m_clock.nowMs())
                                  : apply(number, waiting, answer);
    if (ok)
        ok = tx.commit();
    m_hooks.report(QT_TR_NOOP("record a line-type lookup"), ok);
    if (!ok)
        for (const qint64 id : std::as_const(waiting))
            m_settled.insert(id, number); // the lookup is not worth a lost text
    m_hooks.contactUpdated(number);
    m_outbox.process();
}

Status LineTypeGate::apply(const QString &number,
                           const QSet<qint64> &messageIds,
                           const LineTypeLookup &answer)
{
    const qint64 now = m_clock.nowMs();
    Status ok;
    QString note;
    switch (answer.outcome) {
    case LineTypeLookup::Outcome::Found:
        qCInfo(lcEngine).noquote() << "line type of" << number << "is" << answer.type;
        ok = m_store.rememberLineType(number, answer.type, now);
        if (ok && isHeldLineType(answer.type))
            return hold(number, answer.type);
        break;
    case LineTypeLookup::Outcome::Failed:
        qCInfo(lcEngine).noquote() << "line-type lookup of" << number << "failed:" << answer.detail;
        note = QLatin1String("; ")
               + tr("line-type lookup failed (%1): texted as usual")
                     .arg(answer.detail.isEmpty() ? tr("no details") : answer.detail.left(120));
        break;
    case LineTypeLookup::Outcome::NotSupported:
        note = QLatin1String("; ") + tr("line-type lookup not available with this provider");
        break;
    }
    for (const qint64 id : messageIds) {
        m_settled.insert(id, number);
        if (ok && !note.isEmpty())
            ok = m_store.appendCallReason(id, note);
        if (ok)
            ok = m_store.deferUntil(id, now); // due now: the gate lets it pass
    }
    return ok;
}

Status LineTypeGate::hold(const QString &number, const QString &type)
{
    QString words;
    if (type == QLatin1String("landline"))
        words = tr("landline");
    else if (type == QLatin1String("tollFree"))
        words = tr("toll-free number");
    else if (type == QLatin1String("fixedVoip"))
        words = tr("fixed VoIP line");
    else if (type == QLatin1String("voicemail"))
        words = tr("voicemail-only number");
    else if (type == QLatin1String("pager"))
        words = tr("pager");
    else
        //: %1 is the provider's line type, e.g. "premium" or "sharedCost".
        words = tr("%1 number").arg(type);
    const DecisionCode code
        = type == QLatin1String("landline") ? DecisionCode::Landline : DecisionCode::NotMobile;
    //: %1: "landline", "toll-free number", "fixed VoIP line", ...
    const QString reason
        = tr("line-type lookup says %1: can't receive texts, call back instead").arg(words);
    // The same memory as a send that failed as "can't receive texts": later
    // calls are held at once, and the office can lift it.
    Status ok = m_store.setListed(number, Store::kUndeliverableList, true, words, m_clock.nowMs());
    for (const qint64 id : m_store.conversationsOf(number)) {
        if (!ok)
            break;
        const auto canceled = m_store.cancelPendingAutoTexts(id, code, reason);
        ok = canceled ? Status() : Status(Error(canceled.errorMessage()));
    }
    return ok;
}

} // namespace ringback
