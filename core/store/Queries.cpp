#include "store/Queries.h"

#include "store/SqlHelpers.h"

#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>

namespace ringback {

using sql::run;

namespace {

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
    if (match.isEmpty())
        return ids;
    // Newest matches first (rowid grows with time), capped before the join.
    QSqlQuery q(m_db.db());
    QString error;
    if (!run(q,
             QStringLiteral("SELECT m.conversation_id, max(m.id) AS newest FROM "
                            "(SELECT rowid FROM messages_fts WHERE messages_fts MATCH ? ORDER BY "
                            "rowid DESC LIMIT ?) f "
                            "JOIN messages m ON m.id = f.rowid GROUP BY m.conversation_id ORDER BY "
                            "newest DESC LIMIT ?"),
             {match, limit * 10, limit},
             &error))
        return ids;
    while (q.next())
        ids.push_back(q.value(0).toLongLong());
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
    for (const qint64 id : searchConversations(needle, limit)) {
        if (const auto c = conversation(id))
            add(*c);
    }
    std::sort(found.begin(), found.end(), [](const Conversation &a, const Conversation &b) {
        return a.lastActivityMs != b.lastActivityMs ? a.lastActivityMs > b.lastActivityMs
                                                    : a.id > b.id;
    });
    if (int(found.size()) > limit)
        found.resize(size_t(limit));
    return found;
}

} // namespace ringback
