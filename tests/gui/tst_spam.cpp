// Screening in the window: Conversation › Mark as spam and Not spam with the
// list filters following; a spam number that texts in stays out of sight (no
// notification, not unread); Conversation › Number can receive texts again,
// enabled only while the number is marked; the line-type lookup setting.

#include "WindowFixture.h"
#include "engine/Engine.h"
#include "gui/notifications/TrayNotifier.h"
#include "gui/settings/RulesPage.h"
#include "gui/window/NavigationPane.h"
#include "rules/RulesSettings.h"
#include "store/Queries.h"

#include <QAction>
#include <QCheckBox>
#include <QSettings>
#include <QSignalSpy>

using namespace ringback;
using ringback::gui::NavigationPane;

class TestSpam : public QObject, private testing::WindowFixture
{
    Q_OBJECT

    QAction *action(const char *name)
    {
        auto *a = m_window->findChild<QAction *>(QString::fromLatin1(name));
        if (!a)
            qFatal("no action named %s", name);
        return a;
    }
    // Every row of the list under `filter`, fetching page after page.
    int rowsUnder(ConversationFilter filter)
    {
        m_window->navigation()->selectFilter(filter);
        QAbstractItemModel *model = listModel();
        while (model->canFetchMore({}))
            model->fetchMore({});
        return model->rowCount();
    }
    bool hasIncoming(qint64 conversationId)
    {
        for (const Message &m : Queries(m_readDb).messages(conversationId)) {
            if (m.direction == Direction::In)
                return true;
        }
        return false;
    }

private slots:
    void init() { open(); }
    void cleanup() { close(); }

    void markSpamAndUndoFromTheMenu()
    {
        call(kStranger);
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(kStranger) >= 0, kTimeout);
        const qint64 id = conversationOf(kStranger);
        QVERIFY(m_window->selectConversation(id));
        NavigationPane *nav = m_window->navigation();
        QAction *spam = action("markSpamAction");
        QVERIFY(spam->isEnabled());
        QCOMPARE(spam->text(), QStringLiteral("Mark as &spam"));

        spam->trigger();
        // Gone from the default list, counted and listed under Spam.
        QTRY_COMPARE_WITH_TIMEOUT(rowOf(kStranger), -1, kTimeout);
        QTRY_COMPARE_WITH_TIMEOUT(nav->shownCount(ConversationFilter::Spam), 1, kTimeout);
        QCOMPARE(nav->shownCount(ConversationFilter::All), 0);
        QCOMPARE(rowsUnder(ConversationFilter::Spam), 1);
        QVERIFY(rowOf(kStranger) >= 0);
        QVERIFY(m_window->selectConversation(id));
        QCOMPARE(spam->text(), QStringLiteral("&Not spam"));

