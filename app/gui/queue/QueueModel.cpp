#include "gui/queue/QueueModel.h"

#include "gui/common/Format.h"
#include "leads/Leads.h"
#include "leads/QueueExport.h"
#include "util/Clock.h"

#include <QFont>
#include <QGuiApplication>

#include <algorithm>

namespace ringback::gui {

QueueModel::QueueModel(Queries &queries, Clock &clock, QObject *parent)
    : QAbstractTableModel(parent)
    , m_queries(queries)
    , m_clock(clock)
{
    reload();
}

QueueModel::~QueueModel() = default;

void QueueModel::setHomeRegion(const QString &region)
{
    if (region == m_homeRegion)
        return;
    m_homeRegion = region;
    for (Row &row : m_rows)
        row.caller = callerName(row.conversation, m_homeRegion);
    if (!m_rows.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

void QueueModel::reload()
{
    const int keep = std::max<int>(kPageSize, int(m_rows.size()));
    beginResetModel();
    m_rows.clear();
    m_atEnd = false;
    appendPage(keep);
    endResetModel();
}

void QueueModel::appendPage(int limit)
{
    std::optional<QueueKey> after;
    if (!m_rows.empty())
        after = QueueKey::of(m_rows.back().conversation);
    const auto page = m_queries.callbackQueuePage(m_clock.nowMs(), after, limit);
    m_atEnd = int(page.size()) < limit;
    for (const Conversation &c : page)
        m_rows.push_back(makeRow(c));
}

void QueueModel::fetchAll()
{
    while (canFetchMore(QModelIndex()))
        fetchMore(QModelIndex());
}

QueueModel::Row QueueModel::makeRow(Conversation conversation) const
{
    Row row;
    row.caller = callerName(conversation, m_homeRegion);
    row.lastMessage = singleLine(QueueExport::lastMessage(m_queries, conversation));
    row.conversation = std::move(conversation);
    return row;
}

int QueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int QueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 5;
}

QString QueueModel::waitingText(qint64 sinceMs, qint64 nowMs)
{
    const qint64 minutes = std::max<qint64>(0, (nowMs - sinceMs) / 60000);
    if (minutes < 60)
        return tr("waiting %n min", nullptr, int(minutes));
    if (minutes < 48 * 60)
        //: h: hours
        return tr("waiting %n h", nullptr, int(minutes / 60));
    return tr("waiting %n day(s)", nullptr, int(minutes / (24 * 60)));
}

QString QueueModel::urgentText(const Conversation &c)
{
    if (!c.urgent)
        return {};
    return c.urgencyReason.isEmpty() ? tr("Urgent") : tr("Urgent: %1").arg(c.urgencyReason);
}

QString QueueModel::attemptsText(const Conversation &c)
{
    const auto outcome = callbackOutcomeFromString(c.callbackOutcome);
    if (!outcome || c.callbackAttempts == 0)
        return QString::number(c.callbackAttempts);
    switch (*outcome) {
    case CallbackOutcome::NoAnswer:
        //: Call-back attempts so far, then how the last one went.
        return tr("%1 (no answer)").arg(c.callbackAttempts);
    case CallbackOutcome::Voicemail:
        return tr("%1 (left voicemail)").arg(c.callbackAttempts);
    case CallbackOutcome::Reached:
        return tr("%1 (reached)").arg(c.callbackAttempts);
    }
    return QString::number(c.callbackAttempts);
}

QVariant QueueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[size_t(index.row())];
    const Conversation &c = row.conversation;
    const qint64 now = m_clock.nowMs();
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case UrgentColumn:
            return urgentText(c);
        case CallerColumn:
            return row.caller;
        case WaitingColumn:
            return waitingText(c.waitingSinceMs, now);
        case AttemptsColumn:
            return attemptsText(c);
        case MessageColumn:
            return row.lastMessage;
        }
        return {};
    case Qt::AccessibleTextRole: {
        QStringList parts;
        if (c.urgent)
            parts << urgentText(c);
        parts << row.caller << waitingText(c.waitingSinceMs, now)
              << tr("%n call-back attempt(s)", nullptr, c.callbackAttempts) << row.lastMessage;
        return parts.join(QLatin1String(", "));
    }
    case Qt::ToolTipRole:
        if (index.column() == UrgentColumn || index.column() == MessageColumn)
            return plainToolTip(index.column() == UrgentColumn ? urgentText(c) : row.lastMessage);
        if (index.column() == WaitingColumn)
            return fullTime(QDateTime::fromMSecsSinceEpoch(c.waitingSinceMs, Qt::UTC));
        return {};
    case Qt::FontRole:
        if (index.column() == UrgentColumn && c.urgent)
            return boldFont(QGuiApplication::font());
        return {};
    case Qt::ForegroundRole:
        if (index.column() == UrgentColumn && c.urgent)
            return urgentColor(QGuiApplication::palette());
        return {};
    case ConversationIdRole:
        return c.id;
    case ContactRole:
        return c.contactNumber;
    case NameRole:
        return row.caller;
    case UrgentRole:
        return c.urgent;
    case UrgencyReasonRole:
        return c.urgencyReason;
    case WaitingSinceRole:
        return QDateTime::fromMSecsSinceEpoch(c.waitingSinceMs, Qt::UTC);
    case LastMessageRole:
        return row.lastMessage;
    case AttemptsRole:
        return c.callbackAttempts;
    case OutcomeRole:
        return c.callbackOutcome;
    default:
        return {};
    }
}

