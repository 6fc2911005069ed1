#pragma once

#include "domain/Records.h"
#include "store/Database.h"
#include "util/Result.h"

#include <optional>
#include <vector>

namespace ringback {

// What a decision needs to know about a conversation's recent history.
struct ConversationFacts
{
    OptOutState optOut = OptOutState::None;
    QString optOutReason;           // how and when: "replied STOP on 3 Nov 2026"
    qint64 lastAutoTextMs = 0;      // last automatic text to this caller on this line
    qint64 lastInboundMs = 0;       // last reply from the caller
    qint64 lastOfficeMessageMs = 0; // last manual text from the office
    bool spam = false;              // the office marked the conversation as spam
};

// What the spam and first-contact rules need to know about a number, across
// every line (StoreScreening.cpp).
struct NumberFacts
{
    int callsSince = 0;       // calls from the number since the given time
    bool everReplied = false; // it ever texted the office
    bool autoTexted = false;  // it ever got an automatic text (not failed)
};

// An entry in one of the office's number lists.
struct ListEntry
{
    QString note;
    qint64 addedAtMs = 0;
};

// A message waiting in the outbox, with what the sender needs to send it.
struct OutboxItem
{
    qint64 messageId = 0;
    QString state; // "queued", "sending" or "unsure"
    int attempts = 0;
    qint64 nextAttemptMs = 0;
    qint64 firstAttemptMs = 0;
    QString provider;
    QString from;
    QString to;
    QString body;
    MessageKind kind = MessageKind::Auto;
    OptOutState optOut = OptOutState::None;
    bool quietOk = false; // may leave in quiet hours on its first attempt
};

// The writing side of the store, used by the engine on its own connection.
// Methods do one statement each; the caller groups them in a Transaction so a
// state transition is all-or-nothing.
class Store
{
public:
    explicit Store(Database &db);
    Database &database() { return m_db; }

    // Conversations
    // A new conversation takes its opt-out state from the ledger.
    Result<qint64>
    ensureConversation(const QString &contact, const QString &business, qint64 nowMs);
    std::optional<Conversation> conversation(qint64 id);
    Result<ConversationFacts> facts(qint64 conversationId);
    Status touchConversation(qint64 id, qint64 atMs, const QString &preview, int unreadDelta);
    Status setLeadStateIf(qint64 id, LeadState from, LeadState to);
    Status markRead(qint64 id);
    // Opt-outs are recorded in the OptOutLedger, which keeps the
    // conversations' opt_out columns up to date.
    Status setDisplayName(qint64 id, const QString &name);
    // Every conversation with this caller, on any line.
    std::vector<qint64> conversationsOf(const QString &contact);
    Status setUrgent(qint64 conversationId, const QString &reason);

    // Calls and messages (idempotent on the provider's id)
    Result<bool> hasCall(const QString &provider, const QString &providerId);
    Result<qint64> insertCall(const Call &call, qint64 receivedAtMs);
    Result<bool> hasMessage(const QString &provider, const QString &providerId);
    Result<qint64> insertMessage(const Message &message);

    // Outbox
    // quietOk: the first attempt may leave in quiet hours (the first
    // text-back to a call that just happened, a manual "send anyway").
    Status enqueue(qint64 messageId, qint64 dueMs, bool quietOk = false);
    Result<std::vector<OutboxItem>> outbox(const QString &state, qint64 dueBeforeMs, int limit);
    std::optional<qint64> nextDueMs();
    Status markSending(qint64 messageId, qint64 nowMs);
    Status markAccepted(qint64 messageId, const QString &providerMessageId, MessageStatus status);
    Status markFailed(qint64 messageId, const QString &error);
    Status reschedule(qint64 messageId, qint64 dueMs, const QString &error);
    // The provider may or may not have the message: ask it before any resend.
    Status markUnsure(qint64 messageId, qint64 dueMs, const QString &error);
    // Quiet hours in the caller's time zone: the message waits, no error.
    Status deferUntil(qint64 messageId, qint64 dueMs);
    // At start-up, rows left "sending" by a crash become "unsure", due now.
    Status sendingToUnsure(qint64 nowMs);
    std::optional<qint64> conversationOfMessage(const QString &provider,
                                                const QString &providerMessageId);
    Status updateStatus(const QString &provider,
                        const QString &providerMessageId,
                        MessageStatus status,
                        const QString &error);

    // Automatic texts still waiting (send delay) are withdrawn: the caller was
    // reached first. Their calls become "held" with the given code and reason.
    Result<int>
    cancelPendingAutoTexts(qint64 conversationId, DecisionCode code, const QString &reason);

    // The office's number lists: kBlockList, kKnownList, and
    // kUndeliverableList (numbers a send failed to as "can't receive texts",
    // the note is the provider's error).
    static inline const QString kBlockList = QStringLiteral("blocked");
    static inline const QString kKnownList = QStringLiteral("known");
    static inline const QString kUndeliverableList = QStringLiteral("undeliverable");
    // The block-list note of a number marked as spam.
    static inline const QString kSpamNote = QStringLiteral("spam");
    Result<bool> isListed(const QString &number, const QString &list);
    Result<std::optional<ListEntry>> listEntry(const QString &number, const QString &list);
    // Every entry of a list, by number (StoreScreening.cpp; the settings
    // dialog's Numbers page). Lists are small: a few thousand at most.
    struct ListedNumber
    {
        QString number;
        ListEntry entry;
    };
    Result<std::vector<ListedNumber>> listed(const QString &list);

    // StoreScreening.cpp
    Result<NumberFacts> numberFacts(const QString &contact, qint64 callsSinceMs);
    // Spam: every conversation with the number gets lead state "spam" (the
    // previous state is kept for undo) and the number is blocked. Undo
    // restores the states and lifts a block that marking as spam added.
    Status markSpam(const QString &contact, qint64 nowMs);
    Status unmarkSpam(const QString &contact);
    Status setListed(
        const QString &number, const QString &list, bool listed, const QString &note, qint64 nowMs);

    // The line-type lookup's memory, in number_lists (StoreScreening.cpp):
    // list kLineTypeList, the note is the provider's type ("mobile",
    // "landline", ...) or kTextableByOffice, added_at when it was learnt.
    static inline const QString kLineTypeList = QStringLiteral("line_type");
    static inline const QString kTextableByOffice = QStringLiteral("office_ok");
    Status rememberLineType(const QString &number, const QString &type, qint64 nowMs);
    // An automatic text to the number ever left (sending, sent, delivered),
    // on any line: it is not a new number.
    Result<bool> autoTextLeft(const QString &contact);
    // Adds words to the decision reason of the call a message was sent for.
    Status appendCallReason(qint64 messageId, const QString &words);

    // Provider cursors
    QString cursor(const QString &provider);
    Status setCursor(const QString &provider, const QString &cursor, qint64 nowMs);

private:
    Database &m_db;
};

} // namespace ringback
