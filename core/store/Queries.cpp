#include "store/Queries.h"

#include "store/SqlHelpers.h"

#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>

namespace ringback {

using sql::run;

namespace {

// The predicate of conversations_queue and conversations_callback, verbatim.
const char *const kNeedsCallback = "needs_callback = 1 AND lead_state != 'spam'";

QString filterClause(ConversationFilter filter)
{
    // Repeat each partial index's predicate exactly, or SQLite will not use it.
    switch (filter) {
    case ConversationFilter::All:
        return QStringLiteral("lead_state != 'spam'");
    case ConversationFilter::Spam:
        return QStringLiteral("lead_state = 'spam'");
    case ConversationFilter::Everything:
        return {};
    case ConversationFilter::Unread:
        return QStringLiteral("unread_count > 0");
    case ConversationFilter::Urgent:
        return QStringLiteral("urgent = 1");
    // Migration 5's partial indexes.
    case ConversationFilter::NeedsCallback:
        return QLatin1String(kNeedsCallback);
    case ConversationFilter::Booked:
        return QStringLiteral("lead_state = 'booked'");
    case ConversationFilter::OptedOut:
        return QStringLiteral("opt_out = 'opted_out'");
    // Migration 6.
    case ConversationFilter::Screened:
        return QStringLiteral("screened = 1 AND lead_state != 'spam'");
    }
    return {};
}

} // namespace

Queries::Queries(Database &db)
    : m_db(db)
{}

std::vector<Conversation>
Queries::conversationPage(ConversationFilter filter, const std::optional<ListKey> &after, int limit)
{
    QStringList where;
    const QString f = filterClause(filter);
    if (!f.isEmpty())
        where << f;
    if (after)
        where << QStringLiteral("(last_activity < ? OR (last_activity = ? AND id < ?))");
    QString statement = QStringLiteral("SELECT %1 FROM conversations")
                            .arg(QLatin1String(sql::kConversationColumns));
    if (!where.isEmpty())
        statement += QLatin1String(" WHERE ") + where.join(QLatin1String(" AND "));
    statement += QLatin1String(" ORDER BY last_activity DESC, id DESC LIMIT ?");

    QSqlQuery q(m_db.db());
    QString error;
    bool ok = after ? run(q,
                          statement,
                          {after->lastActivityMs, after->lastActivityMs, after->id, limit},
                          &error)
                    : run(q, statement, {limit}, &error);
    std::vector<Conversation> rows;
    if (!ok)
        return rows;
    rows.reserve(limit);
    while (q.next())
        rows.push_back(sql::readConversation(q));
    return rows;
}

std::optional<Conversation> Queries::conversationBefore(ConversationFilter filter,
                                                        const ListKey &key)
{
    // The nearest row above `key` in list order: the same index, walked upwards.
    QString statement = QStringLiteral("SELECT %1 FROM conversations WHERE ")
                            .arg(QLatin1String(sql::kConversationColumns));
    const QString f = filterClause(filter);
    if (!f.isEmpty())
        statement += f + QLatin1String(" AND ");
    statement += QLatin1String("(last_activity > ? OR (last_activity = ? AND id > ?)) "
                               "ORDER BY last_activity ASC, id ASC LIMIT 1");
    QSqlQuery q(m_db.db());
    QString error;
    if (!run(q, statement, {key.lastActivityMs, key.lastActivityMs, key.id}, &error) || !q.next())
        return std::nullopt;
    return sql::readConversation(q);
}

std::optional<Conversation> Queries::conversation(qint64 id)
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

std::vector<Conversation> Queries::conversations(const std::vector<qint64> &ids)
{
    std::vector<Conversation> rows;
    if (ids.empty())
        return rows;
    // Integers only: listed inline, so one statement serves any count.
    QStringList list;
    list.reserve(qsizetype(ids.size()));
    for (const qint64 id : ids)
        list << QString::number(id);
    QSqlQuery q(m_db.db());
    QString error;
    if (!run(q,
             QStringLiteral("SELECT %1 FROM conversations WHERE id IN (%2)")
                 .arg(QLatin1String(sql::kConversationColumns), list.join(QLatin1Char(','))),
             {},
             &error))
        return rows;
    rows.reserve(ids.size());
    while (q.next())
        rows.push_back(sql::readConversation(q));
    return rows;
}

std::optional<Conversation> Queries::conversation(const QString &contact, const QString &business)
{
    QSqlQuery q(m_db.db());
    QString error;
    if (!run(q,
             QStringLiteral(
                 "SELECT %1 FROM conversations WHERE contact_number = ? AND business_number = ?")
                 .arg(QLatin1String(sql::kConversationColumns)),
             {contact, business},
             &error)
        || !q.next())
        return std::nullopt;
    return sql::readConversation(q);
}

int Queries::conversationCount(ConversationFilter filter)
{
    QString statement = QStringLiteral("SELECT count(*) FROM conversations");
    const QString f = filterClause(filter);
    if (!f.isEmpty())
        statement += QLatin1String(" WHERE ") + f;
    QSqlQuery q(m_db.db());
    QString error;
    if (!run(q, statement, {}, &error) || !q.next())
        return 0;
    return q.value(0).toInt();
}

int Queries::unreadUrgentCount()
{
    // Walks the (small) urgent partial index; spam is never counted.
    QSqlQuery q(m_db.db());
    QString error;
    if (!run(q,
             QStringLiteral("SELECT count(*) FROM conversations INDEXED BY conversations_urgent "
                            "WHERE urgent = 1 AND unread_count > 0 AND lead_state != 'spam'"),
             {},
             &error)
        || !q.next())
        return 0;
    return q.value(0).toInt();
}

std::vector<Call> Queries::calls(qint64 conversationId)
{
    QSqlQuery q(m_db.db());
    QString error;
    std::vector<Call> rows;
    if (!run(q,
             QStringLiteral("SELECT %1 FROM calls WHERE conversation_id = ? ORDER BY "
                            "coalesce(ended_at, started_at), id")
                 .arg(QLatin1String(sql::kCallColumns)),
             {conversationId},
             &error))
        return rows;
    while (q.next())
        rows.push_back(sql::readCall(q));
    return rows;
}

std::vector<Message> Queries::messages(qint64 conversationId, int limit)
{
    QSqlQuery q(m_db.db());
    QString error;
    std::vector<Message> rows;
    if (!run(q,
             QStringLiteral("SELECT %1 FROM messages WHERE conversation_id = ? ORDER BY at DESC, "
                            "id DESC LIMIT ?")
                 .arg(QLatin1String(sql::kMessageColumns)),
             {conversationId, limit},
             &error))
        return rows;
    while (q.next())
        rows.push_back(sql::readMessage(q));
    std::reverse(rows.begin(), rows.end());
    return rows;
}

std::optional<Message> Queries::message(qint64 id)
{
    QSqlQuery q(m_db.db());
    QString error;
    if (!run(q,
             QStringLiteral("SELECT %1 FROM messages WHERE id = ?")
                 .arg(QLatin1String(sql::kMessageColumns)),
             {id},
             &error)
        || !q.next())
        return std::nullopt;
    return sql::readMessage(q);
}

QString Queries::ftsQuery(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[^\\w]+"),
                                               QRegularExpression::UseUnicodePropertiesOption);
    QStringList terms;
    for (const QString &word : text.split(separators, Qt::SkipEmptyParts))
        terms << QLatin1Char('"') + word + QLatin1String("\"*");
    return terms.join(QLatin1Char(' '));
}

