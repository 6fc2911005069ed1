#include "engine/UrgencyTriage.h"

#include <QCoreApplication>

namespace ringback {
namespace {

QStringList words(const QString &text)
{
    QString cleaned;
    cleaned.reserve(text.size());
    for (const QChar c : text)
        cleaned
            += (c.isLetterOrNumber() || c == QLatin1Char('\'')) ? c.toLower() : QLatin1Char(' ');
    cleaned.remove(QLatin1Char('\''));
    return cleaned.split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

bool isNegation(const QString &w)
{
    static const QStringList negations{QStringLiteral("no"),
                                       QStringLiteral("not"),
                                       QStringLiteral("isnt"),
                                       QStringLiteral("arent"),
                                       QStringLiteral("wasnt"),
                                       QStringLiteral("without"),
                                       QStringLiteral("never"),
                                       QStringLiteral("dont"),
                                       QStringLiteral("doesnt")};
    return negations.contains(w);
}

} // namespace

UrgencyTriage::UrgencyTriage()
    : UrgencyTriage(defaultPhrases())
{}

UrgencyTriage::UrgencyTriage(QStringList phrases)
{
    for (const QString &p : phrases) {
        const QStringList w = words(p);
        if (!w.isEmpty())
            m_phrases << w.join(QLatin1Char(' '));
    }
}

QStringList UrgencyTriage::defaultPhrases()
{
    return {QStringLiteral("leak"),
            QStringLiteral("leaking"),
            QStringLiteral("flooding"),
            QStringLiteral("flooded"),
            QStringLiteral("burst pipe"),
            QStringLiteral("water damage"),
            QStringLiteral("no heat"),
            QStringLiteral("no ac"),
            QStringLiteral("ac out"),
            QStringLiteral("no hot water"),
            QStringLiteral("gas smell"),
            QStringLiteral("smell gas"),
            QStringLiteral("burning smell"),
            QStringLiteral("sparks"),
            QStringLiteral("sparking"),
            QStringLiteral("smoke"),
            QStringLiteral("carbon monoxide"),
            QStringLiteral("sewage backup"),
            QStringLiteral("emergency"),
            QStringLiteral("same day"),
            QStringLiteral("today"),
            QStringLiteral("elderly"),
            QStringLiteral("medical equipment")};
}

Urgency UrgencyTriage::classify(const QString &body) const
{
    const QStringList w = words(body);
    for (const QString &phrase : m_phrases) {
        const QStringList p = phrase.split(QLatin1Char(' '));
        for (int i = 0; i + p.size() <= w.size(); ++i) {
            bool match = true;
            for (int j = 0; j < p.size() && match; ++j)
                match = w.at(i + j) == p.at(j);
            if (!match)
                continue;
            // "no leak", "not an emergency": a negation up to two words before.
            const bool negated
                = (i >= 1 && isNegation(w.at(i - 1))) || (i >= 2 && isNegation(w.at(i - 2)));
            if (negated)
                continue;
            return {
                true,
                QCoreApplication::translate("ringback::UrgencyTriage", "matched: %1").arg(phrase)};
        }
    }
    return {};
}

} // namespace ringback
