#include "templates/Template.h"

#include <QCoreApplication>
#include <QHash>

namespace ringback {

namespace {

const QStringList &variableNames()
{
    static const QStringList names{QStringLiteral("company"),
                                   QStringLiteral("agent"),
                                   QStringLiteral("first_name"),
                                   QStringLiteral("callback_window"),
                                   QStringLiteral("business_hours")};
    return names;
}

// Lower case, letters and digits only: "First Name", "first-name" and
// "firstname" all read "firstname".
QString normalized(const QString &name)
{
    QString out;
    for (const QChar c : name) {
        if (c.isLetterOrNumber())
            out += c.toLower();
    }
    return out;
}

// The variable a mistyped name most likely meant, or an empty string.
QString suggestionFor(const QString &name)
{
    static const QHash<QString, QString> aliases{
        {QStringLiteral("company"), QStringLiteral("company")},
        {QStringLiteral("companyname"), QStringLiteral("company")},
        {QStringLiteral("business"), QStringLiteral("company")},
        {QStringLiteral("businessname"), QStringLiteral("company")},
        {QStringLiteral("agent"), QStringLiteral("agent")},
        {QStringLiteral("agentname"), QStringLiteral("agent")},
        {QStringLiteral("firstname"), QStringLiteral("first_name")},
        {QStringLiteral("name"), QStringLiteral("first_name")},
        {QStringLiteral("callbackwindow"), QStringLiteral("callback_window")},
        {QStringLiteral("callback"), QStringLiteral("callback_window")},
        {QStringLiteral("businesshours"), QStringLiteral("business_hours")},
        {QStringLiteral("hours"), QStringLiteral("business_hours")},
        {QStringLiteral("officehours"), QStringLiteral("business_hours")},
    };
    return aliases.value(normalized(name));
}

QString variableList()
{
    QStringList braced;
    for (const QString &name : variableNames())
        braced << QLatin1Char('{') + name + QLatin1Char('}');
    return braced.join(QStringLiteral(", "));
}

bool isNameChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_');
}

bool isBlank(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('\t');
}

TemplateIssue
makeIssue(TemplateIssue::Kind kind, const QString &text, qsizetype start, qsizetype end)
{
    TemplateIssue issue;
    issue.kind = kind;
    issue.token = text.mid(start, end - start);
    issue.start = int(start);
    issue.length = int(end - start);
    switch (kind) {
    case TemplateIssue::Kind::UnknownVariable: {
        const QString suggestion = suggestionFor(issue.token.mid(1, issue.token.size() - 2));
        issue.message = suggestion.isEmpty()
                            ? QCoreApplication::translate("ringback::Template",
                                                          "Unknown variable %1. Use one of %2.")
                                  .arg(issue.token, variableList())
                            : QCoreApplication::translate("ringback::Template",
                                                          "Unknown variable %1: did you mean {%2}?")
                                  .arg(issue.token, suggestion);
        break;
    }
    case TemplateIssue::Kind::UnclosedBrace:
        issue.message
            = QCoreApplication::translate(
                  "ringback::Template",
                  "\"%1\" is missing its closing \"}\". Variables look like {first_name}.")
                  .arg(issue.token);
        break;
    case TemplateIssue::Kind::UnmatchedCloseBrace:
        issue.message = QCoreApplication::translate(
            "ringback::Template",
            "A \"}\" has no matching \"{\". Remove it, or complete the variable, "
            "like {company}.");
        break;
    }
    return issue;
}

} // namespace

QString TemplateValues::value(const QString &name) const
{
    if (name == QLatin1String("company"))
        return company;
    if (name == QLatin1String("agent"))
        return agent;
    if (name == QLatin1String("first_name"))
        return firstName;
    if (name == QLatin1String("callback_window"))
        return callbackWindow;
    if (name == QLatin1String("business_hours"))
        return businessHours;
    return {};
}

QStringList templateVariableNames()
{
    return variableNames();
}

TemplateValues sampleTemplateValues()
{
    TemplateValues values;
    values.company = QCoreApplication::translate("ringback::Template", "Comfort Heating & Air");
    values.agent = QCoreApplication::translate("ringback::Template", "Maria");
    values.firstName = QCoreApplication::translate("ringback::Template", "Chris");
    values.callbackWindow = QCoreApplication::translate("ringback::Template", "within 30 minutes");
    values.businessHours = QCoreApplication::translate("ringback::Template", "Mon-Fri 8am-5pm");
    return values;
}

QList<TemplateIssue> templateIssues(const QString &text)
{
    QList<TemplateIssue> issues;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('}')) {
            issues << makeIssue(TemplateIssue::Kind::UnmatchedCloseBrace, text, i, i + 1);
            continue;
        }
        if (c != QLatin1Char('{'))
            continue;
        qsizetype j = i + 1;
        while (j < n && text.at(j) != QLatin1Char('}') && text.at(j) != QLatin1Char('{')
               && text.at(j) != QLatin1Char('\n') && text.at(j) != QLatin1Char('\r'))
            ++j;
        if (j < n && text.at(j) == QLatin1Char('}')) {
            if (!variableNames().contains(text.mid(i + 1, j - i - 1)))
                issues << makeIssue(TemplateIssue::Kind::UnknownVariable, text, i, j + 1);
            i = j;
            continue;
        }
        qsizetype end = i + 1;
        while (end < n && isNameChar(text.at(end)))
            ++end;
        issues << makeIssue(TemplateIssue::Kind::UnclosedBrace, text, i, end);
    }
    return issues;
}

QStringList unknownVariables(const QString &text)
{
    QStringList tokens;
    for (const TemplateIssue &issue : templateIssues(text)) {
        if (!tokens.contains(issue.token))
            tokens << issue.token;
    }
    return tokens;
}

Result<QString> render(const QString &text, const TemplateValues &values)
{
    const QList<TemplateIssue> issues = templateIssues(text);
    if (!issues.isEmpty()) {
        QStringList messages;
        for (const TemplateIssue &issue : issues)
            messages << issue.message;
        return Error(
            QCoreApplication::translate("ringback::Template",
                                        "This text can't be sent until the template is fixed. %1")
                .arg(messages.join(QLatin1Char(' '))));
    }

    QString out;
    out.reserve(text.size());
    bool capitalizeNext = false;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (c != QLatin1Char('{')) {
            if (capitalizeNext && !isBlank(c)) {
                out += c.toUpper();
                capitalizeNext = false;
            } else {
                out += c;
            }
            continue;
        }
        const qsizetype close = text.indexOf(QLatin1Char('}'), i); // validated above
        const QString value = values.value(text.mid(i + 1, close - i - 1)).trimmed();
        i = close;
        if (!value.isEmpty()) {
            out += value;
            capitalizeNext = false;
            continue;
        }
        const QChar next = i + 1 < n ? text.at(i + 1) : QChar(QLatin1Char('\n'));
        const bool afterBlank = !out.isEmpty() && isBlank(out.back());
        const bool lineStart = out.isEmpty() || out.back() == QLatin1Char('\n');
        if (afterBlank
            && (isBlank(next) || next == QLatin1Char('\n') || next == QLatin1Char('\r')
                || QStringLiteral(",.!?;:)]").contains(next))) {
            while (!out.isEmpty() && isBlank(out.back()))
                out.chop(1);
        } else if (lineStart) {
            if (QStringLiteral(",;:").contains(next)) {
                ++i;
                capitalizeNext = true;
            }
            while (i + 1 < n && isBlank(text.at(i + 1)))
                ++i;
        }
    }
    return out;
}

} // namespace ringback
