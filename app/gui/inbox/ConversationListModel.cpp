#include "gui/inbox/ConversationListModel.h"

#include "gui/common/Format.h"
#include "gui/inbox/ConversationSearch.h"
#include "store/Database.h"

#include <QTimer>

#include <algorithm>

namespace ringback::gui {

namespace {

// The list order: last activity, then id, both descending.
bool sortsBefore(const ListKey &a, const ListKey &b)
{
    if (a.lastActivityMs != b.lastActivityMs)
        return a.lastActivityMs > b.lastActivityMs;
    return a.id > b.id;
}

ListKey keyOf(const Conversation &c)
{
    return {c.lastActivityMs, c.id};
}

bool searchesOnItsOwnThread(Database &db)
{
    // An in-memory store (tests) cannot be opened a second time.
    return !db.filePath().isEmpty() && db.filePath() != QLatin1String(":memory:");
}

} // namespace

ConversationListModel::ConversationListModel(Queries &queries, QObject *parent)
    : QAbstractListModel(parent)
    , m_queries(queries)
{
    if (searchesOnItsOwnThread(m_queries.database())) {
        m_searcher = new ConversationSearch(m_queries.database().filePath(), this);
        // Once the window is up rather than while it starts.
        QTimer::singleShot(kPrepareSearchMs, m_searcher, &ConversationSearch::prepare);
    }
    reload();
}

ConversationListModel::~ConversationListModel()
{
    delete m_searcher; // before the rows its answers would go to
}

void ConversationListModel::setHomeRegion(const QString &region)
{
    if (region == m_homeRegion)
        return;
    m_homeRegion = region;
    for (auto &[id, row] : m_cache)
        row.formatted = false;
    if (!m_keys.empty())
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
    if (search == m_wanted)
        return;
    m_wanted = search;
    reload();
}

void ConversationListModel::reload()
{
    ++m_generation; // a search still running is not listed
    if (m_wanted.isEmpty() || !m_searcher) {
        m_searching = false;
        m_search = m_wanted;
        // Search results are one capped batch, newest first; no paging.
        if (m_search.isEmpty()) {
            const std::vector<Conversation> page
                = m_queries.conversationPage(m_filter, std::nullopt, kPageSize);
            showRows(page, int(page.size()) < kPageSize);
        } else {
            showRows(m_queries.findConversations(m_search, kSearchLimit), true);
        }
        return;
    }
    // The rows shown stay until the results replace them.
    m_searching = true;
    const quint64 generation = m_generation;
    const QString text = m_wanted;
    emit searchStarted(text);
    m_searcher->find(generation,
                     text,
                     kSearchLimit,
                     [this, text](quint64 answered, std::vector<Conversation> found) {
                         if (answered != m_generation)
                             return; // overtaken by another search or a reload
                         m_searching = false;
                         m_search = text;
                         showRows(found, true);
                     });
}

void ConversationListModel::showRows(const std::vector<Conversation> &rows, bool atEnd)
{
    beginResetModel();
    m_keys.clear();
    m_cache.clear();
    m_atEnd = atEnd;
    m_keys.reserve(rows.size());
    for (const Conversation &c : rows) {
        m_keys.push_back(keyOf(c));
        hold(c);
    }
    endResetModel();
    evict();
}

ConversationListModel::Row ConversationListModel::makeRow(Conversation conversation) const
{
    // Formatted when first shown (rowAt): a search's 200 rows or a fetched
    // page cost nothing for the rows never painted.
    Row row;
    row.conversation = std::move(conversation);
    row.used = ++m_uses;
    return row;
}

void ConversationListModel::hold(Conversation conversation) const
{
    const qint64 id = conversation.id;
    m_cache.insert_or_assign(id, makeRow(std::move(conversation)));
}

void ConversationListModel::evict() const
{
    if (int(m_cache.size()) <= kCachedRows + kPageSize)
        return;
    // Keep the kCachedRows used last.
    std::vector<quint64> uses;
    uses.reserve(m_cache.size());
    for (const auto &[id, row] : m_cache)
        uses.push_back(row.used);
    const auto cut = uses.end() - kCachedRows;
    std::nth_element(uses.begin(), cut, uses.end());
    const quint64 oldestKept = *cut;
    for (auto it = m_cache.begin(); it != m_cache.end();) {
        if (it->second.used < oldestKept)
            it = m_cache.erase(it);
        else
            ++it;
    }
}

const ConversationListModel::Row &ConversationListModel::rowAt(int row) const
{
    const qint64 id = m_keys[size_t(row)].id;
    auto it = m_cache.find(id);
    if (it == m_cache.end()) {
        // Read the rest of its page too: the view asks for its neighbours next.
        const int first = row - row % kPageSize;
        const int last = std::min(first + kPageSize, rowCount());
        std::vector<qint64> ids;
        ids.reserve(size_t(last - first));
        for (int r = first; r < last; ++r) {
            if (m_cache.find(m_keys[size_t(r)].id) == m_cache.end())
                ids.push_back(m_keys[size_t(r)].id);
        }
        for (Conversation &c : m_queries.conversations(ids))
            hold(std::move(c));
        // Gone from the store (conversationChanged will say): an empty row
        // in its place until then.
        for (const qint64 missing : ids) {
            if (m_cache.find(missing) == m_cache.end()) {
                Conversation gone;
                gone.id = missing;
                hold(gone);
            }
        }
        evict();
        it = m_cache.find(id);
    }
    Row &found = it->second;
    found.used = ++m_uses;
    if (!found.formatted) {
        found.caller = callerName(found.conversation, m_homeRegion);
        found.preview = singleLine(found.conversation.preview);
        found.formatted = true;
    }
    return found;
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
    return parent.isValid() ? 0 : int(m_keys.size());
}

QVariant ConversationListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = rowAt(index.row());
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
    if (!m_keys.empty())
        after = m_keys.back();
    const std::vector<Conversation> page = m_queries.conversationPage(m_filter, after, kPageSize);
    m_atEnd = int(page.size()) < kPageSize;
    if (page.empty())
        return;
    const int first = rowCount();
    beginInsertRows(QModelIndex(), first, first + int(page.size()) - 1);
    // No reserve(size + page): that reallocates every key on every page
    // (quadratic when scrolling far); push_back grows geometrically.
    for (const Conversation &c : page) {
        m_keys.push_back(keyOf(c));
        hold(c);
    }
    endInsertRows();
    evict();
}

