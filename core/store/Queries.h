#pragma once

#include "domain/Records.h"
#include "store/Database.h"

#include <optional>
#include <vector>

namespace ringback {

// All: every conversation but spam (the default view). Spam: only spam.
// Everything: spam included (exports). NeedsCallback: waiting for a call-back
// (snoozed ones included, spam never). Booked: lead state booked. OptedOut:
// the caller opted out of texts.
enum class ConversationFilter {
    All,
    Unread,
    Urgent,
    Spam,
    Everything,
    NeedsCallback,
    Booked,
    OptedOut,
    Screened // held as a likely pocket dial or robocaller (migration 6)
};

// Position in the conversation list, ordered by (last activity, id) descending.
struct ListKey
{
    qint64 lastActivityMs = 0;
    qint64 id = 0;
};

// Position in the call-back queue, ordered urgent first, then the longest
// wait (waiting_since ascending), then id.
struct QueueKey
{
    bool urgent = false;
    qint64 waitingSinceMs = 0;
    qint64 id = 0;
    static QueueKey of(const Conversation &c) { return {c.urgent, c.waitingSinceMs, c.id}; }
};

// The reading side of the store. Every list query is keyset-paged over an
// index and LIMITed, so a page costs the same at 100 or 100,000 rows.
class Queries
{
public:
    explicit Queries(Database &db);

    std::vector<Conversation>
    conversationPage(ConversationFilter filter, const std::optional<ListKey> &after, int limit);
    // The conversation just above `key` in the list's order (newer), or none.
    std::optional<Conversation> conversationBefore(ConversationFilter filter, const ListKey &key);
    std::optional<Conversation> conversation(qint64 id);
    // The conversations of `ids` that exist, in no particular order: one
    // query over the primary key, however the ids are spread.
    std::vector<Conversation> conversations(const std::vector<qint64> &ids);
    std::optional<Conversation> conversation(const QString &contact, const QString &business);
    int conversationCount(ConversationFilter filter);
    // Unread conversations flagged urgent (the tray's "3 unread (1 urgent)").
    int unreadUrgentCount();

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
    // The list's order (last activity, then id, both descending), and the
    // rows findConversations returns: sorted that way, at most `limit`.
    static bool listSortsBefore(const Conversation &a, const Conversation &b);
    static void sortAndCap(std::vector<Conversation> &rows, int limit);

    // The connection these queries read through.
    Database &database() { return m_db; }

    // The call-back queue at `nowMs` (README, "The window" (Call-back queue)):
    // conversations waiting for a call-back, not spam, not snoozed past now;
    // urgent first, then the longest wait. Keyset-paged over conversations_queue.
    std::vector<Conversation>
    callbackQueuePage(qint64 nowMs, const std::optional<QueueKey> &after, int limit);
    int callbackQueueCount(qint64 nowMs);
    // The same test on a row already read, and the queue's order.
    static bool inCallbackQueue(const Conversation &c, qint64 nowMs);
    static bool queueSortsBefore(const Conversation &a, const Conversation &b);
    // Leads with no next step at `nowMs`: see the definition in Queries.cpp.
    int noNextStepCount(qint64 nowMs);
    // The newest message from the caller, if any.
    std::optional<Message> lastReply(qint64 conversationId);
    // A lead's history, oldest first.
    std::vector<LeadEvent> leadEvents(qint64 conversationId);

private:
    Database &m_db;
};

} // namespace ringback
