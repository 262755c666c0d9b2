#include "JobAddressReader.h"

#include "TextMatching.h"

#include <QRegularExpression>

namespace ringback {

namespace {

constexpr qsizetype kLongestAnswer = 120;

const QString kWord = QStringLiteral(R"([\p{L}0-9][\p{L}0-9'.\-]*)");

const QString kStates = QStringLiteral(
    "AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|"
    "NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|PR");

// "4512 Oak St", "12B N. Main Street", "900 Martin Luther King Jr Blvd", then the optional unit,
// city, state and ZIP: "Apt 4, Austin, TX 78701". The city is up to three words after a comma,
// ending where a state, a ZIP, a comma or the text does.
const QRegularExpression& usStreet()
{
    static const QRegularExpression re(
        QStringLiteral(
            R"(\b(\d{1,6}[A-Za-z]?\s+(?:%1\s+){0,5}?(?:st|street|ave|avenue|rd|road|dr|drive|ln|lane|blvd|)"
            R"(boulevard|ct|court|way|pl|place|pkwy|parkway|hwy|highway|ter|terrace|cir|circle|trl|trail|)"
            R"(loop|row|sq|square|cv|cove)\b\.?(?:\s+(?:[NSEW]|NE|NW|SE|SW)\b\.?)?)"
            R"((?:,?\s*(?:apt|unit|suite|ste|#)\.?\s*#?[\w\-]+)?))"
            R"((?:,\s*(\p{L}[\p{L}.'\-]*(?:\s+\p{L}[\p{L}.'\-]*){0,2}?))"
            R"((?=\s*(?:,|[.!?;]|$|\d{5})|\s+(?:%2)\b))?)"
            R"((?:,?\s+(%2)\b)?)"
            R"((?:,?\s+(\d{5}(?:-\d{4})?))?)")
            .arg(kWord, kStates),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return re;
}

// "12 rue des Lilas, 69003 Lyon", "3 bis avenue Foch".
const QRegularExpression& frenchStreet()
{
    static const QRegularExpression re(
        QStringLiteral(
            R"(\b(\d{1,4}(?:\s?(?:bis|ter))?,?\s+(?:rue|avenue|av\.|boulevard|bd|chemin|place|all[ée]e|)"
            R"(impasse|route|quai|cours|square)\s+(?:%1\s*){1,5}?))"
            R"((?:,\s*(\d{5})\s+(\p{L}[\p{L}'\-]*(?:[\s\-]\p{L}[\p{L}'\-]*){0,2}))?(?=[,.;!?]|\s*$|\s+\d{5}))")
            .arg(kWord),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return re;
}

// "Calle Mayor 12", "Avda. de la Paz 4, 28013 Madrid".
const QRegularExpression& spanishStreet()
{
    static const QRegularExpression re(
        QStringLiteral(
            R"(\b((?:calle|c/|avenida|avda\.?|paseo|plaza|camino|carrera|carretera)\s+(?:%1\s+){0,5}?)"
            R"((?:n[º°o]\.?\s*)?\d{1,4}[A-Za-z]?))"
            R"((?:,\s*(\d{5})?\s*(\p{L}[\p{L}'\-]*(?:\s\p{L}[\p{L}'\-]*){0,2}))?)")
            .arg(kWord),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return re;
}

const QRegularExpression& postalCode()
{
    static const QRegularExpression re(QStringLiteral(R"((?<![\d\-/:.$])\b(\d{5}(?:-\d{4})?)\b(?![\d/:.]))"));
    return re;
}

QString clipped(const QString& text)
{
    return textmatch::shortened(text, kLongestAnswer);
}

} // namespace

JobAddress JobAddressReader::find(const QString& text)
{
    JobAddress found;
    if (auto m = usStreet().match(text); m.hasMatch()) {
        found.address = m.captured(0).simplified();
        found.city = m.captured(2).simplified();
        found.postalCode = m.captured(4);
        // "4512 Oak St, today" is no city: a city is followed by a state, a ZIP or the end.
        static const QRegularExpression notCity(
            QStringLiteral(R"(^(today|tomorrow|tonight|asap|please|thanks|thank|now|call|text|any|anytime|)"
                           R"(whenever|hoy|manana|mañana|demain|aujourd'hui)\b)"),
            QRegularExpression::CaseInsensitiveOption);
        if (notCity.match(found.city).hasMatch()) {
            found.address = m.captured(1).simplified();
            found.city.clear();
        }
    } else if (auto f = frenchStreet().match(text); f.hasMatch()) {
        found.address = f.captured(0).simplified();
        found.postalCode = f.captured(2);
        found.city = f.captured(3).simplified();
    } else if (auto s = spanishStreet().match(text); s.hasMatch()) {
        found.address = s.captured(0).simplified();
        found.postalCode = s.captured(2);
        found.city = s.captured(3).simplified();
    }
    if (found.address.isEmpty()) {
        static const QRegularExpression zipWord(QStringLiteral(R"(\b(zip|zip code|code postal|cp|c\.p\.)\b)"),
                                                QRegularExpression::CaseInsensitiveOption);
        if (zipWord.match(text).hasMatch()) {
            if (auto z = postalCode().match(text); z.hasMatch())
                found.postalCode = z.captured(1);
        }
    }
    if (found.address.endsWith(QLatin1Char(',')))
        found.address.chop(1);
    found.address = clipped(found.address);
    return found;
}

JobAddress JobAddressReader::answer(const QString& text)
{
    JobAddress found = find(text);
    if (!found.address.isEmpty())
        return found;
    found.address = clipped(text);
    if (found.postalCode.isEmpty()) {
        if (auto z = postalCode().match(text); z.hasMatch())
            found.postalCode = z.captured(1);
    }
    return found;
}

} // namespace ringback
