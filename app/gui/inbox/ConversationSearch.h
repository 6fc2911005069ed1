#pragma once

#include "domain/Records.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <vector>

class QThread;

namespace ringback::gui {

// The search box's queries, on a thread of their own with their own
// connection to the store, so the window never waits for them.
//
// What it finds is what Queries::findConversations finds: conversations whose
// caller's name or number contains the text (digits compared without
// formatting), or with a message matching every word (FTS5, the newest
// matches first), newest activity first, at most `limit`. Names and numbers
// are matched in memory, in a directory of every conversation's name and
// number read once in the background (under 5 MiB at 100,000 conversations),
// instead of a scan of the conversations table per search; conversations
// added since are read before each search, and the ones reported through
// conversationChanged() are read again.
//
// Requests carry a generation: a request still queued when a newer one
// arrives is skipped, and `done` runs on the caller's thread with the
// generation it was asked with, so the caller drops stale answers.
class ConversationSearch final : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(quint64 generation, std::vector<Conversation> found)>;

    // Opens its own connection to `databasePath` on its thread when first
    // asked to prepare or find.
    explicit ConversationSearch(const QString &databasePath, QObject *parent = nullptr);
    // Waits for a search in progress to end, then closes the connection.
    ~ConversationSearch() override;
    Q_DISABLE_COPY_MOVE(ConversationSearch)

    // Reads the directory now, so the first search does not wait for it.
    void prepare();
    void find(quint64 generation, const QString &text, int limit, Done done);
    // The conversation's name or number may have changed (or it is new).
    void conversationChanged(qint64 conversationId);

    struct State;

private:
    std::shared_ptr<State> m_state;
    QThread *m_thread = nullptr;
    QObject *m_worker = nullptr; // lives on m_thread
};

} // namespace ringback::gui
