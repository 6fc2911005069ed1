#pragma once

#include "domain/Records.h"
#include "store/Queries.h"

#include <QAbstractTableModel>

#include <vector>

namespace ringback {
class Clock;
}

namespace ringback::gui {

// The morning call-back queue as a table: urgent first, then the longest
// wait (Queries::callbackQueuePage). Rows arrive in keyset-paged pages
// (canFetchMore/fetchMore); a change to one conversation re-reads that row
// and moves, adds or drops it. "Now" comes from the injected clock, so a
// snooze ends when reload() runs after its time.
class QueueModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { UrgentColumn, CallerColumn, WaitingColumn, AttemptsColumn, MessageColumn };
    enum Role {
        ConversationIdRole = Qt::UserRole + 1,
        ContactRole,       // E.164 number
        NameRole,          // the caller as shown: name, else formatted number
        UrgentRole,        // bool
        UrgencyReasonRole, // QString
        WaitingSinceRole,  // QDateTime (UTC)
        LastMessageRole,   // QString: the newest reply, one line
        AttemptsRole,      // int
        OutcomeRole,       // QString: "no_answer", "voicemail", ...
    };
    Q_ENUM(Role)

    static constexpr int kPageSize = 100;

    QueueModel(Queries &queries, Clock &clock, QObject *parent = nullptr);
    ~QueueModel() override;
    Q_DISABLE_COPY_MOVE(QueueModel)

    void setHomeRegion(const QString &region);
    // Drops the rows and reads the first page again (as many rows as were
    // loaded, so a timer refresh does not shrink the list).
    void reload();
    // Loads every page: before "Mark all done", printing and export.
    void fetchAll();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant
    headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    int rowOf(qint64 conversationId) const;
    const Conversation *conversationAt(int row) const;
    QString callerAt(int row) const;
    QString lastMessageAt(int row) const;
    std::vector<qint64> loadedIds() const;

    // "waiting 14 h", "waiting 25 min", "waiting 3 days".
    static QString waitingText(qint64 sinceMs, qint64 nowMs);
    // "Urgent: leak" / "Urgent" / empty.
    static QString urgentText(const Conversation &c);
    // "2 (no answer)" / "0".
    static QString attemptsText(const Conversation &c);

public slots:
    // Re-reads one conversation and puts it where it now belongs, if anywhere.
    void conversationChanged(qint64 conversationId);

private:
    struct Row
    {
        Conversation conversation;
        QString caller;
        QString lastMessage;
    };

    Row makeRow(Conversation conversation) const;
    int sortedPosition(const Conversation &conversation, int skip) const;
    void appendPage(int limit);
    void removeRowAt(int row);

    Queries &m_queries;
    Clock &m_clock;
    QString m_homeRegion = QStringLiteral("US");
    std::vector<Row> m_rows;
    bool m_atEnd = false;
};

} // namespace ringback::gui