std::vector<qint64> Queries::searchConversations(const QString &text, int limit)
{
    std::vector<qint64> ids;
    const QString match = ftsQuery(text);
    if (match.isEmpty() || limit <= 0)
        return ids;
    // The matching messages newest first (rowid grows with time; FTS5 walks
    // its index in that order, no sort), each one's conversation looked up by
    // primary key, until `limit` conversations or the newest `limit * 10`
    // matches: EXPLAIN QUERY PLAN says "SCAN f VIRTUAL TABLE INDEX 192:M1"
    // (ordered by rowid, descending) and "SEARCH m USING INTEGER PRIMARY KEY".
    // Conversations come in the order of their newest match.
    QSqlQuery q(m_db.db());
    q.setForwardOnly(true);
    QString error;
    if (!run(q,
             QStringLiteral("SELECT m.conversation_id FROM messages_fts f "
                            "JOIN messages m ON m.id = f.rowid "
                            "WHERE messages_fts MATCH ? ORDER BY f.rowid DESC LIMIT ?"),
             {match, limit * 10},
             &error))
        return ids;
    QSet<qint64> seen;
    while (int(ids.size()) < limit && q.next()) {
        const qint64 id = q.value(0).toLongLong();
        if (!seen.contains(id)) {
            seen.insert(id);
            ids.push_back(id);
        }
    }
    q.finish();
    return ids;
}

