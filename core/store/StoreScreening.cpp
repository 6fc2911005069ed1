// The store's side of screening: number lists with their notes, what the spam
// and first-contact rules need to know about a number, marking as spam and
// undoing it, the line-type lookup's memory, and quiet-hours deferral of
// outbox rows.

#include "store/SqlHelpers.h"
#include "store/Store.h"

#include <QSqlQuery>

namespace ringback {

using sql::run;

Result<std::optional<ListEntry>> Store::listEntry(const QString &number, const QString &list)
{
    QSqlQuery q(m_db.db());
    QString error;
    if (!run(
            q,
            QStringLiteral("SELECT note, added_at FROM number_lists WHERE number = ? AND list = ?"),
            {number, list},
            &error))
        return Error(error);
    if (!q.next())
        return std::optional<ListEntry>();
    return std::optional<ListEntry>(ListEntry{q.value(0).toString(), q.value(1).toLongLong()});
}

Result<std::vector<Store::ListedNumber>> Store::listed(const QString &list)
{
    QSqlQuery q(m_db.db());
    QString error;
    if (!run(q,
             QStringLiteral("SELECT number, note, added_at FROM number_lists WHERE list = ? "
                            "ORDER BY number"),
             {list},
             &error))
        return Error(error);
    std::vector<ListedNumber> out;
    while (q.next())
        out.push_back({q.value(0).toString(), {q.value(1).toString(), q.value(2).toLongLong()}});
    return out;
}

Result<NumberFacts> Store::numberFacts(const QString &contact, qint64 callsSinceMs)
{
    // Each sub-query walks the number's conversations (conversations_by_contact)
    // and their rows by conversation (calls_by_conversation, messages_by_conversation).
    const QString ofNumber = QStringLiteral(
        "conversation_id IN (SELECT id FROM conversations WHERE contact_number = ?)");
    QSqlQuery q(m_db.db());
    QString error;
    if (!run(q,
             QStringLiteral("SELECT (SELECT count(*) FROM calls WHERE %1 AND started_at >= ?), "
                            "EXISTS (SELECT 1 FROM messages WHERE %1 AND direction = 'in'), "
                            "EXISTS (SELECT 1 FROM messages WHERE %1 AND kind = 'auto' AND "
                            "status != 'failed')")
                 .arg(ofNumber),
             {contact, callsSinceMs, contact, contact},
             &error))
        return Error(error);
    NumberFacts f;
    if (q.next()) {
        f.callsSince = q.value(0).toInt();
        f.everReplied = q.value(1).toBool();
        f.autoTexted = q.value(2).toBool();
    }
    return f;
}

Status Store::markSpam(const QString &contact, qint64 nowMs)
{
    Status s = run(m_db.db(),
                   QStringLiteral("UPDATE conversations SET lead_state_before_spam = lead_state, "
                                  "lead_state = 'spam', unread_count = 0 "
                                  "WHERE contact_number = ? AND lead_state != 'spam'"),
                   {contact});
    // A number the office had blocked already keeps its own block and note.
    if (s)
        s = run(m_db.db(),
                QStringLiteral("INSERT INTO number_lists (number, list, note, added_at) "
                               "VALUES (?, ?, ?, ?) ON CONFLICT (number, list) DO NOTHING"),
                {contact, kBlockList, kSpamNote, nowMs});
    return s;
}

Status Store::unmarkSpam(const QString &contact)
{
    Status s = run(m_db.db(),
                   QStringLiteral("UPDATE conversations SET lead_state = "
                                  "coalesce(lead_state_before_spam, 'new'), "
                                  "lead_state_before_spam = NULL "
                                  "WHERE contact_number = ? AND lead_state = 'spam'"),
                   {contact});
    if (s)
        s = run(
            m_db.db(),
            QStringLiteral("DELETE FROM number_lists WHERE number = ? AND list = ? AND note = ?"),
            {contact, kBlockList, kSpamNote});
    return s;
}

Status Store::rememberLineType(const QString &number, const QString &type, qint64 nowMs)
{
    // Unlike setListed, a new answer restarts the entry's age.
    return run(m_db.db(),
               QStringLiteral("INSERT INTO number_lists (number, list, note, added_at) "
                              "VALUES (?, ?, ?, ?) ON CONFLICT (number, list) DO UPDATE SET "
                              "note = excluded.note, added_at = excluded.added_at"),
               {number, kLineTypeList, type, nowMs});
}

Result<bool> Store::autoTextLeft(const QString &contact)
{
    QSqlQuery q(m_db.db());
    QString error;
    if (!run(q,
             QStringLiteral("SELECT EXISTS (SELECT 1 FROM messages WHERE conversation_id IN "
                            "(SELECT id FROM conversations WHERE contact_number = ?) "
                            "AND kind = 'auto' AND status IN ('sending', 'sent', 'delivered'))"),
             {contact},
             &error))
        return Error(error);
    return q.next() && q.value(0).toBool();
}

Status Store::appendCallReason(qint64 messageId, const QString &words)
{
    return run(m_db.db(),
               QStringLiteral("UPDATE calls SET decision_reason = decision_reason || ? "
                              "WHERE id = (SELECT call_id FROM messages WHERE id = ?)"),
               {words, messageId});
}

Status Store::deferUntil(qint64 messageId, qint64 dueMs)
{
    return run(m_db.db(),
               QStringLiteral("UPDATE outbox SET next_attempt_at = ? WHERE message_id = ?"),
               {dueMs, messageId});
}

} // namespace ringback
