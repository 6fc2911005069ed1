#include "BenchData.h"

#include "store/Database.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextStream>

#include <algorithm>

namespace ringback::bench {

namespace {

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

qint64 countOf(Database &db, const QString &statement)
{
    QSqlQuery q(db.db());
    return q.exec(statement) && q.next() ? q.value(0).toLongLong() : -1;
}

bool populate(const QString &path, int conversations, int messages, QTextStream &out)
{
    Database db;
    if (const Status ok = db.open(path, QStringLiteral("bench-fill")); !ok) {
        out << "cannot open " << path << ": " << ok.errorMessage() << Qt::endl;
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
    if (!commit.exec(QStringLiteral("COMMIT"))) {
        out << "commit failed: " << commit.lastError().text() << Qt::endl;
        return false;
    }
    QSqlQuery optimize(db.db());
    optimize.exec(QStringLiteral("INSERT INTO messages_fts (messages_fts) VALUES ('optimize')"));
    optimize.exec(QStringLiteral("PRAGMA optimize"));
    // Everything into the main file, so the finished file can be renamed alone.
    optimize.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    optimize.finish();
    out << "built in " << t.elapsed() / 1000 << " s" << Qt::endl;
    return true;
}

} // namespace

qint64 storedMessages(int conversations, int messages)
{
    return qint64(conversations) * std::max(1, messages / std::max(1, conversations));
}

bool ensureDatabase(const QString &path, int conversations, int messages, QTextStream &log)
{
    if (conversations < 1 || messages < 1) {
        log << "sizes must be positive" << Qt::endl;
        return false;
    }
    if (QFileInfo::exists(path)) {
        Database db;
        if (const Status ok = db.open(path, QStringLiteral("bench-check")); !ok) {
            log << "cannot open " << path << ": " << ok.errorMessage() << Qt::endl;
            return false;
        }
        const qint64 haveConversations
            = countOf(db, QStringLiteral("SELECT count(*) FROM conversations"));
        const qint64 haveMessages = countOf(db, QStringLiteral("SELECT count(*) FROM messages"));
        const qint64 benchMessages
            = countOf(db, QStringLiteral("SELECT count(*) FROM messages WHERE provider = 'bench'"));
        if (haveConversations == conversations && haveMessages == benchMessages
            && haveMessages == storedMessages(conversations, messages)) {
            log << "reusing " << path << Qt::endl;
            return true;
        }
        log << path << " exists but is not the benchmark store for " << conversations
            << " conversations / " << messages << " messages (it has " << haveConversations << " / "
            << haveMessages << "): remove it or choose another folder" << Qt::endl;
        return false;
    }
    const QString building = path + QStringLiteral(".building");
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(building + QLatin1String(suffix)); // an interrupted earlier build
    log << "building " << conversations << " conversations / "
        << storedMessages(conversations, messages) << " messages in " << path << Qt::endl;
    if (!populate(building, conversations, messages, log))
        return false;
    for (const char *suffix : {"-wal", "-shm"})
        QFile::remove(building + QLatin1String(suffix)); // checkpointed and closed: empty
    if (!QFile::rename(building, path)) {
        log << "cannot rename " << building << " to " << path << Qt::endl;
        return false;
    }
    return true;
}

} // namespace ringback::bench
