#include "store/Database.h"
#include "store/Migrations.h"
#include "store/Queries.h"
#include "store/Store.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ringback;

class TestStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }

    static qint64 addMessage(Store &store,
                             qint64 conversationId,
                             const QString &providerId,
                             const QString &body,
                             qint64 atMs)
    {
        Message m;
        m.conversationId = conversationId;
        m.provider = QStringLiteral("test");
        m.providerId = providerId;
        m.direction = Direction::In;
        m.body = body;
        m.at = QDateTime::fromMSecsSinceEpoch(atMs, Qt::UTC);
        return store.insertMessage(m).value();
    }

private slots:
    void migratesFromEmpty()
    {
        Database db;
        QVERIFY2(db.open(path("empty.sqlite"), QStringLiteral("t1")).isOk(), "open");
        QCOMPARE(db.schemaVersion(), Migrations::latestVersion());
        for (const char *table :
             {"conversations", "calls", "messages", "outbox", "provider_cursors", "messages_fts"}) {
            QSqlQuery q(db.db());
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))));
        }
        QSqlQuery mode(db.db());
        QVERIFY(mode.exec(QStringLiteral("PRAGMA journal_mode")) && mode.next());
        QCOMPARE(mode.value(0).toString(), QStringLiteral("wal"));
        mode.finish();
        db.close();
        // Opening again applies nothing and keeps the data.
        QVERIFY(db.open(path("empty.sqlite"), QStringLiteral("t1")).isOk());
        QCOMPARE(db.schemaVersion(), Migrations::latestVersion());
    }

    void refusesNewerSchema()
    {
        {
            Database db;
            QVERIFY(db.open(path("newer.sqlite"), QStringLiteral("t2")).isOk());
            QSqlQuery q(db.db());
            QVERIFY(q.exec(QStringLiteral("UPDATE schema_version SET version = 999")));
        }
        Database db;
        const Status s = db.open(path("newer.sqlite"), QStringLiteral("t2"));
        QVERIFY(!s.isOk());
        QVERIFY2(s.errorMessage().contains(QLatin1String("newer Ringback")),
                 qPrintable(s.errorMessage()));
    }

    void refusesGarbageFile()
    {
        QFile f(path("garbage.sqlite"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'x'));
        f.close();
        Database db;
        const Status s = db.open(path("garbage.sqlite"), QStringLiteral("t3"));
        QVERIFY(!s.isOk());
        QVERIFY(!s.errorMessage().isEmpty());
        // The file is left alone for the office to recover.
        QCOMPARE(QFileInfo(path("garbage.sqlite")).size(), qint64(4096));
    }

    void uniqueProviderIds()
    {
        Database db;
        QVERIFY(db.open(path("unique.sqlite"), QStringLiteral("t4")).isOk());
        Store store(db);
        const qint64 conv = store
                                .ensureConversation(QStringLiteral("+15125550134"),
                                                    QStringLiteral("+15125550100"),
                                                    1)
                                .value();
        QCOMPARE(store
                     .ensureConversation(
                         QStringLiteral("+15125550134"), QStringLiteral("+15125550100"), 2)
                     .value(),
                 conv);
        addMessage(store, conv, QStringLiteral("SM1"), QStringLiteral("hello"), 10);
        QVERIFY(store.hasMessage(QStringLiteral("test"), QStringLiteral("SM1")).value());
        Message dup;
        dup.conversationId = conv;
        dup.provider = QStringLiteral("test");
        dup.providerId = QStringLiteral("SM1");
        dup.body = QStringLiteral("again");
        dup.at = QDateTime::currentDateTimeUtc();
        QVERIFY(!store.insertMessage(dup).isOk()); // the index refuses a second row

        Call call;
        call.conversationId = conv;
        call.provider = QStringLiteral("test");
        call.providerId = QStringLiteral("CA1");
        call.from = QStringLiteral("+15125550134");
        call.to = QStringLiteral("+15125550100");
        call.startedAt = QDateTime::currentDateTimeUtc();
        QVERIFY(store.insertCall(call, 1).isOk());
        QVERIFY(!store.insertCall(call, 2).isOk());
        QVERIFY(store.hasCall(QStringLiteral("test"), QStringLiteral("CA1")).value());
    }

    void keysetPaging()
    {
        Database db;
        QVERIFY(db.open(path("paging.sqlite"), QStringLiteral("t5")).isOk());
        Store store(db);
        {
            Transaction tx(db);
            for (int i = 0; i < 250; ++i) {
                const QString number = QStringLiteral("+1512555%1").arg(1000 + i);
                const qint64 id
                    = store.ensureConversation(number, QStringLiteral("+15125550100"), 0).value();
                // Pairs share a timestamp so the id breaks the tie.
                QVERIFY(store.touchConversation(
                    id, 1000 + i / 2, QStringLiteral("p%1").arg(i), i % 3 == 0 ? 1 : 0));
            }
            QVERIFY(tx.commit());
        }
        Queries queries(db);
        QCOMPARE(queries.conversationCount(ConversationFilter::All), 250);
        QCOMPARE(queries.conversationCount(ConversationFilter::Unread), 84);
        std::vector<Conversation> all;
        std::optional<ListKey> after;
        for (;;) {
            const auto page = queries.conversationPage(ConversationFilter::All, after, 100);
            all.insert(all.end(), page.begin(), page.end());
            if (page.size() < 100)
                break;
            after = ListKey{page.back().lastActivityMs, page.back().id};
        }
        QCOMPARE(int(all.size()), 250);
        for (size_t i = 1; i < all.size(); ++i) {
            const bool ordered = all[i - 1].lastActivityMs > all[i].lastActivityMs
                                 || (all[i - 1].lastActivityMs == all[i].lastActivityMs
                                     && all[i - 1].id > all[i].id);
            QVERIFY2(ordered, "rows out of order or repeated");
        }
        const auto unread = queries.conversationPage(ConversationFilter::Unread, std::nullopt, 500);
        QCOMPARE(int(unread.size()), 84);
    }

    void listQueriesUseIndexes()
    {
        Database db;
        QVERIFY(db.open(path("plan.sqlite"), QStringLiteral("t6")).isOk());
        const char *const statements[] = {
            "SELECT id FROM conversations ORDER BY last_activity DESC, id DESC LIMIT 50",
            "SELECT id FROM conversations WHERE unread_count > 0 ORDER BY last_activity DESC, id "
            "DESC LIMIT 50",
            "SELECT id FROM conversations WHERE urgent = 1 ORDER BY last_activity DESC, id DESC "
            "LIMIT 50",
            // All hides spam; the Spam filter shows only spam (migration 4's indexes).
            "SELECT id FROM conversations WHERE lead_state != 'spam' ORDER BY last_activity DESC, "
            "id DESC LIMIT 50",
            "SELECT id FROM conversations WHERE lead_state != 'spam' AND (last_activity < 5 OR "
            "(last_activity = 5 AND id < 9)) ORDER BY last_activity DESC, id DESC LIMIT 50",
            "SELECT id FROM conversations WHERE lead_state = 'spam' ORDER BY last_activity DESC, "
            "id DESC LIMIT 50",
            "SELECT id FROM messages WHERE conversation_id = 1 ORDER BY at DESC, id DESC LIMIT 50",
            "SELECT id FROM calls WHERE conversation_id = 1 ORDER BY started_at, id",
        };
        for (const char *statement : statements) {
            QSqlQuery q(db.db());
            QVERIFY(q.exec(QStringLiteral("EXPLAIN QUERY PLAN ") + QLatin1String(statement)));
            QString plan;
            while (q.next())
                plan += q.value(3).toString() + QLatin1Char('\n');
            QVERIFY2(!plan.contains(QLatin1String("TEMP B-TREE")), qPrintable(plan));
            QVERIFY2(!plan.contains(
                         QRegularExpression(QStringLiteral("SCAN (conversations|messages|calls)$"),
                                            QRegularExpression::MultilineOption)),
                     qPrintable(plan));
        }
    }

    void findConversations_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("contacts"); // expected, newest first
        QTest::newRow("name") << "ortiz" << QStringList{QStringLiteral("+15125550101")};
        QTest::newRow("formatted number")
            << "(512) 555-0102" << QStringList{QStringLiteral("+15125550102")};
        QTest::newRow("last digits") << "0103" << QStringList{QStringLiteral("+15125550103")};
        QTest::newRow("word in a reply") << "sump" << QStringList{QStringLiteral("+15125550102")};
        QTest::newRow("name or body")
            << "leak"
            << QStringList{QStringLiteral("+15125550103"), QStringLiteral("+15125550101")};
        QTest::newRow("like wildcards are literal") << "100%" << QStringList{};
        QTest::newRow("underscore is literal") << "a_b" << QStringList{};
        QTest::newRow("blank") << "   " << QStringList{};
    }
    void findConversations()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, contacts);
        Database db;
        QVERIFY(db.open(path("find.sqlite"), QStringLiteral("t8")).isOk());
        if (Queries(db).conversationCount(ConversationFilter::Everything) == 0) {
            Store store(db);
            const QString line = QStringLiteral("+15125550100");
            const qint64 a
                = store.ensureConversation(QStringLiteral("+15125550101"), line, 0).value();
            const qint64 b
                = store.ensureConversation(QStringLiteral("+15125550102"), line, 0).value();
            const qint64 c
                = store.ensureConversation(QStringLiteral("+15125550103"), line, 0).value();
            QSqlQuery name(db.db());
            QVERIFY(name.exec(
                QStringLiteral("UPDATE conversations SET display_name = 'Dana Ortiz' WHERE id = %1")
                    .arg(a)));
            QVERIFY(name.exec(
                QStringLiteral("UPDATE conversations SET display_name = 'Leak Co' WHERE id = %1")
                    .arg(c)));
            addMessage(
                store, a, QStringLiteral("f1"), QStringLiteral("Roof leak over the kitchen"), 1);
            addMessage(store, b, QStringLiteral("f2"), QStringLiteral("Sump pump quit"), 2);
            QVERIFY(store.touchConversation(a, 10, QStringLiteral("a"), 0));
            QVERIFY(store.touchConversation(b, 20, QStringLiteral("b"), 0));
            QVERIFY(store.touchConversation(c, 30, QStringLiteral("c"), 0));
        }
        QStringList found;
        for (const Conversation &conversation : Queries(db).findConversations(text))
            found << conversation.contactNumber;
        QCOMPARE(found, contacts);
    }

    void fullTextSearch_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("hits");
        QTest::newRow("word") << "leak" << 2;
        QTest::newRow("prefix") << "flood" << 1;
        QTest::newRow("accent folded") << "cancion" << 1;
        QTest::newRow("case") << "BASEMENT" << 1;
        QTest::newRow("two words") << "roof leak" << 1;
        QTest::newRow("punctuation only") << "!!!" << 0;
        QTest::newRow("quotes are literal") << "\"leak" << 2;
        QTest::newRow("fts syntax is literal") << "leak OR NEAR(" << 0;
        QTest::newRow("no match") << "chimney" << 0;
    }
    void fullTextSearch()
    {
        QFETCH(QString, query);
        QFETCH(int, hits);
        Database db;
        QVERIFY(db.open(path("fts.sqlite"), QStringLiteral("t7")).isOk());
        Store store(db);
        if (Queries(db).conversationCount(ConversationFilter::All) == 0) {
            const qint64 a = store
                                 .ensureConversation(QStringLiteral("+15125550101"),
                                                     QStringLiteral("+15125550100"),
                                                     0)
                                 .value();
            const qint64 b = store
                                 .ensureConversation(QStringLiteral("+15125550102"),
                                                     QStringLiteral("+15125550100"),
                                                     0)
                                 .value();
            const qint64 c = store
                                 .ensureConversation(QStringLiteral("+15125550103"),
                                                     QStringLiteral("+15125550100"),
                                                     0)
                                 .value();
            addMessage(
                store, a, QStringLiteral("m1"), QStringLiteral("Roof leak over the kitchen"), 1);
            addMessage(store,
                       b,
                       QStringLiteral("m2"),
                       QStringLiteral("Basement flooding, small leak too"),
                       2);
            addMessage(store, c, QStringLiteral("m3"), QStringLiteral("Una canción"), 3);
        }
        QCOMPARE(int(Queries(db).searchConversations(query).size()), hits);
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
