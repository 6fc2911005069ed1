// bench_gui: the real inbox window over a large store, measured the way the
// office meets it. It opens the profile as the program does (EngineSession
// with the simulator provider sending no traffic, the window's own read
// connection, the real MainWindow), shows the window (offscreen unless
// QT_QPA_PLATFORM says otherwise) and prints:
//   - start to the first painted page of the conversation list,
//   - opening a thread: a click on a row until the thread view has painted
//     it; and a conversation far from the loaded rows (selectConversation),
//   - search: typing a word into the search field (Ctrl+F) until the list
//     has painted the results, with and without the field's pause in typing
//     ("query to painted": from the model sending the query to its search
//     thread), for a message word, a name fragment, a name nobody has and a
//     number; and, alone, Queries::findConversations on the window's
//     connection and the search thread's answer (ConversationSearch),
//   - scrolling the list end to end, page by page with a paint after each:
//     time, rows reached, model data() calls per second (counted by an
//     identity proxy put between the list and its model for this step),
//   - resident memory (VmRSS; "n/a" off Linux) after each step (the list
//     keeps the contents of ConversationListModel::kCachedRows rows),
//   - a burst of missed calls (--burst, 200) handled by the engine while the
//     window is open: each call a separate event of the simulator
//     (Provider::inject, one every --burst-spacing-ms), until every call is
//     stored and its text delivered; texts unpaced (send_rate_per_second 0),
//   - the dashboard: opened, then "Last 90 days", with its clock at the end
//     of the bench data (the data is from 2024-2025, the 90 days before
//     today would be empty),
//   - the settings dialog opened and its "Back up now" (GeneralPage::backUpTo,
//     VACUUM INTO; the file dialog that asks where is left out),
//   - the GUI thread's stalls in each of those phases (StallMonitor.h): the
//     longest gap between two moments its event loop was free, the gaps over
//     16 ms (one frame), over 100 ms, and the 50th and 99th percentile gaps.
// Medians of --runs runs, plus the first (cold) run. Figures only: no
// assertion on time, and CTest never runs it.
//
// Slow disk (--slow-disk, or RINGBACK_BENCH_SLOW_DISK=1): the whole pass runs
// a second time with every SQLite sync 50 ms slower (--sync-delay-ms), through
// a SQLite VFS shim (SlowDisk.h), and the stall tables of both are printed.
//
// Each pass works on a fresh copy of the store in PROFILE_DIR/run-XXXXXX
// (removed after): the burst and the backup write, the store stays as built.
//
// Run (the store is built on the first run, a minute or two at full size,
// and reused after; the folder is a Ringback profile, never your real one):
//   cmake --build build/ci --target bench_gui
//   nice build/ci/bin/bench_gui [--conversations N] [--messages M] [--runs R]
//                               [--slow-disk] PROFILE_DIR
// Without PROFILE_DIR it builds the store in a temporary folder.

#include "BenchData.h"
#include "BenchGui.h"
#include "OpenSession.h"
#include "SlowDisk.h"
#include "StallMonitor.h"
#include "gui/dashboard/DashboardChart.h"
#include "gui/dashboard/DashboardView.h"
#include "gui/inbox/ConversationListModel.h"
#include "gui/inbox/ConversationSearch.h"
#include "gui/settings/GeneralPage.h"
#include "gui/settings/SettingsDialog.h"
#include "gui/thread/ThreadModel.h"
#include "gui/window/MainWindow.h"
#include "session/EngineSession.h"
#include "store/Database.h"
#include "store/Queries.h"
#include "util/Clock.h"

#include <QAction>
#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QListView>
#include <QLoggingCategory>
#include <QScrollBar>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <functional>
#include <memory>
#include <optional>

using namespace ringback;
using gui::ConversationListModel;
using gui::MainWindow;
using namespace ringback::bench;

namespace {

QTextStream &out = bench::output();

// Runs the event loop for `ms`: what the window does just after a step
// (deferred loads, repaints) belongs to the step's phase.
void settle(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

// Runs the event loop until `done()` holds (checked every 10 ms) or
// `timeoutMs` passed; false on the timeout.
bool waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    if (done())
        return true;
    QEventLoop loop;
    QTimer poll;
    poll.callOnTimeout(&loop, [&loop, &done] {
        if (done())
            loop.quit();
    });
    poll.start(10);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    return done();
}

// The program as runWindow() builds it.
struct Running
{
    std::unique_ptr<EngineSession> session;
    std::unique_ptr<Database> readDb;
    std::unique_ptr<MainWindow> window;
    QListView *list = nullptr;

