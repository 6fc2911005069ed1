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

// The conversation list over a store of 250 conversations: lazy keyset pages,
// order, live moves on conversationChanged, and the delegate's roles.
class TestConversationModel : public QObject
{
    Q_OBJECT

private:
    static constexpr int kCount = 250;
    static constexpr qint64 kBaseMs = 1767225600000; // 2026-01-01
    const QString kLine = QStringLiteral("+15125550100");

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::vector<qint64> m_ids; // m_ids[i]: conversation i; higher i is newer
    int m_run = 0;

    static QString contact(int i) { return QStringLiteral("+1512555%1").arg(2000 + i); }
    // Pairs share a time, so the id breaks ties (one pair straddles rows 99/100).
    static qint64 activity(int i) { return kBaseMs + qint64((i + 1) / 2) * 60000; }

    Store store() { return Store(*m_db); }
    qint64 idAtRow(const ConversationListModel &model, int row)
    {
        return model.index(row).data(ConversationListModel::ConversationIdRole).toLongLong();
    }

    // The loaded rows are exactly the top of the list, in the store's order.
    void verifyMatchesStore(const ConversationListModel &model)
    {
        const auto expected = Queries(*m_db).conversationPage(
            ConversationFilter::All, std::nullopt, model.rowCount());
        QCOMPARE(int(expected.size()), model.rowCount());
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.index(row).data(ConversationListModel::ConversationIdRole).toLongLong(),
                     expected[size_t(row)].id);
    }

    void touch(qint64 id, qint64 atMs, const QString &preview, int unreadDelta)
    {
        Store s(*m_db);
        Transaction tx(*m_db);
        QVERIFY(s.touchConversation(id, atMs, preview, unreadDelta).isOk());
        QVERIFY(tx.commit().isOk());
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_db = std::make_unique<Database>();
        const QString file = m_dir.filePath(QStringLiteral("store-%1.sqlite").arg(++m_run));
        QVERIFY(m_db->open(file, QStringLiteral("model-test")).isOk());
        m_ids.clear();
        Store s(*m_db);
        Transaction tx(*m_db);
        for (int i = 0; i < kCount; ++i) {
            const auto id = s.ensureConversation(contact(i), kLine, kBaseMs);
            QVERIFY(id.isOk());
            m_ids.push_back(id.value());
            QVERIFY(s.touchConversation(id.value(),
                                        activity(i),
                                        QStringLiteral("Message %1").arg(i),
                                        i % 10 == 0 ? 2 : 0)
                        .isOk());
            if (i % 25 == 0)
                QVERIFY(s.setUrgent(id.value(), QStringLiteral("matched: water damage")).isOk());
        }
        QVERIFY(tx.commit().isOk());
    }

    void cleanup() { m_db.reset(); }

    void pagesLazily()
    {
        Queries queries(*m_db);
        ConversationListModel model(queries);
        QCOMPARE(model.rowCount(), ConversationListModel::kPageSize);
        QVERIFY(model.canFetchMore(QModelIndex()));
        verifyMatchesStore(model);

        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.fetchMore(QModelIndex());
        QCOMPARE(model.rowCount(), 200);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.at(0).at(1).toInt(), 100);
        QCOMPARE(inserted.at(0).at(2).toInt(), 199);
        QVERIFY(model.canFetchMore(QModelIndex()));
        model.fetchMore(QModelIndex());
        QCOMPARE(model.rowCount(), kCount);
        QVERIFY(!model.canFetchMore(QModelIndex()));
        model.fetchMore(QModelIndex()); // at the end: nothing happens
        QCOMPARE(model.rowCount(), kCount);
        verifyMatchesStore(model);

        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        Q_UNUSED(tester)
    }

    void ordersByLastActivityThenId()
    {
        Queries queries(*m_db);
        ConversationListModel model(queries);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        while (model.canFetchMore(QModelIndex()))
            model.fetchMore(QModelIndex());
        QCOMPARE(model.rowCount(), kCount);
        // Newest first; equal times by id, descending: conversation i is row 249 - i.
        for (int i = 0; i < kCount; ++i)
            QCOMPARE(idAtRow(model, kCount - 1 - i), m_ids[size_t(i)]);
        QCOMPARE(model.index(99).data(ConversationListModel::TimeRole).toDateTime(),
                 model.index(100).data(ConversationListModel::TimeRole).toDateTime());
    }

    void changeMovesLoadedRowToTop()
    {
        Queries queries(*m_db);
        ConversationListModel model(queries);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        const qint64 id = m_ids[200];
        const int before = model.rowOf(id);
        QCOMPARE(before, 49);
        QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        touch(id, activity(kCount) + 1000, QStringLiteral("Water everywhere"), 1);
        model.conversationChanged(id);
        QCOMPARE(moved.count(), 1);
        QCOMPARE(moved.at(0).at(1).toInt(), before);
        QCOMPARE(moved.at(0).at(4).toInt(), 0);
        QVERIFY(changed.count() >= 1);
        QCOMPARE(model.rowOf(id), 0);
        QCOMPARE(model.index(0).data(ConversationListModel::PreviewRole).toString(),
                 QStringLiteral("Water everywhere"));
        verifyMatchesStore(model);
    }

    void changeInsertsUnloadedRowAtTop()
    {
        Queries queries(*m_db);
        ConversationListModel model(queries);
        // No tester here: it fetches every page, and this row must stay unloaded.
        // (newConversationAppearsAtTop covers an insertion under the tester.)
        const qint64 id = m_ids[20]; // row 229: not loaded yet
        QCOMPARE(model.rowOf(id), -1);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        const int rowsBefore = model.rowCount();
        touch(id, activity(kCount) + 1000, QStringLiteral("Any news?"), 1);
        model.conversationChanged(id);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.at(0).at(1).toInt(), 0);
        QCOMPARE(inserted.at(0).at(2).toInt(), 0);
        QCOMPARE(model.rowCount(), rowsBefore + 1);
        QCOMPARE(model.rowOf(id), 0);
        verifyMatchesStore(model);
        // A later page does not bring it a second time.
        while (model.canFetchMore(QModelIndex()))
            model.fetchMore(QModelIndex());
        QCOMPARE(model.rowCount(), kCount);
        verifyMatchesStore(model);
    }

    void changeInPlaceEmitsDataChanged()
    {
        Queries queries(*m_db);
        ConversationListModel model(queries);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        const qint64 id = m_ids[kCount - 1];
        QCOMPARE(model.rowOf(id), 0);
        QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        touch(id, activity(kCount - 1), QStringLiteral("Message again"), 3);
        model.conversationChanged(id);
        QCOMPARE(moved.count(), 0);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.index(0).data(ConversationListModel::UnreadRole).toInt(), 3);
    }

    void rowPastLoadedRangeIsDropped()
    {
        Queries queries(*m_db);
        ConversationListModel model(queries); // 100 rows; 150 more in the store
        const qint64 id = m_ids[240];
        QCOMPARE(model.rowOf(id), 9);
        QSqlQuery q(m_db->db());
        QVERIFY(q.exec(
            QStringLiteral("UPDATE conversations SET last_activity = 0 WHERE id = %1").arg(id)));
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        model.conversationChanged(id);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(model.rowOf(id), -1);
        QCOMPARE(model.rowCount(), 99);
        verifyMatchesStore(model);
        while (model.canFetchMore(QModelIndex()))
            model.fetchMore(QModelIndex());
        QCOMPARE(model.rowOf(id), kCount - 1); // it comes back as the oldest
        verifyMatchesStore(model);
    }

    void newConversationAppearsAtTop()
    {
        Queries queries(*m_db);
        ConversationListModel model(queries);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        qint64 id = 0;
        {
            Store s(*m_db);
            Transaction tx(*m_db);
            const auto created
                = s.ensureConversation(QStringLiteral("+15125550134"), kLine, kBaseMs);
            QVERIFY(created.isOk());
            id = created.value();
            QVERIFY(
                s.touchConversation(id, activity(kCount) + 5000, QStringLiteral("Missed call"), 0)
                    .isOk());
            QVERIFY(tx.commit().isOk());
        }
        model.conversationChanged(id);
        QCOMPARE(model.rowOf(id), 0);
        QCOMPARE(model.index(0).data(ConversationListModel::NameRole).toString(),
                 QStringLiteral("(512) 555-0134"));
        QCOMPARE(model.index(0).data(ConversationListModel::ContactRole).toString(),
                 QStringLiteral("+15125550134"));
        verifyMatchesStore(model);
    }

    void unreadAndUrgentRoles()
    {
        Queries queries(*m_db);
        ConversationListModel model(queries);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        // Conversation 200: unread (i % 10 == 0) and urgent (i % 25 == 0).
        const QModelIndex urgent = model.index(model.rowOf(m_ids[200]));
        QCOMPARE(urgent.data(ConversationListModel::UnreadRole).toInt(), 2);
        QCOMPARE(urgent.data(ConversationListModel::UrgentRole).toBool(), true);
        QCOMPARE(urgent.data(ConversationListModel::UrgencyReasonRole).toString(),
                 QStringLiteral("matched: water damage"));
        QVERIFY(urgent.data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("matched: water damage")));
        QVERIFY(urgent.data(Qt::DisplayRole).toString().contains(QStringLiteral("Message 200")));
        QCOMPARE(urgent.data(ConversationListModel::LeadStateRole).toString(),
                 QStringLiteral("new"));
        QCOMPARE(urgent.data(ConversationListModel::OptOutRole).toString(), QStringLiteral("none"));

        const QModelIndex plain = model.index(model.rowOf(m_ids[201]));
        QCOMPARE(plain.data(ConversationListModel::UnreadRole).toInt(), 0);
        QCOMPARE(plain.data(ConversationListModel::UrgentRole).toBool(), false);
        QVERIFY(!plain.data(Qt::ToolTipRole).isValid());

        // Reading it clears the count.
        {
            Store s(*m_db);
            Transaction tx(*m_db);
            QVERIFY(s.markRead(m_ids[200]).isOk());
            QVERIFY(tx.commit().isOk());
        }
        model.conversationChanged(m_ids[200]);
        QCOMPARE(
            model.index(model.rowOf(m_ids[200])).data(ConversationListModel::UnreadRole).toInt(),
            0);
    }

    void unreadFilterKeepsShownConversation()
    {
        Queries queries(*m_db);
        ConversationListModel model(queries);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setFilter(ConversationFilter::Unread);
        QCOMPARE(model.rowCount(), kCount / 10);
        QVERIFY(!model.canFetchMore(QModelIndex()));
        for (int row = 0; row < model.rowCount(); ++row)
            QVERIFY(model.index(row).data(ConversationListModel::UnreadRole).toInt() > 0);

        const qint64 shown = m_ids[240];
        const qint64 other = m_ids[230];
        model.setKeptConversation(shown);
        for (qint64 id : {shown, other}) {
            Store s(*m_db);
            Transaction tx(*m_db);
            QVERIFY(s.markRead(id).isOk());
            QVERIFY(tx.commit().isOk());
        }
        model.conversationChanged(shown);
        model.conversationChanged(other);
        QVERIFY(model.rowOf(shown) >= 0); // on screen: stays
        QCOMPARE(model.rowOf(other), -1); // read elsewhere: leaves the filter
    }

    void largeMoveSequenceKeepsOrder()
    {
        Queries queries(*m_db);
        ConversationListModel model(queries);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        qint64 at = activity(kCount) + 1000;
        for (int i = 0; i < kCount; i += 7) {
            touch(m_ids[size_t(i)], at += 1000, QStringLiteral("bump %1").arg(i), 0);
            model.conversationChanged(m_ids[size_t(i)]);
            QCOMPARE(model.rowOf(m_ids[size_t(i)]), 0);
        }
        verifyMatchesStore(model);
        model.conversationChanged(999999); // unknown: ignored
        verifyMatchesStore(model);
    }
};

QTEST_GUILESS_MAIN(TestConversationModel)
#include "tst_conversationmodel.moc"