std::vector<Conversation> Queries::findConversations(const QString &text, int limit)
{
    std::vector<Conversation> found;
    const QString needle = text.simplified();
    if (needle.isEmpty())
        return found;
    QSet<qint64> seen;
    auto add = [&](const Conversation &c) {
        if (!seen.contains(c.id)) {
            seen.insert(c.id);
            found.push_back(c);
        }
    };
    // Names and numbers: a scan, capped. Digits match the E.164 form.
    QString digits;
    for (const QChar ch : needle) {
        if (ch.isDigit())
            digits += ch;
    }
    QString escaped = needle;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
        .replace(QLatin1Char('%'), QLatin1String("\\%"))
        .replace(QLatin1Char('_'), QLatin1String("\\_"));
    QSqlQuery q(m_db.db());
    QString error;
    const QString byName
        = QStringLiteral("SELECT %1 FROM conversations WHERE display_name LIKE ? ESCAPE '\\' "
                         "OR (? != '' AND contact_number LIKE ?) "
                         "ORDER BY last_activity DESC, id DESC LIMIT ?")
              .arg(QLatin1String(sql::kConversationColumns));
    if (run(q,
            byName,
            {QString(QLatin1Char('%') + escaped + QLatin1Char('%')),
             digits,
             QString(QLatin1Char('%') + digits + QLatin1Char('%')),
             limit},
            &error)) {
        while (q.next())
            add(sql::readConversation(q));
    }
    // Message matches: their conversations in one query, not one each.
    for (const Conversation &c : conversations(searchConversations(needle, limit)))
        add(c);
    sortAndCap(found, limit);
    return found;
}

bool Queries::listSortsBefore(const Conversation &a, const Conversation &b)
{
    return a.lastActivityMs != b.lastActivityMs ? a.lastActivityMs > b.lastActivityMs : a.id > b.id;
}

void Queries::sortAndCap(std::vector<Conversation> &rows, int limit)
{
    std::sort(rows.begin(), rows.end(), &Queries::listSortsBefore);
    if (int(rows.size()) > limit)
        rows.resize(size_t(std::max(limit, 0)));
}

std::vector<Conversation>
Queries::callbackQueuePage(qint64 nowMs, const std::optional<QueueKey> &after, int limit)
{
    // waiting_since is never NULL while needs_callback = 1 (LeadStore and
    // migration 5 set both), so the keyset comparison below is total.
    QString statement
        = QStringLiteral("SELECT %1 FROM conversations WHERE %2 AND "
                         "(snoozed_until IS NULL OR snoozed_until <= ?)")
              .arg(QLatin1String(sql::kConversationColumns), QLatin1String(kNeedsCallback));
    if (after) {
        statement += QLatin1String(
            " AND urgent <= ? AND (urgent < ? OR waiting_since > ? OR (waiting_since = ? AND "
            "id > ?))");
    }
    statement += QLatin1String(" ORDER BY urgent DESC, waiting_since, id LIMIT ?");
    QSqlQuery q(m_db.db());
    QString error;
    const int urgent = after && after->urgent ? 1 : 0;
    const bool ok = after ? run(q,
                                statement,
                                {nowMs,
                                 urgent,
                                 urgent,
                                 after->waitingSinceMs,
                                 after->waitingSinceMs,
                                 after->id,
                                 limit},
                                &error)
                          : run(q, statement, {nowMs, limit}, &error);
    std::vector<Conversation> rows;
    if (!ok)
        return rows;
    while (q.next())
        rows.push_back(sql::readConversation(q));
    return rows;
}