    void stop()
    {
        if (session)
            session->close();
        window.reset();
        readDb.reset();
        session.reset();
    }
};

// Start to the first painted list page, and its steps.
struct StartRuns
{
    Runs total;
    Runs session; // EngineSession::open: lock, store, provider, engine
    Runs window;  // the read connection and the MainWindow built
    Runs painted; // show() and the engine started to the list painted
};

// One start into `app`; false (said why) on failure. The "start" phase runs
// from the window's construction (the session and the read connection open)
// to its first painted list page and half a second after.
bool start(const SessionOptions &options, Running &app, StartRuns &runs, StallMonitor &monitor)
{
    QElapsedTimer timer;
    timer.start();
    auto session = test::openSession(options);
    if (!session) {
        out << "cannot open the profile: " << session.errorMessage() << Qt::endl;
        return false;
    }
    const double sessionMs = timer.nsecsElapsed() / 1e6;
    app.session = std::move(session.value());
    app.readDb = std::make_unique<Database>();
    const Status opened
        = app.readDb->open(app.session->profile().databasePath(), QStringLiteral("bench-gui"));
    if (!opened) {
        out << "cannot open the store: " << opened.errorMessage() << Qt::endl;
        return false;
    }
    monitor.beginPhase(QStringLiteral("start (window to first paint)"));
    app.window = std::make_unique<MainWindow>(*app.session, *app.readDb);
    const double windowMs = timer.nsecsElapsed() / 1e6;
    app.list = app.window->findChild<QListView *>(QStringLiteral("conversationList"));
    QListView *list = app.list;
    PaintWaiter painted(list->viewport(), [list] { return list->model()->rowCount() > 0; });
    app.window->show();
    app.session->start();
    if (!painted.wait()) {
        monitor.endPhase();
        out << "the conversation list was never painted" << Qt::endl;
        return false;
    }
    const double totalMs = timer.nsecsElapsed() / 1e6;
    settle(500);
    monitor.endPhase();
    runs.total.ms.push_back(totalMs);
    runs.session.ms.push_back(sessionMs);
    runs.window.ms.push_back(windowMs - sessionMs);
    runs.painted.ms.push_back(totalMs - windowMs);
    return true;
}

// The store queries behind the window's start, each timed alone: the
// navigation pane's counts, the call-back queue's count and the count of
// leads with no next step (the queue page and the status bar each run it).
void startQueries(Running &app, int count)
{
    Queries queries(*app.readDb);
    Runs filters;
    Runs queue;
    Runs noNextStep;
    const auto timed = [](Runs &runs, const std::function<void()> &query) {
        QElapsedTimer timer;
        timer.start();
        query();
        runs.ms.push_back(timer.nsecsElapsed() / 1e6);
    };
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (int run = 0; run < count; ++run) {
        timed(filters, [&queries] {
            for (const ConversationFilter filter : {ConversationFilter::All,
                                                    ConversationFilter::Unread,
                                                    ConversationFilter::Urgent,
                                                    ConversationFilter::NeedsCallback,
                                                    ConversationFilter::Booked,
                                                    ConversationFilter::OptedOut,
                                                    ConversationFilter::Spam})
                queries.conversationCount(filter);
        });
        timed(queue, [&queries, now] { queries.callbackQueueCount(now); });
        timed(noNextStep, [&queries, now] { queries.noNextStepCount(now); });
    }
    printRow(QStringLiteral("  store: 7 filter counts (navigation pane)"), filters);
    printRow(QStringLiteral("  store: call-back queue count"), queue);
    printRow(QStringLiteral("  store: leads with no next step count"),
             noNextStep,
             QStringLiteral("once at start and after changes (queue page)"));
}

// Clicks `count` rows of the first page (read ones: marking read would write).
Runs openThreadsByClick(Running &app, int count)
{
    Runs runs;
    auto *thread = app.window->findChild<QListView *>(QStringLiteral("threadView"));
    gui::ThreadModel *threadModel = app.window->threadModel();
    QAbstractItemModel *model = app.list->model();
    for (int row = 1; row < model->rowCount() && int(runs.ms.size()) < count; ++row) {
        const QModelIndex index = model->index(row, 0);
        if (index.data(ConversationListModel::UnreadRole).toInt() > 0
            || !app.list->viewport()->rect().contains(app.list->visualRect(index)))
            continue;
        const qint64 id = index.data(ConversationListModel::ConversationIdRole).toLongLong();
        PaintWaiter painted(thread->viewport(), [threadModel, id] {
            return threadModel->conversationId() == id && threadModel->rowCount() > 0;
        });
        QElapsedTimer timer;
        timer.start();
        QTest::mouseClick(
            app.list->viewport(), Qt::LeftButton, {}, app.list->visualRect(index).center());
        if (painted.wait())
            runs.ms.push_back(timer.nsecsElapsed() / 1e6);
    }
    return runs;
}

// Conversations far below the loaded rows (as a notification or "next unread" does).
Runs openThreadsFar(Running &app, int conversations, int count)
{
    Runs runs;
    auto *thread = app.window->findChild<QListView *>(QStringLiteral("threadView"));
    gui::ThreadModel *threadModel = app.window->threadModel();
    for (qint64 id = conversations / 2; int(runs.ms.size()) < count && id > 0; --id) {
        if (id % 7 == 0) // unread in the bench store
            continue;
        PaintWaiter painted(thread->viewport(), [threadModel, id] {
            return threadModel->conversationId() == id && threadModel->rowCount() > 0;
        });
        QElapsedTimer timer;
        timer.start();
        if (app.window->selectConversation(id) && painted.wait())
            runs.ms.push_back(timer.nsecsElapsed() / 1e6);
    }
    return runs;
}

struct SearchRuns
{
    Runs typed;  // last key to painted results, with the field's pause
    Runs query;  // the model starting the search to painted results
    Runs clear;  // Escape to the painted first page again
    Runs store;  // Queries::findConversations alone, on the window's connection
    Runs thread; // ConversationSearch::find to its answer, the directory read
    int found = 0;
};

SearchRuns search(Running &app, const QString &term, int count, StallMonitor &monitor)
{
    SearchRuns result;
    auto *field = app.window->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    auto *find = app.window->findChild<QAction *>(QStringLiteral("searchAction"));
    ConversationListModel *model = app.window->conversationModel();
    // From the model sending the query to its thread (a search that ran on
    // the GUI thread started with the model's reset) to the painted results.
    QElapsedTimer query;
    const auto started = QObject::connect(
        model, &ConversationListModel::searchStarted, model, [&query] { query.start(); });
    const auto connection
        = QObject::connect(model, &QAbstractItemModel::modelAboutToBeReset, model, [&query] {
              if (!query.isValid())
                  query.start();
          });
    monitor.beginPhase(QStringLiteral("search"));
    for (int run = 0; run < count; ++run) {
        find->trigger(); // Ctrl+F
        query.invalidate();
        PaintWaiter found(app.list->viewport(), [model, &term] {
            return model->search() == term && !model->isSearching();
        });
        QTest::keyClicks(field, term);
        QElapsedTimer typed;
        typed.start();
        if (!found.wait())
            break;
        result.typed.ms.push_back(typed.nsecsElapsed() / 1e6);
        result.query.ms.push_back(query.nsecsElapsed() / 1e6);
        result.found = model->rowCount();
        PaintWaiter cleared(app.list->viewport(), [model] { return model->search().isEmpty(); });
        QElapsedTimer clear;
        clear.start();
        QTest::keyClick(field, Qt::Key_Escape);
        if (cleared.wait())
            result.clear.ms.push_back(clear.nsecsElapsed() / 1e6);
    }
    monitor.endPhase();
    QObject::disconnect(connection);
    QObject::disconnect(started);
    Queries queries(*app.readDb);
    for (int run = 0; run < count; ++run) {
        QElapsedTimer timer;
        timer.start();
        queries.findConversations(term);
        result.store.ms.push_back(timer.nsecsElapsed() / 1e6);
    }
    // What the window's search costs on its thread (directory read first).
    gui::ConversationSearch searcher(app.readDb->filePath());
    for (int run = 0; run <= count; ++run) {
        QEventLoop loop;
        bool answered = false;
        QElapsedTimer timer;
        timer.start();
        searcher.find(quint64(run + 1),
                      term,
                      ConversationListModel::kSearchLimit,
                      [&answered, &loop](quint64, const std::vector<Conversation> &) {
                          answered = true;
                          loop.quit();
                      });
        QTimer::singleShot(60000, &loop, &QEventLoop::quit);
        if (!answered)
            loop.exec();
        if (run > 0 && answered) // run 0 read the directory
            result.thread.ms.push_back(timer.nsecsElapsed() / 1e6);
    }
    return result;
}

void printSearch(const QString &what, const SearchRuns &runs)
{
    const QString found = QStringLiteral("%1 conversations found").arg(runs.found);
    printRow(QStringLiteral("search %1, typed to painted").arg(what), runs.typed, found);
    printRow(QStringLiteral("search %1, query to painted").arg(what), runs.query);
    printRow(QStringLiteral("search %1, findConversations()").arg(what), runs.store);
    printRow(QStringLiteral("search %1, search thread").arg(what), runs.thread);
}

// Scrolls the list from the top to the last conversation, a page at a time,
// each page painted before the next.
void scrollEndToEnd(Running &app, int conversations, StallMonitor &monitor)
{
    ConversationListModel *source = app.window->conversationModel();
    auto *proxy = new CountingProxy(app.window.get());
    proxy->setSourceModel(source);
    QListView *list = app.list;
    {
        PaintWaiter painted(list->viewport(), [] { return true; });
        list->setModel(proxy); // a new selection model too: done after the thread figures
        painted.wait();
    }
    int fetches = 0;
    const auto connection = QObject::connect(
        source, &QAbstractItemModel::rowsInserted, source, [&fetches] { ++fetches; });
    QScrollBar *bar = list->verticalScrollBar();
    proxy->calls = 0;
    int pages = 0;
    int stalls = 0;
    // Milliseconds per page over each tenth of the list: flat, or growing with the rows loaded.
    QStringList byTenth;
    double tenthStartMs = 0;
    int tenthStartPage = 0;
    monitor.beginPhase(QStringLiteral("scroll end to end"));
    QElapsedTimer timer;
    timer.start();
    while (bar->value() < bar->maximum() || source->canFetchMore({})) {
        const int tenth
            = int(qint64(list->indexAt({0, 0}).row()) * 10 / std::max(1, conversations));
        if (tenth > byTenth.size() && pages > tenthStartPage) {
            const double nowMs = timer.nsecsElapsed() / 1e6;
            byTenth << QString::number((nowMs - tenthStartMs) / (pages - tenthStartPage), 'f', 1);
            tenthStartMs = nowMs;
            tenthStartPage = pages;
        }
        PaintWaiter painted(list->viewport(), [] { return true; });
        if (bar->value() < bar->maximum()) {
            bar->triggerAction(QAbstractSlider::SliderPageStepAdd);
        } else {
            // At the bottom with more to load: the view fetches on reaching
            // it; this only happens if its layout lags. Counted, not hidden.
            ++stalls;
            source->fetchMore({});
        }
        if (!painted.wait(10000)) {
            out << "scrolling stopped: no paint at row " << source->rowCount() << Qt::endl;
            break;
        }
        ++pages;
    }
    const double ms = timer.nsecsElapsed() / 1e6;
    monitor.endPhase();
    if (pages > tenthStartPage)
        byTenth << QString::number((ms - tenthStartMs) / (pages - tenthStartPage), 'f', 1);
    QObject::disconnect(connection);
    const qint64 calls = proxy->calls;
    printValue(QStringLiteral("scroll end to end: total"),
               QStringLiteral("%1 ms").arg(ms, 0, 'f', 0));
    printValue(QStringLiteral("scroll end to end: rows reached"),
               QString::number(source->rowCount()));
    printValue(QStringLiteral("scroll end to end: pages painted"), QString::number(pages));
    printValue(QStringLiteral("scroll end to end: pages loaded (fetchMore)"),
               QString::number(fetches));
    printValue(QStringLiteral("scroll end to end: per page"),
               QStringLiteral("%1 ms").arg(pages ? ms / pages : 0, 0, 'f', 2));
    printValue(QStringLiteral("scroll end to end: ms per page, by tenth of the list"),
               byTenth.join(QLatin1Char(' ')));
    printValue(QStringLiteral("scroll end to end: data() calls"), QString::number(calls));
    printValue(QStringLiteral("scroll end to end: data() calls per second"),
               QString::number(qint64(ms > 0 ? calls * 1000.0 / ms : 0)));
    if (stalls > 0)
        printValue(QStringLiteral("scroll end to end: fetches the view missed"),
                   QString::number(stalls));
}

// Watches, on a thread and a connection of its own (so the watching costs the
// GUI thread nothing), for the burst's calls to be stored and every text they
// caused to be delivered or to have failed.
class BurstWatch final : public QThread
{
public:
    BurstWatch(QString databasePath, QString idPrefix, int calls)
        : m_path(std::move(databasePath))
        , m_prefix(std::move(idPrefix))
        , m_calls(calls)
    {}
    ~BurstWatch() override
    {
        m_stopping = true;
        wait();
    }
    Q_DISABLE_COPY_MOVE(BurstWatch)

