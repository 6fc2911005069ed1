#include "store/OptOutLedger.h"

#include "store/SqlHelpers.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSqlQuery>

namespace ringback {
namespace {

using sql::run;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ringback::OptOutLedger)
};

const char *const kEventColumns
    = "id, contact_number, business_number, event, source, detail, actor, scope, at";

OptOutEvent readEvent(const QSqlQuery &q)
{
    OptOutEvent e;
    e.id = q.value(0).toLongLong();
    e.contactNumber = q.value(1).toString();
    e.businessNumber = q.value(2).toString();
    e.type = OptOutEvent::typeFromString(q.value(3).toString()).value_or(OptOutEvent::Type::OptOut);
    e.source = q.value(4).toString();
    e.detail = q.value(5).toString();
    e.actor = q.value(6).toString();
    e.scope = q.value(7).toString() == QLatin1String("line") ? OptOutEvent::Scope::Line
                                                             : OptOutEvent::Scope::All;
    e.atMs = q.value(8).toLongLong();
    return e;
}

struct State
{
    OptOutState state = OptOutState::None;
    std::optional<OptOutEvent> cause;
};

// The state of the conversation on `business` after the contact's events.
State fold(const std::vector<OptOutEvent> &events, const QString &business)
{
    State s;
    for (const OptOutEvent &e : events) {
        if (e.scope == OptOutEvent::Scope::Line && e.businessNumber != business)
            continue;
        switch (e.type) {
        case OptOutEvent::Type::OptOut:
            s = {OptOutState::OptedOut, e};
            break;
        case OptOutEvent::Type::OptIn:
            s = {};
            break;
        case OptOutEvent::Type::Probable:
            if (s.state != OptOutState::OptedOut)
                s = {OptOutState::Probable, e};
            break;
        case OptOutEvent::Type::Dismissed:
            if (s.state == OptOutState::Probable)
                s = {};
            break;
        }
    }
    return s;
}

QString who(const QString &actor)
{
    return actor.isEmpty() ? Tr::tr("the office") : actor;
}

} // namespace

QString OptOutEvent::toString(Type type)
{
    switch (type) {
    case Type::OptOut:
        return QStringLiteral("opt_out");
    case Type::OptIn:
        return QStringLiteral("opt_in");
    case Type::Probable:
        return QStringLiteral("probable");
    case Type::Dismissed:
        return QStringLiteral("dismissed");
    }
    return {};
}

QString OptOutEvent::toString(Scope scope)
{
    return scope == Scope::Line ? QStringLiteral("line") : QStringLiteral("all");
}

std::optional<OptOutEvent::Type> OptOutEvent::typeFromString(const QString &s)
{
    for (Type t : {Type::OptOut, Type::OptIn, Type::Probable, Type::Dismissed}) {
        if (toString(t) == s)
            return t;
    }
    return std::nullopt;
}

OptOutLedger::OptOutLedger(Database &db)
    : m_db(db)
{}

