#pragma once

#include "domain/Records.h"
#include "store/Queries.h"

#include <QAbstractListModel>
#include <QDateTime>

#include <vector>

namespace ringback::gui {

class MediaCache;

// One conversation's events in time order: calls (with the text-back decision
// and its reason) and messages (with direction, kind and delivery status).
// Reloading keeps the rows that did not change, so the view keeps its scroll
// position and selection while replies and status updates arrive.
// With a MediaCache, a message's photos and files are listed by MediaRole
// (the bubble shows them) instead of "[2 attachments]" in its text, and rows
// change as their attachments load.
class ThreadModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    enum class ItemKind { Call, Message };
    Q_ENUM(ItemKind)

    enum Role {
        KindRole = Qt::UserRole + 1, // ItemKind as int
        ItemIdRole,                  // call or message id
        TextRole,                    // message body (plain text) or call summary
        OutgoingRole,                // bool: from the office
        MessageKindRole,             // QString: "auto", "manual", "system"
        StatusRole,                  // QString: "queued", ..., "failed", "received"
        StatusTextRole,              // "Delivered", "Failed: <reason>", ...
        FailedRole,                  // bool
        TimeRole,                    // QDateTime (UTC)
        MetaTextRole,                // "Automatic text · 10:42 · Delivered"
        UrgentRole,                  // bool
        UrgencyReasonRole,           // QString
        MediaRole,                   // QStringList: the message's media URLs
        MediaNamesRole,              // QStringList: "Photo 1 of 2 from (512) 555-0134", ...
    };
    Q_ENUM(Role)

    static constexpr int kMessageLimit = 500;

    explicit ThreadModel(Queries &queries, QObject *parent = nullptr);
    ~ThreadModel() override;
    Q_DISABLE_COPY_MOVE(ThreadModel)

    // Shows one conversation (0: none).
    void setConversation(qint64 conversationId);
    qint64 conversationId() const { return m_conversationId; }
    // Reads the shown conversation again.
    void refresh();
    // Where the attachments come from (not owned; may be null: no photos).
    void setMediaCache(MediaCache *cache);
    MediaCache *mediaCache() const { return m_cache; }
    // For the caller's number in the names of their photos (default "US").
    void setHomeRegion(const QString &region);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Item
    {
        ItemKind kind = ItemKind::Message;
        qint64 id = 0;
        QDateTime at;
        bool outgoing = false;
        MessageKind messageKind = MessageKind::Manual;
        MessageStatus status = MessageStatus::Received;
        QString text;
        QString statusText;
        QString meta;
        bool urgent = false;
        QString urgencyReason;
        QStringList media;
        QString sender; // who sent it, for the names of its attachments

        bool sameEvent(const Item &other) const { return kind == other.kind && id == other.id; }
        bool operator==(const Item &other) const;
    };

    std::vector<Item> load() const;
    static Item fromCall(const Call &call);
    Item fromMessage(const Message &message, const QString &caller) const;
    QStringList mediaNames(const Item &item) const;
    QString accessibleText(const Item &item) const;
    void mediaChanged(const QString &url);

    Queries &m_queries;
    qint64 m_conversationId = 0;
    MediaCache *m_cache = nullptr;
    QString m_homeRegion = QStringLiteral("US");
    std::vector<Item> m_items;
};

} // namespace ringback::gui