int Queries::callbackQueueCount(qint64 nowMs)
{
    QSqlQuery q(m_db.db());
    QString error;
    if (!run(q,
             QStringLiteral("SELECT count(*) FROM conversations WHERE %1 AND "
                            "(snoozed_until IS NULL OR snoozed_until <= ?)")
                 .arg(QLatin1String(kNeedsCallback)),
             {nowMs},
             &error)
        || !q.next())
        return 0;
    return q.value(0).toInt();
}

bool Queries::inCallbackQueue(const Conversation &c, qint64 nowMs)
{
    return c.needsCallback && c.leadState != LeadState::Spam
           && (c.snoozedUntilMs == 0 || c.snoozedUntilMs <= nowMs);
}

bool Queries::queueSortsBefore(const Conversation &a, const Conversation &b)
{
    if (a.urgent != b.urgent)
        return a.urgent;
    if (a.waitingSinceMs != b.waitingSinceMs)
        return a.waitingSinceMs < b.waitingSinceMs;
    return a.id < b.id;
}

int Queries::noNextStepCount(qint64 nowMs)
{
    // A lead with no next step: a real lead (the caller missed-called the
    // business or texted it: is_lead, kept by migration 6's triggers) that
    // nobody has to act on and that has no outcome yet. That is: lead state
    // new, replied or called_back (not booked, lost or spam), not waiting in
    // the call-back queue, not screened (likely pocket dials and robocallers
    // are no leads) and not snoozed into the future. Typically: the office
    // texted back and the thread went quiet, or someone reached the caller
    // but booked nothing. Counts over the partial index of exactly these
    // rows (conversations_no_next_step: repeat its predicate verbatim).
    QSqlQuery q(m_db.db());
    QString error;
    if (!run(q,
             QStringLiteral("SELECT count(*) FROM conversations WHERE is_lead = 1 "
                            "AND needs_callback = 0 AND screened = 0 "
                            "AND lead_state IN ('new', 'replied', 'called_back') "
                            "AND (snoozed_until IS NULL OR snoozed_until <= ?)"),
             {nowMs},
             &error)
        || !q.next())
        return 0;
    return q.value(0).toInt();
}

std::optional<Message> Queries::lastReply(qint64 conversationId)
{
    QSqlQuery q(m_db.db());
    QString error;
    if (!run(q,
             QStringLiteral("SELECT %1 FROM messages WHERE conversation_id = ? AND direction = "
                            "'in' ORDER BY at DESC, id DESC LIMIT 1")
                 .arg(QLatin1String(sql::kMessageColumns)),
             {conversationId},
             &error)
        || !q.next())
        return std::nullopt;
    return sql::readMessage(q);
}

std::vector<LeadEvent> Queries::leadEvents(qint64 conversationId)
{
    QSqlQuery q(m_db.db());
    QString error;
    std::vector<LeadEvent> rows;
    if (!run(q,
             QStringLiteral("SELECT id, conversation_id, event, lead_state, detail, actor, at "
                            "FROM lead_events WHERE conversation_id = ? ORDER BY id"),
             {conversationId},
             &error))
        return rows;
    while (q.next()) {
        LeadEvent e;
        e.id = q.value(0).toLongLong();
        e.conversationId = q.value(1).toLongLong();
        e.event = q.value(2).toString();
        e.leadState = leadStateFromString(q.value(3).toString()).value_or(LeadState::New);
        e.detail = q.value(4).toString();
        e.actor = q.value(5).toString();
        e.atMs = q.value(6).toLongLong();
        rows.push_back(e);
    }
    return rows;
}

} // namespace ringback
