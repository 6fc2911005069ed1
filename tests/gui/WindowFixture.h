#pragma once

// The real main window over a real engine and the simulator provider, for
// GUI tests: calls and replies are injected, the window is checked through
// its widgets. A test class derives from it and calls open() / close() from
// init() / cleanup().

#include "OpenSession.h"
#include "gui/inbox/ConversationListModel.h"
#include "gui/thread/ReplyBox.h"
#include "gui/thread/ThreadModel.h"
#include "gui/window/MainWindow.h"
#include "session/EngineSession.h"
#include "store/Database.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QListView>
#include <QPlainTextEdit>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace ringback::testing {

using gui::ConversationListModel;
using gui::MainWindow;
using gui::ThreadModel;

class WindowFixture
{
protected:
    static constexpr int kTimeout = 10000;
    const QString kDana = QStringLiteral("+15125550134"); // a persona: replies to every text
    const QString kStranger
        = QStringLiteral("+15125550199"); // not a persona: never replies on its own

    std::unique_ptr<QTemporaryDir> m_profile;
    std::unique_ptr<EngineSession> m_session;
    Database m_readDb;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QAbstractItemModelTester> m_listTester;
    std::unique_ptr<QAbstractItemModelTester> m_threadTester;

    template<typename T>
    T *child(const char *name)
    {
        T *widget = m_window->findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qFatal("no widget named %s", name);
        return widget;
    }
    QAbstractItemModel *listModel() { return child<QListView>("conversationList")->model(); }
    QAbstractItemModel *threadModel() { return child<QListView>("threadView")->model(); }

    void inject(const QVariantMap &event)
    {
        // The provider lives on the engine's thread, like the engine.
        const Status ok = test::onProvider(
            *m_session, [&event](Provider &provider) { return provider.inject(event); });
        QVERIFY2(ok.isOk(), qPrintable(ok.errorMessage()));
    }
    void call(const QString &from,
              const QString &result = QStringLiteral("no-answer"),
              int ringSeconds = 0)
    {
        inject({{QStringLiteral("type"), QStringLiteral("call")},
                {QStringLiteral("from"), from},
                {QStringLiteral("result"), result},
                {QStringLiteral("ring_seconds"), ringSeconds}});
    }
    void reply(const QString &from, const QString &body)
    {
        inject({{QStringLiteral("type"), QStringLiteral("reply")},
                {QStringLiteral("from"), from},
                {QStringLiteral("body"), body}});
    }

    // Row of the conversation with `contact` in the list, or -1.
    int rowOf(const QString &contact)
    {
        QAbstractItemModel *model = listModel();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, 0).data(ConversationListModel::ContactRole).toString() == contact)
                return row;
        }
        return -1;
    }
    // The conversation with `contact` as the list shows it. The engine
    // stores on its own thread and the list hears of it through the event
    // loop: this waits (up to kTimeout) for the row to be listed; 0 if never.
    qint64 conversationOf(const QString &contact)
    {
        if (!QTest::qWaitFor([&] { return rowOf(contact) >= 0; }, kTimeout))
            return 0;
        const int row = rowOf(contact);
        return row < 0 ? 0
                       : listModel()
                             ->index(row, 0)
                             .data(ConversationListModel::ConversationIdRole)
                             .toLongLong();
    }
    QVariant listData(const QString &contact, int role)
    {
        const int row = rowOf(contact);
        return row < 0 ? QVariant() : listModel()->index(row, 0).data(role);
    }
    // First thread row matching, or -1.
    int threadRow(ThreadModel::ItemKind kind, bool outgoing, const QString &textPart)
    {
        QAbstractItemModel *model = threadModel();
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex i = model->index(row, 0);
            if (i.data(ThreadModel::KindRole).toInt() == int(kind)
                && i.data(ThreadModel::OutgoingRole).toBool() == outgoing
                && i.data(ThreadModel::TextRole).toString().contains(textPart))
                return row;
        }
        return -1;
    }
    int incomingRow() { return threadRow(ThreadModel::ItemKind::Message, false, QString()); }
    // The automatic text (whichever template the rules picked), or -1.
    int autoRow()
    {
        QAbstractItemModel *model = threadModel();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, 0).data(ThreadModel::MessageKindRole).toString()
                == QLatin1String("auto"))
                return row;
        }
        return -1;
    }

    void sendWithCtrlEnter(const QString &text, Qt::Key key = Qt::Key_Return)
    {
        auto *edit = child<QPlainTextEdit>("replyEdit");
        edit->setFocus();
        QTest::keyClicks(edit, text);
        QTest::keyClick(edit, key, Qt::ControlModifier);
    }

    void open()
    {
        m_profile = std::make_unique<QTemporaryDir>();
        QVERIFY(m_profile->isValid());
        auto session = test::openSimulatorSession(
            m_profile->path(),
            R"({"calls_per_minute": 0, "reply_probability": 1, "reply_delay_seconds": 0, "seed": 7})");
        QVERIFY2(session.isOk(), qPrintable(session.errorMessage()));
        m_session = std::move(session.value());
        const Status opened
            = m_readDb.open(m_session->profile().databasePath(), QStringLiteral("gui-read"));
        QVERIFY2(opened.isOk(), qPrintable(opened.errorMessage()));

        m_window = std::make_unique<MainWindow>(*m_session, m_readDb);
        // The wall clock runs here: a text typed at night would ask about quiet hours.
        for (auto *box : m_window->findChildren<gui::ReplyBox *>())
            box->setQuietHoursConfirmation([](const QString &) { return true; });
        m_listTester = std::make_unique<QAbstractItemModelTester>(
            listModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        m_threadTester = std::make_unique<QAbstractItemModelTester>(
            threadModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_session->start();
    }

    void close()
    {
        m_threadTester.reset();
        m_listTester.reset();
        m_window.reset();
        m_readDb.close();
        m_session.reset();
        m_profile.reset();
    }
};

} // namespace ringback::testing