    bool done() const { return m_done; }
    // After done(): the decisions and the texts, in words.
    QString summary() const { return m_summary; }

protected:
    void run() override
    {
        Database db;
        if (!db.open(m_path, QStringLiteral("bench-burst-watch"))) {
            m_summary = QStringLiteral("cannot open the store to watch the burst");
            return;
        }
        const QString like = m_prefix + QLatin1Char('%');
        while (!m_stopping) {
            QSqlQuery q(db.db());
            // The calls by their ids, then each one's automatic text
            // (messages_one_auto_per_call): never a scan of every message.
            q.prepare(QStringLiteral(
                "SELECT (SELECT count(*) FROM calls WHERE provider_id LIKE ?), "
                "(SELECT count(*) FROM calls c CROSS JOIN messages m ON m.call_id = c.id "
                "AND m.kind = 'auto' WHERE c.provider_id LIKE ? "
                "AND m.status IN ('queued', 'sending', 'sent'))"));
            q.addBindValue(like);
            q.addBindValue(like);
            if (!q.exec() || !q.next()) {
                m_summary = QStringLiteral("cannot watch the burst: %1").arg(q.lastError().text());
                return;
            }
            if (q.value(0).toInt() >= m_calls && q.value(1).toInt() == 0) {
                q.finish();
                m_summary = describe(db, like);
                m_done = true;
                return;
            }
            q.finish();
            QThread::msleep(50);
        }
    }

private:
    static QString describe(Database &db, const QString &like)
    {
        QStringList parts;
        QSqlQuery q(db.db());
        q.prepare(QStringLiteral("SELECT decision, count(*) FROM calls WHERE provider_id LIKE ? "
                                 "GROUP BY decision ORDER BY decision"));
        q.addBindValue(like);
        if (q.exec()) {
            while (q.next())
                parts << QStringLiteral("%1 %2").arg(q.value(1).toInt()).arg(q.value(0).toString());
        }
        QSqlQuery texts(db.db());
        // calls first, then their automatic text (messages_one_auto_per_call):
        // never a scan of every message.
        texts.prepare(QStringLiteral("SELECT m.status, count(*) FROM calls c CROSS JOIN messages m "
                                     "ON m.call_id = c.id AND m.kind = 'auto' "
                                     "WHERE c.provider_id LIKE ? GROUP BY m.status "
                                     "ORDER BY m.status"));
        texts.addBindValue(like);
        if (texts.exec()) {
            while (texts.next())
                parts << QStringLiteral("%1 texts %2")
                             .arg(texts.value(1).toInt())
                             .arg(texts.value(0).toString());
        }
        return QStringLiteral("calls: ") + parts.join(QStringLiteral(", "));
    }

