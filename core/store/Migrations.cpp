#include "store/Migrations.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

#include <vector>

namespace ringback {

Q_LOGGING_CATEGORY(lcMigrations, "ringback.core.store.migrations")

namespace {

struct Migration
{
    int version;
    const char *description;
    std::vector<const char *> statements;
};

// Times are milliseconds since the epoch, UTC. Numbers are E.164.
const std::vector<Migration> &migrations()
{
    static const std::vector<Migration> list{
        {1,
         "conversations, calls, messages, outbox, provider cursors, full-text search",
         {
             R"(CREATE TABLE conversations (
                 id INTEGER PRIMARY KEY,
                 contact_number TEXT NOT NULL,
                 business_number TEXT NOT NULL,
                 display_name TEXT NOT NULL DEFAULT '',
                 lead_state TEXT NOT NULL DEFAULT 'new',
                 urgent INTEGER NOT NULL DEFAULT 0,
                 urgency_reason TEXT NOT NULL DEFAULT '',
                 opt_out TEXT NOT NULL DEFAULT 'none',
                 opt_out_reason TEXT NOT NULL DEFAULT '',
                 unread_count INTEGER NOT NULL DEFAULT 0,
                 last_activity INTEGER NOT NULL DEFAULT 0,
                 preview TEXT NOT NULL DEFAULT '',
                 created_at INTEGER NOT NULL,
                 UNIQUE (contact_number, business_number)))",
             // The conversation list is keyset-paged on (last_activity, id).
             "CREATE INDEX conversations_by_activity ON conversations (last_activity DESC, id "
             "DESC)",
             "CREATE INDEX conversations_unread ON conversations (last_activity DESC, id DESC) "
             "WHERE unread_count > 0",
             "CREATE INDEX conversations_urgent ON conversations (last_activity DESC, id DESC) "
             "WHERE urgent = 1",
             "CREATE INDEX conversations_by_contact ON conversations (contact_number)",
             R"(CREATE TABLE calls (
                 id INTEGER PRIMARY KEY,
                 conversation_id INTEGER NOT NULL REFERENCES conversations (id),
                 provider TEXT NOT NULL,
                 provider_id TEXT NOT NULL,
                 from_number TEXT NOT NULL,
                 to_number TEXT NOT NULL,
                 started_at INTEGER NOT NULL,
                 ended_at INTEGER,
                 result TEXT NOT NULL,
                 duration_s INTEGER NOT NULL DEFAULT 0,
                 decision TEXT NOT NULL,
                 decision_reason TEXT NOT NULL DEFAULT '',
                 received_at INTEGER NOT NULL,
                 UNIQUE (provider, provider_id)))",
             "CREATE INDEX calls_by_conversation ON calls (conversation_id, started_at, id)",
             R"(CREATE TABLE messages (
                 id INTEGER PRIMARY KEY,
                 conversation_id INTEGER NOT NULL REFERENCES conversations (id),
                 call_id INTEGER REFERENCES calls (id),
                 provider TEXT NOT NULL,
                 provider_id TEXT,
                 direction TEXT NOT NULL,
                 kind TEXT NOT NULL,
                 body TEXT NOT NULL,
                 media TEXT NOT NULL DEFAULT '',
                 status TEXT NOT NULL,
                 error TEXT NOT NULL DEFAULT '',
                 at INTEGER NOT NULL,
                 urgent INTEGER NOT NULL DEFAULT 0,
                 urgency_reason TEXT NOT NULL DEFAULT ''))",
             // Idempotent ingest: one row per provider message id.
             "CREATE UNIQUE INDEX messages_by_provider_id ON messages (provider, provider_id) "
             "WHERE provider_id IS NOT NULL",
             // At most one automatic text per missed call, enforced by the store itself.
             "CREATE UNIQUE INDEX messages_one_auto_per_call ON messages (call_id) "
             "WHERE kind = 'auto'",
             "CREATE INDEX messages_by_conversation ON messages (conversation_id, at, id)",
             // Messages waiting for the sender. A row leaves the outbox when the
             // provider accepted or refused the message for good.
             R"(CREATE TABLE outbox (
                 message_id INTEGER PRIMARY KEY REFERENCES messages (id),
                 state TEXT NOT NULL,
                 attempts INTEGER NOT NULL DEFAULT 0,
                 next_attempt_at INTEGER NOT NULL,
                 first_attempt_at INTEGER,
                 last_error TEXT NOT NULL DEFAULT ''))",
             "CREATE INDEX outbox_due ON outbox (state, next_attempt_at)",
             R"(CREATE TABLE provider_cursors (
                 provider TEXT PRIMARY KEY,
                 cursor TEXT NOT NULL,
                 updated_at INTEGER NOT NULL))",
             // Full-text search over message bodies: external content, so the
             // text is stored once; triggers keep the index in step.
             "CREATE VIRTUAL TABLE messages_fts USING fts5 (body, content = 'messages', "
             "content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')",
             "CREATE TRIGGER messages_fts_insert AFTER INSERT ON messages BEGIN "
             "INSERT INTO messages_fts (rowid, body) VALUES (new.id, new.body); END",
             "CREATE TRIGGER messages_fts_delete AFTER DELETE ON messages BEGIN "
             "INSERT INTO messages_fts (messages_fts, rowid, body) VALUES ('delete', old.id, "
             "old.body); END",
             "CREATE TRIGGER messages_fts_update AFTER UPDATE OF body ON messages BEGIN "
             "INSERT INTO messages_fts (messages_fts, rowid, body) VALUES ('delete', old.id, "
             "old.body); "
             "INSERT INTO messages_fts (rowid, body) VALUES (new.id, new.body); END",
         }},
        {2,
         "decision codes, block list and known contacts",
         {
             // A stable code beside the human reason: "repeat_call", "blocked", ...
             "ALTER TABLE calls ADD COLUMN decision_code TEXT NOT NULL DEFAULT ''",
             // Numbers the office listed: list = 'blocked' or 'known' (contacts, vendors).
             R"(CREATE TABLE number_lists (
                 number TEXT NOT NULL,
                 list TEXT NOT NULL,
                 note TEXT NOT NULL DEFAULT '',
                 added_at INTEGER NOT NULL,
                 PRIMARY KEY (number, list)))",
             // Pending automatic texts of a conversation, for cancellation.
             "CREATE INDEX messages_pending_auto ON messages (conversation_id) WHERE kind = 'auto' "
             "AND status = 'queued'",
         }},
        {3,
         "opt-out ledger",
         {
             // Append-only: every opt-out, opt-in, probable opt-out and dismissal.
             // conversations.opt_out / opt_out_reason are derived from it.
             R"(CREATE TABLE opt_out_events (
                 id INTEGER PRIMARY KEY,
                 contact_number TEXT NOT NULL,
                 business_number TEXT NOT NULL,
                 event TEXT NOT NULL CHECK (event IN ('opt_out', 'opt_in', 'probable', 'dismissed')),
                 source TEXT NOT NULL,
                 detail TEXT NOT NULL DEFAULT '',
                 actor TEXT NOT NULL DEFAULT '',
                 scope TEXT NOT NULL CHECK (scope IN ('line', 'all')),
                 at INTEGER NOT NULL))",
             "CREATE INDEX opt_out_events_by_contact ON opt_out_events (contact_number, id)",
             "CREATE TRIGGER opt_out_events_no_update BEFORE UPDATE ON opt_out_events BEGIN "
             "SELECT RAISE(ABORT, 'the opt-out ledger is append-only'); END",
             "CREATE TRIGGER opt_out_events_no_delete BEFORE DELETE ON opt_out_events BEGIN "
             "SELECT RAISE(ABORT, 'the opt-out ledger is append-only'); END",
             // Opt-outs recorded before the ledger applied to every line: keep that.
             "INSERT INTO opt_out_events (contact_number, business_number, event, source, detail, "
             "scope, at) SELECT contact_number, min(business_number), 'opt_out', 'migrated', "
             "max(opt_out_reason), 'all', CAST(strftime('%s', 'now') AS INTEGER) * 1000 "
             "FROM conversations WHERE opt_out = 'opted_out' GROUP BY contact_number",
             "INSERT INTO opt_out_events (contact_number, business_number, event, source, detail, "
             "scope, at) SELECT contact_number, business_number, 'probable', 'migrated', "
             "opt_out_reason, 'line', CAST(strftime('%s', 'now') AS INTEGER) * 1000 "
             "FROM conversations WHERE opt_out = 'probable' AND contact_number NOT IN "
             "(SELECT contact_number FROM conversations WHERE opt_out = 'opted_out')",
         }},
        {4,
         "spam, quiet hours",
         {
             // The lead state before "Mark as spam", restored by "Not spam".
             "ALTER TABLE conversations ADD COLUMN lead_state_before_spam TEXT",
             // The default list hides spam; the Spam filter shows only spam. Both
             // stay keyset-paged over an index (same predicates as Queries.cpp).
             "CREATE INDEX conversations_not_spam ON conversations (last_activity DESC, id DESC) "
             "WHERE lead_state != 'spam'",
             "CREATE INDEX conversations_spam ON conversations (last_activity DESC, id DESC) "
             "WHERE lead_state = 'spam'",
             // 1: the first attempt may leave in quiet hours (the first text-back
             // to a call that just happened, a manual "send anyway").
             "ALTER TABLE outbox ADD COLUMN quiet_ok INTEGER NOT NULL DEFAULT 0",
         }},
        {5,
         "lead details, call-back queue, lead history",
         {
             // The lead panel: what the office wrote down about the job.
             "ALTER TABLE conversations ADD COLUMN address TEXT NOT NULL DEFAULT ''",
             "ALTER TABLE conversations ADD COLUMN service TEXT NOT NULL DEFAULT ''",
             "ALTER TABLE conversations ADD COLUMN notes TEXT NOT NULL DEFAULT ''",
             // Who in the office last acted on the lead, and when (ms).
             "ALTER TABLE conversations ADD COLUMN handled_by TEXT NOT NULL DEFAULT ''",
             "ALTER TABLE conversations ADD COLUMN handled_at INTEGER",
             // The call-back queue: 1 while the caller still needs a human.
             // waiting_since: when they started waiting (ms); queue order is
             // urgent first, then the longest wait.
             "ALTER TABLE conversations ADD COLUMN needs_callback INTEGER NOT NULL DEFAULT 0",
             "ALTER TABLE conversations ADD COLUMN waiting_since INTEGER",
             // Hidden from the queue until then (ms); NULL: not snoozed.
             "ALTER TABLE conversations ADD COLUMN snoozed_until INTEGER",
             // The booked appointment (ms, UTC); NULL: none.
             "ALTER TABLE conversations ADD COLUMN booked_for INTEGER",
             // Last call-back outcome: reached / no_answer / voicemail; and how
             // many call-back attempts were made.
             "ALTER TABLE conversations ADD COLUMN callback_outcome TEXT NOT NULL DEFAULT ''",
             "ALTER TABLE conversations ADD COLUMN callback_attempts INTEGER NOT NULL DEFAULT 0",
             // Leads that already wait: new or replied ones.
             "UPDATE conversations SET needs_callback = 1, waiting_since = last_activity "
             "WHERE lead_state IN ('new', 'replied')",
             "CREATE INDEX conversations_queue ON conversations (urgent DESC, waiting_since, id) "
             "WHERE needs_callback = 1 AND lead_state != 'spam'",
             // List filters, keyset-paged like the others (same predicates as Queries.cpp).
             "CREATE INDEX conversations_callback ON conversations (last_activity DESC, id DESC) "
             "WHERE needs_callback = 1 AND lead_state != 'spam'",
             "CREATE INDEX conversations_booked ON conversations (last_activity DESC, id DESC) "
             "WHERE lead_state = 'booked'",
             "CREATE INDEX conversations_opted_out ON conversations (last_activity DESC, id DESC) "
             "WHERE opt_out = 'opted_out'",
             // Everything the office did to a lead, append-only, for "who handled
             // it and when" and the dashboard's per-day figures. event: state,
             // callback, booked, snooze, details; lead_state: the state after it.
             R"(CREATE TABLE lead_events (
                 id INTEGER PRIMARY KEY,
                 conversation_id INTEGER NOT NULL REFERENCES conversations (id),
                 event TEXT NOT NULL,
                 lead_state TEXT NOT NULL,
                 detail TEXT NOT NULL DEFAULT '',
                 actor TEXT NOT NULL DEFAULT '',
                 at INTEGER NOT NULL))",
             "CREATE INDEX lead_events_by_conversation ON lead_events (conversation_id, id)",
             "CREATE INDEX lead_events_by_time ON lead_events (at)",
         }},
        {6,
         "screened calls",
         {
             // 1: the caller's last missed call was held as a likely pocket dial
             // or robocaller. Such callers are listed (View › Screened), not
             // texted and not put in the call-back queue; any real activity (a
             // reply, a call that is texted, the office acting) clears it.
             "ALTER TABLE conversations ADD COLUMN screened INTEGER NOT NULL DEFAULT 0",
             "CREATE INDEX conversations_screened ON conversations (last_activity DESC, id DESC) "
             "WHERE screened = 1 AND lead_state != 'spam'",
             // 1: a real lead — the caller missed-called the business or texted
             // it — kept by triggers, so "leads with no next step" counts over
             // one partial index instead of probing calls and messages for
             // every conversation (360 ms at 100,000 conversations).
             "ALTER TABLE conversations ADD COLUMN is_lead INTEGER NOT NULL DEFAULT 0",
             "UPDATE conversations SET is_lead = 1 WHERE "
             "EXISTS (SELECT 1 FROM calls WHERE conversation_id = conversations.id "
             "AND result != 'answered') "
             "OR EXISTS (SELECT 1 FROM messages WHERE conversation_id = conversations.id "
             "AND direction = 'in')",
             "CREATE TRIGGER calls_make_lead AFTER INSERT ON calls "
             "WHEN NEW.result != 'answered' BEGIN "
             "UPDATE conversations SET is_lead = 1 WHERE id = NEW.conversation_id "
             "AND is_lead = 0; END",
             "CREATE TRIGGER messages_make_lead AFTER INSERT ON messages "
             "WHEN NEW.direction = 'in' BEGIN "
             "UPDATE conversations SET is_lead = 1 WHERE id = NEW.conversation_id "
             "AND is_lead = 0; END",
             "CREATE INDEX conversations_no_next_step ON conversations (snoozed_until) "
             "WHERE is_lead = 1 AND needs_callback = 0 AND screened = 0 "
             "AND lead_state IN ('new', 'replied', 'called_back')",
         }},
    };
    return list;
}

