// Builds a large store (default 100,000 conversations, 1,000,000 messages, in
// English and Spanish) and prints how long the operations the inbox depends
// on take: opening the store, the first page of the conversation list, one
// thread, a full-text search, the dashboard's 90 days. Medians of several
// warm runs, plus the first (cold) run.

#include "stats/DashboardStats.h"
#include "store/Database.h"
#include "store/Queries.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <functional>

using namespace ringback;

namespace {

QTextStream out(stdout);

const char *const kPhrases[] = {
    "Roof leak over the kitchen, water coming through the light",
    "No heat since last night, furnace clicks but won't light",
    "AC is blowing warm air, can someone come today",
    "Need a quote for a new water heater, 50 gallon gas",
    "Panel is sparking and there's a burning smell",
    "Toilet keeps running, not urgent",
    "Hola, tengo una fuga de agua debajo del fregadero",
    "¿Pueden venir mañana para revisar la calefacción?",
    "Thanks, see you Tuesday",
    "Garage door won't close, spring snapped",
    "Basement flooding after the storm",
    "Can you send the invoice again?",
};

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

bool populate(const QString &path, int conversations, int messages)
{
    Database db;
    if (!db.open(path, QStringLiteral("bench-fill"))) {
        out << "cannot open " << path << Qt::endl;
        return false;
    }
    QSqlQuery pragma(db.db());
    pragma.exec(QStringLiteral("PRAGMA synchronous = OFF")); // set-up only, not what is measured
    pragma.exec(QStringLiteral(
        "PRAGMA foreign_keys = OFF")); // messages go in before their conversation row
    QRandomGenerator rng(42);
    QElapsedTimer t;
    t.start();
    QSqlQuery begin(db.db());
    begin.exec(QStringLiteral("BEGIN"));
    QSqlQuery conv(db.db());
    conv.prepare(QStringLiteral(
        "INSERT INTO conversations (id, contact_number, business_number, display_name, "
        "unread_count, urgent, last_activity, preview, created_at) VALUES (?,?,?,?,?,?,?,?,0)"));
    QSqlQuery msg(db.db());
    msg.prepare(QStringLiteral(
        "INSERT INTO messages (conversation_id, provider, provider_id, direction, kind, body, "
        "status, at) VALUES (?, 'bench', ?, ?, 'manual', ?, 'received', ?)"));
    const qint64 start = QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    const int perConversation = std::max(1, messages / conversations);
    qint64 messageNo = 0;
    for (int c = 1; c <= conversations; ++c) {
        qint64 at = start + qint64(c) * 600000;
        QString last;
        for (int m = 0; m < perConversation; ++m) {
            at += rng.bounded(3600000);
            last = QString::fromUtf8(kPhrases[rng.bounded(int(std::size(kPhrases)))])
                   + QStringLiteral(" #%1").arg(c);
            msg.addBindValue(c);
            msg.addBindValue(QStringLiteral("SM%1").arg(++messageNo));
            msg.addBindValue(m % 2 ? QStringLiteral("out") : QStringLiteral("in"));
            msg.addBindValue(last);
            msg.addBindValue(at);
            if (!msg.exec()) {
                out << "insert failed: " << msg.lastError().text() << Qt::endl;
                return false;
            }
        }
        conv.addBindValue(c);
        conv.addBindValue(QStringLiteral("+1512%1").arg(2000000 + c, 7, 10, QLatin1Char('0')));
        conv.addBindValue(QStringLiteral("+15125550100"));
        conv.addBindValue(c % 3 ? QString(QLatin1String(""))
                                : QStringLiteral("Customer %1").arg(c));
        conv.addBindValue(c % 7 == 0 ? 1 : 0);
        conv.addBindValue(c % 11 == 0 ? 1 : 0);
        conv.addBindValue(at);
        conv.addBindValue(last.left(200));
        if (!conv.exec()) {
            out << "insert failed: " << conv.lastError().text() << Qt::endl;
            return false;
        }
        if (c % 10000 == 0) {
            out << "  " << c << " conversations, " << messageNo << " messages ("
                << t.elapsed() / 1000 << " s)" << Qt::endl;
        }
    }
    QSqlQuery commit(db.db());
    commit.exec(QStringLiteral("COMMIT"));
    QSqlQuery optimize(db.db());
    optimize.exec(QStringLiteral("INSERT INTO messages_fts (messages_fts) VALUES ('optimize')"));
    optimize.exec(QStringLiteral("PRAGMA optimize"));
    out << "built in " << t.elapsed() / 1000 << " s" << Qt::endl;
    return true;
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
    if (!QFileInfo::exists(path)) {
        out << "building " << conversations << " conversations / " << messages << " messages in "
            << path << Qt::endl;
        if (!populate(path, conversations, messages))
            return 1;
    }
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
