#pragma once

#include "domain/Records.h"
#include "util/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace ringback {

// A booked job as an iCalendar file (RFC 5545) the office can open in any
// calendar: one VEVENT with a UID stable per conversation (saving it again
// after a change updates the event), times in UTC, the caller and service as
// the summary, the address as the location, the notes as the description.
// CRLF line ends, lines folded at 75 octets, TEXT values escaped.
class BookingCalendar
{
public:
    struct Booking
    {
        qint64 conversationId = 0;
        QString contactNumber;
        QString businessNumber;
        QString callerName; // as the office sees it; empty: the number alone
        QString service;
        QString address;
        QString notes;
        QString note; // the booking's own note
        QDateTime start;
        int minutes = 60;
    };

    static Booking fromConversation(const Conversation &conversation,
                                    const QString &callerName,
                                    const QDateTime &start,
                                    const QString &note = QString());

    // stamp: DTSTAMP, when the file was made.
    static QByteArray ics(const Booking &booking, const QDateTime &stamp);
    static Status writeIcs(const Booking &booking, const QDateTime &stamp, const QString &path);

    // RFC 5545 3.3.11: backslash, semicolon, comma and line breaks escaped.
    static QString escapeText(const QString &text);
    // RFC 5545 3.1: one content line (UTF-8, no line end) folded so no line
    // is longer than 75 octets, never inside a UTF-8 sequence; with CRLF.
    static QByteArray foldLine(const QByteArray &line);
};

} // namespace ringback
