#pragma once

#include <QString>

namespace ringback {

// How an SMS body is split by carriers.
//
// GSM-7 (GSM 03.38 basic table, plus the extension table whose characters
// ^ { } \ [ ~ ] | € and form feed take two septets: escape + character):
// 160 septets in a single message, 153 per part once concatenated. An escape
// pair is never split across parts.
// UCS-2 (as soon as one character is outside GSM-7): 70 UTF-16 code units in a
// single message, 67 per part. Characters outside the BMP (most emoji) take two
// code units, and a surrogate pair is never split across parts.
struct SegmentInfo
{
    enum class Encoding { Gsm7, Ucs2 };
    Encoding encoding = Encoding::Gsm7;
    int units = 0;              // septets (GSM-7) or UTF-16 code units (UCS-2)
    int segments = 0;           // 0 for an empty text
    int remainingInSegment = 0; // units still free in the last segment (160 for an empty text)
};

SegmentInfo countSegments(const QString &text);

// Index of the first character that forces UCS-2, or -1 when the whole text is
// GSM-7. Lets an editor point at the culprit (a curly quote, an emoji…).
int firstNonGsmIndex(const QString &text);

// Septets a character takes in GSM-7: 1 (basic table), 2 (extension table),
// or 0 when it has no GSM-7 encoding.
int gsmSeptets(QChar c);

} // namespace ringback
