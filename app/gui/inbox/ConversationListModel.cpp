#include "gui/inbox/ConversationListModel.h"

#include "gui/common/Format.h"

#include <algorithm>

namespace ringback::gui {

namespace {

// The list order: last activity, then id, both descending.
bool sortsBefore(const Conversation &a, const Conversation &b)
{
    if (a.lastActivityMs != b.lastActivityMs)
        return a.lastActivityMs > b.lastActivityMs;
    return a.id > b.id;
}

} // namespace

ConversationListModel::ConversationListModel(Queries &queries, QObject *parent)
    : QAbstractListModel(parent)
    , m_queries(queries)
{
    reload();
}

ConversationListModel::~ConversationListModel() = default;

void ConversationListModel::setHomeRegion(const QString &region)
{
    if (region == m_homeRegion)
        return;
    m_homeRegion = region;
    for (Row &row : m_rows)
        row.caller = callerName(row.conversation, m_homeRegion);
    if (!m_rows.empty())
        emit dataChanged(index(0), index(rowCount() - 1));
}

void ConversationListModel::setFilter(ConversationFilter filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    reload();
}

void ConversationListModel::setSearch(const QString &text)
{
    const QString search = text.simplified();
    if (search == m_search)
        return;
    m_search = search;
    reload();
}

void ConversationListModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_atEnd = false;
    // Search results are one capped batch, newest first; no paging.
    const std::vector<Conversation> page
        = m_search.isEmpty() ? m_queries.conversationPage(m_filter, std::nullopt, kPageSize)
                             : m_queries.findConversations(m_search);
    m_atEnd = !m_search.isEmpty() || int(page.size()) < kPageSize;
    m_rows.reserve(page.size());
    for (const Conversation &c : page)
        m_rows.push_back(makeRow(c));
    endResetModel();
}

ConversationListModel::Row ConversationListModel::makeRow(Conversation conversation) const
{
    Row row;
    row.caller = callerName(conversation, m_homeRegion);
    row.preview = singleLine(conversation.preview);
    row.conversation = std::move(conversation);
    return row;
}

bool ConversationListModel::matchesFilter(const Conversation &conversation) const
{
    if (m_kept != 0 && conversation.id == m_kept)
        return true;
    if (!m_search.isEmpty())
        return rowOf(conversation.id) >= 0; // results change only by searching again
    switch (m_filter) {
    case ConversationFilter::All:
        return conversation.leadState != LeadState::Spam;
    case ConversationFilter::Spam:
        return conversation.leadState == LeadState::Spam;
    case ConversationFilter::Everything:
        return true;
    case ConversationFilter::Unread:
        return conversation.unreadCount > 0;
    case ConversationFilter::Urgent:
        return conversation.urgent;
    case ConversationFilter::NeedsCallback:
        return conversation.needsCallback && conversation.leadState != LeadState::Spam;
    case ConversationFilter::Booked:
        return conversation.leadState == LeadState::Booked;
    case ConversationFilter::OptedOut:
        return conversation.optOut == OptOutState::OptedOut;
    case ConversationFilter::Screened:
        return conversation.screened && conversation.leadState != LeadState::Spam;
    }
    return true;
}

int ConversationListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ConversationListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[size_t(index.row())];
    const Conversation &c = row.conversation;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole: {
        QStringList parts{row.caller};
        if (c.unreadCount > 0)
            parts << tr("%n unread", nullptr, c.unreadCount);
        if (c.urgent)
            parts << tr("urgent");
        return tr("%1: %2").arg(parts.join(QLatin1String(", ")), row.preview);
    }
    case Qt::ToolTipRole: {
        QStringList lines;
        if (c.urgent)
            lines << (c.urgencyReason.isEmpty() ? tr("Urgent")
                                                : tr("Urgent: %1").arg(c.urgencyReason));
        if (c.optOut == OptOutState::OptedOut)
            lines << tr("Opted out of texts: %1").arg(c.optOutReason);
        if (lines.isEmpty())
            return {};
        return plainToolTip(lines.join(QLatin1Char('\n')));
    }
    case ConversationIdRole:
        return c.id;
    case ContactRole:
        return c.contactNumber;
    case NameRole:
        return row.caller;
    case PreviewRole:
        return row.preview;
    case TimeRole:
        return QDateTime::fromMSecsSinceEpoch(c.lastActivityMs, Qt::UTC);
    case UnreadRole:
        return c.unreadCount;
    case UrgentRole:
        return c.urgent;
    case UrgencyReasonRole:
        return c.urgencyReason;
    case LeadStateRole:
        return toString(c.leadState);
    case OptOutRole:
        return toString(c.optOut);
    default:
        return {};
    }
}

