// The optional line-type lookup before the first automatic text to a new
// number (README, "Who gets a text, and why"; Twilio Lookup v2, PROVIDERS.md
// 2.6a). Off by default: the provider bills each lookup.
//
// Where it sits: the call, its decision ("texted") and the automatic text's
// outbox row are written in one transaction, as for any call (Engine.h). The
// lookup gates that row just before it would be marked "sending"
// (quietDeferral, inside the send's transaction): the row waits "queued" for
// the answer, at most m_lineTypeTimeoutMs. The answer and what it means are
// written in one transaction: the number's line type is remembered (90 days)
// and the waiting rows are either released (mobile, unknown, ...) or
// withdrawn, their calls becoming "held" with code "landline" or
// "not_mobile" and the number marked "can't receive texts". A lookup that
// fails or times out releases the rows; the call's reason says so.
//
// Crash windows: a crash while the lookup is out leaves the row "queued";
// after the restart the gate asks again (one more lookup, never a second
// text: the row is still the call's only automatic text, and the unique
// index allows no other). A crash after the answer but before its
// transaction commits is the same case. Once released, the row takes the
// usual send path (marked "sending" and committed before the provider sees
// it), so "at most one automatic text per missed call" is unchanged.

#include "engine/Engine.h"

#include <QLoggingCategory>
#include <QPointer>

#include <memory>

namespace ringback {

Q_DECLARE_LOGGING_CATEGORY(lcEngine)

namespace {

constexpr qint64 kLineTypeMemoryMs = 90LL * 24 * 3600 * 1000;

// Types that cannot receive a text (PROVIDERS.md 2.6a): held. The rest
// (mobile, nonFixedVoip, personal, unknown, anything new) are texted.
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

std::optional<qint64> Engine::lineTypeDeferral(const OutboxItem &item)
{
    // Only the first attempt of an automatic text; a failed or unavailable
    // lookup lets its messages go as usual.
    if (!m_config.rules.lineTypeLookup || item.kind != MessageKind::Auto || item.attempts > 0
        || m_lineTypeSettled.value(item.messageId) == item.to)
        return std::nullopt;
    const qint64 now = m_clock.nowMs();
    const QString &number = item.to;
    if (const auto wait = m_lineTypeWaits.find(number); wait != m_lineTypeWaits.end()) {
        wait->messageIds.insert(item.messageId);
        return now + m_lineTypeTimeoutMs;
    }
    const auto known = m_store.listEntry(number, Store::kLineTypeList);
    if (!known) {
        report(QT_TR_NOOP("read a number's line type"), Error(known.errorMessage()));
        return std::nullopt;
    }
    if (const auto &entry = known.value()) {
        if (entry->note == Store::kTextableByOffice)
            return std::nullopt;
        if (now - entry->addedAtMs < kLineTypeMemoryMs) {
            if (!isHeldLineType(entry->note))
                return std::nullopt;
            report(QT_TR_NOOP("hold a text to a landline"), holdForLineType(number, entry->note));
            QMetaObject::invokeMethod(
                this, [this, number] { emitContactChanged(number); }, Qt::QueuedConnection);
            return now; // withdrawn, or left to the outbox if that failed
        }
    }
    const auto texted = m_store.autoTextLeft(number);
    if (!texted || texted.value())
        return std::nullopt; // not a new number
    startLineTypeLookup(number, item.messageId);
    if (m_lineTypeWaits.contains(number))
        return now + m_lineTypeTimeoutMs;
    return now; // answered at once: released (settled) or withdrawn
}

void Engine::startLineTypeLookup(const QString &number, qint64 messageId)
{
    qCInfo(lcEngine).noquote() << "looking up the line type of" << number;
    auto answeredAtOnce = std::make_shared<std::optional<LineTypeLookup>>();
    auto returned = std::make_shared<bool>(false);
    QPointer<Engine> self(this);
    m_provider.lookupLineType(
        number, [self, number, answeredAtOnce, returned](const LineTypeLookup &answer) {
            if (!*returned)
                *answeredAtOnce = answer;
            else if (self)
                self->lineTypeAnswered(number, answer);
        });
    *returned = true;
    if (answeredAtOnce->has_value()) {
        // Still inside the send's transaction: its commit keeps this.
        report(QT_TR_NOOP("record a line-type lookup"),
               applyLineType(number, {messageId}, **answeredAtOnce));
        QMetaObject::invokeMethod(
            this, [this, number] { emitContactChanged(number); }, Qt::QueuedConnection);
        return;
    }
    LineTypeWait &wait = m_lineTypeWaits[number];
    wait.messageIds.insert(messageId);
    wait.timer = new QTimer(this);
    wait.timer->setSingleShot(true);
    connect(wait.timer, &QTimer::timeout, this, [this, number] {
        LineTypeLookup late;
        late.outcome = LineTypeLookup::Outcome::Failed;
        late.detail
            = tr("no answer within %n second(s)", nullptr, (m_lineTypeTimeoutMs + 999) / 1000);
        lineTypeAnswered(number, late);
    });
    wait.timer->start(m_lineTypeTimeoutMs);
}

void Engine::lineTypeAnswered(const QString &number, const LineTypeLookup &answer)
{
    QSet<qint64> waiting;
    if (const auto wait = m_lineTypeWaits.find(number); wait != m_lineTypeWaits.end()) {
        waiting = wait->messageIds;
        wait->timer->stop();
        wait->timer->deleteLater();
        m_lineTypeWaits.erase(wait);
    } else if (answer.outcome != LineTypeLookup::Outcome::Found) {
        return; // late, after the time limit: the text went already
    }
    Transaction tx(m_db);
    // A late answer is only remembered: the text it was for went already.
    Status ok = waiting.isEmpty() ? m_store.rememberLineType(number, answer.type, m_clock.nowMs())
                                  : applyLineType(number, waiting, answer);
    if (ok)
        ok = tx.commit();
    report(QT_TR_NOOP("record a line-type lookup"), ok);
    if (!ok)
        for (const qint64 id : std::as_const(waiting))
            m_lineTypeSettled.insert(id, number); // the lookup is not worth a lost text
    emitContactChanged(number);
    processOutbox();
}

Status Engine::applyLineType(const QString &number,
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
            return holdForLineType(number, answer.type);
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
        m_lineTypeSettled.insert(id, number);
        if (ok && !note.isEmpty())
            ok = m_store.appendCallReason(id, note);
        if (ok)
            ok = m_store.deferUntil(id, now); // due now: the gate lets it pass
    }
    return ok;
}

Status Engine::holdForLineType(const QString &number, const QString &type)
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
    const QString code = type == QLatin1String("landline") ? QStringLiteral("landline")
                                                           : QStringLiteral("not_mobile");
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
