#include "gui/inbox/ConversationListModel.h"
#include "store/Database.h"
#include "store/Queries.h"
#include "store/Store.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace ringback;
using ringback::gui::ConversationListModel;

// The conversation list past its cache: over a store of more conversations
// than ConversationListModel::kCachedRows, the rows scrolled away are let go
// and read again, and changes to them still land in the right place; and the
// search box, answered on the search thread, lists what
// Queries::findConversations lists.
class TestConversationList : public QObject
{
    Q_OBJECT

private:
    static constexpr int kCount = 2500;              // 25 pages: more than the cache holds
    static constexpr qint64 kBaseMs = 1767225600000; // 2026-01-01
    const QString kLine = QStringLiteral("+15125550100");

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::vector<qint64> m_ids; // m_ids[i]: conversation i; higher i is newer
    int m_run = 0;

    static QString contact(int i) { return QStringLiteral("+1512666%1").arg(1000 + i); }
    static qint64 activity(int i) { return kBaseMs + qint64(i) * 60000; }

    // Every row, in the store's order, with what it shows.
    void verifyMatchesStore(const ConversationListModel &model)
    {
        const auto expected = Queries(*m_db).conversationPage(
            ConversationFilter::All, std::nullopt, model.rowCount());
        QCOMPARE(int(expected.size()), model.rowCount());
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex index = model.index(row);
            const Conversation &c = expected[size_t(row)];
            QCOMPARE(index.data(ConversationListModel::ConversationIdRole).toLongLong(), c.id);
            QCOMPARE(index.data(ConversationListModel::PreviewRole).toString(), c.preview);
            QCOMPARE(index.data(ConversationListModel::UnreadRole).toInt(), c.unreadCount);
            QCOMPARE(index.data(ConversationListModel::ContactRole).toString(), c.contactNumber);
        }
    }

    // What a view does while scrolling: every row's data, a page at a time,
    // loading the next page at the bottom.
    static void scrollToTheEnd(ConversationListModel &model)
    {
        for (int row = 0; row < model.rowCount() || model.canFetchMore({}); ++row) {
            if (row == model.rowCount())
                model.fetchMore({});
            if (row == model.rowCount())
                break; // that was all
            QVERIFY(model.index(row).data(Qt::DisplayRole).isValid());
            QVERIFY(model.cachedRows()
                    <= ConversationListModel::kCachedRows + ConversationListModel::kPageSize);
        }
    }

    void touch(qint64 id, qint64 atMs, const QString &preview, int unreadDelta)
    {
        Store s(*m_db);
        Transaction tx(*m_db);
        QVERIFY(s.touchConversation(id, atMs, preview, unreadDelta).isOk());
        QVERIFY(tx.commit().isOk());
    }

    // The results of the model's search for `text`, once listed.
    static QStringList searched(ConversationListModel &model, const QString &text)
    {
        model.setSearch(text);
        if (!QTest::qWaitFor([&model] { return !model.isSearching(); }, 10000))
            return {QStringLiteral("(no answer)")};
        QStringList contacts;
        for (int row = 0; row < model.rowCount(); ++row)
            contacts << model.index(row).data(ConversationListModel::ContactRole).toString();
        return contacts;
    }

    QStringList found(const QString &text)
    {
        QStringList contacts;
        for (const Conversation &c :
             Queries(*m_db).findConversations(text, ConversationListModel::kSearchLimit))
            contacts << c.contactNumber;
        return contacts;
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_db = std::make_unique<Database>();
        const QString file = m_dir.filePath(QStringLiteral("list-%1.sqlite").arg(++m_run));
        QVERIFY(m_db->open(file, QStringLiteral("list-test")).isOk());
        m_ids.clear();
        Store s(*m_db);
        Transaction tx(*m_db);
        for (int i = 0; i < kCount; ++i) {
            const auto id = s.ensureConversation(contact(i), kLine, kBaseMs);
            QVERIFY(id.isOk());
            m_ids.push_back(id.value());
            QVERIFY(s.touchConversation(
                         id.value(), activity(i), QStringLiteral("Message %1").arg(i), i % 9 == 0)
                        .isOk());
            if (i % 100 == 7)
                QVERIFY(s.setDisplayName(id.value(), QStringLiteral("Dana Ortiz %1").arg(i)));
            if (i % 250 == 3) {
                Message m;
                m.conversationId = id.value();
                m.provider = QStringLiteral("test");
                m.providerId = QStringLiteral("m%1").arg(i);
                m.body = QStringLiteral("The sump pump quit, water everywhere");
                m.at = QDateTime::fromMSecsSinceEpoch(activity(i), Qt::UTC);
                QVERIFY(s.insertMessage(m).isOk());
            }
        }
        QVERIFY(tx.commit().isOk());
    }

    void cleanup() { m_db.reset(); }

    void scrolledAwayRowsAreLetGoAndReadAgain()
    {
        Queries queries(*m_db);
        ConversationListModel model(queries);
        scrollToTheEnd(model);
        // Only now: the tester fetches a page whenever rows are inserted,
        // inside the insertion of the page fetched here.
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        QCOMPARE(model.rowCount(), kCount);
        // Far fewer rows held than listed: the top ones went.
        QVERIFY(model.cachedRows() < kCount);
        QVERIFY(model.cachedRows()
                <= ConversationListModel::kCachedRows + ConversationListModel::kPageSize);
        // Back to the top: read again, the same as before.
        QCOMPARE(model.index(0).data(ConversationListModel::PreviewRole).toString(),
                 QStringLiteral("Message %1").arg(kCount - 1));
        QCOMPARE(model.conversationAt(1)->id, m_ids[size_t(kCount - 2)]);
        verifyMatchesStore(model);
        QVERIFY(model.cachedRows()
                <= ConversationListModel::kCachedRows + ConversationListModel::kPageSize);
    }

    void changesWhileScrolledAway()
    {
        Queries queries(*m_db);
        ConversationListModel model(queries);
        scrollToTheEnd(model);
        // Only now: the tester fetches a page whenever rows are inserted,
        // inside the insertion of the page fetched here.
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        // Row 5 (let go of) gets a reply: it moves to the top with its new text.
        const qint64 evicted = m_ids[size_t(kCount - 1 - 5)];
        QCOMPARE(model.rowOf(evicted), 5);
        QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
        touch(evicted, activity(kCount) + 1000, QStringLiteral("Any news?"), 1);
        model.conversationChanged(evicted);
        QCOMPARE(moved.count(), 1);
        QCOMPARE(model.rowOf(evicted), 0);
        // A held row near the end moves to the top too.
        const qint64 held = m_ids[3];
        QCOMPARE(model.rowOf(held), kCount - 4);
        touch(held, activity(kCount) + 2000, QStringLiteral("Still there?"), 1);
        model.conversationChanged(held);
        QCOMPARE(moved.count(), 2);
        QCOMPARE(model.rowOf(held), 0);
        QCOMPARE(model.rowOf(evicted), 1);
        // A let-go row changes in place (read: unread count to 0).
        const qint64 inPlace = m_ids[size_t(kCount - 1 - 9)]; // i % 9 == 0: unread
        QCOMPARE(model.rowOf(inPlace), 10);                   // one row moved up from below it
        {
            Store s(*m_db);
            Transaction tx(*m_db);
            QVERIFY(s.markRead(inPlace).isOk());
            QVERIFY(tx.commit().isOk());
        }
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.conversationChanged(inPlace);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 10);
        QCOMPARE(model.index(10).data(ConversationListModel::UnreadRole).toInt(), 0);
        // And a new conversation arrives on top.
        qint64 fresh = 0;
        {
            Store s(*m_db);
            Transaction tx(*m_db);
            const auto id = s.ensureConversation(QStringLiteral("+15125550134"), kLine, kBaseMs);
            QVERIFY(id.isOk());
            fresh = id.value();
            QVERIFY(s.touchConversation(fresh, activity(kCount) + 3000, QStringLiteral("Hi"), 1)
                        .isOk());
            QVERIFY(tx.commit().isOk());
        }
        model.conversationChanged(fresh);
        QCOMPARE(model.rowOf(fresh), 0);
        QCOMPARE(model.rowCount(), kCount + 1);
        verifyMatchesStore(model);
    }

    void homeRegionReachesRowsReadAgain()
    {
        Queries queries(*m_db);
        ConversationListModel model(queries);
        scrollToTheEnd(model);
        model.setHomeRegion(QStringLiteral("GB"));
        // Row 0 was let go: read again, it is named for the new region.
        const QString name = model.index(0).data(ConversationListModel::NameRole).toString();
        model.setHomeRegion(QStringLiteral("US"));
        QCOMPARE(model.index(0).data(ConversationListModel::NameRole).toString(),
                 QStringLiteral("(512) 666-%1").arg(1000 + kCount - 1));
        QVERIFY(name != model.index(0).data(ConversationListModel::NameRole).toString());
    }

    void searchListsWhatTheStoreFinds_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("name") << "dana ortiz 1";
        QTest::newRow("name, other case") << "DANA";
        QTest::newRow("formatted number") << "(512) 666-1042";
        QTest::newRow("last digits") << "3107";
        QTest::newRow("word in a message") << "sump";
        QTest::newRow("two words") << "pump water";
        QTest::newRow("name and digits") << "Ortiz 7";
        QTest::newRow("nobody") << "Smith";
        QTest::newRow("like wildcards are literal") << "100%";
        QTest::newRow("underscore is literal") << "a_b";
    }
    void searchListsWhatTheStoreFinds()
    {
        QFETCH(QString, text);
        Queries queries(*m_db);
        ConversationListModel model(queries);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        const QStringList expected = found(text);
        QCOMPARE(searched(model, text), expected);
        QCOMPARE(model.search(), text.simplified());
        QVERIFY(!model.canFetchMore({}));
    }

    void searchResultsAreNeverEmptyByAccident()
    {
        // The data above: guards the comparisons against two empty lists.
        QCOMPARE(found(QStringLiteral("dana")).size(), kCount / 100);
        QCOMPARE(found(QStringLiteral("sump")).size(), kCount / 250);
        QCOMPARE(found(QStringLiteral("3107")), QStringList{contact(2107)});
        QCOMPARE(found(QStringLiteral("1")).size(), ConversationListModel::kSearchLimit);
    }

    void searchFollowsNewAndRenamedConversations()
    {
        Queries queries(*m_db);
        ConversationListModel model(queries);
        QCOMPARE(searched(model, QStringLiteral("Quinn")), QStringList{});
        model.setSearch(QString());
        {
            Store s(*m_db);
            Transaction tx(*m_db);
            QVERIFY(s.setDisplayName(m_ids[7], QStringLiteral("Pat Quinn"))); // was Dana Ortiz 7
            const auto id = s.ensureConversation(QStringLiteral("+15125550199"), kLine, kBaseMs);
            QVERIFY(id.isOk());
            QVERIFY(s.setDisplayName(id.value(), QStringLiteral("Sam Quinn")));
            QVERIFY(s.touchConversation(id.value(), activity(kCount), QStringLiteral("Hi"), 0));
            QVERIFY(tx.commit().isOk());
        }
        model.conversationChanged(m_ids[7]); // the rename, as the window reports it
        // The new one was never reported: read as the newest id.
        QCOMPARE(searched(model, QStringLiteral("quinn")),
                 (QStringList{QStringLiteral("+15125550199"), contact(7)}));
        QCOMPARE(searched(model, QStringLiteral("quinn")), found(QStringLiteral("quinn")));
        // The old name no longer finds it.
        const QStringList ortiz = searched(model, QStringLiteral("dana ortiz"));
        QCOMPARE(ortiz, found(QStringLiteral("dana ortiz")));
        QCOMPARE(ortiz.size(), kCount / 100 - 1);
        QVERIFY(!ortiz.contains(contact(7)));
    }

    void overtakenSearchIsNotListed()
    {
        Queries queries(*m_db);
        ConversationListModel model(queries);
        // The tester fetches a page inside a reset that leaves more to fetch
        // (clearing the search, below): only while the searches run.
        auto tester = std::make_unique<QAbstractItemModelTester>(
            &model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy started(&model, &ConversationListModel::searchStarted);
        model.setSearch(QStringLiteral("dana"));
        model.setSearch(QStringLiteral("sump"));
        QCOMPARE(started.count(), 2);
        QVERIFY(model.isSearching());
        QCOMPARE(model.search(), QString()); // the filter's rows until the answer
        QTRY_VERIFY(!model.isSearching());
        QCOMPARE(model.search(), QStringLiteral("sump"));
        QCOMPARE(model.rowCount(), kCount / 250);
        // Answers come back in the order asked: the first one, if it was
        // computed at all, arrived before this one and was dropped.
        QCOMPARE(reset.count(), 1);
        tester.reset();

        // Cleared while a search runs: the filter's rows at once.
        model.setSearch(QStringLiteral("dana"));
        model.setSearch(QString());
        QVERIFY(!model.isSearching());
        QCOMPARE(model.search(), QString());
        QCOMPARE(model.rowCount(), ConversationListModel::kPageSize);
        // The next answer lists its own rows; the one for "dana" never showed.
        reset.clear();
        QCOMPARE(searched(model, QStringLiteral("sump")), found(QStringLiteral("sump")));
        QCOMPARE(reset.count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestConversationList)
#include "tst_conversationlist.moc"