QHash<int, QByteArray> ConversationListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(ConversationIdRole, "conversationId");
    names.insert(ContactRole, "contact");
    names.insert(NameRole, "name");
    names.insert(PreviewRole, "preview");
    names.insert(TimeRole, "time");
    names.insert(UnreadRole, "unread");
    names.insert(UrgentRole, "urgent");
    names.insert(UrgencyReasonRole, "urgencyReason");
    names.insert(LeadStateRole, "leadState");
    names.insert(OptOutRole, "optOut");
    return names;
}

bool ConversationListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void ConversationListModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_atEnd)
        return;
    std::optional<ListKey> after;
    if (!m_rows.empty())
        after = ListKey{m_rows.back().conversation.lastActivityMs, m_rows.back().conversation.id};
    const std::vector<Conversation> page = m_queries.conversationPage(m_filter, after, kPageSize);
    m_atEnd = int(page.size()) < kPageSize;
    if (page.empty())
        return;
    const int first = rowCount();
    beginInsertRows(QModelIndex(), first, first + int(page.size()) - 1);
    // No reserve(size + page): that reallocates every row on every page
    // (quadratic when scrolling far); push_back grows geometrically.
    for (const Conversation &c : page)
        m_rows.push_back(makeRow(c));
    endInsertRows();
}

int ConversationListModel::rowOf(qint64 conversationId) const
{
    const auto it = std::find_if(m_rows.cbegin(), m_rows.cend(), [conversationId](const Row &row) {
        return row.conversation.id == conversationId;
    });
    return it == m_rows.cend() ? -1 : int(it - m_rows.cbegin());
}

const Conversation *ConversationListModel::conversationAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return nullptr;
    return &m_rows[size_t(row)].conversation;
}

int ConversationListModel::sortedPosition(const Conversation &conversation, int skip) const
{
    const auto before = [&conversation](const Row &row) {
        return sortsBefore(row.conversation, conversation);
    };
    const auto begin = m_rows.cbegin();
    if (skip < 0)
        return int(std::partition_point(begin, m_rows.cend(), before) - begin);
    // The skipped row holds the old key; search the sorted runs either side.
    const auto head = std::partition_point(begin, begin + skip, before);
    if (head != begin + skip)
        return int(head - begin);
    const auto tail = std::partition_point(begin + skip + 1, m_rows.cend(), before);
    return int(tail - begin) - 1;
}

void ConversationListModel::removeRowAt(int row)
{
    beginRemoveRows(QModelIndex(), row, row);
    m_rows.erase(m_rows.begin() + row);
    endRemoveRows();
}

void ConversationListModel::conversationChanged(qint64 conversationId)
{
    const int old = rowOf(conversationId);
    std::optional<Conversation> fresh = m_queries.conversation(conversationId);
    if (!fresh || !matchesFilter(*fresh)) {
        if (old >= 0)
            removeRowAt(old);
        return;
    }
    const int position = sortedPosition(*fresh, old);
    const int othersLoaded = rowCount() - (old >= 0 ? 1 : 0);
    if (position >= othersLoaded && !m_atEnd) {
        // It now belongs past the loaded rows: a later page brings it back.
        if (old >= 0)
            removeRowAt(old);
        return;
    }
    Row row = makeRow(std::move(*fresh));
    if (old < 0) {
        beginInsertRows(QModelIndex(), position, position);
        m_rows.insert(m_rows.begin() + position, std::move(row));
        endInsertRows();
        return;
    }
    if (position != old) {
        const int destination = position < old ? position : position + 1;
        if (!beginMoveRows(QModelIndex(), old, old, QModelIndex(), destination))
            return;
        const auto begin = m_rows.begin();
        if (position < old)
            std::rotate(begin + position, begin + old, begin + old + 1);
        else
            std::rotate(begin + old, begin + old + 1, begin + position + 1);
        endMoveRows();
    }
    m_rows[size_t(position)] = std::move(row);
    const QModelIndex changed = index(position);
    emit dataChanged(changed, changed);
}

} // namespace ringback::gui
