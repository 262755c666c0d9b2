#pragma once

#include <QList>
#include <QString>

namespace ringback {

enum class SmsEncoding { Gsm7, Ucs2 };

// A character that is not in the GSM 03.38 alphabet, so it turns the whole message into UCS-2.
// position/length are in UTF-16 code units of the text (an emoji has length 2).
struct NonGsmCharacter
{
    int position = 0;
    int length = 1;
    QString character;
    bool operator==(const NonGsmCharacter&) const = default;
};

// How a carrier counts one message.
struct SmsCount
{
    SmsEncoding encoding = SmsEncoding::Gsm7;
    // Septets for GSM-7 (an extension character such as € or { is two: ESC + the character),
    // UTF-16 code units for UCS-2 (an emoji is two).
    int units = 0;
    int segments = 0;
    // 160 (GSM-7) or 70 (UCS-2) when the message fits one segment; 153 or 67 once it is split.
    int unitsPerSegment = 160;
    // Units still free in the last segment before another one starts.
    int unitsLeftInSegment = 160;
    // Where each segment starts, as an index into the text; an escape pair or a surrogate pair is
    // never split, so a segment can hold one unit less than unitsPerSegment.
    QList<int> segmentStarts;
    // Every character that forced UCS-2, in order, for the editor to highlight.
    QList<NonGsmCharacter> nonGsmCharacters;
};

// GSM-7: 160 septets in one message, 153 per part when concatenated (7 go to the UDH).
// UCS-2: 70 code units in one message, 67 per part.
class SmsSegmentCounter
{
public:
    static constexpr int kGsmSingle = 160;
    static constexpr int kGsmPart = 153;
    static constexpr int kUcs2Single = 70;
    static constexpr int kUcs2Part = 67;

    static SmsCount count(const QString& text);

    // GSM 03.38 default alphabet (one septet) and its extension table (two septets).
    static bool isGsmBasic(char32_t c);
    static bool isGsmExtension(char32_t c);
};

} // namespace ringback
