#include "engine/UrgencyTriage.h"

#include "engine/UrgencyWords.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <climits>

namespace ringback {
namespace {

constexpr int kNegationWindow = 2; // words before a phrase, articles not counted
constexpr int kMaxLookBack = 6;    // words, articles included

bool isNegation(const QList<UrgencyToken> &t, qsizetype k)
{
    // English, then Spanish.
    static const QSet<QString> negations{
        QStringLiteral("no"),      QStringLiteral("not"),    QStringLiteral("isnt"),
        QStringLiteral("arent"),   QStringLiteral("wasnt"),  QStringLiteral("werent"),
        QStringLiteral("dont"),    QStringLiteral("doesnt"), QStringLiteral("didnt"),
        QStringLiteral("without"), QStringLiteral("never"),  QStringLiteral("non"),
        QStringLiteral("nothing"), QStringLiteral("nor"),    QStringLiteral("neither"),
        QStringLiteral("sin"),     QStringLiteral("nunca"),  QStringLiteral("ni"),
        QStringLiteral("nada"),    QStringLiteral("ningun"), QStringLiteral("ninguna"),
        QStringLiteral("ninguno"), QStringLiteral("tampoco")};
    const QString &w = t.at(k).word;
    if (negations.contains(w))
        return true;
    // "no longer"
    return k > 0 && !t.at(k).clauseStart && w == QLatin1String("longer")
           && t.at(k - 1).word == QLatin1String("no");
}

bool isArticle(const QString &w)
{
    static const QSet<QString> articles{QStringLiteral("a"),
                                        QStringLiteral("an"),
                                        QStringLiteral("the"),
                                        QStringLiteral("any"),
                                        QStringLiteral("some"),
                                        QStringLiteral("really"),
                                        QStringLiteral("actually"),
                                        QStringLiteral("even"),
                                        QStringLiteral("un"),
                                        QStringLiteral("una"),
                                        QStringLiteral("unos"),
                                        QStringLiteral("unas"),
                                        QStringLiteral("el"),
                                        QStringLiteral("la"),
                                        QStringLiteral("los"),
                                        QStringLiteral("las"),
                                        QStringLiteral("del"),
                                        QStringLiteral("de")};
    return articles.contains(w);
}

// A negation within kNegationWindow words before t[at], in the same clause.
bool negated(const QList<UrgencyToken> &t, qsizetype at)
{
    int counted = 0;
    for (qsizetype k = at - 1; k >= 0 && at - k <= kMaxLookBack && !t.at(k + 1).clauseStart; --k) {
        if (isNegation(t, k))
            return true;
        if (!isArticle(t.at(k).word) && ++counted == kNegationWindow)
            break;
    }
    return false;
}

bool matchesAt(const QList<UrgencyToken> &t, qsizetype at, const QStringList &words)
{
    if (at + words.size() > t.size())
        return false;
    for (qsizetype j = 1; j < words.size(); ++j) {
        if (t.at(at + j).clauseStart || t.at(at + j).word != words.at(j))
            return false;
    }
    return true;
}

} // namespace

UrgencyTriage::UrgencyTriage()
    : UrgencyTriage(defaultRules())
{}

UrgencyTriage::UrgencyTriage(const QList<UrgencyRule> &rules)
    : m_rules(rules)
{
    for (qsizetype r = 0; r < m_rules.size(); ++r) {
        UrgencyRule &rule = m_rules[r];
        rule.severity = std::clamp(rule.severity, int(UrgencyRule::High), int(UrgencyRule::Soon));
        QSet<QString> seen;
        for (qsizetype p = 0; p < rule.phrases.size(); ++p) {
            const QStringList w = words(rule.phrases.at(p));
            const QString key = w.join(QLatin1Char(' '));
            if (w.isEmpty() || seen.contains(key))
                continue;
            seen.insert(key);
            m_byFirstWord[w.first()].append({w, int(r), int(p)});
        }
    }
    for (QList<Phrase> &list : m_byFirstWord) {
        std::stable_sort(list.begin(), list.end(), [this](const Phrase &a, const Phrase &b) {
            const int sa = m_rules.at(a.rule).severity;
            const int sb = m_rules.at(b.rule).severity;
            return sa != sb ? sa < sb : a.words.size() > b.words.size();
        });
    }
}

QStringList UrgencyTriage::words(const QString &text)
{
    QStringList out;
    const QList<UrgencyToken> tokens = urgencyWords(text);
    out.reserve(tokens.size());
    for (const UrgencyToken &t : tokens)
        out << t.word;
    return out;
}

Urgency UrgencyTriage::classify(const QString &body) const
{
    const QList<UrgencyToken> t = urgencyWords(body);
    const Phrase *best = nullptr;
    int bestSeverity = INT_MAX;
    for (qsizetype i = 0; i < t.size() && bestSeverity > UrgencyRule::High; ++i) {
        const auto candidates = m_byFirstWord.constFind(t.at(i).word);
        if (candidates == m_byFirstWord.cend())
            continue;
        for (const Phrase &p : *candidates) {
            if (m_rules.at(p.rule).severity >= bestSeverity)
                break; // sorted: nothing better here
            if (!matchesAt(t, i, p.words))
                continue;
            if (negated(t, i))
                break; // the same for every phrase starting here
            best = &p;
            bestSeverity = m_rules.at(p.rule).severity;
            break;
        }
    }
    if (!best)
        return {};
    const UrgencyRule &rule = m_rules.at(best->rule);
    Urgency u;
    u.urgent = true;
    u.severity = rule.severity;
    u.label = rule.label;
    u.phrase = rule.phrases.at(best->phrase);
    u.reason
        = QCoreApplication::translate("ringback::UrgencyTriage", "matched: %1").arg(rule.label);
    return u;
}

} // namespace ringback