Result<qint64> OptOutLedger::record(const OptOutEvent &e)
{
    QSqlQuery q(m_db.db());
    QString error;
    if (!run(q,
             QStringLiteral("INSERT INTO opt_out_events (contact_number, business_number, event, "
                            "source, detail, actor, scope, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
             {e.contactNumber,
              e.businessNumber,
              OptOutEvent::toString(e.type),
              e.source,
              e.detail.left(500),
              e.actor.left(200),
              OptOutEvent::toString(e.scope),
              e.atMs},
             &error))
        return Error(error);
    const qint64 id = q.lastInsertId().toLongLong();
    const Status ok = refresh(e.contactNumber);
    if (!ok)
        return Error(ok.errorMessage());
    return id;
}

Status OptOutLedger::refresh(const QString &contact)
{
    const std::vector<OptOutEvent> history = events(contact);
    if (history.empty())
        return {};
    QSqlQuery q(m_db.db());
    QString error;
    if (!run(q,
             QStringLiteral(
                 "SELECT id, business_number FROM conversations WHERE contact_number = ?"),
             {contact},
             &error))
        return Error(error);
    std::vector<std::pair<qint64, QString>> conversations;
    while (q.next())
        conversations.emplace_back(q.value(0).toLongLong(), q.value(1).toString());
    q.finish();
    for (const auto &[id, business] : conversations) {
        const State s = fold(history, business);
        const QString reason
            = s.cause ? Tr::tr("%1 on %2").arg(describe(*s.cause), dateText(s.cause->atMs))
                      : QString();
        const Status ok = run(
            m_db.db(),
            QStringLiteral("UPDATE conversations SET opt_out = ?, opt_out_reason = ? WHERE id = ?"),
            {ringback::toString(s.state), reason, id});
        if (!ok)
            return ok;
    }
    return {};
}

std::optional<OptOutEvent> OptOutLedger::currentEvent(qint64 conversationId)
{
    QSqlQuery q(m_db.db());
    QString error;
    if (!run(q,
             QStringLiteral(
                 "SELECT contact_number, business_number FROM conversations WHERE id = ?"),
             {conversationId},
             &error)
        || !q.next())
        return std::nullopt;
    const QString contact = q.value(0).toString();
    const QString business = q.value(1).toString();
    return fold(events(contact), business).cause;
}

std::vector<OptOutEvent> OptOutLedger::events(const QString &contact)
{
    QSqlQuery q(m_db.db());
    QString error;
    std::vector<OptOutEvent> out;
    if (run(q,
            QStringLiteral("SELECT %1 FROM opt_out_events WHERE contact_number = ? ORDER BY id")
                .arg(QLatin1String(kEventColumns)),
            {contact},
            &error)) {
        while (q.next())
            out.push_back(readEvent(q));
    }
    return out;
}

std::vector<OptOutEvent> OptOutLedger::page(qint64 afterId, int limit)
{
    QSqlQuery q(m_db.db());
    QString error;
    std::vector<OptOutEvent> out;
    if (run(q,
            QStringLiteral("SELECT %1 FROM opt_out_events WHERE id > ? ORDER BY id LIMIT ?")
                .arg(QLatin1String(kEventColumns)),
            {afterId, limit},
            &error)) {
        while (q.next())
            out.push_back(readEvent(q));
    }
    return out;
}

QString OptOutLedger::describe(const OptOutEvent &e)
{
    using Type = OptOutEvent::Type;
    switch (e.type) {
    case Type::Probable:
        return Tr::tr("replied \u201c%1\u201d").arg(e.detail);
    case Type::Dismissed:
        return Tr::tr("\u201c%1\u201d marked not an opt-out by %2").arg(e.detail, who(e.actor));
    case Type::OptIn:
        if (e.source == OptOutEvent::kKeyword)
            return Tr::tr("replied %1").arg(e.detail);
        return Tr::tr("opted back in, recorded by %1").arg(who(e.actor));
    case Type::OptOut:
        break;
    }
    if (e.source == OptOutEvent::kKeyword)
        return Tr::tr("replied %1").arg(e.detail);
    if (e.source == OptOutEvent::kConfirmedReply)
        return Tr::tr("replied \u201c%1\u201d, confirmed by %2").arg(e.detail, who(e.actor));
    if (e.source == OptOutEvent::kProvider)
        return Tr::tr("the provider refused a text: %1").arg(e.detail);
    if (e.source == OptOutEvent::kManual)
        return e.detail.isEmpty() ? Tr::tr("recorded by %1").arg(who(e.actor))
                                  : Tr::tr("recorded by %1: %2").arg(who(e.actor), e.detail);
    if (e.source == OptOutEvent::kMigrated)
        return Tr::tr("recorded before the opt-out ledger: %1").arg(e.detail);
    return Tr::tr("%1: %2").arg(e.source, e.detail);
}

QString OptOutLedger::dateText(qint64 atMs)
{
    const QDate date = QDateTime::fromMSecsSinceEpoch(atMs).toLocalTime().date();
    return QLocale().toString(date, QStringLiteral("d MMM yyyy"));
}

QString OptOutLedger::refusal(const OptOutEvent &e, const QString &displayNumber)
{
    QString how;
    if (e.source == OptOutEvent::kKeyword)
        how = Tr::tr("by replying %1").arg(e.detail);
    else if (e.source == OptOutEvent::kConfirmedReply)
        how = Tr::tr("by replying \u201c%1\u201d (confirmed by %2)").arg(e.detail, who(e.actor));
    else if (e.source == OptOutEvent::kProvider)
        how = Tr::tr("according to the provider (%1)").arg(e.detail);
    else if (e.source == OptOutEvent::kManual)
        how = Tr::tr("as recorded by %1").arg(who(e.actor));
    else
        how = QLatin1Char('(') + describe(e) + QLatin1Char(')');
    return Tr::tr("Not sent: %1 opted out on %2 %3.").arg(displayNumber, dateText(e.atMs), how);
}

} // namespace ringback
