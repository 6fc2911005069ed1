#include "leads/BookingCalendar.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace ringback {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ringback::BookingCalendar)
};

QByteArray utc(const QDateTime &t)
{
    return t.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toLatin1();
}

QString digitsOf(const QString &number)
{
    QString out;
    for (const QChar c : number) {
        if (c.isDigit())
            out += c;
    }
    return out;
}

} // namespace

BookingCalendar::Booking BookingCalendar::fromConversation(const Conversation &conversation,
                                                           const QString &callerName,
                                                           const QDateTime &start,
                                                           const QString &note)
{
    Booking b;
    b.conversationId = conversation.id;
    b.contactNumber = conversation.contactNumber;
    b.businessNumber = conversation.businessNumber;
    b.callerName = callerName;
    b.service = conversation.service;
    b.address = conversation.address;
    b.notes = conversation.notes;
    b.note = note;
    b.start = start;
    return b;
}

QString BookingCalendar::escapeText(const QString &text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\\'))
            out += QLatin1String("\\\\");
        else if (c == QLatin1Char(';'))
            out += QLatin1String("\\;");
        else if (c == QLatin1Char(','))
            out += QLatin1String("\\,");
        else if (c == QLatin1Char('\r')) {
            out += QLatin1String("\\n");
            if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                ++i; // CRLF is one line break
        } else if (c == QLatin1Char('\n'))
            out += QLatin1String("\\n");
        else if (c.unicode() < 0x20 && c != QLatin1Char('\t'))
            continue; // other control characters are not allowed in TEXT
        else
            out += c;
    }
    return out;
}

QByteArray BookingCalendar::foldLine(const QByteArray &line)
{
    QByteArray out;
    int start = 0;
    int limit = 75; // the first line; continuations begin with a space
    while (line.size() - start > limit) {
        int end = start + limit;
        // Never split a UTF-8 sequence: back up over continuation bytes.
        while (end > start && (uchar(line.at(end)) & 0xC0) == 0x80)
            --end;
        out += line.mid(start, end - start) + "\r\n ";
        start = end;
        limit = 74;
    }
    out += line.mid(start) + "\r\n";
    return out;
}

QByteArray BookingCalendar::ics(const Booking &b, const QDateTime &stamp)
{
    QString who = b.contactNumber;
    if (!b.callerName.isEmpty() && b.callerName != b.contactNumber) {
        //: Calendar event: the caller's name and number.
        who = Tr::tr("%1 (%2)").arg(b.callerName, b.contactNumber);
    }
    QString summary;
    if (b.service.isEmpty()) {
        //: Calendar event title; %1 is the caller.
        summary = Tr::tr("Job: %1").arg(who);
    } else {
        //: Calendar event title; %1 is the caller, %2 the service needed.
        summary = Tr::tr("%2: %1").arg(who, b.service);
    }
    QStringList description;
    if (!b.note.trimmed().isEmpty())
        description << b.note.trimmed();
    if (!b.notes.trimmed().isEmpty())
        description << b.notes.trimmed();
    description << Tr::tr("Phone: %1").arg(b.contactNumber);

    const QByteArray uid = "ringback-" + digitsOf(b.contactNumber).toLatin1() + '-'
                           + digitsOf(b.businessNumber).toLatin1() + '-'
                           + QByteArray::number(b.conversationId) + "@ringback.app";
    QList<QByteArray> lines{"BEGIN:VCALENDAR",
                            "VERSION:2.0",
                            "PRODID:-//Ringback//Ringback//EN",
                            "CALSCALE:GREGORIAN",
                            "METHOD:PUBLISH",
                            "BEGIN:VEVENT",
                            "UID:" + uid,
                            "DTSTAMP:" + utc(stamp),
                            "DTSTART:" + utc(b.start),
                            "DTEND:" + utc(b.start.addSecs(qint64(b.minutes) * 60)),
                            "SUMMARY:" + escapeText(summary).toUtf8()};
    if (!b.address.trimmed().isEmpty())
        lines << "LOCATION:" + escapeText(b.address.trimmed()).toUtf8();
    lines << "DESCRIPTION:" + escapeText(description.join(QLatin1String("\n\n"))).toUtf8();
    lines << "END:VEVENT"
          << "END:VCALENDAR";
    QByteArray out;
    for (const QByteArray &line : lines)
        out += foldLine(line);
    return out;
}

Status
BookingCalendar::writeIcs(const Booking &booking, const QDateTime &stamp, const QString &path)
{
    if (!booking.start.isValid())
        return Error(Tr::tr("The booking has no date and time."));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error(Tr::tr("Cannot write %1: %2").arg(path, file.errorString()));
    file.write(ics(booking, stamp));
    if (!file.commit())
        return Error(Tr::tr("Cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

} // namespace ringback
