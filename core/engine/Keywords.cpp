#include "engine/Keywords.h"

#include <QStringList>

namespace ringback {
namespace {

// Letters and digits make words; everything else (spaces, punctuation,
// emoji) separates them: "Stop.", " STOP!! " and "stop 🙏" all read "stop".
QStringList splitWords(const QString &body)
{
    QString cleaned;
    cleaned.reserve(body.size());
    for (const QChar c : body)
        cleaned += c.isLetterOrNumber() ? c.toLower() : QLatin1Char(' ');
    return cleaned.split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

} // namespace

QString keywordText(const QString &body)
{
    return splitWords(body).join(QLatin1Char(' ')).toUpper();
}

Keyword classifyKeyword(const QString &body)
{
    const QStringList words = splitWords(body);
    if (words.isEmpty() || words.size() > 2)
        return Keyword::None;
    const QString word = words.join(QString());
    if (words.size() == 2 && word != QLatin1String("stopall") && word != QLatin1String("optout"))
        return Keyword::None;

    static const QStringList optOut{QStringLiteral("stop"),
                                    QStringLiteral("stopall"),
                                    QStringLiteral("unsubscribe"),
                                    QStringLiteral("cancel"),
                                    QStringLiteral("end"),
                                    QStringLiteral("quit"),
                                    QStringLiteral("revoke"),
                                    QStringLiteral("optout")};
    static const QStringList optIn{
        QStringLiteral("start"), QStringLiteral("unstop"), QStringLiteral("yes")};
    static const QStringList help{QStringLiteral("help"), QStringLiteral("info")};
    if (optOut.contains(word))
        return Keyword::OptOut;
    if (optIn.contains(word))
        return Keyword::OptIn;
    if (help.contains(word))
        return Keyword::Help;
    return Keyword::None;
}

} // namespace ringback
