#include "export/Exporter.h"
#include "leads/BookingCalendar.h"
#include "leads/LeadStore.h"
#include "leads/QueueExport.h"
#include "store/Store.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace ringback;

// What leaves Ringback from the call-back queue: the queue as CSV and a
// booking as an iCalendar file.
class TestLeadExport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // RFC 5545 3.1: a CRLF followed by one space is removed when reading.
    static QByteArray unfold(const QByteArray &ics) { return QByteArray(ics).replace("\r\n ", ""); }

private slots:
    void queueCsv()
    {
        Database db;
        QVERIFY(
            db.open(m_dir.filePath(QStringLiteral("csv.sqlite")), QStringLiteral("csv")).isOk());
        Store store(db);
        LeadStore leads(db);
        const QString line = QStringLiteral("+15125550100");
        const qint64 t0 = QDateTime(QDate(2026, 3, 2), QTime(13, 5), Qt::UTC).toMSecsSinceEpoch();
        const qint64 dana
            = store.ensureConversation(QStringLiteral("+15125550134"), line, t0).value();
        const qint64 mike
            = store.ensureConversation(QStringLiteral("+15125550147"), line, t0).value();
        QVERIFY(store.setDisplayName(dana, QStringLiteral("=HYPERLINK(\"http://x\")")).isOk());
        QVERIFY(store.setUrgent(mike, QStringLiteral("matched: leak, burst")).isOk());
        QVERIFY(leads.enterQueue(dana, t0).isOk());
        QVERIFY(leads.enterQueue(mike, t0 + 60000).isOk());
        QVERIFY(leads.recordCallback(mike, CallbackOutcome::NoAnswer, QStringLiteral("Pat"), t0)
                    .isOk());
        Message m;
        m.conversationId = mike;
        m.provider = QStringLiteral("test");
        m.providerId = QStringLiteral("SM1");
        m.body = QStringLiteral("Water \"everywhere\",\nplease call");
        m.at = QDateTime::fromMSecsSinceEpoch(t0, Qt::UTC);
        QVERIFY(store.insertMessage(m).isOk());
        QVERIFY(store.touchConversation(dana, t0, QStringLiteral("-1 missed call"), 0).isOk());

        const QString path = m_dir.filePath(QStringLiteral("queue.csv"));
        QVERIFY(QueueExport::writeCsv(db, path, t0 + 3600000).isOk());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray csv = file.readAll();
        const QList<QByteArray> lines = csv.split('\n');
        QCOMPARE(lines.size(), 4); // header, two rows, the empty tail
        QCOMPARE(lines[0], QByteArray(QueueExport::kColumns) + '\r');
        // Urgent first; RFC 4180 quotes; the number is not treated as a formula.
        QCOMPARE(lines[1],
                 QByteArray("1,,+15125550147,true,\"matched: leak, burst\",2026-03-02T13:06:00Z,"
                            "\"Water \"\"everywhere\"\", please call\",1,no_answer\r"));
        // A name a spreadsheet would run is prefixed with '; so is "-1 ...".
        QCOMPARE(lines[2],
                 QByteArray("2,\"'=HYPERLINK(\"\"http://x\"\")\",+15125550134,false,,"
                            "2026-03-02T13:05:00Z,'-1 missed call,0,\r"));
        QVERIFY(csv.endsWith("\r\n"));
        // Tabs and carriage returns at the start are guarded too.
        Conversation c;
        c.displayName = QStringLiteral("\t@SUM(A1)");
        QVERIFY(QueueExport::csvRow(1, c, QString()).startsWith(QLatin1String("1,'\t@SUM")));
    }

    void exportCarriesLeadDetails()
    {
        Database db;
        QVERIFY(db.open(m_dir.filePath(QStringLiteral("x.sqlite")), QStringLiteral("x")).isOk());
        Store store(db);
        const qint64 id = store
                              .ensureConversation(QStringLiteral("+15125550134"),
                                                  QStringLiteral("+15125550100"),
                                                  1000)
                              .value();
        QVERIFY(LeadStore(db)
                    .setDetails(id,
                                QStringLiteral("12 Elm St"),
                                QStringLiteral("Roof"),
                                QStringLiteral("Dog"),
                                QStringLiteral("Pat"),
                                2000)
                    .isOk());
        const QString json = m_dir.filePath(QStringLiteral("all.json"));
        QVERIFY(Exporter::write(db, json).isOk());
        QFile file(json);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject c = QJsonDocument::fromJson(file.readAll())
                                  .object()
                                  .value(QLatin1String("conversations"))
                                  .toArray()
                                  .first()
                                  .toObject();
        QCOMPARE(c.value(QLatin1String("address")).toString(), QStringLiteral("12 Elm St"));
        QCOMPARE(c.value(QLatin1String("service")).toString(), QStringLiteral("Roof"));
        QCOMPARE(c.value(QLatin1String("notes")).toString(), QStringLiteral("Dog"));
        QCOMPARE(c.value(QLatin1String("lead_state")).toString(), QStringLiteral("new"));
        // CSV: the new columns come after every original one.
        const QString csv = m_dir.filePath(QStringLiteral("all.csv"));
        QVERIFY(Exporter::write(db, csv).isOk());
        QFile csvFile(csv);
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = csvFile.readAll().split('\n');
        QVERIFY(lines[0].startsWith("contact_number,business_number,display_name,lead_state,"));
        QVERIFY(lines[0].endsWith("message_urgency_reason,address,service,notes\r"));
        QVERIFY(lines[1].endsWith(",12 Elm St,Roof,Dog\r"));
    }

    void bookingIcs()
    {
        Conversation c;
        c.id = 42;
        c.contactNumber = QStringLiteral("+15125550134");
        c.businessNumber = QStringLiteral("+15125550100");
        c.service = QStringLiteral("Roof repair; gutters, too");
        c.address = QStringLiteral("12 Elm St, Apt 3\\B");
        c.notes = QStringLiteral("Gate code 4411\nDog in yard — friendly. Ring twice at the side "
                                 "door, café entrance, naïve façade, ünïcödé to fold the line");
        const QDateTime start(QDate(2026, 3, 4), QTime(9, 30), QTimeZone(-6 * 3600));
        const auto booking = BookingCalendar::fromConversation(
            c, QStringLiteral("Dana Ortiz"), start, QStringLiteral("Bring ladder"));
        const QDateTime stamp(QDate(2026, 3, 2), QTime(18, 0), Qt::UTC);
        const QByteArray ics = BookingCalendar::ics(booking, stamp);

        // CRLF everywhere, no line over 75 octets, no UTF-8 sequence split.
        QVERIFY(ics.endsWith("END:VCALENDAR\r\n"));
        QCOMPARE(ics.count('\n'), ics.count("\r\n"));
        bool folded = false;
        for (const QByteArray &l : ics.split('\n')) {
            QVERIFY2(l.size() <= 76, l.constData()); // 75 octets + the CR
            QCOMPARE(QString::fromUtf8(l).toUtf8(), l);
            folded = folded || l.startsWith(' ');
        }
        QVERIFY(folded);

        const QByteArray text = unfold(ics);
        QVERIFY(text.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:"));
        QVERIFY(text.contains("\r\nUID:ringback-15125550134-15125550100-42@ringback.app\r\n"));
        QVERIFY(text.contains("\r\nDTSTAMP:20260302T180000Z\r\n"));
        QVERIFY(text.contains("\r\nDTSTART:20260304T153000Z\r\n")); // 9:30 at UTC-6
        QVERIFY(text.contains("\r\nDTEND:20260304T163000Z\r\n"));
        QVERIFY2(text.contains("\r\nSUMMARY:Roof repair\\; gutters\\, too: Dana Ortiz "
                               "(+15125550134)\r\n"),
                 text.constData());
        QVERIFY(text.contains("\r\nLOCATION:12 Elm St\\, Apt 3\\\\B\r\n"));
        QVERIFY2(text.contains(QStringLiteral("\r\nDESCRIPTION:Bring ladder\\n\\nGate code 4411\\n"
                                              "Dog in yard — friendly. Ring twice")
                                   .toUtf8()),
                 text.constData());
        QVERIFY(text.contains("ünïcödé to fold the line\\n\\nPhone: +15125550134\r\n"));

        QCOMPARE(BookingCalendar::escapeText(QStringLiteral("a\r\nb\rc\nd")),
                 QStringLiteral("a\\nb\\nc\\nd"));
        const QByteArray longLine(200, 'x');
        const QByteArray out = BookingCalendar::foldLine(longLine);
        QCOMPARE(out,
                 longLine.left(75) + "\r\n " + longLine.mid(75, 74) + "\r\n " + longLine.mid(149)
                     + "\r\n");

        const QString path = m_dir.filePath(QStringLiteral("booking.ics"));
        QVERIFY(BookingCalendar::writeIcs(booking, stamp, path).isOk());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), ics);
    }
};

QTEST_GUILESS_MAIN(TestLeadExport)
#include "tst_leadexport.moc"
