// bench_gui: the real inbox window over a large store, measured the way the
// office meets it. It opens the profile as the program does (EngineSession
// with the simulator provider sending no traffic, the window's own read
// connection, the real MainWindow), shows the window (offscreen unless
// QT_QPA_PLATFORM says otherwise) and prints:
//   - start to the first painted page of the conversation list,
//   - opening a thread: a click on a row until the thread view has painted
//     it; and a conversation far from the loaded rows (selectConversation),
//   - search: typing a word into the search field (Ctrl+F) until the list
//     has painted the results, with and without the field's pause in typing,
//     for a message word, a name fragment, a name nobody has and a number,
//   - scrolling the list end to end, page by page with a paint after each:
//     time, rows reached, model data() calls per second (counted by an
//     identity proxy put between the list and its model for this step),
//   - resident memory (VmRSS; "n/a" off Linux) after each step.
// Medians of --runs runs, plus the first (cold) run. Figures only: no
// assertion on time, and CTest never runs it.
//
// Run (the store is built on the first run, a minute or two at full size,
// and reused after; the folder is a Ringback profile, never your real one):
//   cmake --build build/ci --target bench_gui
//   nice build/ci/bin/bench_gui [--conversations N] [--messages M] [--runs R] PROFILE_DIR
// Without PROFILE_DIR it builds the store in a temporary folder.

#include "BenchData.h"
#include "BenchGui.h"
#include "OpenSession.h"
#include "gui/inbox/ConversationListModel.h"
#include "gui/thread/ThreadModel.h"
#include "gui/window/MainWindow.h"
#include "session/EngineSession.h"
#include "store/Database.h"
#include "store/Queries.h"

#include <QAction>
#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QListView>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

#include <algorithm>
#include <functional>
#include <memory>

using namespace ringback;
using gui::ConversationListModel;
using gui::MainWindow;
using namespace ringback::bench;

namespace {

QTextStream &out = bench::output();

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
            session->engine().stop();
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

// One start into `app`; false (said why) on failure.
bool start(const SessionOptions &options, Running &app, StartRuns &runs)
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
    app.window = std::make_unique<MainWindow>(*app.session, *app.readDb);
    const double windowMs = timer.nsecsElapsed() / 1e6;
    app.list = app.window->findChild<QListView *>(QStringLiteral("conversationList"));
    QListView *list = app.list;
    PaintWaiter painted(list->viewport(), [list] { return list->model()->rowCount() > 0; });
    app.window->show();
    app.session->engine().start();
    if (!painted.wait()) {
        out << "the conversation list was never painted" << Qt::endl;
        return false;
    }
    const double totalMs = timer.nsecsElapsed() / 1e6;
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
    Runs typed; // last key to painted results, with the field's pause
    Runs query; // the model starting the search to painted results
    Runs clear; // Escape to the painted first page again
    Runs store; // Queries::findConversations alone, on the window's connection
    int found = 0;
};

SearchRuns search(Running &app, const QString &term, int count)
{
    SearchRuns result;
    auto *field = app.window->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    auto *find = app.window->findChild<QAction *>(QStringLiteral("searchAction"));
    ConversationListModel *model = app.window->conversationModel();
    QElapsedTimer query;
    const auto connection = QObject::connect(
        model, &QAbstractItemModel::modelAboutToBeReset, model, [&query] { query.start(); });
    for (int run = 0; run < count; ++run) {
        find->trigger(); // Ctrl+F
        PaintWaiter found(app.list->viewport(), [model, &term] { return model->search() == term; });
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
    QObject::disconnect(connection);
    Queries queries(*app.readDb);
    for (int run = 0; run < count; ++run) {
        QElapsedTimer timer;
        timer.start();
        queries.findConversations(term);
        result.store.ms.push_back(timer.nsecsElapsed() / 1e6);
    }
    return result;
}

void printSearch(const QString &what, const SearchRuns &runs)
{
    const QString found = QStringLiteral("%1 conversations found").arg(runs.found);
    printRow(QStringLiteral("search %1, typed to painted").arg(what), runs.typed, found);
    printRow(QStringLiteral("search %1, query to painted").arg(what), runs.query);
    printRow(QStringLiteral("search %1, findConversations()").arg(what), runs.store);
}

// Scrolls the list from the top to the last conversation, a page at a time,
// each page painted before the next.
void scrollEndToEnd(Running &app, int conversations)
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

} // namespace

