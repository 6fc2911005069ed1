// Builds a large store (default 100,000 conversations, 1,000,000 messages, in
// English and Spanish) and prints how long the operations the inbox depends
// on take: opening the store, the first page of the conversation list, one
// thread, a full-text search, the dashboard's 90 days. Medians of several
// warm runs, plus the first (cold) run. The store comes from BenchData.cpp,
// shared with bench_gui.

#include "BenchData.h"
#include "stats/DashboardStats.h"
#include "store/Database.h"
#include "store/Queries.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <functional>

using namespace ringback;

namespace {

QTextStream out(stdout);

double medianMs(int runs, const std::function<void()> &fn, double *coldMs)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        fn();
        times.push_back(t.nsecsElapsed() / 1e6);
    }
    if (coldMs)
        *coldMs = times.front();
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
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
    parser.addOptions({convOpt, msgOpt});
    parser.addPositionalArgument(QStringLiteral("dir"),
                                 QStringLiteral("Folder for the database (kept, reused)."));
    parser.process(app);
    const int conversations = parser.value(convOpt).toInt();
    const int messages = parser.value(msgOpt).toInt();

    QTemporaryDir temp;
    const QString dir = parser.positionalArguments().value(0, temp.path());
    QDir().mkpath(dir);
    const QString path
        = dir + QStringLiteral("/bench-%1-%2.sqlite").arg(conversations).arg(messages);
    if (!bench::ensureDatabase(path, conversations, messages, out))
        return 1;
    out << "database: " << QFileInfo(path).size() / (1024 * 1024) << " MiB" << Qt::endl;

    int connection = 0;
    double cold = 0;
    const double open = medianMs(
        5,
        [&] {
            Database db;
            if (!db.open(path, QStringLiteral("bench-open-%1").arg(++connection)))
                qFatal("open failed");
            Queries(db).conversationPage(ConversationFilter::All, std::nullopt, 50);
        },
        &cold);
    out << QStringLiteral("open store + first list page (50): median %1 ms, cold %2 ms")
               .arg(open, 0, 'f', 2)
               .arg(cold, 0, 'f', 2)
        << Qt::endl;

    Database db;
    if (!db.open(path, QStringLiteral("bench")))
        return 1;
    Queries queries(db);
    const double page = medianMs(
        20, [&] { queries.conversationPage(ConversationFilter::All, std::nullopt, 50); }, &cold);
    out << QStringLiteral("first list page (50): median %1 ms").arg(page, 0, 'f', 3) << Qt::endl;
    const double unread = medianMs(
        20,
        [&] { queries.conversationPage(ConversationFilter::Unread, std::nullopt, 50); },
        nullptr);
    out << QStringLiteral("first unread page (50): median %1 ms").arg(unread, 0, 'f', 3)
        << Qt::endl;
    const qint64 middle = conversations / 2;
    const double thread = medianMs(
        20,
        [&] {
            queries.calls(middle);
            queries.messages(middle);
        },
        &cold);
    out << QStringLiteral("open one thread: median %1 ms, cold %2 ms")
               .arg(thread, 0, 'f', 3)
               .arg(cold, 0, 'f', 3)
        << Qt::endl;
    for (const char *term : {"leak", "calefacción", "flood basement", "garage door spring"}) {
        size_t hits = 0;
        const double search = medianMs(
            10, [&] { hits = queries.searchConversations(QString::fromUtf8(term)).size(); }, &cold);
        out << QStringLiteral("search \"%1\" (%2 conversations): median %3 ms, cold %4 ms")
                   .arg(QString::fromUtf8(term))
                   .arg(hits)
                   .arg(search, 0, 'f', 2)
                   .arg(cold, 0, 'f', 2)
            << Qt::endl;
    }
    const double count = medianMs(
        5, [&] { queries.conversationCount(ConversationFilter::All); }, nullptr);
    out << QStringLiteral("count all conversations: median %1 ms").arg(count, 0, 'f', 2)
        << Qt::endl;

    // The dashboard's 90 days, ending at the newest message. The bench store
    // has no calls and no lead events, and every conversation is a lead with
    // no next step, so this measures the message pass over the conversations
    // active in the period plus the "no next step" count over all of them.
    QSqlQuery newest(db.db());
    newest.exec(QStringLiteral("SELECT max(at) FROM messages"));
    const qint64 end = newest.next() ? newest.value(0).toLongLong() : 0;
    newest.finish();
    DashboardStats stats(db);
    int replies = 0;
    const double dashboard = medianMs(
        5,
        [&] {
            const auto figures
                = stats.compute(90, QTimeZone(QByteArrayLiteral("America/Chicago")), end);
            replies = figures ? figures->totals.replies : -1;
        },
        &cold);
    out << QStringLiteral("dashboard, 90 days (%1 replies): median %2 ms, cold %3 ms")
               .arg(replies)
               .arg(dashboard, 0, 'f', 2)
               .arg(cold, 0, 'f', 2)
        << Qt::endl;
    return 0;
}
