#include "templates/SmsSegments.h"

namespace ringback {

namespace {

constexpr int kGsmSingle = 160;
constexpr int kGsmPart = 153;
constexpr int kUcs2Single = 70;
constexpr int kUcs2Part = 67;

// The non-ASCII characters of the GSM 03.38 basic table.
bool isGsmBasicNonAscii(char16_t c)
{
    switch (c) {
    case 0x00A3: // £
    case 0x00A5: // ¥
    case 0x00E8: // è
    case 0x00E9: // é
    case 0x00F9: // ù
    case 0x00EC: // ì
    case 0x00F2: // ò
    case 0x00C7: // Ç
    case 0x00D8: // Ø
    case 0x00F8: // ø
    case 0x00C5: // Å
    case 0x00E5: // å
    case 0x0394: // Δ
    case 0x03A6: // Φ
    case 0x0393: // Γ
    case 0x039B: // Λ
    case 0x03A9: // Ω
    case 0x03A0: // Π
    case 0x03A8: // Ψ
    case 0x03A3: // Σ
    case 0x0398: // Θ
    case 0x039E: // Ξ
    case 0x00C6: // Æ
    case 0x00E6: // æ
    case 0x00DF: // ß
    case 0x00C9: // É
    case 0x00A4: // ¤
    case 0x00A1: // ¡
    case 0x00C4: // Ä
    case 0x00D6: // Ö
    case 0x00D1: // Ñ
    case 0x00DC: // Ü
    case 0x00A7: // §
    case 0x00BF: // ¿
    case 0x00E4: // ä
    case 0x00F6: // ö
    case 0x00F1: // ñ
    case 0x00FC: // ü
    case 0x00E0: // à
        return true;
    default:
        return false;
    }
}

bool isGsmExtension(char16_t c)
{
    switch (c) {
    case u'^':
    case u'{':
    case u'}':
    case u'\\':
    case u'[':
    case u'~':
    case u']':
    case u'|':
    case 0x20AC: // €
    case 0x000C: // form feed
        return true;
    default:
        return false;
    }
}

// Greedy packing of items of width 1 or 2 into parts of partSize units, never
// splitting a 2-unit item. Returns {parts, units used in the last part}.
struct Packing
{
    int parts = 1;
    int used = 0;
    void add(int width, int partSize)
    {
        if (used + width > partSize) {
            ++parts;
            used = 0;
        }
        used += width;
    }
};

} // namespace

int gsmSeptets(QChar c)
{
    const char16_t u = c.unicode();
    if (isGsmExtension(u))
        return 2;
    if (u == u'\n' || u == u'\r')
        return 1;
    if (u >= 0x20 && u < 0x7F)
        return u == u'`' ? 0 : 1; // the backtick is the one printable ASCII not in GSM-7
    return isGsmBasicNonAscii(u) ? 1 : 0;
}

int firstNonGsmIndex(const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (gsmSeptets(text.at(i)) == 0)
            return int(i);
    }
    return -1;
}

SegmentInfo countSegments(const QString &text)
{
    SegmentInfo info;
    const bool gsm = firstNonGsmIndex(text) < 0;
    info.encoding = gsm ? SegmentInfo::Encoding::Gsm7 : SegmentInfo::Encoding::Ucs2;
    const int single = gsm ? kGsmSingle : kUcs2Single;
    const int part = gsm ? kGsmPart : kUcs2Part;

    Packing packing;
    int units = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        int width = 1;
        if (gsm) {
            width = gsmSeptets(text.at(i));
        } else if (text.at(i).isHighSurrogate() && i + 1 < text.size()
                   && text.at(i + 1).isLowSurrogate()) {
            width = 2;
            ++i;
        }
        units += width;
        packing.add(width, part);
    }

    info.units = units;
    if (units == 0) {
        info.segments = 0;
        info.remainingInSegment = single;
    } else if (units <= single) {
        info.segments = 1;
        info.remainingInSegment = single - units;
    } else {
        info.segments = packing.parts;
        info.remainingInSegment = part - packing.used;
    }
    return info;
}

} // namespace ringback
