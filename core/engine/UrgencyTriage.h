#pragma once

#include <QString>
#include <QStringList>

namespace ringback {

struct Urgency
{
    bool urgent = false;
    QString reason; // "matched: water damage"
};

// Flags replies that describe urgent work. Phrases match whole words,
// ignoring case, spacing and punctuation; a phrase right after a negation
// ("no leak", "not an emergency") does not count.
class UrgencyTriage
{
public:
    UrgencyTriage();
    explicit UrgencyTriage(QStringList phrases);

    static QStringList defaultPhrases();
    Urgency classify(const QString &body) const;

private:
    QStringList m_phrases; // normalised: lower case words separated by one space
};

} // namespace ringback
