#include "engine/UrgencyWords.h"

#include <QSet>
#include <QStringView>

namespace ringback {
namespace {

constexpr qsizetype kMaxTagLength = 256;   // longer "<…>" is text, not a tag
constexpr qsizetype kMaxEntityLength = 10; // "&#8217;"

bool isApostrophe(char32_t c)
{
    return c == U'\'' || c == U'\u2019' || c == U'\u2018' || c == U'\u02BC' || c == U'`';
}

bool isMark(char32_t c)
{
    const QChar::Category cat = QChar::category(c);
    return cat == QChar::Mark_NonSpacing || cat == QChar::Mark_SpacingCombining
           || cat == QChar::Mark_Enclosing;
}

bool isClauseBreak(char32_t c)
{
    switch (c) {
    case U'.':
    case U',':
    case U';':
    case U':':
    case U'!':
    case U'?':
    case U'\u00A1': // ¡
    case U'\u00BF': // ¿
        return true;
    default:
        return false;
    }
}

// Collects words as urgencyWords() walks the text, and the separators between them.
class UrgencyTokenizer
{
public:
    QList<UrgencyToken> tokens;

    void wordChar(char32_t c)
    {
        if (QChar::requiresSurrogates(c)) {
            m_word += QChar(QChar::highSurrogate(c));
            m_word += QChar(QChar::lowSurrogate(c));
        } else {
            m_word += QChar(char16_t(c));
        }
    }

    void separator(char32_t c)
    {
        endWord();
        // The dot closing "a.c." does not end a clause.
        if (isClauseBreak(c) && !(c == U'.' && m_separatorLength == 0 && m_lastMerged))
            m_break = true;
        if (m_separatorLength++ == 0)
            m_separator = c;
    }

    void endWord()
    {
        if (m_word.isEmpty())
            return;
        const bool letter = m_word.size() == 1 && m_word.at(0).isLetter();
        if (letter && m_lastLetters && m_separatorLength == 1
            && (m_separator == U'.' || m_separator == U'/')) {
            tokens.last().word += m_word;
            m_lastMerged = true;
        } else {
            tokens.append({m_word, m_break});
            m_lastLetters = letter;
            m_lastMerged = false;
        }
        m_word.clear();
        m_break = false;
        m_separatorLength = 0;
    }

private:
    QString m_word;
    bool m_break = true;
    int m_separatorLength = 0;
    char32_t m_separator = 0;
    bool m_lastLetters = false; // the last token is a letter or letters joined by '.' or '/'
    bool m_lastMerged = false;
};

// Index of the '>' closing an HTML tag opening at `at`, or -1.
qsizetype tagEnd(QStringView s, qsizetype at)
{
    if (at + 1 >= s.size())
        return -1;
    const QChar next = s.at(at + 1);
    if (!next.isLetter() && next != u'/' && next != u'!')
        return -1;
    const QStringView rest = s.mid(at + 1, kMaxTagLength);
    for (qsizetype i = 0; i < rest.size(); ++i) {
        if (rest.at(i) == u'>')
            return at + 1 + i;
        if (rest.at(i) == u'<')
            return -1;
    }
    return -1;
}

// Index of the ';' ending an HTML entity starting at `at` ("&amp;"), or -1.
qsizetype entityEnd(QStringView s, qsizetype at)
{
    qsizetype i = at + 1;
    while (i < s.size() && i - at <= kMaxEntityLength
           && (s.at(i).isLetterOrNumber() || s.at(i) == u'#'))
        ++i;
    return i > at + 1 && i < s.size() && s.at(i) == u';' ? i : -1;
}

bool isApostropheEntity(QStringView name)
{
    static const QSet<QString> names{QStringLiteral("#39"),
                                     QStringLiteral("#x27"),
                                     QStringLiteral("apos"),
                                     QStringLiteral("rsquo"),
                                     QStringLiteral("lsquo"),
                                     QStringLiteral("#8217"),
                                     QStringLiteral("#8216")};
    return names.contains(name.toString().toLower());
}

} // namespace

QList<UrgencyToken> urgencyWords(const QString &text)
{
    const QString s = text.normalized(QString::NormalizationForm_KD); // "ó" -> "o" + accent
    UrgencyTokenizer t;
    qsizetype i = 0;
    while (i < s.size()) {
        char32_t c = s.at(i).unicode();
        qsizetype length = 1;
        if (QChar::isHighSurrogate(c) && i + 1 < s.size() && s.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(s.at(i), s.at(i + 1));
            length = 2;
        }
        if (c == U'<' || c == U'&') {
            const qsizetype end = c == U'<' ? tagEnd(s, i) : entityEnd(s, i);
            if (end > 0) {
                if (c == U'<' || !isApostropheEntity(QStringView(s).mid(i + 1, end - i - 1)))
                    t.separator(U' ');
                i = end + 1;
                continue;
            }
        }
        if (QChar::isLetterOrNumber(c))
            t.wordChar(QChar::toCaseFolded(c));
        else if (!isMark(c) && !isApostrophe(c))
            t.separator(c);
        i += length;
    }
    t.endWord();
    return t.tokens;
}

} // namespace ringback