int main(int argc, char *argv[])
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
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
    parser.addOptions({convOpt, msgOpt, runsOpt});
    parser.addPositionalArgument(QStringLiteral("profile"),
                                 QStringLiteral("Profile folder for the store (kept, reused)."));
    parser.process(app);
    const int conversations = parser.value(convOpt).toInt();
    const int messages = parser.value(msgOpt).toInt();
    const int runs = std::max(1, parser.value(runsOpt).toInt());

    QTemporaryDir temp;
    SessionOptions options;
    options.profileDir = parser.positionalArguments().value(0, temp.path());
    const Profile profile(options.profileDir);
    if (!bench::ensureDatabase(profile.databasePath(), conversations, messages, out))
        return 1;
    // The simulator, quiet: no calls, no replies.
    options.providerId = QStringLiteral("simulator");
    options.providerConfigPath = profile.dir() + QStringLiteral("/bench-simulator.json");
    QFile config(options.providerConfigPath);
    if (!config.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || config.write(R"({"calls_per_minute": 0, "reply_probability": 0, "seed": 1})") < 0)
        return 1;
    config.close();

    out << "bench_gui: " << conversations << " conversations / "
        << bench::storedMessages(conversations, messages) << " messages, " << runs
        << " runs, platform " << QGuiApplication::platformName() << ", Qt " << qVersion()
        << ", load average " << loadAverage() << Qt::endl;
    printHeader();

    Running running;
    StartRuns started;
    for (int run = 0; run < runs; ++run) {
        running.stop();
        if (!start(options, running, started))
            return 1;
    }
    printRow(
        QStringLiteral("start to first painted list page"), started.total, started.total.all());
    printRow(QStringLiteral("  of which: open the session (store, engine)"), started.session);
    printRow(QStringLiteral("  of which: build the window"), started.window);
    printRow(QStringLiteral("  of which: show to painted list"), started.painted);
    startQueries(running, runs);
    printValue(QStringLiteral("resident memory after start"), residentMemory());

    printRow(QStringLiteral("open a thread: click a row to painted thread"),
             openThreadsByClick(running, std::max(runs, 9)));
    printRow(QStringLiteral("open a thread far down (selectConversation)"),
             openThreadsFar(running, conversations, std::max(runs, 9)));
    printValue(QStringLiteral("resident memory after opening threads"), residentMemory());

    const std::pair<QString, QString> terms[] = {
        {QStringLiteral("\"leak\" (message word)"), QStringLiteral("leak")},
        {QStringLiteral("\"Customer 4242\" (name)"), QStringLiteral("Customer 4242")},
        {QStringLiteral("\"Smith\" (name, none)"), QStringLiteral("Smith")},
        {QStringLiteral("\"2004242\" (number)"), QStringLiteral("2004242")},
    };
    Runs cleared;
    for (const auto &[what, term] : terms) {
        const SearchRuns found = search(running, term, runs);
        printSearch(what, found);
        cleared.ms.insert(cleared.ms.end(), found.clear.ms.begin(), found.clear.ms.end());
    }
    printRow(QStringLiteral("clear the search (Escape) to painted first page"), cleared);
    printValue(QStringLiteral("resident memory after search"), residentMemory());

    scrollEndToEnd(running, conversations);
    printValue(QStringLiteral("resident memory after scrolling end to end"), residentMemory());
    const SearchRuns after = search(running, QStringLiteral("leak"), 1);
    printSearch(QStringLiteral("\"leak\" after scrolling"), after);
    printValue(QStringLiteral("resident memory after search after scrolling"), residentMemory());
    out << "load average at the end: " << loadAverage() << Qt::endl;
    running.stop();
    return 0;
}
