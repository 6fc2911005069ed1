#include "gui/inbox/ConversationSearch.h"

#include "store/Database.h"
#include "store/Queries.h"

#include <QSet>
#include <QSqlQuery>
#include <QThread>

#include <algorithm>
#include <atomic>

namespace ringback::gui {

namespace {

// Every conversation's caller name (case-folded) and number, packed into two
// strings so a search is one substring scan of each, not a query per row.
class Directory
{
public:
    // Reads the conversations added since the last call, and again the
    // `changed` ones (their old entries are dropped).
    void refresh(Database &db, const QSet<qint64> &changed, const std::atomic<bool> &stopping)
    {
        if (!changed.isEmpty()) {
            QStringList ids;
            for (Entry &entry : m_entries) {
                if (entry.live() && changed.contains(entry.key)) {
                    entry.key = -entry.key;
                    ++m_dead;
                }
            }
            for (const qint64 id : changed) {
                if (id <= m_maxId)
                    ids << QString::number(id);
            }
            if (!ids.isEmpty())
                read(db,
                     QStringLiteral("WHERE id IN (%1)").arg(ids.join(QLatin1Char(','))),
                     false,
                     stopping);
        }
        // Mostly superseded entries: start again rather than grow forever.
        if (m_dead > 1000 && m_dead > int(m_entries.size()) / 2)
            clear();
        read(db, QStringLiteral("WHERE id > %1 ORDER BY id").arg(m_maxId), true, stopping);
        m_names.squeeze();
        m_numbers.squeeze();
        m_entries.shrink_to_fit();
    }

    // Ids of the live conversations whose name contains `folded` or whose
    // number contains `digits` (when not empty), newest activity first, at
    // most `limit`.
    std::vector<qint64> find(const QString &folded, const QByteArray &digits, int limit) const
    {
        std::vector<const Entry *> hits;
        collect(m_names, folded.toUtf8(), &Entry::name, hits);
        if (!digits.isEmpty())
            collect(m_numbers, digits, &Entry::number, hits);
        std::sort(hits.begin(), hits.end(), [](const Entry *a, const Entry *b) {
            return a->activityMs != b->activityMs ? a->activityMs > b->activityMs
                                                  : a->id() > b->id();
        });
        hits.erase(std::unique(hits.begin(), hits.end()), hits.end());
        std::vector<qint64> ids;
        for (const Entry *entry : hits) {
            if (int(ids.size()) >= limit)
                break;
            ids.push_back(entry->id());
        }
        return ids;
    }

private:
    // 24 bytes a conversation, plus its name and number.
    struct Entry
    {
        qint64 key = 0; // the id; negated once superseded
        qint64 activityMs = 0;
        qint32 name = 0;   // where its text starts in m_names
        qint32 number = 0; // and in m_numbers

        qint64 id() const { return key < 0 ? -key : key; }
        bool live() const { return key > 0; }
    };

    void clear()
    {
        m_names.clear();
        m_numbers.clear();
        m_entries.clear();
        m_maxId = 0;
        m_dead = 0;
    }

    void read(Database &db, const QString &where, bool advance, const std::atomic<bool> &stopping)
    {
        QSqlQuery q(db.db());
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT id, display_name, contact_number, last_activity "
                                   "FROM conversations ")
                    + where))
            return;
        while (!stopping && q.next()) {
            Entry entry;
            entry.key = q.value(0).toLongLong();
            entry.activityMs = q.value(3).toLongLong();
            entry.name = qint32(m_names.size());
            entry.number = qint32(m_numbers.size());
            // UTF-8: a needle in UTF-8 only matches at a character's start.
            QByteArray name = q.value(1).toString().toCaseFolded().toUtf8();
            name.replace('\n', ' ');
            m_names += name;
            m_names += '\n';
            m_numbers += q.value(2).toString().toLatin1();
            m_numbers += '\n';
            m_entries.push_back(entry);
            if (advance)
                m_maxId = std::max(m_maxId, entry.key);
        }
    }

    // Every live entry whose text (at `start`) contains `needle`, once each.
    void collect(const QByteArray &haystack,
                 const QByteArray &needle,
                 qint32 Entry::*start,
                 std::vector<const Entry *> &hits) const
    {
        if (needle.isEmpty())
            return;
        qsizetype from = 0;
        while (from < haystack.size()) {
            const qsizetype at = haystack.indexOf(needle, from);
            if (at < 0)
                return;
            // The entry whose text holds `at`: the last one starting at or before it.
            auto it = std::upper_bound(m_entries.cbegin(),
                                       m_entries.cend(),
                                       at,
                                       [start](qsizetype position, const Entry &entry) {
                                           return position < entry.*start;
                                       });
            --it;
            if (it->live())
                hits.push_back(&*it);
            from = it + 1 == m_entries.cend() ? haystack.size() : (*(it + 1)).*start;
        }
    }

    QByteArray m_names;           // each name, case-folded, in UTF-8, followed by '\n'
    QByteArray m_numbers;         // each E.164 number followed by '\n'
    std::vector<Entry> m_entries; // in the order of their text
    qint64 m_maxId = 0;
    int m_dead = 0;
};

} // namespace