bool exec(QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery q(db);
    if (!q.exec(sql)) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}

} // namespace

int Migrations::latestVersion()
{
    return migrations().back().version;
}

int Migrations::currentVersion(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT version FROM schema_version")) || !q.next())
        return 0;
    return q.value(0).toInt();
}

Status Migrations::apply(QSqlDatabase &db, int upTo)
{
    if (upTo < 0)
        upTo = latestVersion();
    QString error;
    if (!exec(
            db,
            QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)"),
            &error))
        return Error(error);

    const int current = currentVersion(db);
    if (current > latestVersion()) {
        return Error(
            QCoreApplication::translate(
                "ringback::Migrations",
                "This data was written by a newer Ringback (schema %1; this version knows %2). "
                "Install the newer version to open it.")
                .arg(current)
                .arg(latestVersion()));
    }
    for (const Migration &m : migrations()) {
        if (m.version <= current || m.version > upTo)
            continue;
        qCInfo(lcMigrations) << "applying migration" << m.version << m.description;
        if (!exec(db, QStringLiteral("BEGIN IMMEDIATE"), &error))
            return Error(error);
        bool ok = true;
        for (const char *statement : m.statements) {
            if (!exec(db, QString::fromUtf8(statement), &error)) {
                error
                    = QCoreApplication::translate("ringback::Migrations", "migration %1 failed: %2")
                          .arg(m.version)
                          .arg(error);
                ok = false;
                break;
            }
        }
        if (ok) {
            ok = exec(db, QStringLiteral("DELETE FROM schema_version"), &error);
            if (ok) {
                QSqlQuery q(db);
                q.prepare(QStringLiteral("INSERT INTO schema_version (version) VALUES (?)"));
                q.addBindValue(m.version);
                ok = q.exec();
                if (!ok)
                    error = q.lastError().text();
            }
            ok = ok && exec(db, QStringLiteral("COMMIT"), &error);
        }
        if (!ok) {
            QString ignored;
            exec(db, QStringLiteral("ROLLBACK"), &ignored);
            return Error(error);
        }
    }
    return {};
}

} // namespace ringback
