#pragma once

#include "domain/Records.h"
#include "store/Database.h"

#include <optional>
#include <vector>

namespace ringback {

// All: every conversation but spam (the default view). Spam: only spam.
// Everything: spam included (exports).
enum class ConversationFilter { All, Unread, Urgent, Spam, Everything };

// Position in the conversation list, ordered by (last activity, id) descending.
struct ListKey
{
    qint64 lastActivityMs = 0;
    qint64 id = 0;
};

// The reading side of the store. Every list query is keyset-paged over an
// index and LIMITed, so a page costs the same at 100 or 100,000 rows.
class Queries
{
public:
    explicit Queries(Database &db);

    std::vector<Conversation>
    conversationPage(ConversationFilter filter, const std::optional<ListKey> &after, int limit);
    std::optional<Conversation> conversation(qint64 id);
    std::optional<Conversation> conversation(const QString &contact, const QString &business);
    int conversationCount(ConversationFilter filter);

    std::vector<Call> calls(qint64 conversationId);
    // The newest `limit` messages of a conversation, oldest first.
    std::vector<Message> messages(qint64 conversationId, int limit = 500);
    std::optional<Message> message(qint64 id);

    // Full-text search over message bodies, newest first: matching
    // conversation ids. Each word of `text` is a prefix match.
    std::vector<qint64> searchConversations(const QString &text, int limit = 200);

    // What the search box finds: conversations whose caller's name or number
    // contains the text (digits compared without formatting: "555-0134"
    // finds +15125550134), or with a message matching every word. Newest
    // activity first, at most `limit`.
    std::vector<Conversation> findConversations(const QString &text, int limit = 200);

    // FTS5 query string for user input: each word quoted and prefixed.
    static QString ftsQuery(const QString &text);

private:
    Database &m_db;
};

} // namespace ringback