    QString m_path;
    QString m_prefix;
    int m_calls;
    std::atomic<bool> m_stopping{false};
    std::atomic<bool> m_done{false};
    QString m_summary; // written before m_done is set
};

// `calls` missed calls from numbers the store does not know, each handed to
// the engine as a separate event of the simulator (queued to the engine's
// thread, one every `spacingMs`), until all are stored and their texts
// delivered, then half a second more.
void burst(Running &app, StallMonitor &monitor, int pass, int calls, int spacingMs)
{
    const QString prefix = QStringLiteral("bench-burst-%1-").arg(pass);
    BurstWatch watch(app.session->profile().databasePath(), prefix, calls);
    watch.start();
    Engine *engine = &app.session->engine();
    Provider *provider = &app.session->provider();
    int posted = 0;
    QTimer feeder;
    const auto feed = [&] {
        if (posted >= calls) {
            feeder.stop();
            return;
        }
        const int n = posted++;
        QVariantMap event;
        event.insert(QStringLiteral("type"), QStringLiteral("call"));
        event.insert(QStringLiteral("from"),
                     QStringLiteral("+1512%1").arg(3000000 + pass * 10000 + n));
        event.insert(QStringLiteral("result"), QStringLiteral("no-answer"));
        event.insert(QStringLiteral("id"), QString(prefix + QString::number(n)));
        event.insert(QStringLiteral("ring_seconds"), 20);
        // The engine's thread, as a provider's own event would arrive there.
        QMetaObject::invokeMethod(
            engine,
            [provider, event] {
                if (const Status ok = provider->inject(event); !ok)
                    out << "inject failed: " << ok.errorMessage() << Qt::endl;
            },
            Qt::QueuedConnection);
    };
    feeder.callOnTimeout(feed);
    QElapsedTimer timer;
    monitor.beginPhase(QStringLiteral("burst of %1 missed calls").arg(calls));
    timer.start();
    feeder.start(spacingMs);
    const bool handled
        = waitUntil([&watch] { return watch.done() || watch.isFinished(); }, 30 * 60 * 1000);
    const double ms = timer.nsecsElapsed() / 1e6;
    settle(500);
    monitor.endPhase();
    feeder.stop();
    printValue(QStringLiteral("burst of %1 missed calls: handled").arg(calls),
               handled && watch.done() ? QStringLiteral("%1 ms").arg(ms, 0, 'f', 0)
                                       : QStringLiteral("not within 30 minutes"));
    out << "  " << watch.summary() << Qt::endl;
}

// The newest activity of the bench data (the burst's calls are left out).
QDateTime dataEnd(Running &app)
{
    QSqlQuery q(app.readDb->db());
    q.prepare(QStringLiteral("SELECT max(last_activity) FROM conversations "
                             "WHERE contact_number NOT LIKE ?"));
    q.addBindValue(QStringLiteral("+15123%"));
    return q.exec() && q.next() ? QDateTime::fromMSecsSinceEpoch(q.value(0).toLongLong(), Qt::UTC)
                                : QDateTime::currentDateTimeUtc();
}

// The dashboard opened (its default 30 days), then "Last 90 days" chosen,
// each until the chart is painted, then half a second more.
void openDashboard(Running &app, StallMonitor &monitor, const Clock &clock)
{
    auto *dashboard = app.window->findChild<gui::DashboardView *>(QStringLiteral("dashboard"));
    auto *action = app.window->findChild<QAction *>(QStringLiteral("dashboardAction"));
    if (!dashboard || !action) {
        out << "no dashboard in the window" << Qt::endl;
        return;
    }
    dashboard->setClock(clock);
    Runs opened;
    Runs ninety;
    {
        const StallMonitor::Section section(monitor, QStringLiteral("dashboard, then 90 days"));
        QElapsedTimer timer;
        timer.start();
        {
            PaintWaiter painted(dashboard->chart(), [] { return true; });
            action->trigger();
            painted.wait();
        }
        opened.ms.push_back(timer.nsecsElapsed() / 1e6);
        timer.restart();
        {
            PaintWaiter painted(dashboard->chart(),
                                [dashboard] { return dashboard->periodDays() == 90; });
            dashboard->setPeriodDays(90);
            painted.wait();
        }
        ninety.ms.push_back(timer.nsecsElapsed() / 1e6);
        settle(500);
    }
    printRow(QStringLiteral("dashboard: open to painted chart (30 days)"), opened);
    printRow(QStringLiteral("dashboard: 90 days to painted chart"),
             ninety,
             QStringLiteral("%1 texts sent, %2 replies in the 90 days")
                 .arg(dashboard->figures().totals.textsSent)
                 .arg(dashboard->figures().totals.replies));
}

// Settings opened, then "Back up now" into `dir` (GeneralPage::backUpTo, what
// the button does once the file is chosen), until the copy is in place, then
// half a second more. The dialog is closed and the copy removed after.
void backUp(Running &app, StallMonitor &monitor, const QString &dir)
{
    auto *action = app.window->findChild<QAction *>(QStringLiteral("settingsAction"));
    if (!action) {
        out << "no settings action in the window" << Qt::endl;
        return;
    }
    Runs opened;
    gui::SettingsDialog *dialog = nullptr;
    {
        const StallMonitor::Section section(monitor, QStringLiteral("settings: open"));
        QElapsedTimer timer;
        timer.start();
        action->trigger();
        dialog = app.window->findChild<gui::SettingsDialog *>(QStringLiteral("settingsDialog"));
        if (dialog) {
            PaintWaiter painted(dialog, [] { return true; });
            painted.wait();
            opened.ms.push_back(timer.nsecsElapsed() / 1e6);
        }
        settle(300);
    }
    if (!dialog || !dialog->generalPage()) {
        out << "the settings dialog did not open" << Qt::endl;
        return;
    }
    printRow(QStringLiteral("settings: open to painted dialog"), opened);
    gui::GeneralPage *page = dialog->generalPage();
    const QString file = QDir(dir).filePath(QStringLiteral("bench-backup.sqlite"));
    QFile::remove(file);
    Runs copied;
    {
        const StallMonitor::Section section(monitor, QStringLiteral("backup (Back up now)"));
        QElapsedTimer timer;
        timer.start();
        QMetaObject::invokeMethod(
            page, [page, file] { page->backUpTo(file); }, Qt::QueuedConnection);
        if (waitUntil([&file] { return QFileInfo::exists(file); }, 30 * 60 * 1000))
            copied.ms.push_back(timer.nsecsElapsed() / 1e6);
        settle(500);
    }
    printRow(QStringLiteral("backup: Back up now to the copy in place"),
             copied,
             QStringLiteral("%1 MiB").arg(QFileInfo(file).size() / 1048576.0, 0, 'f', 0));
    dialog->reject();
    QFile::remove(file);
}

struct Sizes
{
    int conversations = 0;
    int messages = 0;
    int runs = 0;
    int burstCalls = 0;
    int burstSpacingMs = 0;
    int heartbeatMs = 0;
};

// Everything, once, on a fresh copy of `store` in a folder of `baseDir`:
// the timings as they are printed, and the stalls of each phase.
std::optional<std::vector<StallMonitor::Figures>>
runPass(const QString &store, const QString &baseDir, const Sizes &sizes, int pass)
{
    QTemporaryDir work(QDir(baseDir).filePath(QStringLiteral("run-XXXXXX")));
    if (!work.isValid()) {
        out << "cannot make a folder in " << baseDir << Qt::endl;
        return std::nullopt;
    }
    SessionOptions options;
    options.profileDir = work.path();
    const Profile profile(options.profileDir);
    if (!QFile::copy(store, profile.databasePath())) {
        out << "cannot copy " << store << " to " << profile.databasePath() << Qt::endl;
        return std::nullopt;
    }
    // The simulator, quiet: no calls, no replies but the burst's.
    options.providerId = QStringLiteral("simulator");
    options.providerConfigPath = profile.dir() + QStringLiteral("/bench-simulator.json");
    QFile config(options.providerConfigPath);
    if (!config.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || config.write(R"({"calls_per_minute": 0, "reply_probability": 0, "seed": 1})") < 0)
        return std::nullopt;
    config.close();
    // The burst's texts unpaced: as much work as the engine can be given.
    QFile settings(profile.settingsPath());
    if (!settings.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || settings.write("[rules]\nsend_rate_per_second=0\n") < 0)
        return std::nullopt;
    settings.close();

    StallMonitor monitor(sizes.heartbeatMs);
    printHeader();
    Running running;
    StartRuns started;
    for (int run = 0; run < sizes.runs; ++run) {
        running.stop();
        if (!start(options, running, started, monitor))
            return std::nullopt;
    }
    printRow(
        QStringLiteral("start to first painted list page"), started.total, started.total.all());
    printRow(QStringLiteral("  of which: open the session (store, engine)"), started.session);
    printRow(QStringLiteral("  of which: build the window"), started.window);
    printRow(QStringLiteral("  of which: show to painted list"), started.painted);
    startQueries(running, sizes.runs);
    printValue(QStringLiteral("resident memory after start"), residentMemory());

    monitor.beginPhase(QStringLiteral("open threads"));
    const Runs byClick = openThreadsByClick(running, std::max(sizes.runs, 9));
    const Runs far = openThreadsFar(running, sizes.conversations, std::max(sizes.runs, 9));
    monitor.endPhase();
    printRow(QStringLiteral("open a thread: click a row to painted thread"), byClick);
    printRow(QStringLiteral("open a thread far down (selectConversation)"), far);
    printValue(QStringLiteral("resident memory after opening threads"), residentMemory());

    const std::pair<QString, QString> terms[] = {
        {QStringLiteral("\"leak\" (message word)"), QStringLiteral("leak")},
        {QStringLiteral("\"Customer 4242\" (name)"), QStringLiteral("Customer 4242")},
        {QStringLiteral("\"Smith\" (name, none)"), QStringLiteral("Smith")},
        {QStringLiteral("\"2004242\" (number)"), QStringLiteral("2004242")},
    };
    Runs cleared;
    for (const auto &[what, term] : terms) {
        const SearchRuns found = search(running, term, sizes.runs, monitor);
        printSearch(what, found);
        cleared.ms.insert(cleared.ms.end(), found.clear.ms.begin(), found.clear.ms.end());
    }
    printRow(QStringLiteral("clear the search (Escape) to painted first page"), cleared);
    printValue(QStringLiteral("resident memory after search"), residentMemory());

    scrollEndToEnd(running, sizes.conversations, monitor);
    printValue(QStringLiteral("resident memory after scrolling end to end"), residentMemory());
    const SearchRuns after = search(running, QStringLiteral("leak"), 1, monitor);
    printSearch(QStringLiteral("\"leak\" after scrolling"), after);
    printValue(QStringLiteral("resident memory after search after scrolling"), residentMemory());

    ManualClock dashboardClock(dataEnd(running).addSecs(3600));
    burst(running, monitor, pass, sizes.burstCalls, sizes.burstSpacingMs);
    printValue(QStringLiteral("resident memory after the burst"), residentMemory());
    openDashboard(running, monitor, dashboardClock);
    backUp(running, monitor, work.path());
    out << "load average at the end: " << loadAverage() << Qt::endl;
    running.stop();
    return monitor.figures();
}

void printComparison(const std::vector<StallMonitor::Figures> &normal,
                     const std::vector<StallMonitor::Figures> &slow,
                     int delayMs)
{
    out << Qt::endl
        << "GUI-thread stalls, normal disk vs. every sync +" << delayMs
        << " ms (longest ms / stalls over 16 ms / p99 gap ms)" << Qt::endl;
    out << QStringLiteral("%1 %2 %3")
               .arg(QStringLiteral("phase"), -34)
               .arg(QStringLiteral("normal disk"), 24)
               .arg(QStringLiteral("slow disk"), 24)
        << Qt::endl;
    const auto cell = [](const StallMonitor::Figures &f) {
        return QStringLiteral("%1 / %2 / %3")
            .arg(f.longestMs, 0, 'f', 0)
            .arg(f.stalls)
            .arg(f.p99Ms, 0, 'f', 1);
    };
    for (const StallMonitor::Figures &n : normal) {
        const auto s = std::find_if(
            slow.begin(), slow.end(), [&n](const auto &f) { return f.phase == n.phase; });
        out << QStringLiteral("%1 %2 %3")
                   .arg(n.phase, -34)
                   .arg(cell(n), 24)
                   .arg(s != slow.end() ? cell(*s) : QStringLiteral("-"), 24)
            << Qt::endl;
    }
}

} // namespace

