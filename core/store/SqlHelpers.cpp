#include "store/SqlHelpers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>

namespace ringback::sql {

bool run(QSqlQuery &q,
         const QString &statement,
         std::initializer_list<QVariant> values,
         QString *error)
{
    q.setForwardOnly(true);
    if (!q.prepare(statement)) {
        *error = q.lastError().text();
        return false;
    }
    for (const QVariant &v : values) {
        // A null QString would bind as SQL NULL; text columns hold '' instead.
        // Use nullableText() to store NULL on purpose.
        if (v.typeId() == QMetaType::QString && !v.isNull() && v.toString().isNull())
            q.addBindValue(QString(QLatin1String("")));
        else
            q.addBindValue(v);
    }
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}

Status run(QSqlDatabase &db, const QString &statement, std::initializer_list<QVariant> values)
{
    QSqlQuery q(db);
    QString error;
    if (!run(q, statement, values, &error))
        return Error(error);
    return {};
}

QVariant nullableText(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}

QDateTime fromMs(const QVariant &v)
{
    if (v.isNull())
        return {};
    return QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

QVariant toMs(const QDateTime &t)
{
    if (!t.isValid())
        return QVariant(QMetaType::fromType<qlonglong>());
    return QVariant(t.toMSecsSinceEpoch());
}

QString encodeMedia(const QStringList &media)
{
    if (media.isEmpty())
        return {};
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(media)).toJson(QJsonDocument::Compact));
}

QStringList decodeMedia(const QString &text)
{
    if (text.isEmpty())
        return {};
    QStringList out;
    for (const QJsonValue &v : QJsonDocument::fromJson(text.toUtf8()).array())
        out << v.toString();
    return out;
}

const char *const kConversationColumns
    = "id, contact_number, business_number, display_name, lead_state, urgent, urgency_reason, "
      "opt_out, opt_out_reason, unread_count, last_activity, preview, address, service, notes, "
      "handled_by, handled_at, needs_callback, waiting_since, snoozed_until, booked_for, "
      "callback_outcome, callback_attempts, screened";

Conversation readConversation(const QSqlQuery &q)
{
    Conversation c;
    c.id = q.value(0).toLongLong();
    c.contactNumber = q.value(1).toString();
    c.businessNumber = q.value(2).toString();
    c.displayName = q.value(3).toString();
    c.leadState = leadStateFromString(q.value(4).toString()).value_or(LeadState::New);
    c.urgent = q.value(5).toBool();
    c.urgencyReason = q.value(6).toString();
    c.optOut = optOutStateFromString(q.value(7).toString()).value_or(OptOutState::None);
    c.optOutReason = q.value(8).toString();
    c.unreadCount = q.value(9).toInt();
    c.lastActivityMs = q.value(10).toLongLong();
    c.preview = q.value(11).toString();
    c.address = q.value(12).toString();
    c.service = q.value(13).toString();
    c.notes = q.value(14).toString();
    c.handledBy = q.value(15).toString();
    c.handledAtMs = q.value(16).toLongLong(); // NULL reads as 0
    c.needsCallback = q.value(17).toBool();
    c.waitingSinceMs = q.value(18).toLongLong();
    c.snoozedUntilMs = q.value(19).toLongLong();
    c.bookedForMs = q.value(20).toLongLong();
    c.callbackOutcome = q.value(21).toString();
    c.callbackAttempts = q.value(22).toInt();
    c.screened = q.value(23).toBool();
    return c;
}

const char *const kCallColumns
    = "id, conversation_id, provider, provider_id, from_number, to_number, started_at, ended_at, "
      "result, duration_s, decision, decision_reason, decision_code";

Call readCall(const QSqlQuery &q)
{
    Call c;
    c.id = q.value(0).toLongLong();
    c.conversationId = q.value(1).toLongLong();
    c.provider = q.value(2).toString();
    c.providerId = q.value(3).toString();
    c.from = q.value(4).toString();
    c.to = q.value(5).toString();
    c.startedAt = fromMs(q.value(6));
    c.endedAt = fromMs(q.value(7));
    c.result = callResultFromString(q.value(8).toString()).value_or(CallResult::NoAnswer);
    c.durationSeconds = q.value(9).toInt();
    c.decision = decisionFromString(q.value(10).toString()).value_or(Decision::NotApplicable);
    c.decisionReason = q.value(11).toString();
    c.decisionCode = decisionCodeFromString(q.value(12).toString());
    return c;
}

const char *const kMessageColumns
    = "id, conversation_id, call_id, provider, provider_id, direction, kind, body, media, status, "
      "error, at, urgent, urgency_reason";

Message readMessage(const QSqlQuery &q)
{
    Message m;
    m.id = q.value(0).toLongLong();
    m.conversationId = q.value(1).toLongLong();
    m.callId = q.value(2).toLongLong();
    m.provider = q.value(3).toString();
    m.providerId = q.value(4).toString();
    m.direction = directionFromString(q.value(5).toString()).value_or(Direction::In);
    m.kind = messageKindFromString(q.value(6).toString()).value_or(MessageKind::Manual);
    m.body = q.value(7).toString();
    m.media = decodeMedia(q.value(8).toString());
    m.status = messageStatusFromString(q.value(9).toString()).value_or(MessageStatus::Received);
    m.error = q.value(10).toString();
    m.at = fromMs(q.value(11));
    m.urgent = q.value(12).toBool();
    m.urgencyReason = q.value(13).toString();
    return m;
}

} // namespace ringback::sql
