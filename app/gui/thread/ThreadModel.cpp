#include "gui/thread/ThreadModel.h"

#include "gui/common/Format.h"
#include "gui/thread/MediaCache.h"

#include <algorithm>

namespace ringback::gui {

ThreadModel::ThreadModel(Queries &queries, QObject *parent)
    : QAbstractListModel(parent)
    , m_queries(queries)
{}

ThreadModel::~ThreadModel() = default;

bool ThreadModel::Item::operator==(const Item &other) const
{
    return sameEvent(other) && at == other.at && outgoing == other.outgoing
           && messageKind == other.messageKind && status == other.status && text == other.text
           && statusText == other.statusText && meta == other.meta && urgent == other.urgent
           && urgencyReason == other.urgencyReason && media == other.media
           && sender == other.sender;
}

ThreadModel::Item ThreadModel::fromCall(const Call &call)
{
    Item item;
    item.kind = ItemKind::Call;
    item.id = call.id;
    // A call belongs where it ended: that is when it was missed and decided.
    item.at = call.endedAt.isValid() ? call.endedAt : call.startedAt;
    item.text = callSummary(call);
    item.meta = fullTime(item.at);
    return item;
}

ThreadModel::Item ThreadModel::fromMessage(const Message &message, const QString &caller) const
{
    Item item;
    item.kind = ItemKind::Message;
    item.id = message.id;
    item.at = message.at;
    item.outgoing = message.direction == Direction::Out;
    item.messageKind = message.kind;
    item.status = message.status;
    item.text = message.body;
    item.media = message.media;
    //: Who sent a photo, in "Photo 1 of 2 from %3" when the office sent it.
    item.sender = item.outgoing ? tr("the office") : caller;
    // Without a media cache the attachments are only counted.
    if (!message.media.isEmpty() && !m_cache) {
        if (!item.text.isEmpty())
            item.text += QLatin1Char('\n');
        item.text += tr("[%n attachment(s)]", nullptr, int(message.media.size()));
    }
    item.statusText = deliveryStatusText(message.status, message.error);
    item.urgent = message.urgent;
    item.urgencyReason = message.urgencyReason;
    QStringList meta{messageKindText(message.direction, message.kind), fullTime(message.at)};
    if (!item.statusText.isEmpty())
        meta << item.statusText;
    if (message.urgent)
        meta << (message.urgencyReason.isEmpty() ? tr("Urgent")
                                                 : tr("Urgent: %1").arg(message.urgencyReason));
    item.meta = meta.join(QStringLiteral(" · "));
    return item;
}

std::vector<ThreadModel::Item> ThreadModel::load() const
{
    std::vector<Item> items;
    if (m_conversationId == 0)
        return items;
    const std::vector<Message> messages = m_queries.messages(m_conversationId, kMessageLimit);
    const std::vector<Call> calls = m_queries.calls(m_conversationId);
    const auto conversation = m_queries.conversation(m_conversationId);
    const QString caller = conversation ? callerName(*conversation, m_homeRegion) : QString();
    // With a long thread only the newest messages are read: leave out the
    // calls older than the oldest of them, so the view has no gap.
    QDateTime since;
    if (int(messages.size()) >= kMessageLimit && !messages.empty())
        since = messages.front().at;
    items.reserve(messages.size() + calls.size());
    for (const Call &call : calls) {
        Item item = fromCall(call);
        if (!since.isValid() || item.at >= since)
            items.push_back(std::move(item));
    }
    for (const Message &message : messages)
        items.push_back(fromMessage(message, caller));
    // Time order; at the same instant the call comes before what answers it.
    std::stable_sort(items.begin(), items.end(), [](const Item &a, const Item &b) {
        if (a.at != b.at)
            return a.at < b.at;
        return a.kind == ItemKind::Call && b.kind == ItemKind::Message;
    });
    return items;
}

void ThreadModel::setConversation(qint64 conversationId)
{
    beginResetModel();
    m_conversationId = conversationId;
    m_items = load();
    endResetModel();
}

void ThreadModel::refresh()
{
    std::vector<Item> fresh = load();
    // Usual case: the same events plus new ones at the end. Update in place.
    const bool samePrefix
        = fresh.size() >= m_items.size()
          && std::equal(m_items.cbegin(),
                        m_items.cend(),
                        fresh.cbegin(),
                        [](const Item &a, const Item &b) { return a.sameEvent(b); });
    if (!samePrefix) {
        beginResetModel();
        m_items = std::move(fresh);
        endResetModel();
        return;
    }
    const size_t old = m_items.size();
    for (size_t i = 0; i < old; ++i) {
        if (m_items[i] == fresh[i])
            continue;
        m_items[i] = fresh[i];
        emit dataChanged(index(int(i)), index(int(i)));
    }
    if (fresh.size() > old) {
        beginInsertRows(QModelIndex(), int(old), int(fresh.size()) - 1);
        m_items.insert(m_items.end(),
                       std::make_move_iterator(fresh.begin() + old),
                       std::make_move_iterator(fresh.end()));
        endInsertRows();
    }
}

int ThreadModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

QVariant ThreadModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Item &item = m_items[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        if (item.kind == ItemKind::Call)
            return tr("%1, %2").arg(item.text, item.meta);
        return accessibleText(item);
    case Qt::ToolTipRole:
        return plainToolTip(item.meta);
    case KindRole:
        return int(item.kind);
    case ItemIdRole:
        return item.id;
    case TextRole:
        return item.text;
    case OutgoingRole:
        return item.outgoing;
    case MessageKindRole:
        return item.kind == ItemKind::Message ? toString(item.messageKind) : QString();
    case StatusRole:
        return item.kind == ItemKind::Message ? toString(item.status) : QString();
    case StatusTextRole:
        return item.statusText;
    case FailedRole:
        return item.kind == ItemKind::Message && item.status == MessageStatus::Failed;
    case TimeRole:
        return item.at;
    case MetaTextRole:
        return item.meta;
    case UrgentRole:
        return item.urgent;
    case UrgencyReasonRole:
        return item.urgencyReason;
    case MediaRole:
        return m_cache ? item.media : QStringList();
    case MediaNamesRole:
        return m_cache ? mediaNames(item) : QStringList();
    default:
        return {};
    }
}

