// The one table of decision codes (core/domain/DecisionCode.cpp): every code
// has a stored string that never changes, a label, and survives the store and
// the export.

#include "domain/DecisionCode.h"
#include "stats/HeldReasons.h"

#include <QSet>
#include <QTest>

using namespace ringback;

class TestDecisionCode : public QObject
{
    Q_OBJECT

private slots:
    void everyCodeHasOneRow()
    {
        const auto all = allDecisionCodes();
        QCOMPARE(int(all.size()), int(DecisionCode::NotMobile));
        QSet<QString> stored;
        QSet<QString> labels;
        for (const DecisionCode code : all) {
            const QString s = toString(code);
            QVERIFY2(!s.isEmpty(), qPrintable(QString::number(int(code))));
            QVERIFY2(!stored.contains(s), qPrintable(s));
            stored.insert(s);
            QCOMPARE(int(decisionCodeFromString(s)), int(code));
            const QString label = decisionCodeLabel(code);
            QVERIFY2(!label.isEmpty() && label != s, qPrintable(s));
            QVERIFY2(!labels.contains(label), qPrintable(label));
            labels.insert(label);
            // The dashboard reads the same table from the stored string.
            QCOMPARE(heldReasonText(s), label);
        }
    }

    // The stored and exported strings are a public contract (README,
    // "Export format"): scripts match on them. They never change.
    void storedStringsNeverChange_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("stored");
        const std::pair<DecisionCode, const char *> rows[] = {
            {DecisionCode::Texted, "texted"},
            {DecisionCode::Answered, "answered"},
            {DecisionCode::NotATrigger, "not_a_trigger"},
            {DecisionCode::PocketDial, "pocket_dial"},
            {DecisionCode::LineOff, "line_off"},
            {DecisionCode::Withheld, "withheld"},
            {DecisionCode::InvalidNumber, "invalid_number"},
            {DecisionCode::NotTextable, "not_textable"},
            {DecisionCode::CantReceiveTexts, "cant_receive_texts"},
            {DecisionCode::International, "international"},
            {DecisionCode::Spam, "spam"},
            {DecisionCode::Blocked, "blocked"},
            {DecisionCode::KnownContact, "known_contact"},
            {DecisionCode::OptedOut, "opted_out"},
            {DecisionCode::ProbableOptOut, "probable_opt_out"},
            {DecisionCode::SpamPattern, "spam_pattern"},
            {DecisionCode::RepeatCall, "repeat_call"},
            {DecisionCode::ActiveConversation, "active_conversation"},
            {DecisionCode::MissedWhileClosed, "missed_while_closed"},
            {DecisionCode::TooOld, "too_old"},
            {DecisionCode::BusinessHoursOnly, "business_hours_only"},
            {DecisionCode::QuietHours, "quiet_hours"},
            {DecisionCode::TemplateError, "template_error"},
            {DecisionCode::CanceledAnswered, "canceled_answered"},
            {DecisionCode::CanceledOfficeWrote, "canceled_office_wrote"},
            {DecisionCode::Landline, "landline"},
            {DecisionCode::NotMobile, "not_mobile"},
        };
        for (const auto &[code, stored] : rows)
            QTest::newRow(stored) << int(code) << QString::fromLatin1(stored);
    }
    void storedStringsNeverChange()
    {
        QFETCH(int, code);
        QFETCH(QString, stored);
        QCOMPARE(toString(DecisionCode(code)), stored);
    }

    void unknownCodes()
    {
        QCOMPARE(int(decisionCodeFromString(QString())), int(DecisionCode::Unknown));
        QCOMPARE(int(decisionCodeFromString(QStringLiteral("after_hours"))),
                 int(DecisionCode::Unknown));
        QCOMPARE(toString(DecisionCode::Unknown), QString());
        // A code from a newer version is shown as it is; none at all says so.
        QCOMPARE(heldReasonText(QStringLiteral("something_new")), QStringLiteral("something_new"));
        QCOMPARE(heldReasonText(QString()), QStringLiteral("No reason recorded"));
        // The template error has words (it once showed as its raw code).
        QCOMPARE(heldReasonText(QStringLiteral("template_error")),
                 QStringLiteral("Template has an error"));
    }
};

QTEST_GUILESS_MAIN(TestDecisionCode)
#include "tst_decisioncode.moc"
