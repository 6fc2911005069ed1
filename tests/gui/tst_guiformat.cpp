#include "gui/common/Format.h"
#include "gui/notifications/NotificationPolicy.h"

#include <QTest>

using namespace ringback;
using namespace ringback::gui;

// The words the windows show, and what a new reply notifies.
class TestGuiFormat : public QObject
{
    Q_OBJECT

private:
    static Conversation conversation()
    {
        Conversation c;
        c.id = 7;
        c.contactNumber = QStringLiteral("+15125550134");
        c.businessNumber = QStringLiteral("+15125550100");
        return c;
    }
    static Message reply(const QString &body)
    {
        Message m;
        m.id = 42;
        m.conversationId = 7;
        m.direction = Direction::In;
        m.body = body;
        m.status = MessageStatus::Received;
        return m;
    }

private slots:
    void callerName_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("number");
        QTest::addColumn<QString>("expected");
        QTest::newRow("name wins") << QStringLiteral("Dana Ortiz") << QStringLiteral("+15125550134")
                                   << QStringLiteral("Dana Ortiz");
        QTest::newRow("national number")
            << QString() << QStringLiteral("+15125550134") << QStringLiteral("(512) 555-0134");
        QTest::newRow("foreign number")
            << QString() << QStringLiteral("+442071838750") << QStringLiteral("+44 20 7183 8750");
        QTest::newRow("unparseable")
            << QString() << QStringLiteral("anonymous") << QStringLiteral("anonymous");
        QTest::newRow("nothing") << QString() << QString() << QStringLiteral("Unknown caller");
    }
    void callerName()
    {
        QFETCH(QString, name);
        QFETCH(QString, number);
        QFETCH(QString, expected);
        Conversation c;
        c.displayName = name;
        c.contactNumber = number;
        QCOMPARE(gui::callerName(c, QStringLiteral("US")), expected);
    }

    void listTimeShowsTimeOfDayWithin20Hours()
    {
        const QDateTime now = QDateTime(QDate(2026, 3, 2), QTime(14, 0), Qt::UTC);
        const QDateTime recent = now.addSecs(-19 * 3600);
        const QDateTime old = now.addSecs(-21 * 3600);
        QCOMPARE(listTime(recent, now),
                 QLocale().toString(recent.toLocalTime().time(), QLocale::ShortFormat));
        QCOMPARE(listTime(old, now),
                 QLocale().toString(old.toLocalTime().date(), QLocale::ShortFormat));
        QCOMPARE(listTime(QDateTime(), now), QString());
    }

    void deliveryStatus_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("error");
        QTest::addColumn<QString>("expected");
        QTest::newRow("queued") << int(MessageStatus::Queued) << QString()
                                << QStringLiteral("Queued");
        QTest::newRow("sent") << int(MessageStatus::Sent) << QString() << QStringLiteral("Sent");
        QTest::newRow("delivered")
            << int(MessageStatus::Delivered) << QString() << QStringLiteral("Delivered");
        QTest::newRow("failed") << int(MessageStatus::Failed) << QStringLiteral("landline")
                                << QStringLiteral("Failed: landline");
        QTest::newRow("received") << int(MessageStatus::Received) << QString() << QString();
    }
    void deliveryStatus()
    {
        QFETCH(int, status);
        QFETCH(QString, error);
        QFETCH(QString, expected);
        QCOMPARE(deliveryStatusText(MessageStatus(status), error), expected);
    }

    void callSummaryNamesDecisionAndReason()
    {
        Call call;
        call.result = CallResult::NoAnswer;
        call.decision = Decision::Texted;
        call.decisionReason = QStringLiteral("after hours");
        QCOMPARE(callSummary(call),
                 QStringLiteral("Missed call (no answer) — texted: after hours"));
        call.decision = Decision::Held;
        call.decisionReason = QStringLiteral("opted out");
        QCOMPARE(callSummary(call),
                 QStringLiteral("Missed call (no answer) — not texted: opted out"));
        call.result = CallResult::Answered;
        call.durationSeconds = 125;
        call.decision = Decision::NotApplicable;
        call.decisionReason = QStringLiteral("answered");
        QCOMPARE(callSummary(call), QStringLiteral("Answered call (2 min 5 s)"));
        // No sentence stored: the decision code's words (domain/DecisionCode.cpp).
        call.result = CallResult::NoAnswer;
        call.decision = Decision::Held;
        call.decisionReason.clear();
        call.decisionCode = DecisionCode::TemplateError;
        QCOMPARE(callSummary(call),
                 QStringLiteral("Missed call (no answer) — not texted: Template has an error"));
        call.decisionCode = DecisionCode::Unknown;
        QCOMPARE(callSummary(call), QStringLiteral("Missed call (no answer) — not texted"));
    }

    void connectionWords()
    {
        QCOMPARE(connectionStateText(ConnectionState::Connected), QStringLiteral("Connected"));
        QCOMPARE(connectionStateText(ConnectionState::Polling), QStringLiteral("Polling"));
        QCOMPARE(connectionStateText(ConnectionState::Reconnecting),
                 QStringLiteral("Reconnecting…"));
        QCOMPARE(connectionStateText(ConnectionState::AuthFailed),
                 QStringLiteral("Sign-in failed — check settings"));
    }

    void plainToolTipEscapesMarkup()
    {
        QCOMPARE(plainToolTip(QStringLiteral("matched: leak")), QStringLiteral("matched: leak"));
        const QString tip = plainToolTip(QStringLiteral("<b>Photo</b>"));
        QVERIFY(tip.contains(QStringLiteral("&lt;b&gt;Photo&lt;/b&gt;")));
    }

    void singleLineCollapsesWhitespace()
    {
        QCOMPARE(singleLine(QStringLiteral("  Water\n\nin the   basement\t ")),
                 QStringLiteral("Water in the basement"));
    }

    void notifiesEveryReply()
    {
        const NotificationPolicy policy;
        const auto n
            = policy.decide(conversation(), reply(QStringLiteral("Is anyone\ncoming?")), false);
        QVERIFY(n.has_value());
        QCOMPARE(n->conversationId, qint64(7));
        QCOMPARE(n->messageId, qint64(42));
        QCOMPARE(n->title, QStringLiteral("(512) 555-0134"));
        QCOMPARE(n->body, QStringLiteral("Is anyone coming?"));
        QVERIFY(!n->urgent);
    }

    void urgentReplyIsFlagged()
    {
        Conversation c = conversation();
        c.displayName = QStringLiteral("Dana Ortiz");
        Message m = reply(QStringLiteral("Water pouring through the ceiling"));
        m.urgent = true;
        const auto n = NotificationPolicy().decide(c, m, false);
        QVERIFY(n.has_value());
        QVERIFY(n->urgent);
        QCOMPARE(n->title, QStringLiteral("Urgent: Dana Ortiz"));
    }

    void noNotificationForOutgoingOrVisible()
    {
        Message out = reply(QStringLiteral("We'll call you back"));
        out.direction = Direction::Out;
        out.status = MessageStatus::Sent;
        QVERIFY(!NotificationPolicy().decide(conversation(), out, false));
        QVERIFY(!NotificationPolicy().decide(conversation(), reply(QStringLiteral("hi")), true));
        Message elsewhere = reply(QStringLiteral("hi"));
        elsewhere.conversationId = 8;
        QVERIFY(!NotificationPolicy().decide(conversation(), elsewhere, false));
    }

    void longOrEmptyBodies()
    {
        const auto longOne = NotificationPolicy().decide(
            conversation(), reply(QString(500, QLatin1Char('x'))), false);
        QVERIFY(longOne);
        QCOMPARE(longOne->body.size(), NotificationPolicy::kMaxBodyLength);
        Message photo = reply(QString());
        photo.media = QStringList{QStringLiteral("https://example.test/p.jpg")};
        const auto n = NotificationPolicy().decide(conversation(), photo, false);
        QVERIFY(n);
        QCOMPARE(n->body, QStringLiteral("Sent a photo or file"));
        // Markup stays text: the policy never rewrites it.
        const auto html = NotificationPolicy().decide(
            conversation(), reply(QStringLiteral("<b>Photo</b>")), false);
        QCOMPARE(html->body, QStringLiteral("<b>Photo</b>"));
    }
};

QTEST_GUILESS_MAIN(TestGuiFormat)
#include "tst_guiformat.moc"
