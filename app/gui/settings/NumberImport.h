#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <vector>

namespace ringback {
class Database;
}

namespace ringback::gui {

// "Import CSV…" of the Numbers page: a CSV file with a number column and an
// optional name/note column, with or without a header row (comma, semicolon
// or tab separated, RFC 4180 quoting). Numbers are normalised with
// PhoneNumber in the office's home region. The whole file is read and
// checked first: a file that is not readable CSV adds nothing.
class NumberImport
{
public:
    struct Entry
    {
        int row = 0; // in the file, from 1 (a header row counts)
        QString e164;
        QString note;
    };
    struct Parsed
    {
        std::vector<Entry> entries;
        QList<int> badRows; // rows whose number is not a phone number
        bool hasHeader = false;
    };
    struct Summary
    {
        int added = 0;
        int alreadyListed = 0; // in the list already, or twice in the file
        QList<int> badRows;
        // "37 added, 2 already listed, 3 not phone numbers (rows 4, 9, 12)"
        QString text() const;
    };

    static constexpr qint64 kMaxBytes = 10 * 1024 * 1024;

    static Result<Parsed> parse(const QByteArray &data, const QString &homeRegion);
    static Result<Parsed> parseFile(const QString &path, const QString &homeRegion);
    // Adds every entry not listed yet to `list`, all in one transaction.
    static Result<Summary>
    import(Database &db, const QString &list, const Parsed &parsed, qint64 nowMs);

    // One CSV record per inner list; an error for an unclosed quote.
    static Result<QList<QStringList>> splitCsv(const QString &text);
};

} // namespace ringback::gui
