#include "store/Database.h"
#include "store/Queries.h"
#include "store/Store.h"

#include <QTemporaryDir>
#include <QTest>

using namespace ringback;

// The reads the conversation list and its search thread are built on:
// conversations by id, the message search's order and caps, and the list's
// sort.
class TestQueries : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Database m_db;
    std::vector<qint64> m_ids; // conversation i: contact +1512555020i
    qint64 m_messages = 0;

    void addMessage(qint64 conversationId, const QString &body)
    {
        Message m;
        m.conversationId = conversationId;
        m.provider = QStringLiteral("test");
        m.providerId = QStringLiteral("q%1").arg(++m_messages);
        m.body = body;
        m.at = QDateTime::fromMSecsSinceEpoch(m_messages * 1000, Qt::UTC);
        QVERIFY(Store(m_db).insertMessage(m).isOk());
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_db.open(m_dir.filePath(QStringLiteral("queries.sqlite")), QStringLiteral("q"))
                    .isOk());
        Store store(m_db);
        for (int i = 0; i < 5; ++i) {
            const auto id = store.ensureConversation(
                QStringLiteral("+1512555020%1").arg(i), QStringLiteral("+15125550100"), 0);
            QVERIFY(id.isOk());
            m_ids.push_back(id.value());
        }
        // Newest last: 0, 1, 0, 2, 3 (conversation 4 never says "pipe").
        for (const int i : {0, 1, 0, 2, 3})
            addMessage(m_ids[size_t(i)], QStringLiteral("The pipe burst"));
        addMessage(m_ids[4], QStringLiteral("Nothing to see"));
        // "drip": once in conversation 0, then twenty times in 4.
        addMessage(m_ids[0], QStringLiteral("A slow drip"));
        for (int n = 0; n < 20; ++n)
            addMessage(m_ids[4], QStringLiteral("Drip %1").arg(n));
    }

    void conversationsById()
    {
        Queries queries(m_db);
        QVERIFY(queries.conversations({}).empty());
        std::vector<Conversation> found = queries.conversations({m_ids[3], 999999, m_ids[1]});
        QCOMPARE(found.size(), size_t(2)); // the unknown id is left out
        std::vector<qint64> ids;
        for (const Conversation &c : found)
            ids.push_back(c.id);
        std::sort(ids.begin(), ids.end());
        QCOMPARE(ids, (std::vector<qint64>{m_ids[1], m_ids[3]}));
        QCOMPARE(found[0].contactNumber.left(10), QStringLiteral("+151255502"));
    }

    void messageSearchIsNewestMatchFirstAndCapped()
    {
        Queries queries(m_db);
        // By each conversation's newest match: 3, 2, 0, 1.
        QCOMPARE(queries.searchConversations(QStringLiteral("pipe")),
                 (std::vector<qint64>{m_ids[3], m_ids[2], m_ids[0], m_ids[1]}));
        QCOMPARE(queries.searchConversations(QStringLiteral("pipe"), 2),
                 (std::vector<qint64>{m_ids[3], m_ids[2]}));
        // At most limit * 10 matches are read: with a limit of 2 the newest
        // twenty, all in conversation 4; with 3, thirty, and 0's one too.
        QCOMPARE(queries.searchConversations(QStringLiteral("drip"), 2),
                 (std::vector<qint64>{m_ids[4]}));
        QCOMPARE(queries.searchConversations(QStringLiteral("drip"), 3),
                 (std::vector<qint64>{m_ids[4], m_ids[0]}));
        QVERIFY(queries.searchConversations(QStringLiteral("pipe"), 0).empty());
        QVERIFY(queries.searchConversations(QStringLiteral("plumber")).empty());
    }

    void sortAndCapIsTheListOrder()
    {
        std::vector<Conversation> rows(4);
        const qint64 keys[][2] = {{10, 1}, {30, 2}, {30, 3}, {20, 4}};
        for (size_t i = 0; i < rows.size(); ++i) {
            rows[i].lastActivityMs = keys[i][0];
            rows[i].id = keys[i][1];
        }
        Queries::sortAndCap(rows, 3);
        QCOMPARE(rows.size(), size_t(3));
        QCOMPARE(rows[0].id, 3); // same time: the higher id first
        QCOMPARE(rows[1].id, 2);
        QCOMPARE(rows[2].id, 4);
        QVERIFY(Queries::listSortsBefore(rows[0], rows[1]));
        QVERIFY(!Queries::listSortsBefore(rows[1], rows[0]));
    }
};

QTEST_GUILESS_MAIN(TestQueries)
#include "tst_queries.moc"