int main(int argc, char *argv[])
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    // The engine says a line per call (the burst: 200), the plugin loader one
    // per start: they would bury the figures.
    if (!qEnvironmentVariableIsSet("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(
            QStringLiteral("ringback.*.debug=false\nringback.*.info=false"));
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption convOpt(QStringLiteral("conversations"),
                                     QStringLiteral("Conversations."),
                                     QStringLiteral("n"),
                                     QStringLiteral("100000"));
    const QCommandLineOption msgOpt(QStringLiteral("messages"),
                                    QStringLiteral("Messages."),
                                    QStringLiteral("n"),
                                    QStringLiteral("1000000"));
    const QCommandLineOption runsOpt(QStringLiteral("runs"),
                                     QStringLiteral("Runs per measurement."),
                                     QStringLiteral("n"),
                                     QStringLiteral("5"));
    const QCommandLineOption burstOpt(QStringLiteral("burst"),
                                      QStringLiteral("Missed calls in the burst."),
                                      QStringLiteral("n"),
                                      QStringLiteral("200"));
    const QCommandLineOption spacingOpt(QStringLiteral("burst-spacing-ms"),
                                        QStringLiteral("Milliseconds between the burst's calls."),
                                        QStringLiteral("ms"),
                                        QStringLiteral("10"));
    const QCommandLineOption heartbeatOpt(
        QStringLiteral("heartbeat-ms"),
        QStringLiteral("Stall monitor: milliseconds between heartbeats."),
        QStringLiteral("ms"),
        QStringLiteral("2"));
    const QCommandLineOption slowOpt(
        QStringLiteral("slow-disk"),
        QStringLiteral("Run everything again with every SQLite sync delayed (also "
                       "RINGBACK_BENCH_SLOW_DISK=1)."));
    const QCommandLineOption delayOpt(QStringLiteral("sync-delay-ms"),
                                      QStringLiteral("The slow disk's delay per sync."),
                                      QStringLiteral("ms"),
                                      QStringLiteral("50"));
    parser.addOptions(
        {convOpt, msgOpt, runsOpt, burstOpt, spacingOpt, heartbeatOpt, slowOpt, delayOpt});
    parser.addPositionalArgument(QStringLiteral("profile"),
                                 QStringLiteral("Profile folder for the store (kept, reused)."));
    parser.process(app);
    Sizes sizes;
    sizes.conversations = parser.value(convOpt).toInt();
    sizes.messages = parser.value(msgOpt).toInt();
    sizes.runs = std::max(1, parser.value(runsOpt).toInt());
    sizes.burstCalls = std::max(1, parser.value(burstOpt).toInt());
    sizes.burstSpacingMs = std::max(0, parser.value(spacingOpt).toInt());
    sizes.heartbeatMs = std::max(1, parser.value(heartbeatOpt).toInt());
    const bool slowDisk
        = parser.isSet(slowOpt) || qEnvironmentVariableIntValue("RINGBACK_BENCH_SLOW_DISK") != 0;
    const int delayMs = std::max(1, parser.value(delayOpt).toInt());

    QTemporaryDir temp;
    const QString profileDir = parser.positionalArguments().value(0, temp.path());
    const Profile profile(profileDir);
    QString why;
    // Before any connection opens: connections keep the VFS they opened with.
    if (slowDisk && !slowdisk::install(&why)) {
        out << "no slow disk: " << why << Qt::endl;
        return 1;
    }
    if (!bench::ensureDatabase(profile.databasePath(), sizes.conversations, sizes.messages, out))
        return 1;
    if (slowDisk) {
        slowdisk::setDelayMs(delayMs);
        const bool works = slowdisk::probe(profileDir, &why);
        slowdisk::setDelayMs(0);
        out << "slow disk: " << why << Qt::endl;
        if (!works)
            return 1;
    }

    out << "bench_gui: " << sizes.conversations << " conversations / "
        << bench::storedMessages(sizes.conversations, sizes.messages) << " messages, " << sizes.runs
        << " runs, platform " << QGuiApplication::platformName() << ", Qt " << qVersion()
        << ", load average " << loadAverage() << Qt::endl;

    const auto normal = runPass(profile.databasePath(), profileDir, sizes, 1);
    if (!normal)
        return 1;
    printStallTable(
        QStringLiteral("GUI-thread stalls, normal disk"), *normal, sizes.heartbeatMs, 16);
    if (!slowDisk)
        return 0;

    out << Qt::endl
        << "bench_gui, slow disk: every SQLite sync " << delayMs << " ms slower" << Qt::endl;
    slowdisk::setDelayMs(delayMs);
    const qint64 syncsBefore = slowdisk::syncs();
    const auto slow = runPass(profile.databasePath(), profileDir, sizes, 2);
    slowdisk::setDelayMs(0);
    if (!slow)
        return 1;
    out << "slow disk: " << slowdisk::syncs() - syncsBefore << " syncs delayed" << Qt::endl;
    printStallTable(QStringLiteral("GUI-thread stalls, every SQLite sync +%1 ms").arg(delayMs),
                    *slow,
                    sizes.heartbeatMs,
                    16);
    printComparison(*normal, *slow, delayMs);
    return 0;
}
