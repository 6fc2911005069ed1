#include "engine/OptOutDetector.h"

#include "engine/Keywords.h"

#include <QRegularExpression>

#include <vector>

namespace ringback {
namespace {

// The probable opt-out phrases, matched on normalise()d text: lower case, no
// accents or apostrophes ("don't" reads "dont", "más" reads "mas"), single
// spaces, and " | " where the reply had a clause break (punctuation, emoji).
// "(?:^|\| )" ... "(?= \||$)" means "a clause of its own". Guards keep trade
// talk out: a stop that something "won't" or "keeps" doing, "stop by", "no
// más de 200", "dejó de funcionar".
struct Phrase
{
    const char *language;
    const char *pattern;
};

const Phrase kPhrases[] = {
    // English
    {"en",
     R"((?<!wont )(?<!dont )(?<!cant )(?<!never )(?<!not )(?<!keeps )(?<!keep )(?<!didnt )(?<!doesnt ))"
     R"(\b(?:stop|quit|cease)(?: (?:all|the|your|these|those|with the|with these|with your))? )"
     R"((?:texting|txting|texts|txts|text messages|messaging|messages|msgs|sms|contacting|bothering|)"
     R"(spamming|harassing|text (?:me|us|this)|sending (?:me |us )?(?:any |these |those |your |the |)"
     R"(all |all the |all these )?(?:texts|txts|messages|msgs|text messages|sms|stuff|crap|spam|)"
     R"(junk|this|these|them|those|anything)|sending (?:me|us)(?= \||$))\b)"},
    {"en",
     R"(\b(?:dont|do not)(?: ever)? (?:text|txt|message|msg|sms|contact|text or call|call or text|)"
     R"(message or call|call or message) (?:me|us|this number|my number|this phone|here|again)\b)"},
    {"en", R"(\bnever (?:text|txt|message|contact) (?:me|us|this number) again\b)"},
    {"en",
     R"(\b(?:dont|do not) send (?:me|us) (?:any |anymore |any more |more |these |those |your )?)"
     R"((?:texts|txts|messages|text messages|sms|msgs)\b)"},
    {"en",
     R"(\b(?:take|remove|delete|drop|get|erase|scratch|cross|pull) (?:me|us|my number|this number|)"
     R"(my name|my info|my phone number|my cell) (?:off|from|out of)(?: of)? (?:your|the|this|ur|)"
     R"(all|any|all your|all of your|these)(?: [a-z]+)? (?:list|lists|database|system|texts|)"
     R"(texting|contacts|records)\b)"},
    {"en",
     R"((?<!you )(?<!u )\b(?:remove|delete|erase|lose|forget) (?:my|this) (?:number|phone number|)"
     R"(cell|cell number|contact|info)\b)"},
    {"en", R"(\b(?:unsubscribe|unsub|unsubscribed|optout|revoke|revoking|unenroll)\b)"},
    // "opt out", but not of a plan or a contract: "opt out of the maintenance plan"
    {"en",
     R"(\bopt(?:ing)?(?: me)? out\b(?! of (?:the |my |this |that |your |our |all )?)"
     R"((?!(?:texts?|txts?|messages|msgs|sms|texting|these|them|this|everything|all)\b)[a-z]))"},
    {"en", R"(\bno more (?:texts|txts|messages|msgs|text messages|texting|sms)\b)"},
    {"en",
     R"(\b(?:dont|do not|no longer) (?:want|wish|need) (?:to (?:receive|get) )?)"
     R"((?:any |any more |anymore |more |your |these |those |the )?)"
     R"((?:texts|txts|messages|text messages|sms|msgs)\b)"},
    {"en", R"(\b(?:dont|do not) want (?:to be|being) (?:texted|contacted|messaged)\b)"},
    {"en", R"(\bleave (?:me|us) alone\b)"},
    {"en",
     R"((?:^|\| )(?:please |pls )?(?:no more|remove me|delete me|unsubscribe me))"
     R"((?: (?:please|pls|now|thanks|thank you|texts|messages))*(?= \||$))"},
    {"en",
     R"((?:^|\| )(?:please |pls |plz |just |now |ok |okay |so |then )?(?:stop|quit))"
     R"((?: (?:it|now|please|pls|plz|already|this|that|thanks|thank you|stop|asap|immediately|)"
     R"(right now))*(?= \||$))"},
    // Spanish
    {"es",
     R"((?:^|\| )(?:ya |por favor |porfavor |porfa )?no mas(?: (?:por favor|porfavor|porfa|)"
     R"(gracias|mensajes|textos|msjs|mensajitos|sms))*(?= \||$))"},
    {"es", R"(\bno (?:mas|quiero mas) (?:mensajes|textos|msjs|mensajitos|sms)\b)"},
    {"es",
     R"(\b(?:deje|dejen|deja|dejar|dejad|dejes) de (?:mandar|enviar|escribir|textear|mensajear|)"
     R"(molestar|contactar)(?:me|nos)?\b)"},
    {"es",
     R"(\bno (?:me|nos) (?:escriban|escribas|escriba|manden|mandes|mande|envien|envies|envie|)"
     R"(texteen|textees|textee|contacten|contactes|contacte|molesten|molestes|moleste))"
     R"((?= \||$| (?:mas|nunca|jamas|otra vez|mensajes|textos|por favor|a este numero)\b))"},
    {"es",
     R"(\bno (?:me|nos) (?:vuelvan|vuelvas|vuelva) a (?:escribir|mandar|enviar|contactar|)"
     R"(textear)\b)"},
    {"es",
     R"(\bno quiero que (?:me|nos) (?:sigan )?(?:escriban|escribiendo|contacten|contactando|)"
     R"(texteen|molesten|manden (?:mas )?mensajes|envien (?:mas )?mensajes|manden (?:mas )?textos|)"
     R"(envien (?:mas )?textos)\b)"},
    // "paren de mandarme mensajes", but not "no para de gotear"
    {"es",
     R"(\b(?:paren|pare|para|parar|paren ya) de (?:mandar|enviar|escribir|textear|mensajear|)"
     R"(molestar|contactar)(?:me|nos)?\b)"},
    {"es", R"(\bbasta de (?:mensajes|textos|msjs|mensajitos|sms)\b)"},
    // "favor de no enviarme más mensajes", not "no mandarme al técnico"
    {"es",
     R"(\bno (?:enviarme|mandarme|enviarnos|mandarnos) (?:mas )?(?:mensajes|textos|msjs|sms)\b)"},
    {"es",
     R"(\bno (?:escribirme|contactarme|textearme|molestarme|escribirnos|contactarnos))"
     R"((?= \||$| (?:mas|nunca|jamas|por favor)\b))"},
    {"es",
     R"(\b(?:borrenme|borrame|borreme|borrarme|saquenme|sacame|saqueme|sacarme|quitenme|quitame|)"
     R"(quiteme|quitarme|eliminenme|eliminame|elimineme|eliminarme|retirenme|retirame|retireme|)"
     R"(retirarme) de (?:su|la|tu|esta|sus|tus|esa) (?:lista|listas|base de datos|sistema|)"
     R"(contactos)\b)"},
    {"es",
     R"(\b(?:borren|borra|borre|borrar|eliminen|elimina|elimine|eliminar|quiten|quita|quite|)"
     R"(saquen|saca|saque|sacar) mi )"
     R"((?:numero|telefono|contacto|celular)\b)"},
    {"es",
     R"(\b(?:ya no|no) (?:quiero|deseo|queremos) (?:recibir |mas |recibir mas |sus |tus |estos )?)"
     R"((?:mensajes|textos|msjs|mensajitos|sms)\b)"},
    {"es", R"(\b(?:darme|denme|dame|deme|dar|doy|darnos|dennos) de baja\b)"},
    {"es",
     R"(\b(?:desuscribir(?:me)?|desuscribanme|desuscribeme|cancelar (?:la |mi )?suscripcion)\b)"},
    {"es",
     R"((?:^|\| )(?:ya )?(?:baja|alto|basta|basta ya|para ya|parar))"
     R"((?: (?:por favor|porfa|porfavor|gracias|ya))*(?= \||$))"},
};

struct CompiledPhrase
{
    QString language;
    QRegularExpression re;
};

const std::vector<CompiledPhrase> &phrases()
{
    static const std::vector<CompiledPhrase> compiled = [] {
        std::vector<CompiledPhrase> list;
        for (const Phrase &p : kPhrases) {
            QRegularExpression re(QString::fromLatin1(p.pattern),
                                  QRegularExpression::UseUnicodePropertiesOption);
            Q_ASSERT_X(re.isValid(), "OptOutDetector", p.pattern);
            list.push_back({QString::fromLatin1(p.language), re});
        }
        return list;
    }();
    return compiled;
}

// The normalised text with, for each of its characters, where it came from.
struct Normalised
{
    QString text;
    std::vector<int> from; // index in the body of the character it came from
    std::vector<int> to;   // one past that character
};

bool isApostrophe(char32_t c)
{
    return c == U'\'' || c == U'\u2019' || c == U'\u2018' || c == U'\u02BC' || c == U'`';
}

Normalised normaliseMapped(const QString &body)
{
    Normalised n;
    enum class Gap { None, Space, Break } gap = Gap::None;
    const int size = int(body.size());
    for (int i = 0; i < size;) {
        char32_t c = body.at(i).unicode();
        int length = 1;
        if (body.at(i).isHighSurrogate() && i + 1 < size && body.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(body.at(i), body.at(i + 1));
            length = 2;
        }
        if (QChar::isLetterOrNumber(c)) {
            if (!n.text.isEmpty() && gap != Gap::None) {
                const QString separator
                    = gap == Gap::Space ? QStringLiteral(" ") : QStringLiteral(" | ");
                for (qsizetype k = 0; k < separator.size(); ++k) {
                    n.text += separator.at(k);
                    n.from.push_back(i);
                    n.to.push_back(i);
                }
            }
            gap = Gap::None;
            const QString decomposed
                = QString::fromUcs4(&c, 1).normalized(QString::NormalizationForm_KD);
            for (const QChar d : decomposed) {
                if (d.category() == QChar::Mark_NonSpacing)
                    continue;
                n.text += d.toLower();
                n.from.push_back(i);
                n.to.push_back(i + length);
            }
        } else if (isApostrophe(c)) {
            // "don't" reads "dont"
        } else if (QChar::isSpace(c)
                   || (c == U'-' && i > 0 && i + 1 < size && body.at(i - 1).isLetter()
                       && body.at(i + 1).isLetter())) {
            if (gap == Gap::None)
                gap = Gap::Space;
        } else {
            gap = Gap::Break;
        }
        i += length;
    }
    return n;
}

bool endsSentence(QChar c)
{
    return QStringLiteral(".!?;\n\r\u2026\u00a1\u00bf").contains(c);
}

// The sentence of `body` around [start, end): what the office reads in the
// "Probable opt-out" bar.
QString sentenceAround(const QString &body, int start, int end)
{
    int left = start;
    while (left > 0 && !endsSentence(body.at(left - 1)))
        --left;
    int right = end;
    while (right < body.size() && !endsSentence(body.at(right)))
        ++right;
    const QString sentence = body.mid(left, right - left).trimmed();
    constexpr int kMaxPhrase = 160;
    return sentence.size() <= kMaxPhrase ? sentence : body.mid(start, end - start).trimmed();
}

} // namespace

QString OptOutDetector::normalise(const QString &body)
{
    return normaliseMapped(body).text;
}

OptOutMatch OptOutDetector::classify(const QString &body)
{
    OptOutMatch match;
    if (classifyKeyword(body) == Keyword::OptOut) {
        match.kind = OptOutMatch::Kind::Definite;
        match.phrase = keywordText(body);
        return match;
    }
    const Normalised n = normaliseMapped(body);
    if (n.text.isEmpty())
        return match;
    for (const CompiledPhrase &phrase : phrases()) {
        const QRegularExpressionMatch m = phrase.re.match(n.text);
        if (!m.hasMatch())
            continue;
        auto first = int(m.capturedStart());
        auto last = int(m.capturedEnd());
        const auto isGap = [&](int i) {
            return n.text.at(i) == QLatin1Char(' ') || n.text.at(i) == QLatin1Char('|');
        };
        while (first < last && isGap(first))
            ++first;
        while (last > first && isGap(last - 1))
            --last;
        if (first >= last)
            continue;
        match.kind = OptOutMatch::Kind::Probable;
        match.language = phrase.language;
        match.phrase = sentenceAround(body, n.from[size_t(first)], n.to[size_t(last - 1)]);
        return match;
    }
    return match;
}

} // namespace ringback