QVariant QueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case UrgentColumn:
        return tr("Urgent");
    case CallerColumn:
        return tr("Caller");
    case WaitingColumn:
        return tr("Waiting");
    case AttemptsColumn:
        //: Column: call-back attempts so far.
        return tr("Attempts");
    case MessageColumn:
        return tr("Last message");
    }
    return {};
}

QHash<int, QByteArray> QueueModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(ConversationIdRole, "conversationId");
    names.insert(ContactRole, "contact");
    names.insert(NameRole, "name");
    names.insert(UrgentRole, "urgent");
    names.insert(UrgencyReasonRole, "urgencyReason");
    names.insert(WaitingSinceRole, "waitingSince");
    names.insert(LastMessageRole, "lastMessage");
    names.insert(AttemptsRole, "attempts");
    names.insert(OutcomeRole, "outcome");
    return names;
}

bool QueueModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void QueueModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_atEnd)
        return;
    // Read the page first, then announce exactly the rows it adds.
    std::optional<QueueKey> after;
    if (!m_rows.empty())
        after = QueueKey::of(m_rows.back().conversation);
    const auto page = m_queries.callbackQueuePage(m_clock.nowMs(), after, kPageSize);
    m_atEnd = int(page.size()) < kPageSize;
    if (page.empty())
        return;
    const int first = rowCount();
    beginInsertRows(QModelIndex(), first, first + int(page.size()) - 1);
    for (const Conversation &c : page)
        m_rows.push_back(makeRow(c));
    endInsertRows();
}

int QueueModel::rowOf(qint64 conversationId) const
{
    const auto it = std::find_if(m_rows.cbegin(), m_rows.cend(), [conversationId](const Row &r) {
        return r.conversation.id == conversationId;
    });
    return it == m_rows.cend() ? -1 : int(it - m_rows.cbegin());
}

const Conversation *QueueModel::conversationAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return nullptr;
    return &m_rows[size_t(row)].conversation;
}

QString QueueModel::callerAt(int row) const
{
    return row >= 0 && row < rowCount() ? m_rows[size_t(row)].caller : QString();
}

QString QueueModel::lastMessageAt(int row) const
{
    return row >= 0 && row < rowCount() ? m_rows[size_t(row)].lastMessage : QString();
}

std::vector<qint64> QueueModel::loadedIds() const
{
    std::vector<qint64> ids;
    ids.reserve(m_rows.size());
    for (const Row &row : m_rows)
        ids.push_back(row.conversation.id);
    return ids;
}

int QueueModel::sortedPosition(const Conversation &conversation, int skip) const
{
    int position = 0;
    for (int i = 0; i < rowCount(); ++i) {
        if (i == skip)
            continue;
        if (Queries::queueSortsBefore(m_rows[size_t(i)].conversation, conversation))
            ++position;
        else
            break;
    }
    return position;
}

void QueueModel::removeRowAt(int row)
{
    beginRemoveRows(QModelIndex(), row, row);
    m_rows.erase(m_rows.begin() + row);
    endRemoveRows();
}

void QueueModel::conversationChanged(qint64 conversationId)
{
    const int old = rowOf(conversationId);
    std::optional<Conversation> fresh = m_queries.conversation(conversationId);
    if (!fresh || !Queries::inCallbackQueue(*fresh, m_clock.nowMs())) {
        if (old >= 0)
            removeRowAt(old);
        return;
    }
    // position: among the other rows, where the fresh row now belongs.
    const int position = sortedPosition(*fresh, old);
    const int others = rowCount() - (old >= 0 ? 1 : 0);
    if (position >= others && !m_atEnd) {
        if (old >= 0)
            removeRowAt(old); // past the loaded rows: a later page brings it
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
    emit dataChanged(index(position, 0), index(position, columnCount() - 1));
}

} // namespace ringback::gui
