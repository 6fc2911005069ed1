#include "rules/RulesSettings.h"
#include "templates/DefaultTemplates.h"
#include "templates/SmsSegments.h"
#include "templates/Template.h"
#include "templates/TemplateLinter.h"
#include "templates/TemplateOverrides.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace ringback;

namespace {

QString repeat(const char *s, int n)
{
    return QString::fromUtf8(s).repeated(n);
}

// A template every rule is happy with; the lint rows put one phrase into it.
QString clean(const QString &middle = QString())
{
    return QStringLiteral("Hi {first_name}, this is {company}. ") + middle
           + QStringLiteral(" What can we help you with? Reply STOP to opt out.");
}

QStringList codes(const QList<LintWarning> &warnings)
{
    QStringList out;
    for (const LintWarning &w : warnings)
        out << w.code + QLatin1Char('@') + QString::number(w.start) + QLatin1Char('+')
                   + QString::number(w.length);
    return out;
}

} // namespace

class TestTemplates : public QObject
{
    Q_OBJECT

private slots:
    void segments_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ucs2");
        QTest::addColumn<int>("units");
        QTest::addColumn<int>("segments");
        QTest::addColumn<int>("remaining");
        QTest::newRow("empty") << QString() << false << 0 << 0 << 160;
        QTest::newRow("one") << QStringLiteral("a") << false << 1 << 1 << 159;
        QTest::newRow("gsm 160") << repeat("a", 160) << false << 160 << 1 << 0;
        QTest::newRow("gsm 161") << repeat("a", 161) << false << 161 << 2 << 145;
        QTest::newRow("gsm 306") << repeat("a", 306) << false << 306 << 2 << 0;
        QTest::newRow("gsm 307") << repeat("a", 307) << false << 307 << 3 << 152;
        QTest::newRow("euro") << QStringLiteral("€") << false << 2 << 1 << 158;
        QTest::newRow("ext 80x2") << repeat("[", 80) << false << 160 << 1 << 0;
        QTest::newRow("ext tips over")
            << repeat("a", 159) + QStringLiteral("^") << false << 161 << 2 << 145;
        QTest::newRow("form feed") << QStringLiteral("\f") << false << 2 << 1 << 158;
        QTest::newRow("all ext") << QStringLiteral("^{}\\[~]|€\f") << false << 20 << 1 << 140;
        // 152 + escape pair: the pair moves to part 2, so 306 septets need 3 parts.
        QTest::newRow("ext not split") << repeat("a", 152) + QStringLiteral("{") + repeat("a", 152)
                                       << false << 306 << 3 << 152;
        QTest::newRow("e acute gsm") << QStringLiteral("é") << false << 1 << 1 << 159;
        QTest::newRow("e circumflex ucs2") << QStringLiteral("ê") << true << 1 << 1 << 69;
        QTest::newRow("crlf") << QStringLiteral("a\r\nb") << false << 4 << 1 << 156;
        QTest::newRow("backtick") << QStringLiteral("`") << true << 1 << 1 << 69;
        QTest::newRow("curly quote") << QStringLiteral("we’ll") << true << 5 << 1 << 65;
        QTest::newRow("ucs2 70") << QStringLiteral("ê") + repeat("a", 69) << true << 70 << 1 << 0;
        QTest::newRow("ucs2 71") << QStringLiteral("ê") + repeat("a", 70) << true << 71 << 2 << 63;
        QTest::newRow("ucs2 134") << QStringLiteral("ê") + repeat("a", 133) << true << 134 << 2
                                  << 0;
        QTest::newRow("ucs2 135") << QStringLiteral("ê") + repeat("a", 134) << true << 135 << 3
                                  << 66;
        QTest::newRow("ucs2 ext is 1") << QStringLiteral("ê€") << true << 2 << 1 << 68;
        QTest::newRow("emoji") << QStringLiteral("😀") << true << 2 << 1 << 68;
        QTest::newRow("emoji 71") << repeat("a", 69) + QStringLiteral("😀") << true << 71 << 2 << 63;
        // 66 + surrogate pair: the pair moves to part 2, so 134 units need 3 parts.
        QTest::newRow("emoji not split")
            << repeat("a", 66) + QStringLiteral("😀") + repeat("a", 66) << true << 134 << 3 << 66;
    }
    void segments()
    {
        QFETCH(QString, text);
        QFETCH(bool, ucs2);
        QFETCH(int, units);
        QFETCH(int, segments);
        QFETCH(int, remaining);
        const SegmentInfo info = countSegments(text);
        QCOMPARE(info.encoding == SegmentInfo::Encoding::Ucs2, ucs2);
        QCOMPARE(info.units, units);
        QCOMPARE(info.segments, segments);
        QCOMPARE(info.remainingInSegment, remaining);
    }
    void gsmBasicSet()
    {
        const QString basic
            = QStringLiteral("@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
                             "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà");
        QCOMPARE(basic.size(), 127); // 128 code points minus the escape
        const SegmentInfo info = countSegments(basic);
        QCOMPARE(info.encoding, SegmentInfo::Encoding::Gsm7);
        QCOMPARE(info.units, 127);
        QCOMPARE(firstNonGsmIndex(basic), -1);
        QCOMPARE(firstNonGsmIndex(QStringLiteral("ok ç")), 3); // only capital Ç is GSM-7
    }

    void unknown_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("all known")
            << QStringLiteral("{company} {agent} {first_name} {callback_window} {business_hours}")
            << QStringList();
        QTest::newRow("no braces") << QStringLiteral("Hi there") << QStringList();
        QTest::newRow("missing underscore")
            << QStringLiteral("Hi {firstname}") << QStringList{QStringLiteral("{firstname}")};
        QTest::newRow("spaces") << QStringLiteral("{ company }")
                                << QStringList{QStringLiteral("{ company }")};
        QTest::newRow("case") << QStringLiteral("{Company}")
                              << QStringList{QStringLiteral("{Company}")};
        QTest::newRow("empty") << QStringLiteral("{}") << QStringList{QStringLiteral("{}")};
        QTest::newRow("unclosed") << QStringLiteral("Hi {first_name, how are you")
                                  << QStringList{QStringLiteral("{first_name")};
        QTest::newRow("closed next line")
            << QStringLiteral("Hi {first_name\n}")
            << QStringList{QStringLiteral("{first_name"), QStringLiteral("}")};
        QTest::newRow("lone close") << QStringLiteral("oops}") << QStringList{QStringLiteral("}")};
        QTest::newRow("doubled") << QStringLiteral("{{company}}")
                                 << QStringList{QStringLiteral("{"), QStringLiteral("}")};
        QTest::newRow("deduped") << QStringLiteral("{foo} and {foo} and {bar}")
                                 << QStringList{QStringLiteral("{foo}"), QStringLiteral("{bar}")};
    }
    void unknown()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QCOMPARE(unknownVariables(text), expected);
        QCOMPARE(templateIssues(text).isEmpty(), expected.isEmpty());
        QCOMPARE(ringback::render(text, sampleTemplateValues()).isOk(), expected.isEmpty());
    }
    void issueDetails()
    {
        const auto issues = templateIssues(QStringLiteral("Hi {firstname}, and {x"));
        QCOMPARE(issues.size(), 2);
        QCOMPARE(issues[0].kind, TemplateIssue::Kind::UnknownVariable);
        QCOMPARE(issues[0].start, 3);
        QCOMPARE(issues[0].length, 11);
        QVERIFY2(issues[0].message.contains(QLatin1String("{first_name}")),
                 qPrintable(issues[0].message));
        QCOMPARE(issues[1].kind, TemplateIssue::Kind::UnclosedBrace);
        QCOMPARE(issues[1].start, 20);
        QCOMPARE(issues[1].length, 2);
        const auto refused
            = ringback::render(QStringLiteral("Hi {firstname}"), sampleTemplateValues());
        QVERIFY(!refused.isOk());
        QVERIFY2(refused.errorMessage().contains(QLatin1String("{firstname}")),
                 qPrintable(refused.errorMessage()));
    }

    void render_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("firstName");
        QTest::addColumn<QString>("expected");
        const QString hi = QStringLiteral("Hi {first_name}, this is {company}.");
        QTest::newRow("name") << hi << QStringLiteral("Chris")
                              << QStringLiteral("Hi Chris, this is Acme Plumbing.");
        QTest::newRow("no name") << hi << QString() << QStringLiteral("Hi, this is Acme Plumbing.");
        QTest::newRow("blank name")
            << hi << QStringLiteral("  ") << QStringLiteral("Hi, this is Acme Plumbing.");
        QTest::newRow("trimmed") << hi << QStringLiteral(" Chris ")
                                 << QStringLiteral("Hi Chris, this is Acme Plumbing.");
        QTest::newRow("before !") << QStringLiteral("Thanks {first_name}!") << QString()
                                  << QStringLiteral("Thanks!");
        QTest::newRow("between words")
            << QStringLiteral("Hi {first_name} there") << QString() << QStringLiteral("Hi there");
        QTest::newRow("at end") << QStringLiteral("Bye {first_name}") << QString()
                                << QStringLiteral("Bye");
        QTest::newRow("leading comma") << QStringLiteral("{first_name}, sorry we missed you")
                                       << QString() << QStringLiteral("Sorry we missed you");
        QTest::newRow("leading word")
            << QStringLiteral("{first_name} hi") << QString() << QStringLiteral("hi");
        QTest::newRow("spanish") << QStringLiteral("Hola {first_name}, ¿en qué le ayudamos?")
                                 << QString() << QStringLiteral("Hola, ¿en qué le ayudamos?");
        QTest::newRow("bracket") << QStringLiteral("Hi ({first_name})") << QString()
                                 << QStringLiteral("Hi ()");
        QTest::newRow("second line") << QStringLiteral("Hi {first_name},\n{agent} here")
                                     << QString() << QStringLiteral("Hi,\nSam here");
        QTest::newRow("not re-expanded")
            << QStringLiteral("Hi {first_name}") << QStringLiteral("{company}")
            << QStringLiteral("Hi {company}");
        QTest::newRow("all") << QStringLiteral(
            "{agent} at {company}: call back {callback_window}, open {business_hours}")
                             << QString()
                             << QStringLiteral(
                                    "Sam at Acme Plumbing: call back within 30 minutes, open 8-5");
    }
    void render()
    {
        QFETCH(QString, text);
        QFETCH(QString, firstName);
        QFETCH(QString, expected);
        TemplateValues values{QStringLiteral("Acme Plumbing"),
                              QStringLiteral("Sam"),
                              firstName,
                              QStringLiteral("within 30 minutes"),
                              QStringLiteral("8-5")};
        const auto rendered = ringback::render(text, values);
        QVERIFY2(rendered.isOk(), qPrintable(rendered.errorMessage()));
        QCOMPARE(*rendered, expected);
    }

    void lint_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("firstMessage");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("span"); // expected matched text; empty: no span (-1)
        QTest::addColumn<bool>("warns");
        auto row = [](const char *tag,
                      const QString &middle,
                      const char *code,
                      const QString &span,
                      bool warns,
                      bool first = true) {
            QTest::newRow(tag) << clean(middle) << first << QString::fromLatin1(code) << span
                               << warns;
        };
        auto hit = [&](const char *tag, const char *middle, const char *code, const char *span) {
            row(tag, QString::fromUtf8(middle), code, QString::fromUtf8(span), true);
        };
        auto miss = [&](const char *tag, const char *middle, const char *code) {
            row(tag, QString::fromUtf8(middle), code, QString(), false);
        };
        hit("come today", "We can come today.", "promise", "We can come today");
        hit("be there today", "we'll be there today", "promise", "we'll be there today");
        hit("curly we'll", "we’ll be there today", "promise", "we’ll be there today");
        hit("spacing case", "WE  CAN\nCOME   TODAY", "promise", "WE  CAN\nCOME   TODAY");
        hit("booked", "Your appointment is booked.", "promise", "Your appointment is booked");
        hit("confirmed",
            "your appointment is confirmed",
            "promise",
            "your appointment is confirmed");
        hit("tech on way", "A technician is on the way.", "promise", "A technician is on the way");
        hit("tech no is", "technician on the way", "promise", "technician on the way");
        hit("on our way", "We're on our way!", "promise", "on our way");
        hit("guaranteed", "Satisfaction guaranteed.", "promise", "guaranteed");
        hit("same-day", "Same-day service!", "promise", "Same-day service");
        hit("same day", "same day service", "promise", "same day service");
        hit("spanish", "Podemos ir hoy mismo.", "promise", "Podemos ir hoy mismo");
        miss("today closed", "Today we are closed.", "promise");
        miss("tomorrow", "We can come out tomorrow to take a look.", "promise");
        miss("todayish", "we can come todayish", "promise");
        miss("technicians", "Our technicians are friendly.", "promise");
        hit("https", "See https://example.com/x.", "link", "https://example.com/x");
        hit("www", "See www.acme.com", "link", "www.acme.com");
        hit("bare domain", "Book at acme-plumbing.com.", "link", "acme-plumbing.com");
        row("not first",
            QStringLiteral("See https://example.com"),
            "link",
            QString(),
            false,
            false);
        miss("a.m.", "We open at 8 a.m. and 5 p.m.", "link");
        miss("phone dots", "Text 512.555.0134", "link");
        miss("email", "Email info@acme.com", "link");
        hit("call us back", "Call us back when you can.", "call_back", "Call us back");
        hit("give us a call", "Or give us a call.", "call_back", "give us a call");
        hit("call number", "Or call (512) 555-0134.", "call_back", "call (512) 555-0134");
        hit("llamenos", "O llámenos.", "call_back", "llámenos");
        miss("we call you", "We'll call you back within 30 minutes.", "call_back");
        miss("missed call", "Sorry we missed your call.", "call_back");
        row("over 320", repeat("a", 260), "too_long", QString(), true);
        row("2 segments gsm", repeat("a", 170), "segments", QString(), false);
        row("ucs2 4 parts",
            QStringLiteral("ê") + repeat("a", 140),
            "segments",
            QStringLiteral("ê"),
            true);
        row("gsm 3 parts", repeat("a", 140) + repeat("€", 45), "segments", QString(), true);
        QTest::newRow("no question")
            << QStringLiteral("Hi, this is {company}. Reply STOP to opt out.") << true
            << QStringLiteral("no_question") << QString() << true;
        QTest::newRow("no company")
            << QStringLiteral("Hi, what can we help you with? Reply STOP to opt out.") << true
            << QStringLiteral("no_business_name") << QString() << true;
        QTest::newRow("no stop") << QStringLiteral("Hi, this is {company}. What do you need?")
                                 << true << QStringLiteral("no_opt_out") << QString() << true;
        QTest::newRow("no stop later")
            << QStringLiteral("Hi, this is {company}. What do you need?") << false
            << QStringLiteral("no_opt_out") << QString() << false;
        QTest::newRow("lowercase stop")
            << QStringLiteral("This is {company}. What do you need? reply stop to opt out") << true
            << QStringLiteral("no_opt_out") << QString() << false;
        QTest::newRow("stop by") << QStringLiteral("This is {company}. Can we stop by?") << true
                                 << QStringLiteral("no_opt_out") << QString() << true;
    }
    void lint()
    {
        QFETCH(QString, text);
        QFETCH(bool, firstMessage);
        QFETCH(QString, code);
        QFETCH(QString, span);
        QFETCH(bool, warns);
        const QList<LintWarning> all = ringback::lint(text, firstMessage);
        QList<LintWarning> matching;
        for (const LintWarning &w : all) {
            QVERIFY(!w.message.isEmpty());
            if (w.code == code)
                matching << w;
        }
        QVERIFY2(matching.isEmpty() != warns, qPrintable(codes(all).join(QLatin1Char(' '))));
        // Apart from the rule under test, the row's text is clean.
        QCOMPARE(all.size(), matching.size());
        if (!warns)
            return;
        QCOMPARE(matching.size(), 1);
        QCOMPARE(matching[0].start, span.isEmpty() ? -1 : int(text.indexOf(span)));
        QCOMPARE(matching[0].length, int(span.size()));
    }
    void lintCleanBaseline()
    {
        QCOMPARE(codes(ringback::lint(clean(), true)), QStringList());
        QCOMPARE(codes(ringback::lint(clean(), false)), QStringList());
    }
    void lintPreviewCompany()
    {
        const QString text = QStringLiteral("Acme Plumbing here. What do you need? Reply STOP.");
        TemplateValues preview = sampleTemplateValues();
        QCOMPARE(codes(ringback::lint(text, true)),
                 QStringList{QStringLiteral("no_business_name@-1+0")});
        preview.company = QStringLiteral("Acme Plumbing");
        QCOMPARE(codes(ringback::lint(text, true, preview)), QStringList());
    }

    void defaults()
    {
        const QList<DefaultTemplate> all = defaultTemplates();
        QStringList ids;
        for (const DefaultTemplate &d : all) {
            ids << d.id;
            QVERIFY(!d.name.isEmpty());
            QCOMPARE(unknownVariables(d.text), QStringList());
            QCOMPARE(codes(ringback::lint(d.text, true)), QStringList());
            const auto rendered = ringback::render(d.text, sampleTemplateValues());
            QVERIFY2(rendered.isOk(), qPrintable(rendered.errorMessage()));
            const SegmentInfo info = countSegments(*rendered);
            QCOMPARE(info.encoding, SegmentInfo::Encoding::Gsm7);
            QVERIFY2(info.segments == 1, qPrintable(d.id + QLatin1Char(' ') + *rendered));
            TemplateValues noName = sampleTemplateValues();
            noName.firstName.clear();
            QVERIFY(ringback::render(d.text, noName)->startsWith(QLatin1String("Hi, ")));
            QCOMPARE(defaultTemplate(d.id)->text, d.text);
        }
        QCOMPARE(ids,
                 (QStringList{QStringLiteral("general"),
                              QStringLiteral("after_hours"),
                              QStringLiteral("hvac_emergency"),
                              QStringLiteral("roofing"),
                              QStringLiteral("holiday")}));
        QVERIFY(!defaultTemplate(QStringLiteral("nope")).has_value());
    }

    // [templates] overrides are written key by key: other settings and unknown
    // keys stay; a text equal to the default, or a restore, removes the key.
    void overrides()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("settings.ini"));
        {
            QSettings s(path, QSettings::IniFormat);
            s.setValue(QStringLiteral("office/company_name"), QStringLiteral("Acme"));
            s.setValue(QStringLiteral("future/unknown"), QStringLiteral("keep me"));
            s.setValue(QStringLiteral("templates/custom_id"), QStringLiteral("Custom {company}"));
        }
        const QString general = defaultTemplate(QStringLiteral("general"))->text;
        const QString mine = QStringLiteral("Hi from {company}!\nReply STOP to opt out.");
        {
            QSettings s(path, QSettings::IniFormat);
            setTemplateOverride(s, QStringLiteral("general"), mine);
            setTemplateOverride(
                s, QStringLiteral("holiday"), defaultTemplate(QStringLiteral("holiday"))->text);
        }
        {
            QSettings s(path, QSettings::IniFormat);
            const auto stored = templateOverrides(s);
            QCOMPARE(stored.size(), 2);
            QCOMPARE(stored.value(QStringLiteral("general")), mine);
            QVERIFY(!stored.contains(QStringLiteral("holiday")));
            QCOMPARE(s.value(QStringLiteral("future/unknown")).toString(),
                     QStringLiteral("keep me"));
            QCOMPARE(RulesSettings::load(s).templates.value(QStringLiteral("general")), mine);
            QCOMPARE(RulesSettings::load(s).companyName, QStringLiteral("Acme"));
            // Saving the default text again drops the override.
            setTemplateOverride(s, QStringLiteral("general"), general);
            QVERIFY(!s.contains(QStringLiteral("templates/general")));
            setTemplateOverride(s, QStringLiteral("general"), mine);
            removeTemplateOverride(s, QStringLiteral("general"));
            QVERIFY(!s.contains(QStringLiteral("templates/general")));
            QCOMPARE(RulesSettings::load(s).templates.value(QStringLiteral("general")), general);
            QCOMPARE(templateOverrides(s).keys(), QStringList{QStringLiteral("custom_id")});
        }
    }
};

QTEST_GUILESS_MAIN(TestTemplates)
#include "tst_templates.moc"
