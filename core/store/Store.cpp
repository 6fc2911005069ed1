#include "store/Store.h"

#include "store/OptOutLedger.h"
#include "store/SqlHelpers.h"

#include <QSqlError>
#include <QSqlQuery>

namespace ringback {

using sql::run;

Store::Store(Database &db)
    : m_db(db)
{}

Result<qint64>
Store::ensureConversation(const QString &contact, const QString &business, qint64 nowMs)
{
    QSqlQuery q(m_db.db());
    QString error;
    if (!run(q,
             QStringLiteral(
                 "SELECT id FROM conversations WHERE contact_number = ? AND business_number = ?"),
             {contact, business},
             &error))
        return Error(error);
    if (q.next())
        return q.value(0).toLongLong();
    QSqlQuery insert(m_db.db());
    if (!run(insert,
             QStringLiteral("INSERT INTO conversations (contact_number, business_number, "
                            "created_at, last_activity) VALUES (?, ?, ?, ?)"),
             {contact, business, nowMs, nowMs},
             &error))
        return Error(error);
    const qint64 id = insert.lastInsertId().toLongLong();
    // An opt-out of scope "all" recorded on another line applies here too.
    const Status ok = OptOutLedger(m_db).refresh(contact);
    if (!ok)
        return Error(ok.errorMessage());
    return id;
}

std::optional<Conversation> Store::conversation(qint64 id)
{
    QSqlQuery q(m_db.db());
    QString error;
    if (!run(q,
             QStringLiteral("SELECT %1 FROM conversations WHERE id = ?")
                 .arg(QLatin1String(sql::kConversationColumns)),
             {id},
             &error)
        || !q.next())
        return std::nullopt;
    return sql::readConversation(q);
}

Result<ConversationFacts> Store::facts(qint64 conversationId)
{
    ConversationFacts f;
    const auto conv = conversation(conversationId);
    if (!conv)
        return Error(QStringLiteral("no conversation %1").arg(conversationId));
    f.optOut = conv->optOut;
    f.optOutReason = conv->optOutReason;
    f.spam = conv->leadState == LeadState::Spam;
    QSqlQuery q(m_db.db());
    QString error;
    if (!run(q,
             QStringLiteral(
                 "SELECT "
                 "(SELECT max(at) FROM messages WHERE conversation_id = ? AND kind = 'auto' AND "
                 "status != 'failed'), "
                 "(SELECT max(at) FROM messages WHERE conversation_id = ? AND direction = 'in'), "
                 "(SELECT max(at) FROM messages WHERE conversation_id = ? AND kind = 'manual')"),
             {conversationId, conversationId, conversationId},
             &error))
        return Error(error);
    if (q.next()) {
        f.lastAutoTextMs = q.value(0).toLongLong();
        f.lastInboundMs = q.value(1).toLongLong();
        f.lastOfficeMessageMs = q.value(2).toLongLong();
    }
    return f;
}

Status Store::touchConversation(qint64 id, qint64 atMs, const QString &preview, int unreadDelta)
{
    return run(m_db.db(),
               QStringLiteral("UPDATE conversations SET last_activity = max(last_activity, ?), "
                              "preview = CASE WHEN ? >= last_activity THEN ? ELSE preview END, "
                              "unread_count = unread_count + ? WHERE id = ?"),
               {atMs, atMs, preview.left(200), unreadDelta, id});
}

Status Store::setLeadStateIf(qint64 id, LeadState from, LeadState to)
{
    return run(
        m_db.db(),
        QStringLiteral("UPDATE conversations SET lead_state = ? WHERE id = ? AND lead_state = ?"),
        {toString(to), id, toString(from)});
}

Status Store::markRead(qint64 id)
{
    return run(m_db.db(),
               QStringLiteral(
                   "UPDATE conversations SET unread_count = 0 WHERE id = ? AND unread_count != 0"),
               {id});
}

Status Store::setDisplayName(qint64 id, const QString &name)
{
    return run(m_db.db(),
               QStringLiteral("UPDATE conversations SET display_name = ? WHERE id = ?"),
               {name, id});
}

std::vector<qint64> Store::conversationsOf(const QString &contact)
{
    QSqlQuery q(m_db.db());
    QString error;
    std::vector<qint64> ids;
    if (run(q,
            QStringLiteral("SELECT id FROM conversations WHERE contact_number = ?"),
            {contact},
            &error)) {
        while (q.next())
            ids.push_back(q.value(0).toLongLong());
    }
    return ids;
}

Status Store::setUrgent(qint64 conversationId, const QString &reason)
{
    return run(
        m_db.db(),
        QStringLiteral("UPDATE conversations SET urgent = 1, urgency_reason = ? WHERE id = ?"),
        {reason, conversationId});
}

Result<bool> Store::hasCall(const QString &provider, const QString &providerId)
{
    QSqlQuery q(m_db.db());
    QString error;
    if (!run(q,
             QStringLiteral("SELECT 1 FROM calls WHERE provider = ? AND provider_id = ?"),
             {provider, providerId},
             &error))
        return Error(error);
    return q.next();
}

Result<qint64> Store::insertCall(const Call &call, qint64 receivedAtMs)
{
    QSqlQuery q(m_db.db());
    QString error;
    if (!run(q,
             QStringLiteral("INSERT INTO calls (conversation_id, provider, provider_id, "
                            "from_number, to_number, "
                            "started_at, ended_at, result, duration_s, decision, decision_code, "
                            "decision_reason, "
                            "received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
             {call.conversationId,
              call.provider,
              call.providerId,
              call.from,
              call.to,
              sql::toMs(call.startedAt),
              sql::toMs(call.endedAt),
              toString(call.result),
              call.durationSeconds,
              toString(call.decision),
              toString(call.decisionCode),
              call.decisionReason,
              receivedAtMs},
             &error))
        return Error(error);
    return q.lastInsertId().toLongLong();
}

Result<bool> Store::hasMessage(const QString &provider, const QString &providerId)
{
    QSqlQuery q(m_db.db());
    QString error;
    if (!run(q,
             QStringLiteral("SELECT 1 FROM messages WHERE provider = ? AND provider_id = ?"),
             {provider, providerId},
             &error))
        return Error(error);
    return q.next();
}

Result<qint64> Store::insertMessage(const Message &m)
{
    QSqlQuery q(m_db.db());
    QString error;
    const QVariant callId
        = m.callId ? QVariant(m.callId) : QVariant(QMetaType::fromType<qlonglong>());
    if (!run(q,
             QStringLiteral("INSERT INTO messages (conversation_id, call_id, provider, "
                            "provider_id, direction, kind, "
                            "body, media, status, error, at, urgent, urgency_reason) "
                            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
             {m.conversationId,
              callId,
              m.provider,
              sql::nullableText(m.providerId),
              toString(m.direction),
              toString(m.kind),
              m.body,
              sql::encodeMedia(m.media),
              toString(m.status),
              m.error,
              sql::toMs(m.at),
              m.urgent ? 1 : 0,
              m.urgencyReason},
             &error))
        return Error(error);
    return q.lastInsertId().toLongLong();
}

Status Store::enqueue(qint64 messageId, qint64 dueMs, bool quietOk)
{
    return run(m_db.db(),
               QStringLiteral("INSERT INTO outbox (message_id, state, next_attempt_at, quiet_ok) "
                              "VALUES (?, 'queued', ?, ?)"),
               {messageId, dueMs, quietOk ? 1 : 0});
}

Result<std::vector<OutboxItem>> Store::outbox(const QString &state, qint64 dueBeforeMs, int limit)
{
    QSqlQuery q(m_db.db());
    QString error;
    if (!run(q,
             QStringLiteral(
                 "SELECT o.message_id, o.state, o.attempts, o.next_attempt_at, o.first_attempt_at, "
                 "m.provider, c.business_number, c.contact_number, m.body, m.kind, c.opt_out, "
                 "o.quiet_ok "
                 "FROM outbox o JOIN messages m ON m.id = o.message_id "
                 "JOIN conversations c ON c.id = m.conversation_id "
                 "WHERE o.state = ? AND o.next_attempt_at <= ? "
                 "ORDER BY o.next_attempt_at, o.message_id LIMIT ?"),
             {state, dueBeforeMs, limit},
             &error))
        return Error(error);
    std::vector<OutboxItem> items;
    while (q.next()) {
        OutboxItem item;
        item.messageId = q.value(0).toLongLong();
        item.state = q.value(1).toString();
        item.attempts = q.value(2).toInt();
        item.nextAttemptMs = q.value(3).toLongLong();
        item.firstAttemptMs = q.value(4).toLongLong();
        item.provider = q.value(5).toString();
        item.from = q.value(6).toString();
        item.to = q.value(7).toString();
        item.body = q.value(8).toString();
        item.kind = messageKindFromString(q.value(9).toString()).value_or(MessageKind::Auto);
        item.optOut = optOutStateFromString(q.value(10).toString()).value_or(OptOutState::None);
        item.quietOk = q.value(11).toBool();
        items.push_back(item);
    }
    return items;
}

std::optional<qint64> Store::nextDueMs()
{
    QSqlQuery q(m_db.db());
    QString error;
    if (!run(q,
             QStringLiteral(
                 "SELECT min(next_attempt_at) FROM outbox WHERE state IN ('queued', 'unsure')"),
             {},
             &error)
        || !q.next() || q.value(0).isNull())
        return std::nullopt;
    return q.value(0).toLongLong();
}

Status Store::markSending(qint64 messageId, qint64 nowMs)
{
    Status s = run(
        m_db.db(),
        QStringLiteral("UPDATE outbox SET state = 'sending', attempts = attempts + 1, "
                       "first_attempt_at = coalesce(first_attempt_at, ?) WHERE message_id = ?"),
        {nowMs, messageId});
    if (!s)
        return s;
    return run(m_db.db(),
               QStringLiteral("UPDATE messages SET status = 'sending' WHERE id = ?"),
               {messageId});
}

Status Store::markAccepted(qint64 messageId, const QString &providerMessageId, MessageStatus status)
{
    Status s = run(
        m_db.db(),
        QStringLiteral("UPDATE messages SET provider_id = ?, status = ?, error = '' WHERE id = ?"),
        {sql::nullableText(providerMessageId), toString(status), messageId});
    if (!s)
        return s;
    return run(m_db.db(), QStringLiteral("DELETE FROM outbox WHERE message_id = ?"), {messageId});
}

Status Store::markFailed(qint64 messageId, const QString &error)
{
    Status s = run(m_db.db(),
                   QStringLiteral("UPDATE messages SET status = 'failed', error = ? WHERE id = ?"),
                   {error, messageId});
    if (!s)
        return s;
    return run(m_db.db(), QStringLiteral("DELETE FROM outbox WHERE message_id = ?"), {messageId});
}

Status Store::reschedule(qint64 messageId, qint64 dueMs, const QString &error)
{
    Status s = run(
        m_db.db(),
        QStringLiteral("UPDATE outbox SET state = 'queued', next_attempt_at = ?, last_error = ? "
                       "WHERE message_id = ?"),
        {dueMs, error, messageId});
    if (!s)
        return s;
    return run(m_db.db(),
               QStringLiteral("UPDATE messages SET status = 'queued', error = ? WHERE id = ?"),
               {error, messageId});
}

Status Store::markUnsure(qint64 messageId, qint64 dueMs, const QString &error)
{
    return run(
        m_db.db(),
        QStringLiteral("UPDATE outbox SET state = 'unsure', next_attempt_at = ?, last_error = ? "
                       "WHERE message_id = ?"),
        {dueMs, error, messageId});
}

Status Store::sendingToUnsure(qint64 nowMs)
{
    return run(
        m_db.db(),
        QStringLiteral(
            "UPDATE outbox SET state = 'unsure', next_attempt_at = ? WHERE state = 'sending'"),
        {nowMs});
}

std::optional<qint64> Store::conversationOfMessage(const QString &provider,
                                                   const QString &providerMessageId)
{
    QSqlQuery q(m_db.db());
    QString error;
    if (!run(q,
             QStringLiteral(
                 "SELECT conversation_id FROM messages WHERE provider = ? AND provider_id = ?"),
             {provider, providerMessageId},
             &error)
        || !q.next())
        return std::nullopt;
    return q.value(0).toLongLong();
}

Status Store::updateStatus(const QString &provider,
                           const QString &providerMessageId,
                           MessageStatus status,
                           const QString &error)
{
    return run(
        m_db.db(),
        QStringLiteral(
            "UPDATE messages SET status = ?, error = ? WHERE provider = ? AND provider_id = ?"),
        {toString(status), error, provider, providerMessageId});
}

Result<int>
Store::cancelPendingAutoTexts(qint64 conversationId, DecisionCode code, const QString &reason)
{
    QSqlQuery q(m_db.db());
    QString error;
    if (!run(q,
             QStringLiteral(
                 "SELECT m.id, m.call_id FROM messages m JOIN outbox o ON o.message_id = m.id "
                 "WHERE m.conversation_id = ? AND m.kind = 'auto' AND m.status = 'queued' "
                 "AND o.state = 'queued'"),
             {conversationId},
             &error))
        return Error(error);
    std::vector<std::pair<qint64, qint64>> pending;
    while (q.next())
        pending.emplace_back(q.value(0).toLongLong(), q.value(1).toLongLong());
    q.finish();
    for (const auto &[messageId, callId] : pending) {
        Status s = run(
            m_db.db(), QStringLiteral("DELETE FROM outbox WHERE message_id = ?"), {messageId});
        if (s)
            s = run(m_db.db(), QStringLiteral("DELETE FROM messages WHERE id = ?"), {messageId});
        if (s && callId)
            s = run(
                m_db.db(),
                QStringLiteral(
                    "UPDATE calls SET decision = 'held', decision_code = ?, decision_reason = ? "
                    "WHERE id = ?"),
                {toString(code), reason, callId});
        if (!s)
            return Error(s.errorMessage());
    }
    return int(pending.size());
}

Result<bool> Store::isListed(const QString &number, const QString &list)
{
    QSqlQuery q(m_db.db());
    QString error;
    if (!run(q,
             QStringLiteral("SELECT 1 FROM number_lists WHERE number = ? AND list = ?"),
             {number, list},
             &error))
        return Error(error);
    return q.next();
}

Status Store::setListed(
    const QString &number, const QString &list, bool listed, const QString &note, qint64 nowMs)
{
    if (!listed)
        return run(m_db.db(),
                   QStringLiteral("DELETE FROM number_lists WHERE number = ? AND list = ?"),
                   {number, list});
    return run(m_db.db(),
               QStringLiteral(
                   "INSERT INTO number_lists (number, list, note, added_at) VALUES (?, ?, ?, ?) "
                   "ON CONFLICT (number, list) DO UPDATE SET note = excluded.note"),
               {number, list, note, nowMs});
}

QString Store::cursor(const QString &provider)
{
    QSqlQuery q(m_db.db());
    QString error;
    if (!run(q,
             QStringLiteral("SELECT cursor FROM provider_cursors WHERE provider = ?"),
             {provider},
             &error)
        || !q.next())
        return {};
    return q.value(0).toString();
}

Status Store::setCursor(const QString &provider, const QString &cursor, qint64 nowMs)
{
    return run(m_db.db(),
               QStringLiteral(
                   "INSERT INTO provider_cursors (provider, cursor, updated_at) VALUES (?, ?, ?) "
                   "ON CONFLICT (provider) DO UPDATE SET cursor = excluded.cursor, "
                   "updated_at = excluded.updated_at"),
               {provider, cursor, nowMs});
}

} // namespace ringback