        spam->trigger(); // undo, from the Spam view
        QTRY_COMPARE_WITH_TIMEOUT(rowOf(kStranger), -1, kTimeout);
        QTRY_COMPARE_WITH_TIMEOUT(nav->shownCount(ConversationFilter::Spam), 0, kTimeout);
        QTRY_COMPARE_WITH_TIMEOUT(nav->shownCount(ConversationFilter::All), 1, kTimeout);
        QCOMPARE(rowsUnder(ConversationFilter::All), 1);
        QVERIFY(rowOf(kStranger) >= 0);
        QCOMPARE(spam->text(), QStringLiteral("Mark as &spam"));
    }

    // A spam number that texts in stays spam and quiet: not unread, not
    // urgent, no notification; an ordinary caller's reply still is all three.
    void spamRepliesStayQuiet()
    {
        call(kStranger);
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(kStranger) >= 0, kTimeout);
        const qint64 spamId = conversationOf(kStranger);
        QVERIFY(test::onEngine(*m_session, [spamId](Engine &engine) {
                    return engine.markSpam(spamId);
                }).isOk());
        NavigationPane *nav = m_window->navigation();

        reply(kStranger, QStringLiteral("URGENT: water everywhere, the pipe burst, call now"));
        QTRY_VERIFY_WITH_TIMEOUT(hasIncoming(spamId), kTimeout);
        const auto spam = Queries(m_readDb).conversation(spamId);
        QCOMPARE(toString(spam->leadState), QStringLiteral("spam"));
        QCOMPARE(spam->unreadCount, 0);
        QVERIFY(!spam->urgent);
        QCOMPARE(m_window->notifier()->lastNotification().conversationId, qint64(0));

        const QString other = QStringLiteral("+15125550141");
        reply(other, QStringLiteral("URGENT: water everywhere, the pipe burst, call now"));
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(other) >= 0, kTimeout);
        const qint64 otherId = conversationOf(other);
        QTRY_COMPARE_WITH_TIMEOUT(
            m_window->notifier()->lastNotification().conversationId, otherId, kTimeout);
        QTRY_COMPARE_WITH_TIMEOUT(nav->shownCount(ConversationFilter::Unread), 1, kTimeout);
        QCOMPARE(nav->shownCount(ConversationFilter::Urgent), 1);
        QCOMPARE(nav->shownCount(ConversationFilter::Spam), 1);
        QCOMPARE(rowsUnder(ConversationFilter::Unread), 1);
        QCOMPARE(rowOf(kStranger), -1);
    }

    void canReceiveTextsAgain()
    {
        QAction *canText = action("canReceiveTextsAction");
        // A text to the number fails as "not a number that can receive texts".
        inject({{QStringLiteral("type"), QStringLiteral("send_failure")},
                {QStringLiteral("error"), QStringLiteral("invalid-number")}});
        call(kStranger);
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(kStranger) >= 0, kTimeout);
        const qint64 id = conversationOf(kStranger);
        const auto marked = [this, id] {
            return test::onEngine(*m_session,
                                  [id](Engine &engine) { return engine.cantReceiveTexts(id); })
                .has_value();
        };
        QTRY_VERIFY_WITH_TIMEOUT(marked(), kTimeout);
        QVERIFY(m_window->selectConversation(id));
        QTRY_VERIFY_WITH_TIMEOUT(canText->isEnabled(), kTimeout);
        QVERIFY2(canText->statusTip().contains(QLatin1String("simulated failure")),
                 qPrintable(canText->statusTip()));

        canText->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!canText->isEnabled(), kTimeout);
        QVERIFY(!marked());

        // An ordinary number: nothing to clear.
        call(QStringLiteral("+15125550141"));
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(QStringLiteral("+15125550141")) >= 0, kTimeout);
        QVERIFY(m_window->selectConversation(conversationOf(QStringLiteral("+15125550141"))));
        // Asked of the engine each time another conversation is shown: wait
        // for that answer to arrive before checking it left the action off.
        QSignalSpy asked(m_window.get(), &gui::MainWindow::conversationActionsUpdated);
        QTRY_VERIFY_WITH_TIMEOUT(asked.count() > 0, kTimeout);
        QVERIFY(!canText->isEnabled());
    }

    // Settings › Text-back rules: the lookup is off by default and saved as
    // rules/line_type_lookup.
    void lineTypeLookupSetting()
    {
        EngineConfig config;
        QVERIFY(!config.rules.lineTypeLookup);
        gui::RulesPage page;
        QSettings settings(m_profile->filePath(QStringLiteral("rules.ini")), QSettings::IniFormat);
        page.load(settings, config);
        QCheckBox *box = page.lineTypeLookup();
        QCOMPARE(box->objectName(), QStringLiteral("lineTypeLookup"));
        QVERIFY(!box->isChecked());
        QVERIFY(!box->accessibleName().isEmpty());
        box->setChecked(true);
        page.save(settings, config);
        RulesSettings::save(settings, config);
        settings.sync();
        QSettings reread(settings.fileName(), QSettings::IniFormat);
        QCOMPARE(reread.value(QStringLiteral("rules/line_type_lookup")).toBool(), true);
        QVERIFY(RulesSettings::load(reread).rules.lineTypeLookup);
    }
};

QTEST_MAIN(TestSpam)
#include "tst_spam.moc"