int ConversationListModel::rowOf(qint64 conversationId) const
{
    const auto it
        = std::find_if(m_keys.cbegin(), m_keys.cend(), [conversationId](const ListKey &key) {
              return key.id == conversationId;
          });
    return it == m_keys.cend() ? -1 : int(it - m_keys.cbegin());
}

const Conversation *ConversationListModel::conversationAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return nullptr;
    return &rowAt(row).conversation;
}

int ConversationListModel::sortedPosition(const ListKey &key, int skip) const
{
    const auto before = [&key](const ListKey &row) {
        return sortsBefore(row, key);
    };
    const auto begin = m_keys.cbegin();
    if (skip < 0)
        return int(std::partition_point(begin, m_keys.cend(), before) - begin);
    // The skipped row holds the old key; search the sorted runs either side.
    const auto head = std::partition_point(begin, begin + skip, before);
    if (head != begin + skip)
        return int(head - begin);
    const auto tail = std::partition_point(begin + skip + 1, m_keys.cend(), before);
    return int(tail - begin) - 1;
}

void ConversationListModel::removeRowAt(int row)
{
    const qint64 id = m_keys[size_t(row)].id;
    beginRemoveRows(QModelIndex(), row, row);
    m_keys.erase(m_keys.begin() + row);
    m_cache.erase(id);
    endRemoveRows();
}

void ConversationListModel::conversationChanged(qint64 conversationId)
{
    if (m_searcher)
        m_searcher->conversationChanged(conversationId);
    const int old = rowOf(conversationId);
    std::optional<Conversation> fresh = m_queries.conversation(conversationId);
    if (!fresh || !matchesFilter(*fresh)) {
        if (old >= 0)
            removeRowAt(old);
        return;
    }
    const ListKey key = keyOf(*fresh);
    const int position = sortedPosition(key, old);
    const int othersLoaded = rowCount() - (old >= 0 ? 1 : 0);
    if (position >= othersLoaded && !m_atEnd) {
        // It now belongs past the loaded rows: a later page brings it back.
        if (old >= 0)
            removeRowAt(old);
        return;
    }
    hold(std::move(*fresh));
    if (old < 0) {
        beginInsertRows(QModelIndex(), position, position);
        m_keys.insert(m_keys.begin() + position, key);
        endInsertRows();
        evict();
        return;
    }
    if (position != old) {
        const int destination = position < old ? position : position + 1;
        if (!beginMoveRows(QModelIndex(), old, old, QModelIndex(), destination))
            return;
        const auto begin = m_keys.begin();
        if (position < old)
            std::rotate(begin + position, begin + old, begin + old + 1);
        else
            std::rotate(begin + old, begin + old + 1, begin + position + 1);
        endMoveRows();
    }
    m_keys[size_t(position)] = key;
    const QModelIndex changed = index(position);
    emit dataChanged(changed, changed);
}

} // namespace ringback::gui