struct ConversationSearch::State
{
    QString path;
    QString connection;
    std::atomic<quint64> latest{0};
    std::atomic<bool> stopping{false}; // the directory's reading ends early
    // Only on the worker thread:
    Database db;
    bool opened = false;
    bool failed = false;
    bool read = false;
    Directory directory;
    QSet<qint64> changed;

    bool open()
    {
        if (!opened && !failed) {
            opened = bool(db.open(path, connection));
            failed = !opened;
            // The directory is read once and searches touch few pages: a
            // small page cache (https://www.sqlite.org/pragma.html#pragma_cache_size).
            QSqlQuery pragma(db.db());
            if (opened)
                pragma.exec(QStringLiteral("PRAGMA cache_size = -2000"));
        }
        return opened;
    }

    void refresh()
    {
        if (!open())
            return;
        const bool first = !read;
        directory.refresh(db, changed, stopping);
        changed.clear();
        read = true;
        if (first) {
            // The whole table went through the page cache: give it back.
            QSqlQuery shrink(db.db());
            shrink.exec(QStringLiteral("PRAGMA shrink_memory"));
        }
    }

    std::vector<Conversation> find(const QString &text, int limit)
    {
        std::vector<Conversation> found;
        const QString needle = text.simplified();
        if (needle.isEmpty() || !open())
            return found;
        refresh();
        QByteArray digits;
        for (const QChar ch : needle) {
            if (ch.isDigit())
                digits += char(ch.digitValue() + '0');
        }
        std::vector<qint64> ids = directory.find(needle.toCaseFolded(), digits, limit);
        Queries queries(db);
        const std::vector<qint64> byMessage = queries.searchConversations(needle, limit);
        ids.insert(ids.end(), byMessage.begin(), byMessage.end());
        std::sort(ids.begin(), ids.end());
        ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
        found = queries.conversations(ids);
        Queries::sortAndCap(found, limit);
        return found;
    }
};

ConversationSearch::ConversationSearch(const QString &databasePath, QObject *parent)
    : QObject(parent)
    , m_state(std::make_shared<State>())
{
    static std::atomic<int> counter{0};
    m_state->path = databasePath;
    m_state->connection = QStringLiteral("ringback-search-%1").arg(++counter);
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("ringback-search"));
    m_worker = new QObject;
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();
}

void ConversationSearch::prepare()
{
    QMetaObject::invokeMethod(
        m_worker, [state = m_state] { state->refresh(); }, Qt::QueuedConnection);
}

ConversationSearch::~ConversationSearch()
{
    QThread *thread = m_thread;
    // After whatever is queued: the connection is closed on its own thread.
    QMetaObject::invokeMethod(
        m_worker,
        [state = m_state, thread] {
            state->db.close();
            thread->quit();
        },
        Qt::QueuedConnection);
    m_state->latest = 0; // skip the searches still queued
    m_state->stopping = true;
    m_thread->wait();
}

void ConversationSearch::find(quint64 generation, const QString &text, int limit, Done done)
{
    m_state->latest = generation;
    QMetaObject::invokeMethod(
        m_worker,
        [this, state = m_state, generation, text, limit, done = std::move(done)] {
            if (state->latest != generation)
                return; // a newer search is queued
            std::vector<Conversation> found = state->find(text, limit);
            if (state->latest != generation)
                return;
            // Runs on this object's thread; dropped if it is gone by then
            // (its destructor waits for this function to return).
            QMetaObject::invokeMethod(
                this,
                [generation, done, found = std::move(found)]() mutable {
                    done(generation, std::move(found));
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void ConversationSearch::conversationChanged(qint64 conversationId)
{
    QMetaObject::invokeMethod(
        m_worker,
        [state = m_state, conversationId] { state->changed.insert(conversationId); },
        Qt::QueuedConnection);
}

} // namespace ringback::gui
