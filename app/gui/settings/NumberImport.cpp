#include "gui/settings/NumberImport.h"

#include "phone/PhoneNumber.h"
#include "store/Database.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QFile>
#include <QStringDecoder>

namespace ringback::gui {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ringback::gui::NumberImport)
};

QChar detectSeparator(const QString &text)
{
    const QString firstLine = text.section(QLatin1Char('\n'), 0, 0);
    int best = 0;
    QChar separator = QLatin1Char(',');
    for (QChar c : {QLatin1Char(','), QLatin1Char(';'), QLatin1Char('\t')}) {
        const int n = int(firstLine.count(c));
        if (n > best) {
            best = n;
            separator = c;
        }
    }
    return separator;
}

bool isNumberHeader(const QString &cell)
{
    const QString h = cell.trimmed().toLower();
    for (const char *word : {"phone", "number", "mobile", "cell", "tel", "numero", "número"}) {
        if (h.contains(QString::fromUtf8(word)))
            return true;
    }
    return false;
}

bool isNoteHeader(const QString &cell)
{
    const QString h = cell.trimmed().toLower();
    for (const char *word : {"name", "note", "nombre", "nota", "contact", "company", "comment"}) {
        if (h.contains(QString::fromUtf8(word)))
            return true;
    }
    return false;
}

bool blank(const QStringList &record)
{
    for (const QString &cell : record) {
        if (!cell.trimmed().isEmpty())
            return false;
    }
    return true;
}

} // namespace

Result<QList<QStringList>> NumberImport::splitCsv(const QString &text)
{
    const QChar separator = detectSeparator(text);
    QList<QStringList> records;
    QStringList record;
    QString cell;
    bool quoted = false;
    int line = 1;
    int quoteLine = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    cell += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                cell += c;
            }
            continue;
        }
        if (c == QLatin1Char('"') && cell.trimmed().isEmpty()) {
            quoted = true;
            quoteLine = line;
            cell.clear();
        } else if (c == separator) {
            record << cell;
            cell.clear();
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            if (c == QLatin1Char('\r') && i + 1 < text.size()
                && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            record << cell;
            cell.clear();
            records << record;
            record.clear();
            ++line;
        } else {
            cell += c;
        }
    }
    if (quoted)
        return Error(Tr::tr("Row %1 opens a quote that is never closed.").arg(quoteLine));
    if (!cell.isEmpty() || !record.isEmpty()) {
        record << cell;
        records << record;
    }
    return records;
}

Result<NumberImport::Parsed> NumberImport::parse(const QByteArray &data, const QString &homeRegion)
{
    if (data.size() > kMaxBytes)
        return Error(Tr::tr("The file is larger than %1 MB; nothing was imported.")
                         .arg(kMaxBytes / (1024 * 1024)));
    if (data.contains('\0'))
        return Error(Tr::tr("The file is not a text (CSV) file; nothing was imported."));
    QStringDecoder decoder(QStringDecoder::Utf8);
    QString text = decoder.decode(data);
    if (decoder.hasError())
        return Error(Tr::tr("The file is not UTF-8 text; save it as \"CSV UTF-8\" and try "
                            "again. Nothing was imported."));
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    const auto records = splitCsv(text);
    if (!records)
        return Error(Tr::tr("%1 Nothing was imported.").arg(records.errorMessage()));

    Parsed parsed;
    int numberColumn = 0;
    int noteColumn = -1;
    int firstRow = 0;
    bool columnsKnown = false;
    // Find the first non-blank record: a header, or the first data row.
    for (int i = 0; i < records->size(); ++i) {
        const QStringList &record = records->at(i);
        if (blank(record))
            continue;
        bool anyPhone = false;
        for (int c = 0; c < record.size(); ++c) {
            if (PhoneNumber::parse(record.at(c).trimmed(), homeRegion)) {
                numberColumn = c;
                anyPhone = true;
                break;
            }
        }
        if (!anyPhone) {
            for (int c = 0; c < record.size(); ++c) {
                if (isNumberHeader(record.at(c))) {
                    parsed.hasHeader = true;
                    numberColumn = c;
                    break;
                }
            }
        }
        if (parsed.hasHeader) {
            for (int c = 0; c < record.size(); ++c) {
                if (c != numberColumn && isNoteHeader(record.at(c))) {
                    noteColumn = c;
                    break;
                }
            }
            firstRow = i + 1;
        } else {
            firstRow = i;
        }
        if (noteColumn < 0) {
            for (int c = 0; c < record.size(); ++c) {
                if (c != numberColumn) {
                    noteColumn = c;
                    break;
                }
            }
        }
        columnsKnown = true;
        break;
    }
    if (!columnsKnown)
        return Error(Tr::tr("The file has no rows; nothing was imported."));

    for (int i = firstRow; i < records->size(); ++i) {
        const QStringList &record = records->at(i);
        if (blank(record))
            continue;
        const int row = i + 1;
        const QString raw = record.value(numberColumn).trimmed();
        const auto phone = PhoneNumber::parse(raw, homeRegion);
        if (!phone) {
            parsed.badRows << row;
            continue;
        }
        const QString note = noteColumn >= 0 ? record.value(noteColumn).simplified() : QString();
        parsed.entries.push_back({row, phone->e164(), note.left(200)});
    }
    return parsed;
}

Result<NumberImport::Parsed> NumberImport::parseFile(const QString &path, const QString &homeRegion)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(Tr::tr("Cannot read %1: %2").arg(path, file.errorString()));
    if (file.size() > kMaxBytes)
        return Error(Tr::tr("The file is larger than %1 MB; nothing was imported.")
                         .arg(kMaxBytes / (1024 * 1024)));
    return parse(file.readAll(), homeRegion);
}

Result<NumberImport::Summary>
NumberImport::import(Database &db, const QString &list, const Parsed &parsed, qint64 nowMs)
{
    Summary summary;
    summary.badRows = parsed.badRows;
    Store store(db);
    Transaction tx(db);
    if (!tx.isActive())
        return Error(Tr::tr("The database is busy; nothing was imported. Try again."));
    for (const Entry &entry : parsed.entries) {
        const auto existing = store.listEntry(entry.e164, list);
        if (!existing)
            return Error(existing.errorMessage());
        if (existing.value()) {
            ++summary.alreadyListed;
            continue;
        }
        const Status ok = store.setListed(entry.e164, list, true, entry.note, nowMs);
        if (!ok)
            return Error(ok.errorMessage());
        ++summary.added;
    }
    const Status committed = tx.commit();
    if (!committed)
        return Error(committed.errorMessage());
    return summary;
}

QString NumberImport::Summary::text() const
{
    QStringList parts;
    parts << Tr::tr("%n added", nullptr, added);
    if (alreadyListed > 0)
        parts << Tr::tr("%n already listed", nullptr, alreadyListed);
    if (!badRows.isEmpty()) {
        QStringList rows;
        for (int row : badRows)
            rows << QString::number(row);
        //: %1 lists row numbers of the file, e.g. "4, 9, 12".
        parts << Tr::tr("%n not phone numbers (rows %1)", nullptr, int(badRows.size()))
                     .arg(rows.join(QLatin1String(", ")));
    }
    return parts.join(QLatin1String(", "));
}

} // namespace ringback::gui