void ThreadModel::setMediaCache(MediaCache *cache)
{
    if (cache == m_cache)
        return;
    if (m_cache)
        disconnect(m_cache, nullptr, this, nullptr);
    m_cache = cache;
    if (m_cache)
        connect(m_cache, &MediaCache::itemChanged, this, &ThreadModel::mediaChanged);
    setConversation(m_conversationId);
}

void ThreadModel::setHomeRegion(const QString &region)
{
    if (region == m_homeRegion)
        return;
    m_homeRegion = region;
    refresh();
}

void ThreadModel::mediaChanged(const QString &url)
{
    for (size_t i = 0; i < m_items.size(); ++i) {
        if (m_items[i].media.contains(url))
            emit dataChanged(index(int(i)), index(int(i)));
    }
}

QStringList ThreadModel::mediaNames(const Item &item) const
{
    QStringList names;
    const int count = int(item.media.size());
    for (int i = 0; i < count; ++i) {
        const MediaItem media = m_cache->peek(item.media.at(i));
        if (media.image) {
            //: "Photo 1 of 2 from (512) 555-0134": one of the attachments of a text.
            names << tr("Photo %1 of %2 from %3").arg(i + 1).arg(count).arg(item.sender);
        } else {
            //: "File 2 of 2 from (512) 555-0134 (PDF document)".
            names << tr("File %1 of %2 from %3 (%4)")
                         .arg(i + 1)
                         .arg(count)
                         .arg(item.sender,
                              media.typeName.isEmpty() ? tr("unknown type") : media.typeName);
        }
    }
    return names;
}

QString ThreadModel::accessibleText(const Item &item) const
{
    QStringList parts;
    if (!item.text.isEmpty())
        parts << item.text;
    if (m_cache) {
        const QStringList names = mediaNames(item);
        for (int i = 0; i < names.size(); ++i) {
            const MediaItem media = m_cache->peek(item.media.at(i));
            if (media.state == MediaItem::State::Failed)
                //: An attachment that could not be shown: its name, then why.
                parts << tr("%1, couldn't load it: %2").arg(names.at(i), media.error);
            else
                parts << names.at(i);
        }
    }
    return tr("%1: %2 (%3)")
        .arg(messageKindText(item.outgoing ? Direction::Out : Direction::In, item.messageKind),
             parts.join(QLatin1String("; ")),
             item.meta);
}

QHash<int, QByteArray> ThreadModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(KindRole, "kind");
    names.insert(ItemIdRole, "itemId");
    names.insert(TextRole, "text");
    names.insert(OutgoingRole, "outgoing");
    names.insert(MessageKindRole, "messageKind");
    names.insert(StatusRole, "status");
    names.insert(StatusTextRole, "statusText");
    names.insert(FailedRole, "failed");
    names.insert(TimeRole, "time");
    names.insert(MetaTextRole, "metaText");
    names.insert(UrgentRole, "urgent");
    names.insert(UrgencyReasonRole, "urgencyReason");
    names.insert(MediaRole, "media");
    names.insert(MediaNamesRole, "mediaNames");
    return names;
}

} // namespace ringback::gui
