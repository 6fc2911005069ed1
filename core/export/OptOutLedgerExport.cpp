#include "export/OptOutLedgerExport.h"

#include "export/Exporter.h"
#include "store/OptOutLedger.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSaveFile>

namespace ringback {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ringback::OptOutLedgerExport)
};

} // namespace

const char *const OptOutLedgerExport::kColumns
    = "id,at,contact_number,business_number,event,source,detail,actor,scope,description";

Status OptOutLedgerExport::writeCsv(Database &db, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error(Tr::tr("Cannot write %1: %2").arg(path, file.errorString()));
    file.write(QByteArray(kColumns) + "\r\n");
    OptOutLedger ledger(db);
    constexpr int kPage = 500;
    qint64 after = 0;
    for (;;) {
        const auto page = ledger.page(after, kPage);
        for (const OptOutEvent &e : page) {
            const QStringList fields{
                QString::number(e.id),
                QDateTime::fromMSecsSinceEpoch(e.atMs, Qt::UTC).toString(Qt::ISODate),
                e.contactNumber,
                e.businessNumber,
                OptOutEvent::toString(e.type),
                e.source,
                e.detail,
                e.actor,
                OptOutEvent::toString(e.scope),
                OptOutLedger::describe(e)};
            QStringList out;
            for (const QString &f : fields)
                out << Exporter::csvField(f);
            file.write(out.join(QLatin1Char(',')).toUtf8() + "\r\n");
        }
        if (int(page.size()) < kPage)
            break;
        after = page.back().id;
    }
    if (!file.commit())
        return Error(Tr::tr("Cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

} // namespace ringback
