#pragma once

#include "domain/Records.h"
#include "store/Queries.h"

#include <QAbstractListModel>

#include <unordered_map>
#include <vector>

namespace ringback::gui {

class ConversationSearch;

// The conversation list, newest activity first. It never loads everything:
// rows arrive in keyset-paged pages of kPageSize (canFetchMore/fetchMore), and
// a change to one conversation re-reads that one row and moves it to its
// sorted place. The loaded rows are always exactly the top of the list.
//
// Of the loaded rows it keeps only the keys (last activity and id: 16 bytes a
// row) for good; what a row shows (caller, preview, states) is held for at
// most kCachedRows rows, the ones used last, and read again by id, a page at
// a time, when the view comes back to them. Scrolling through 100,000 rows
// holds 100,000 keys and kCachedRows rows, not 100,000 rows.
//
// A search runs on a ConversationSearch (its own thread and connection) when
// the store is a file: the list shows the previous rows until the results
// arrive, and search() says what the shown rows are for. Results of a search
// overtaken by another are dropped.
class ConversationListModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        ConversationIdRole = Qt::UserRole + 1,
        ContactRole,       // E.164 number of the caller
        NameRole,          // the caller as shown: name, else formatted number
        PreviewRole,       // last message, one line
        TimeRole,          // QDateTime (UTC) of the last activity
        UnreadRole,        // int: unread replies
        UrgentRole,        // bool
        UrgencyReasonRole, // QString
        LeadStateRole,     // QString, export form ("new", "replied", ...)
        OptOutRole,        // QString, export form ("none", "probable", "opted_out")
    };
    Q_ENUM(Role)

    static constexpr int kPageSize = 100;
    // The rows whose contents are kept (at least a few screens' worth).
    static constexpr int kCachedRows = 1000;
    // The most conversations a search lists.
    static constexpr int kSearchLimit = 200;
    // When the search thread reads its directory, after the model is made
    // (once the window has painted, before anyone types).
    static constexpr int kPrepareSearchMs = 500;

    explicit ConversationListModel(Queries &queries, QObject *parent = nullptr);
    ~ConversationListModel() override;
    Q_DISABLE_COPY_MOVE(ConversationListModel)

    void setHomeRegion(const QString &region);
    ConversationFilter filter() const { return m_filter; }
    void setFilter(ConversationFilter filter);
    // The conversation on screen stays listed even when it stops matching the
    // filter (reading it must not make it vanish under "Unread").
    void setKeptConversation(qint64 conversationId) { m_kept = conversationId; }
    // Drops the loaded rows and reads the first page again.
    void reload();
    // Non-empty: the list shows what the search finds (names, numbers,
    // message bodies; see Queries::findConversations) instead of the filter.
    void setSearch(const QString &text);
    // The search the listed rows are the results of (empty: the filter's rows).
    const QString &search() const { return m_search; }
    // A search asked for whose results are not listed yet.
    bool isSearching() const { return m_searching; }
    // Rows whose contents are held now (at most kCachedRows, plus a page).
    int cachedRows() const { return int(m_cache.size()); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // Row of a loaded conversation, or -1.
    int rowOf(qint64 conversationId) const;
    // The row's conversation (read again if it left the cache); valid until
    // the model is next asked for a row or changed.
    const Conversation *conversationAt(int row) const;

signals:
    // A search was sent to the search thread (its results follow with a reset).
    void searchStarted(const QString &text);

public slots:
    // Re-reads one conversation and puts it where it now belongs.
    void conversationChanged(qint64 conversationId);

private:
    struct Row
    {
        Conversation conversation;
        QString caller;         // cached display form of the caller
        QString preview;        // cached one-line preview
        bool formatted = false; // caller and preview made (for m_homeRegion)
        quint64 used = 0;       // when data() last read it: the least recent leave first
    };

    Row makeRow(Conversation conversation) const;
    // The row's contents, read (with the rest of its page) if not held, and
    // formatted if not yet.
    const Row &rowAt(int row) const;
    void hold(Conversation conversation) const;
    void evict() const;
    void showRows(const std::vector<Conversation> &rows, bool atEnd);
    bool matchesFilter(const Conversation &conversation) const;
    // Insertion point for `key` among the loaded rows, skipping row `skip`.
    int sortedPosition(const ListKey &key, int skip) const;
    void removeRowAt(int row);

    Queries &m_queries;
    QString m_homeRegion = QStringLiteral("US");
    ConversationFilter m_filter = ConversationFilter::All;
    QString m_search;                                // what the listed rows were found by
    QString m_wanted;                                // the search asked for last
    std::vector<ListKey> m_keys;                     // every loaded row, in list order
    mutable std::unordered_map<qint64, Row> m_cache; // by conversation id
    mutable quint64 m_uses = 0;
    bool m_atEnd = false;
    qint64 m_kept = 0;
    ConversationSearch *m_searcher = nullptr; // null: searches run here
    quint64 m_generation = 0;
    bool m_searching = false;
};

} // namespace ringback::gui
