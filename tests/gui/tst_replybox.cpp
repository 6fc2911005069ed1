#include "OpenSession.h"
#include "gui/thread/ReplyBox.h"
#include "session/EngineSession.h"
#include "store/Database.h"
#include "store/Queries.h"

#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace ringback;
using gui::ReplyBox;

// The reply box counts SMS segments as the office types, and inserts the
// office's templates filled in for the caller.
class TestReplyBox : public QObject
{
    Q_OBJECT

    static constexpr int kTimeout = 10000;
    const QString kCaller = QStringLiteral("+15125550199");
    const QString kLine = QStringLiteral("+15125550100");

    std::unique_ptr<QTemporaryDir> m_profile;
    std::unique_ptr<EngineSession> m_session;
    Database m_readDb;
    std::unique_ptr<Queries> m_queries;
    std::unique_ptr<ReplyBox> m_box;
    qint64 m_conversationId = 0;

    QPlainTextEdit *edit() { return m_box->editor(); }
    QString counter() { return m_box->segmentLabel()->text(); }
    void type(const QString &text)
    {
        edit()->clear();
        // QTest types Latin-1 only; the rest is pasted.
        bool latin1 = true;
        for (QChar c : text)
            latin1 = latin1 && c.unicode() < 0x80;
        if (latin1 && text.size() < 200)
            QTest::keyClicks(edit(), text);
        else
            edit()->insertPlainText(text);
    }
    QAction *templateAction(const QString &id)
    {
        QMenu *menu = m_box->templateButton()->menu();
        // What opening the menu does.
        QMetaObject::invokeMethod(menu, "aboutToShow");
        return menu->findChild<QAction *>(QLatin1String("template_") + id);
    }

private slots:
    void init()
    {
        m_profile = std::make_unique<QTemporaryDir>();
        QVERIFY(m_profile->isValid());
        auto session = test::openSimulatorSession(
            m_profile->path(), R"({"calls_per_minute": 0, "reply_probability": 0, "seed": 7})");
        QVERIFY2(session.isOk(), qPrintable(session.errorMessage()));
        m_session = std::move(session.value());
        QVERIFY(m_readDb.open(m_session->profile().databasePath(), QStringLiteral("reply-read"))
                    .isOk());
        m_queries = std::make_unique<Queries>(m_readDb);

        EngineConfig config2 = m_session->client().config();
        config2.companyName = QStringLiteral("Acme Plumbing");
        config2.templates.insert(QStringLiteral("zz_custom"),
                                 QStringLiteral("{company} here, {first_name}: on our way!"));
        config2.templates.insert(QStringLiteral("broken"), QStringLiteral("Hi {nickname}"));
        m_session->client().setConfig(config2);
        m_session->start();
        QVERIFY(test::onProvider(*m_session, [&](Provider &provider) {
                    return provider.inject({{QStringLiteral("type"), QStringLiteral("reply")},
                                            {QStringLiteral("from"), kCaller},
                                            {QStringLiteral("body"), QStringLiteral("Hi")}});
                }).isOk());
        QVERIFY(QTest::qWaitFor(
            [&] {
                const auto c = m_queries->conversation(kCaller, kLine);
                m_conversationId = c ? c->id : 0;
                return m_conversationId != 0;
            },
            kTimeout));

        m_box = std::make_unique<ReplyBox>(m_session->client());
        m_box->setQuietHoursConfirmation([](const QString &) { return true; });
        m_box->setQueries(m_queries.get());
        m_box->setConversation(m_conversationId);
        m_box->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_box.get()));
    }

    void cleanup()
    {
        m_box.reset();
        m_queries.reset();
        m_readDb.close();
        m_session.reset();
        m_profile.reset();
    }

    void counterFollowsTheText()
    {
        QVERIFY(!m_box->segmentLabel()->accessibleName().isEmpty());
        type(QStringLiteral("Hello"));
        QCOMPARE(counter(), QStringLiteral("GSM-7 · 1 segment · 155 characters left"));
        type(QString(161, QLatin1Char('a')));
        QCOMPARE(counter(), QStringLiteral("GSM-7 · 2 segments · 145 characters left"));
        // One emoji switches the whole text to UCS-2, and says which character did.
        type(QStringLiteral("On our way 👍"));
        QVERIFY2(counter().startsWith(QStringLiteral("Unicode (UCS-2) because of “👍” · 1 segment")),
                 qPrintable(counter()));
        type(QString(60, QLatin1Char('a')) + QStringLiteral("👍") + QString(20, QLatin1Char('b')));
        QVERIFY2(counter().contains(QStringLiteral(" · 2 segments · ")), qPrintable(counter()));
        // Cleared after sending.
        type(QStringLiteral("Thanks"));
        QSignalSpy sent(m_box.get(), &ReplyBox::sent);
        m_box->send();
        QTRY_COMPARE(sent.count(), 1);
        QCOMPARE(m_box->errorText(), QString());
        QCOMPARE(counter(), QStringLiteral("GSM-7 · 0 segments · 160 characters left"));
    }

    void templatesAreListedWithTheirNames()
    {
        const auto choices = m_box->templateChoices();
        QVERIFY(choices.size() >= 3);
        QCOMPARE(choices.first().first, QStringLiteral("general"));
        QCOMPARE(choices.first().second, QStringLiteral("General"));
        QCOMPARE(choices.last().first, QStringLiteral("zz_custom"));
        QVERIFY(templateAction(QStringLiteral("general")));
        QCOMPARE(templateAction(QStringLiteral("general"))->text(), QStringLiteral("General"));
        QVERIFY(!m_box->templateButton()->accessibleName().isEmpty());
    }

    void insertTemplatePutsTheFilledInTextAtTheCursor()
    {
        QVERIFY(test::onEngine(*m_session, [&](Engine &engine) {
                    return engine.setDisplayName(m_conversationId, QStringLiteral("Dana Ortiz"));
                }).isOk());
        type(QStringLiteral("Thanks! "));
        templateAction(QStringLiteral("general"))->trigger();
        QCOMPARE(edit()->toPlainText(),
                 QStringLiteral("Thanks! Hi Dana, this is Acme Plumbing. Sorry we missed your "
                                "call! What can we help you with? Reply STOP to opt out."));
        QCOMPARE(counter(), QStringLiteral("GSM-7 · 1 segment · 44 characters left"));
        QVERIFY(m_box->sendButton()->isEnabled());

        edit()->clear();
        QVERIFY(m_box->insertTemplate(QStringLiteral("zz_custom")));
        QCOMPARE(edit()->toPlainText(), QStringLiteral("Acme Plumbing here, Dana: on our way!"));
    }

    void aTemplateThatCannotBeFilledInSaysWhy()
    {
        type(QStringLiteral("kept"));
        QVERIFY(!m_box->insertTemplate(QStringLiteral("broken")));
        QVERIFY2(m_box->errorText().contains(QLatin1String("nickname")),
                 qPrintable(m_box->errorText()));
        QCOMPARE(edit()->toPlainText(), QStringLiteral("kept"));
    }

    void aSecondSendWhileTheFirstIsQueuedSendsNothing()
    {
        // The engine answers through the event loop: Ctrl+Enter twice
        // before it does queues the text once.
        type(QStringLiteral("On our way"));
        QSignalSpy sent(m_box.get(), &ReplyBox::sent);
        m_box->send();
        QVERIFY(!m_box->sendButton()->isEnabled());
        m_box->send();
        QTRY_COMPARE(sent.count(), 1);
        QCOMPARE(edit()->toPlainText(), QString());
        int copies = 0;
        for (const Message &m : m_queries->messages(m_conversationId))
            copies += m.body == QLatin1String("On our way") ? 1 : 0;
        QCOMPARE(copies, 1);
    }

    void refusedSendsStillExplainWhy()
    {
        type(QString(1601, QLatin1Char('a')));
        m_box->send();
        QTRY_VERIFY(!m_box->errorText().isEmpty());
        QCOMPARE(edit()->toPlainText().size(), 1601);
        QVERIFY(counter().contains(QLatin1String("11 segments")));
    }

    void noConversationNoTemplates()
    {
        m_box->setConversation(0);
        QVERIFY(!m_box->templateButton()->isEnabled());
        QVERIFY(!m_box->insertTemplate(QStringLiteral("general")));
    }
};

QTEST_MAIN(TestReplyBox)
#include "tst_replybox.moc"
