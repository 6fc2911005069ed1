#include "templates/TemplateLinter.h"

#include "templates/SmsSegments.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace ringback {

namespace {

constexpr int kMaxChars = 320;
constexpr int kMaxSegments = 2;

QRegularExpression pattern(const char *utf8, bool caseSensitive = false)
{
    QRegularExpression::PatternOptions options = QRegularExpression::UseUnicodePropertiesOption;
    if (!caseSensitive)
        options |= QRegularExpression::CaseInsensitiveOption;
    return QRegularExpression(QString::fromUtf8(utf8), options);
}

struct Rule
{
    const char *code;
    QRegularExpression regex;
    const char *message; // translated at use
};

// Apostrophes: straight or curly. Words are separated by any whitespace.
const QList<Rule> &phraseRules()
{
    static const QList<Rule> rules{
        {"promise",
         pattern(R"(\bwe(?:\s+(?:can|will|could)|\s*['’]ll)\s+(?:come(?:\s+(?:out|over|by))?)"
                 R"(|be\s+(?:there|over|out)|send\s+(?:someone|somebody|a\s+tech(?:nician)?))\s+)"
                 R"((?:today|tonight|right\s+away|right\s+now|within\s+the\s+hour)\b)"
                 R"(|\b(?:podemos|vamos\s+a)\s+(?:ir|llegar|pasar)\s+hoy(?:\s+mismo)?\b)"),
         QT_TRANSLATE_NOOP("ringback::TemplateLinter",
                           "Promises a visit today: the office may not be able to keep it. "
                           "Say when you'll call back instead.")},
        {"promise",
         pattern(
             R"(\byour\s+(?:appointment|visit|service\s+call|booking)\s+(?:is|has\s+been|was)\s+)"
             R"((?:booked|confirmed|scheduled|set)\b)"
             R"(|\bsu\s+cita\s+(?:está|esta|ha\s+sido|quedó|quedo)\s+)"
             R"((?:confirmada|reservada|agendada|programada)\b)"),
         QT_TRANSLATE_NOOP("ringback::TemplateLinter",
                           "Says an appointment is booked, but nothing is booked yet. Ask what "
                           "they need and offer to set one up.")},
        {"promise",
         pattern(R"(\b(?:(?:a|the|our|your)\s+)?tech(?:nician)?s?\s+(?:(?:is|are)\s+)?on\s+)"
                 R"((?:the|their|his|her)\s+way\b|\bon\s+our\s+way\b)"
                 R"(|\b(?:el\s+)?t[eé]cnico\s+(?:ya\s+)?(?:va|est[aá])\s+en\s+camino\b)"
                 R"(|\bvamos\s+en\s+camino\b)"),
         QT_TRANSLATE_NOOP("ringback::TemplateLinter",
                           "Says someone is on the way, but nobody has been sent yet. Say when "
                           "you'll call back instead.")},
        {"promise",
         pattern(R"(\bguaranteed?\b|\bgarantizad[oa]s?\b)"),
         QT_TRANSLATE_NOOP("ringback::TemplateLinter",
                           "Makes a guarantee the office may not be able to honour. Remove it, or "
                           "say what you will actually do.")},
        {"promise",
         pattern(R"(\bsame[\s-]*day\s+(?:service|visits?|repairs?|appointments?)\b)"
                 R"(|\bservicio\s+(?:el\s+)?mismo\s+d[ií]a\b)"),
         QT_TRANSLATE_NOOP("ringback::TemplateLinter",
                           "Promises same-day service: the office may not have a slot. Say when "
                           "you'll call back instead.")},
        {"call_back",
         pattern(R"(\b(?:please\s+)?call\s+(?:us|me|the\s+office)(?:\s+back)?\b|\bplease\s+call\b)"
                 R"(|\bgive\s+(?:us|me)\s+a\s+(?:call|ring)\b|\breturn\s+(?:our|my)\s+call\b)"
                 R"(|\bcall\s+(?:\+?1[\s.-]*)?\(?\d{3}\)?[\s.-]*\d{3}[\s.-]*\d{4}\b)"
                 R"(|\bll[aá]m[ae]nos\b|\bdevu[eé]lva(?:nos)?\s+la\s+llamada\b)"),
         QT_TRANSLATE_NOOP("ringback::TemplateLinter",
                           "Asks the caller to call, but they just tried to reach you. Ask them "
                           "to reply by text instead.")},
    };
    return rules;
}

QList<LintWarning> linkWarnings(const QString &text)
{
    static const QRegularExpression link = pattern(
        R"((?:https?://|www\.)\S+)"
        R"(|(?<![@\w.-])[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9-]+)*)"
        R"(\.(?:com|net|org|us|co|io|biz|info|app|site|online|pro|services|me|ly|gl|mx|ca|dev)"
        R"(|link|page|xyz|shop|store|tech|ai)\b(?:/\S*)?)");
    static const QString trailing = QStringLiteral(".,;:!?)\"'");
    QList<LintWarning> warnings;
    auto it = link.globalMatch(text);
    while (it.hasNext()) {
        const auto match = it.next();
        int length = int(match.capturedLength());
        while (length > 0 && trailing.contains(text.at(match.capturedStart() + length - 1)))
            --length;
        warnings << LintWarning{QStringLiteral("link"),
                                QCoreApplication::translate(
                                    "ringback::TemplateLinter",
                                    "A link in the first text looks like spam to carriers and may "
                                    "be filtered. Send links only after the caller replies."),
                                int(match.capturedStart()),
                                length};
    }
    return warnings;
}

std::optional<LintWarning> lengthWarning(const QString &text, const TemplateValues &preview)
{
    const Result<QString> rendered = render(text, preview);
    const QString measured = rendered.isOk() ? rendered.value() : text;
    if (measured.size() > kMaxChars) {
        return LintWarning{QStringLiteral("too_long"),
                           QCoreApplication::translate(
                               "ringback::TemplateLinter",
                               "At %1 characters this text is over %2 and may be filtered or "
                               "arrive in pieces. Cut it down to a greeting and one question.")
                               .arg(measured.size())
                               .arg(kMaxChars),
                           -1,
                           0};
    }
    const SegmentInfo info = countSegments(measured);
    if (info.segments <= kMaxSegments)
        return std::nullopt;
    const int culprit = firstNonGsmIndex(text);
    if (info.encoding == SegmentInfo::Encoding::Ucs2 && culprit >= 0) {
        const int width = text.at(culprit).isHighSurrogate() && culprit + 1 < text.size() ? 2 : 1;
        return LintWarning{QStringLiteral("segments"),
                           QCoreApplication::translate(
                               "ringback::TemplateLinter",
                               "This text takes %1 segments: \"%2\" switches it to UCS-2, 70 "
                               "characters per segment. Replace that character or shorten the "
                               "text to %3 segments.")
                               .arg(info.segments)
                               .arg(text.mid(culprit, width))
                               .arg(kMaxSegments),
                           culprit,
                           width};
    }
    return LintWarning{QStringLiteral("segments"),
                       QCoreApplication::translate(
                           "ringback::TemplateLinter",
                           "This text takes %1 segments; carriers may deliver it in pieces. "
                           "Shorten it to %2 segments.")
                           .arg(info.segments)
                           .arg(kMaxSegments),
                       -1,
                       0};
}

bool hasOptOutHint(const QString &text)
{
    static const QRegularExpression keyword = pattern(R"(\bSTOP\b)", true);
    static const QRegularExpression phrase
        = pattern(R"(\b(?:reply|text|send|responda|responde|env[ií]e|env[ií]a)\s+["“']?stop\b)");
    return keyword.match(text).hasMatch() || phrase.match(text).hasMatch();
}

} // namespace

QList<LintWarning> lint(const QString &text, bool firstMessage, const TemplateValues &preview)
{
    QList<LintWarning> warnings;
    for (const Rule &rule : phraseRules()) {
        auto it = rule.regex.globalMatch(text);
        while (it.hasNext()) {
            const auto match = it.next();
            warnings << LintWarning{
                QString::fromLatin1(rule.code),
                QCoreApplication::translate("ringback::TemplateLinter", rule.message),
                int(match.capturedStart()),
                int(match.capturedLength())};
        }
    }
    if (firstMessage)
        warnings << linkWarnings(text);
    if (const auto tooLong = lengthWarning(text, preview))
        warnings << *tooLong;
    if (!text.contains(QLatin1Char('?'))) {
        warnings << LintWarning{QStringLiteral("no_question"),
                                QCoreApplication::translate(
                                    "ringback::TemplateLinter",
                                    "Doesn't ask the caller anything, so there is nothing to reply "
                                    "to. Add a question, like \"What can we help you with?\""),
                                -1,
                                0};
    }
    const QString company = preview.company.trimmed();
    if (!text.contains(QLatin1String("{company}"))
        && (company.isEmpty() || !text.contains(company, Qt::CaseInsensitive))) {
        warnings << LintWarning{QStringLiteral("no_business_name"),
                                QCoreApplication::translate(
                                    "ringback::TemplateLinter",
                                    "Doesn't say who is texting. Add {company} so the caller knows "
                                    "it's you."),
                                -1,
                                0};
    }
    if (firstMessage && !hasOptOutHint(text)) {
        warnings << LintWarning{QStringLiteral("no_opt_out"),
                                QCoreApplication::translate(
                                    "ringback::TemplateLinter",
                                    "The first text has no opt-out hint, which carriers expect on "
                                    "first contact. Add \"Reply STOP to opt out.\""),
                                -1,
                                0};
    }
    return warnings;
}

QList<LintWarning> lint(const QString &text, bool firstMessage)
{
    return lint(text, firstMessage, sampleTemplateValues());
}

} // namespace ringback
