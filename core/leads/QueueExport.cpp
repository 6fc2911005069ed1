#include "leads/QueueExport.h"

#include "export/Exporter.h"
#include "store/Queries.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace ringback {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ringback::QueueExport)
};

// Exporter::csvField, plus the tab and carriage return that some
// spreadsheets also treat as the start of a formula (OWASP's list).
QString field(const QString &text)
{
    if (!text.isEmpty() && (text.front() == QLatin1Char('\t') || text.front() == QLatin1Char('\r')))
        return Exporter::csvField(QLatin1Char('\'') + text);
    return Exporter::csvField(text);
}

} // namespace

const char *const QueueExport::kColumns = "position,name,number,urgent,urgency_reason,"
                                          "waiting_since,last_message,callback_attempts,"
                                          "last_outcome";

QString QueueExport::lastMessage(Queries &queries, const Conversation &conversation)
{
    const auto reply = queries.lastReply(conversation.id);
    const QString text = reply ? reply->body : conversation.preview;
    return text.simplified().left(200);
}

QString QueueExport::csvRow(int position, const Conversation &c, const QString &lastMessage)
{
    const QString waiting
        = c.waitingSinceMs > 0
              ? QDateTime::fromMSecsSinceEpoch(c.waitingSinceMs, Qt::UTC).toString(Qt::ISODate)
              : QString();
    const QStringList fields{QString::number(position),
                             c.displayName,
                             c.contactNumber,
                             c.urgent ? QStringLiteral("true") : QStringLiteral("false"),
                             c.urgencyReason,
                             waiting,
                             lastMessage,
                             QString::number(c.callbackAttempts),
                             c.callbackOutcome};
    QStringList out;
    out.reserve(fields.size());
    for (const QString &f : fields)
        out << field(f);
    return out.join(QLatin1Char(','));
}

Status QueueExport::writeCsv(Database &db, const QString &path, qint64 nowMs)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error(Tr::tr("Cannot write %1: %2").arg(path, file.errorString()));
    file.write(QByteArray(kColumns) + "\r\n");
    Queries queries(db);
    constexpr int kPage = 200;
    std::optional<QueueKey> after;
    int position = 0;
    for (;;) {
        const auto page = queries.callbackQueuePage(nowMs, after, kPage);
        for (const Conversation &c : page)
            file.write(csvRow(++position, c, lastMessage(queries, c)).toUtf8() + "\r\n");
        if (int(page.size()) < kPage)
            break;
        after = QueueKey::of(page.back());
    }
    if (!file.commit())
        return Error(Tr::tr("Cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

} // namespace ringback
