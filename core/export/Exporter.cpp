#include "export/Exporter.h"

#include "store/Queries.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <functional>

namespace ringback {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ringback::Exporter)
};

QString iso(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

QJsonObject callJson(const Call &c)
{
    return {{QStringLiteral("provider"), c.provider},
            {QStringLiteral("provider_id"), c.providerId},
            {QStringLiteral("started_at"), iso(c.startedAt)},
            {QStringLiteral("ended_at"), iso(c.endedAt)},
            {QStringLiteral("result"), toString(c.result)},
            {QStringLiteral("duration_s"), c.durationSeconds},
            {QStringLiteral("decision"), toString(c.decision)},
            {QStringLiteral("decision_reason"), c.decisionReason},
            {QStringLiteral("decision_code"), toString(c.decisionCode)}};
}

QJsonObject messageJson(const Message &m)
{
    return {{QStringLiteral("provider"), m.provider},
            {QStringLiteral("provider_id"), m.providerId},
            {QStringLiteral("direction"), toString(m.direction)},
            {QStringLiteral("kind"), toString(m.kind)},
            {QStringLiteral("body"), m.body},
            {QStringLiteral("media"), QJsonArray::fromStringList(m.media)},
            {QStringLiteral("status"), toString(m.status)},
            {QStringLiteral("error"), m.error},
            {QStringLiteral("at"), iso(m.at)},
            {QStringLiteral("urgent"), m.urgent},
            {QStringLiteral("urgency_reason"), m.urgencyReason}};
}

QJsonObject conversationJson(const Conversation &c)
{
    return {{QStringLiteral("contact_number"), c.contactNumber},
            {QStringLiteral("business_number"), c.businessNumber},
            {QStringLiteral("display_name"), c.displayName},
            {QStringLiteral("lead_state"), toString(c.leadState)},
            {QStringLiteral("urgent"), c.urgent},
            {QStringLiteral("urgency_reason"), c.urgencyReason},
            {QStringLiteral("opt_out"), toString(c.optOut)},
            {QStringLiteral("opt_out_reason"), c.optOutReason},
            // Added with schema 5 (the lead panel).
            {QStringLiteral("address"), c.address},
            {QStringLiteral("service"), c.service},
            {QStringLiteral("notes"), c.notes}};
}

void forEachConversation(Database &db, const std::function<void(const Conversation &)> &fn)
{
    Queries queries(db);
    std::optional<ListKey> after;
    for (;;) {
        const auto page = queries.conversationPage(ConversationFilter::Everything, after, 500);
        for (const Conversation &c : page)
            fn(c);
        if (page.size() < 500)
            break;
        after = ListKey{page.back().lastActivityMs, page.back().id};
    }
}

} // namespace

QString Exporter::csvField(const QString &text)
{
    QString s = text;
    if (!s.isEmpty() && QStringLiteral("=+-@").contains(s.front())
        && !(s.front() == QLatin1Char('+') && s.size() > 1 && s.at(1).isDigit()))
        s.prepend(QLatin1Char('\''));
    if (s.contains(QLatin1Char('"')) || s.contains(QLatin1Char(','))
        || s.contains(QLatin1Char('\n')) || s.contains(QLatin1Char('\r'))) {
        s.replace(QLatin1String("\""), QLatin1String("\"\""));
        s = QLatin1Char('"') + s + QLatin1Char('"');
    }
    return s;
}

Status Exporter::write(Database &db, const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("json") && suffix != QLatin1String("csv"))
        return Error(Tr::tr("Export to a file ending in .json or .csv (got \"%1\").").arg(path));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error(Tr::tr("Cannot write %1: %2").arg(path, file.errorString()));
    Queries queries(db);

    if (suffix == QLatin1String("json")) {
        QJsonObject header{{QStringLiteral("format"), QStringLiteral("ringback-export")},
                           {QStringLiteral("version"), kFormatVersion},
                           {QStringLiteral("exported_at"), iso(QDateTime::currentDateTimeUtc())}};
        QByteArray head = QJsonDocument(header).toJson(QJsonDocument::Compact);
        head.chop(1); // drop the closing brace: conversations are streamed in
        file.write(head + ",\"conversations\":[");
        bool first = true;
        forEachConversation(db, [&](const Conversation &c) {
            QJsonObject o = conversationJson(c);
            QJsonArray calls, messages;
            for (const Call &call : queries.calls(c.id))
                calls.append(callJson(call));
            for (const Message &m : queries.messages(c.id, std::numeric_limits<int>::max()))
                messages.append(messageJson(m));
            o.insert(QStringLiteral("calls"), calls);
            o.insert(QStringLiteral("messages"), messages);
            if (!first)
                file.write(",");
            first = false;
            file.write("\n");
            file.write(QJsonDocument(o).toJson(QJsonDocument::Compact));
        });
        file.write("\n]}\n");
    } else {
        static const char *const columns[] = {"contact_number",
                                              "business_number",
                                              "display_name",
                                              "lead_state",
                                              "urgent",
                                              "urgency_reason",
                                              "opt_out",
                                              "opt_out_reason",
                                              "provider",
                                              "provider_id",
                                              "direction",
                                              "kind",
                                              "body",
                                              "media",
                                              "status",
                                              "error",
                                              "at",
                                              "message_urgent",
                                              "message_urgency_reason",
                                              // Added with schema 5, after the
                                              // original columns.
                                              "address",
                                              "service",
                                              "notes"};
        QStringList head;
        for (const char *c : columns)
            head << QString::fromLatin1(c);
        file.write(head.join(QLatin1Char(',')).toUtf8() + "\r\n");
        forEachConversation(db, [&](const Conversation &c) {
            const QStringList conv{c.contactNumber,
                                   c.businessNumber,
                                   c.displayName,
                                   toString(c.leadState),
                                   c.urgent ? QStringLiteral("true") : QStringLiteral("false"),
                                   c.urgencyReason,
                                   toString(c.optOut),
                                   c.optOutReason};
            const auto messages = queries.messages(c.id, std::numeric_limits<int>::max());
            auto writeRow = [&](const QStringList &fields) {
                QStringList out;
                for (const QString &f : fields)
                    out << csvField(f);
                file.write(out.join(QLatin1Char(',')).toUtf8() + "\r\n");
            };
            const QStringList lead{c.address, c.service, c.notes};
            if (messages.empty()) // a conversation with only calls still gets its row
                writeRow(conv + QStringList(11, QString()) + lead);
            for (const Message &m : messages) {
                writeRow(conv
                         + QStringList{m.provider,
                                       m.providerId,
                                       toString(m.direction),
                                       toString(m.kind),
                                       m.body,
                                       m.media.join(QLatin1Char(' ')),
                                       toString(m.status),
                                       m.error,
                                       iso(m.at),
                                       m.urgent ? QStringLiteral("true") : QStringLiteral("false"),
                                       m.urgencyReason}
                         + lead);
            }
        });
    }
    if (!file.commit())
        return Error(Tr::tr("Cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

} // namespace ringback
