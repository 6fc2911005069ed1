#pragma once

#include "domain/Records.h"
#include "store/Queries.h"

#include <QAbstractListModel>

#include <vector>

namespace ringback::gui {

// The conversation list, newest activity first. It never loads everything:
// rows arrive in keyset-paged pages of kPageSize (canFetchMore/fetchMore), and
// a change to one conversation re-reads that one row and moves it to its
// sorted place. The loaded rows are always exactly the top of the list.
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
    const QString &search() const { return m_search; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // Row of a loaded conversation, or -1.
    int rowOf(qint64 conversationId) const;
    const Conversation *conversationAt(int row) const;

public slots:
    // Re-reads one conversation and puts it where it now belongs.
    void conversationChanged(qint64 conversationId);

private:
    struct Row
    {
        Conversation conversation;
        QString caller;  // cached display form of the caller
        QString preview; // cached one-line preview
    };

    Row makeRow(Conversation conversation) const;
    bool matchesFilter(const Conversation &conversation) const;
    // Insertion point for `key` among the loaded rows, skipping row `skip`.
    int sortedPosition(const Conversation &conversation, int skip) const;
    void removeRowAt(int row);

    Queries &m_queries;
    QString m_homeRegion = QStringLiteral("US");
    ConversationFilter m_filter = ConversationFilter::All;
    QString m_search;
    std::vector<Row> m_rows;
    bool m_atEnd = false;
    qint64 m_kept = 0;
};

} // namespace ringback::gui
