#include "JobTimeReader.h"

#include "TextMatching.h"

#include <QHash>
#include <QRegularExpression>

namespace ringback {

namespace {

constexpr qsizetype kLongestAnswer = 60;

struct DayWord
{
    const char* phrase; // folded
    int days;           // from today; -1: a weekday (see weekday)
    int weekday = 0;    // 1 = Monday
};

// Longest first where one contains another ("pasado manana" before "manana").
const QList<DayWord>& dayWords()
{
    static const QList<DayWord> words{
        {"day after tomorrow", 2},
        {"pasado manana", 2},
        {"apres demain", 2},
        {"apres-demain", 2},
        {"today", 0},
        {"tonight", 0},
        {"this morning", 0},
        {"this afternoon", 0},
        {"this evening", 0},
        {"asap", 0},
        {"right away", 0},
        {"right now", 0},
        {"as soon as possible", 0},
        {"hoy", 0},
        {"esta tarde", 0},
        {"esta noche", 0},
        {"lo antes posible", 0},
        {"cuanto antes", 0},
        {"aujourd'hui", 0},
        {"aujourdhui", 0},
        {"ce soir", 0},
        {"ce matin", 0},
        {"cet apres midi", 0},
        {"des que possible", 0},
        {"au plus vite", 0},
        {"tout de suite", 0},
        {"tomorrow", 1},
        {"tmrw", 1},
        {"tmr", 1},
        {"demain", 1},
        {"manana", 1}, // unless "la manana" (the morning): see below
        {"this weekend", -1, 6},
        {"weekend", -1, 6},
        {"fin de semana", -1, 6},
        {"week end", -1, 6},
        {"monday", -1, 1},
        {"tuesday", -1, 2},
        {"tues", -1, 2},
        {"wednesday", -1, 3},
        {"thursday", -1, 4},
        {"thurs", -1, 4},
        {"friday", -1, 5},
        {"saturday", -1, 6},
        {"sunday", -1, 7},
        {"lunes", -1, 1},
        {"martes", -1, 2},
        {"miercoles", -1, 3},
        {"jueves", -1, 4},
        {"viernes", -1, 5},
        {"sabado", -1, 6},
        {"domingo", -1, 7},
        {"lundi", -1, 1},
        {"mardi", -1, 2},
        {"mercredi", -1, 3},
        {"jeudi", -1, 4},
        {"vendredi", -1, 5},
        {"samedi", -1, 6},
        {"dimanche", -1, 7},
    };
    return words;
}

const QHash<QString, int>& monthNames()
{
    static const QHash<QString, int> months = [] {
        QHash<QString, int> m;
        const QList<QStringList> names{
            {QStringLiteral("jan"), QStringLiteral("january"), QStringLiteral("enero"),
             QStringLiteral("janvier")},
            {QStringLiteral("feb"), QStringLiteral("february"), QStringLiteral("febrero"),
             QStringLiteral("fevrier")},
            {QStringLiteral("mar"), QStringLiteral("march"), QStringLiteral("marzo"), QStringLiteral("mars")},
            {QStringLiteral("apr"), QStringLiteral("april"), QStringLiteral("abril"),
             QStringLiteral("avril")},
            {QStringLiteral("may"), QStringLiteral("mayo"), QStringLiteral("mai")},
            {QStringLiteral("jun"), QStringLiteral("june"), QStringLiteral("junio"), QStringLiteral("juin")},
            {QStringLiteral("jul"), QStringLiteral("july"), QStringLiteral("julio"),
             QStringLiteral("juillet")},
            {QStringLiteral("aug"), QStringLiteral("august"), QStringLiteral("agosto"),
             QStringLiteral("aout")},
            {QStringLiteral("sep"), QStringLiteral("sept"), QStringLiteral("september"),
             QStringLiteral("septiembre"), QStringLiteral("setiembre"), QStringLiteral("septembre")},
            {QStringLiteral("oct"), QStringLiteral("october"), QStringLiteral("octubre"),
             QStringLiteral("octobre")},
            {QStringLiteral("nov"), QStringLiteral("november"), QStringLiteral("noviembre"),
             QStringLiteral("novembre")},
            {QStringLiteral("dec"), QStringLiteral("december"), QStringLiteral("diciembre"),
             QStringLiteral("decembre")},
        };
        for (int i = 0; i < names.size(); ++i) {
            for (const QString& n : names.at(i))
                m.insert(n, i + 1);
        }
        return m;
    }();
    return months;
}

// Parts of the day that may follow the day and belong to what the card shows.
const QStringList& dayParts()
{
    static const QStringList parts{
        QStringLiteral("morning"),       QStringLiteral("afternoon"),    QStringLiteral("evening"),
        QStringLiteral("night"),         QStringLiteral("am"),           QStringLiteral("pm"),
        QStringLiteral("matin"),         QStringLiteral("apres midi"),   QStringLiteral("soir"),
        QStringLiteral("por la manana"), QStringLiteral("por la tarde"), QStringLiteral("por la noche"),
        QStringLiteral("en la manana")};
    return parts;
}

// A date in the coming year: "Dec 5" said in January means the December coming.
QDate nextDate(int month, int day, int year, const QDate& today)
{
    if (year > 0) {
        if (year < 100)
            year += 2000;
        return QDate(year, month, day);
    }
    QDate d(today.year(), month, day);
    if (d.isValid() && d < today.addDays(-7)) // a day just gone is a typo's benefit of the doubt
        d = QDate(today.year() + 1, month, day);
    return d;
}

// The words of the original text that cover folded positions [from, to): the card shows what
// the customer typed, accents and all. The folded text keeps word order, so count words.
QString originalWords(const QString& text, const QString& folded, qsizetype from, qsizetype to)
{
    const qsizetype firstWord = folded.left(from).count(QLatin1Char(' '));
    const qsizetype words = folded.mid(from, to - from).trimmed().count(QLatin1Char(' ')) + 1;
    static const QRegularExpression token(QStringLiteral(R"([\p{L}\p{N}'’/]+)"),
                                          QRegularExpression::UseUnicodePropertiesOption);
    QList<QRegularExpressionMatch> tokens;
    for (auto it = token.globalMatch(text); it.hasNext();)
        tokens << it.next();
    if (firstWord + words > tokens.size() || firstWord < 0)
        return folded.mid(from, to - from);
    const qsizetype start = tokens.at(firstWord).capturedStart();
    const qsizetype end = tokens.at(firstWord + words - 1).capturedEnd();
    return text.mid(start, end - start);
}

} // namespace

bool JobTimeReader::monthFirstIn(const QString& regionCode)
{
    static const QStringList monthFirst{QStringLiteral("US"), QStringLiteral("PR"), QStringLiteral("GU"),
                                        QStringLiteral("VI"), QStringLiteral("AS"), QStringLiteral("MP"),
                                        QStringLiteral("UM"), QStringLiteral("PH"), QStringLiteral("FM"),
                                        QStringLiteral("MH"), QStringLiteral("PW"), QStringLiteral("CA"),
                                        QStringLiteral("BZ")};
    return monthFirst.contains(regionCode.trimmed().toUpper());
}

JobTimeReader::JobTimeReader(bool monthFirst)
    : m_monthFirst(monthFirst)
{}

JobTime JobTimeReader::find(const QString& text, const QDate& localToday) const
{
    const QString folded = textmatch::fold(text);
    JobTime found;
    qsizetype bestAt = -1, bestEnd = -1;
    const auto take = [&](qsizetype at, qsizetype end, const QDate& date) {
        if (bestAt >= 0 && at >= bestAt)
            return; // the first day named wins: "today or tomorrow" -> today
        bestAt = at;
        bestEnd = end;
        found.date = date;
    };

    // Numeric dates: 12/5, 12/5/26, 5.12.
    static const QRegularExpression numeric(
        QStringLiteral(R"((?<![\d/])(\d{1,2})/(\d{1,2})(?:/(\d{2}|\d{4}))?(?![\d/]))"));
    for (auto it = numeric.globalMatch(folded); it.hasNext();) {
        const auto m = it.next();
        const int a = m.captured(1).toInt(), b = m.captured(2).toInt();
        const int month = m_monthFirst ? a : b, day = m_monthFirst ? b : a;
        const QDate d = nextDate(month, day, m.captured(3).toInt(), localToday);
        if (d.isValid())
            take(m.capturedStart(), m.capturedEnd(), d);
    }
    // Month names: "dec 5", "december 5th", "5 dec", "5 de diciembre", "le 5 decembre". Each
    // order is its own pattern, so "el 5" (no month) does not hide "5 de diciembre".
    static const QRegularExpression dayMonth(
        QStringLiteral(R"(\b(\d{1,2})(?:st|nd|rd|th|er)?\s+(?:de\s+)?([a-z]+)\b)"));
    static const QRegularExpression monthDay(QStringLiteral(R"(\b([a-z]+)\s+(\d{1,2})(?:st|nd|rd|th)?\b)"));
    for (const auto* re : {&dayMonth, &monthDay}) {
        const bool monthFirstForm = re == &monthDay;
        for (auto it = re->globalMatch(folded); it.hasNext();) {
            const auto m = it.next();
            const QString monthWord = m.captured(monthFirstForm ? 1 : 2);
            const int day = m.captured(monthFirstForm ? 2 : 1).toInt();
            const int month = monthNames().value(monthWord, 0);
            if (month == 0)
                continue;
            // "may 5" but not "you may 5": "may" alone is too common in English to trust.
            if (monthWord == QStringLiteral("may") && monthFirstForm &&
                textmatch::wordsBefore(folded, m.capturedStart(), 1).value(0) != QStringLiteral("on"))
                continue;
            const QDate d = nextDate(month, day, 0, localToday);
            if (d.isValid())
                take(m.capturedStart(), m.capturedEnd(), d);
        }
    }
    // Day words and weekdays.
    for (const DayWord& w : dayWords()) {
        const QString phrase = QString::fromLatin1(w.phrase);
        for (qsizetype at = textmatch::findPhrase(folded, phrase); at >= 0;
             at = textmatch::findPhrase(folded, phrase, at + 1)) {
            const QStringList before = textmatch::wordsBefore(folded, at, 2);
            // "por la mañana", "en la mañana": the morning, not tomorrow.
            if (phrase == QStringLiteral("manana") && before.value(before.size() - 1) == QStringLiteral("la"))
                continue;
            QDate d;
            if (w.days >= 0) {
                d = localToday.addDays(w.days);
            } else {
                int ahead = (w.weekday - localToday.dayOfWeek() + 7) % 7;
                if (!before.isEmpty() &&
                    (before.last() == QStringLiteral("next") ||
                     before.last() == QStringLiteral("prochain")) &&
                    ahead == 0)
                    ahead = 7;
                d = localToday.addDays(ahead);
            }
            qsizetype end = at + phrase.size();
            if (!before.isEmpty() &&
                (before.last() == QStringLiteral("next") || before.last() == QStringLiteral("this") ||
                 before.last() == QStringLiteral("el") || before.last() == QStringLiteral("le")))
                at -= before.last().size() + 1;
            take(at, end, d);
            break;
        }
    }
    if (bestAt < 0)
        return found;
    // A part of the day or a time right after the day belongs with it: "tomorrow morning",
    // "Friday after 3", "demain matin".
    static const QRegularExpression time(QStringLiteral(
        R"(^\s(?:(?:at|after|before|around|by|a las|vers|apres|avant|a)\s)?(?:\d{1,2}(?::\d{2})?\s?(?:am|pm|h\d{0,2})?)(?=\s|$))"));
    const QString rest = folded.mid(bestEnd);
    for (const QString& part : dayParts()) {
        if (rest.startsWith(QLatin1Char(' ') + part) &&
            (rest.size() == part.size() + 1 || !rest.at(part.size() + 1).isLetterOrNumber())) {
            bestEnd += part.size() + 1;
            break;
        }
    }
    if (auto t = time.match(folded.mid(bestEnd)); t.hasMatch())
        bestEnd += t.capturedLength();
    found.asTyped = originalWords(text, folded, bestAt, bestEnd);
    return found;
}

JobTime JobTimeReader::answer(const QString& text, const QDate& localToday) const
{
    JobTime found = find(text, localToday);
    const QString typed = textmatch::shortened(text, kLongestAnswer);
    if (!typed.isEmpty())
        found.asTyped = typed;
    return found;
}

} // namespace ringback
