#include "SmsSegmentCounter.h"

namespace ringback {

namespace {

// GSM 03.38 default alphabet, in table order (0x1B, the escape, is not a character of its own).
constexpr char32_t kBasic[] = {
    U'@', U'£', U'$', U'¥', U'è', U'é', U'ù',  U'ì', U'ò', U'Ç', U'\n', U'Ø', U'ø', U'\r', U'Å', U'å',
    U'Δ', U'_', U'Φ', U'Γ', U'Λ', U'Ω', U'Π',  U'Ψ', U'Σ', U'Θ', U'Ξ',  U'Æ', U'æ', U'ß',  U'É', U' ',
    U'!', U'"', U'#', U'¤', U'%', U'&', U'\'', U'(', U')', U'*', U'+',  U',', U'-', U'.',  U'/', U'0',
    U'1', U'2', U'3', U'4', U'5', U'6', U'7',  U'8', U'9', U':', U';',  U'<', U'=', U'>',  U'?', U'¡',
    U'A', U'B', U'C', U'D', U'E', U'F', U'G',  U'H', U'I', U'J', U'K',  U'L', U'M', U'N',  U'O', U'P',
    U'Q', U'R', U'S', U'T', U'U', U'V', U'W',  U'X', U'Y', U'Z', U'Ä',  U'Ö', U'Ñ', U'Ü',  U'§', U'¿',
    U'a', U'b', U'c', U'd', U'e', U'f', U'g',  U'h', U'i', U'j', U'k',  U'l', U'm', U'n',  U'o', U'p',
    U'q', U'r', U's', U't', U'u', U'v', U'w',  U'x', U'y', U'z', U'ä',  U'ö', U'ñ', U'ü',  U'à',
};

// The extension table: each is sent as ESC + a character, two septets.
constexpr char32_t kExtension[] = {U'\f', U'^', U'{', U'}', U'\\', U'[', U'~', U']', U'|', U'€'};

struct Character
{
    int position;
    int length; // UTF-16 code units
    char32_t code;
};

QList<Character> characters(const QString& text)
{
    QList<Character> out;
    out.reserve(text.size());
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < n && text.at(i + 1).isLowSurrogate()) {
            out << Character{int(i), 2, QChar::surrogateToUcs4(c, text.at(i + 1))};
            ++i;
        } else {
            out << Character{int(i), 1, c.unicode()};
        }
    }
    return out;
}

} // namespace

bool SmsSegmentCounter::isGsmBasic(char32_t c)
{
    for (char32_t b : kBasic) {
        if (b == c)
            return true;
    }
    return false;
}

bool SmsSegmentCounter::isGsmExtension(char32_t c)
{
    for (char32_t e : kExtension) {
        if (e == c)
            return true;
    }
    return false;
}

SmsCount SmsSegmentCounter::count(const QString& text)
{
    SmsCount result;
    const QList<Character> chars = characters(text);

    QList<int> costs;
    costs.reserve(chars.size());
    for (const Character& c : chars) {
        if (isGsmBasic(c.code)) {
            costs << 1;
        } else if (isGsmExtension(c.code)) {
            costs << 2;
        } else {
            result.encoding = SmsEncoding::Ucs2;
            result.nonGsmCharacters << NonGsmCharacter{c.position, c.length, text.mid(c.position, c.length)};
            costs << c.length;
        }
    }
    if (result.encoding == SmsEncoding::Ucs2) {
        // In UCS-2 every character costs its UTF-16 length, extension characters included.
        for (qsizetype i = 0; i < chars.size(); ++i)
            costs[i] = chars.at(i).length;
    }

    const bool gsm = result.encoding == SmsEncoding::Gsm7;
    const int single = gsm ? kGsmSingle : kUcs2Single;
    const int part = gsm ? kGsmPart : kUcs2Part;
    for (int c : std::as_const(costs))
        result.units += c;

    if (result.units == 0) {
        result.unitsPerSegment = single;
        result.unitsLeftInSegment = single;
        return result;
    }
    if (result.units <= single) {
        result.segments = 1;
        result.segmentStarts << 0;
        result.unitsPerSegment = single;
        result.unitsLeftInSegment = single - result.units;
        return result;
    }

    // Split: a character that does not fit whole starts the next part (an escape pair or a
    // surrogate pair is never cut in two).
    int used = 0;
    for (qsizetype i = 0; i < chars.size(); ++i) {
        if (result.segmentStarts.isEmpty() || used + costs.at(i) > part) {
            result.segmentStarts << chars.at(i).position;
            used = 0;
        }
        used += costs.at(i);
    }
    result.segments = int(result.segmentStarts.size());
    result.unitsPerSegment = part;
    result.unitsLeftInSegment = part - used;
    return result;
}

} // namespace ringback
