#include "phone/PhoneNumber.h"

#include <QTest>

using ringback::PhoneNumber;

class TestPhone : public QObject
{
    Q_OBJECT

private slots:
    void parse_data()
    {
        QTest::addColumn<QString>("raw");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("e164");
        QTest::addColumn<QString>("national");
        QTest::newRow("e164") << "+15125550134" << true << "+15125550134"
                              << "(512) 555-0134";
        QTest::newRow("national") << "(512) 555-0134" << true << "+15125550134"
                                  << "(512) 555-0134";
        QTest::newRow("dots") << "512.555.0134" << true << "+15125550134"
                              << "(512) 555-0134";
        QTest::newRow("leading 1") << "1-512-555-0134" << true << "+15125550134"
                                   << "(512) 555-0134";
        QTest::newRow("spaces") << "  +1 512 555 0134 " << true << "+15125550134"
                                << "(512) 555-0134";
        QTest::newRow("toll free") << "800-555-1234" << true << "+18005551234"
                                   << "(800) 555-1234";
        QTest::newRow("mexico") << "+52 55 1234 5678" << true << "+525512345678"
                                << "55 1234 5678";
        QTest::newRow("empty") << "" << false << ""
                               << "";
        QTest::newRow("anonymous") << "anonymous" << false << ""
                                   << "";
        QTest::newRow("restricted") << "Restricted" << false << ""
                                    << "";
        QTest::newRow("twilio withheld") << "+266696687" << false << ""
                                         << "";
        QTest::newRow("letters") << "call me" << false << ""
                                 << "";
        QTest::newRow("too short") << "12345" << false << ""
                                   << "";
        QTest::newRow("bad area code") << "+1 099 555 0134" << false << ""
                                       << "";
        QTest::newRow("huge") << QString(500, QLatin1Char('9')) << false << ""
                              << "";
    }
    void parse()
    {
        QFETCH(QString, raw);
        QFETCH(bool, valid);
        QFETCH(QString, e164);
        QFETCH(QString, national);
        const auto parsed = PhoneNumber::parse(raw);
        QCOMPARE(parsed.isOk(), valid);
        if (valid) {
            QCOMPARE(parsed->e164(), e164);
            QCOMPARE(parsed->national(), national);
        } else {
            QVERIFY(!parsed.errorMessage().isEmpty());
        }
    }

    void display()
    {
        QCOMPARE(PhoneNumber::display(QStringLiteral("+15125550134")),
                 QStringLiteral("(512) 555-0134"));
        QCOMPARE(PhoneNumber::display(QStringLiteral("+447911123456")),
                 QStringLiteral("+44 7911 123456"));
        QCOMPARE(PhoneNumber::display(QStringLiteral("garbage")), QStringLiteral("garbage"));
    }

    void tollFreeType()
    {
        QCOMPARE(PhoneNumber::parse(QStringLiteral("+18005551234"))->type(),
                 PhoneNumber::Type::TollFree);
        QCOMPARE(PhoneNumber::parse(QStringLiteral("+15125550134"))->type(),
                 PhoneNumber::Type::FixedLineOrMobile);
    }
};

QTEST_GUILESS_MAIN(TestPhone)
#include "tst_phone.moc"
