#include "Rfc2822.h"

#include <QLocale>
#include <QStringList>

namespace ringback {

namespace {

// Digits only, with a length in [minLength, maxLength]; nothing otherwise.
std::optional<int> number(QStringView text, int minLength, int maxLength)
{
    if (text.size() < minLength || text.size() > maxLength)
        return std::nullopt;
    int value = 0;
    for (const QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return std::nullopt;
        value = value * 10 + (c.unicode() - '0');
    }
    return value;
}

std::optional<int> monthNumber(const QString& name)
{
    const QLocale c = QLocale::c();
    for (int m = 1; m <= 12; ++m) {
        if (name.compare(c.monthName(m, QLocale::ShortFormat), Qt::CaseInsensitive) == 0)
            return m;
    }
    return std::nullopt;
}

bool isDayName(const QString& name)
{
    const QLocale c = QLocale::c();
    for (int d = 1; d <= 7; ++d) {
        if (name.compare(c.dayName(d, QLocale::ShortFormat), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

// "+0000", "-0530", "UT", "GMT", "Z" -> offset east of UTC in seconds.
std::optional<int> zoneOffsetSeconds(const QString& zone)
{
    if (zone == QLatin1String("UT") || zone == QLatin1String("GMT") || zone == QLatin1String("Z"))
        return 0;
    if (zone.size() != 5 || (zone[0] != QLatin1Char('+') && zone[0] != QLatin1Char('-')))
        return std::nullopt;
    const auto hours = number(QStringView(zone).mid(1, 2), 2, 2);
    const auto minutes = number(QStringView(zone).mid(3, 2), 2, 2);
    if (!hours || !minutes || *hours > 23 || *minutes > 59)
        return std::nullopt;
    const int offset = (*hours * 60 + *minutes) * 60;
    return zone[0] == QLatin1Char('-') ? -offset : offset;
}

std::optional<QTime> timeOfDay(const QString& text)
{
    const QStringList parts = text.split(QLatin1Char(':'));
    if (parts.size() != 2 && parts.size() != 3)
        return std::nullopt;
    const auto h = number(parts[0], 2, 2);
    const auto m = number(parts[1], 2, 2);
    const auto s = parts.size() == 3 ? number(parts[2], 2, 2) : std::optional<int>(0);
    if (!h || !m || !s)
        return std::nullopt;
    const QTime time(*h, *m, *s);
    if (!time.isValid())
        return std::nullopt;
    return time;
}

} // namespace

std::optional<QDateTime> Rfc2822::parse(const QString& text)
{
    QString rest = text.trimmed();
    const qsizetype comma = rest.indexOf(QLatin1Char(','));
    if (comma >= 0) {
        if (!isDayName(rest.left(comma).trimmed()))
            return std::nullopt;
        rest = rest.mid(comma + 1);
    }
    const QStringList tokens = rest.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (tokens.size() != 5)
        return std::nullopt;

    const auto day = number(tokens[0], 1, 2);
    const auto month = monthNumber(tokens[1]);
    const auto year = number(tokens[2], 4, 4);
    const auto time = timeOfDay(tokens[3]);
    const auto offset = zoneOffsetSeconds(tokens[4]);
    if (!day || !month || !year || !time || !offset)
        return std::nullopt;
    const QDate date(*year, *month, *day);
    if (!date.isValid())
        return std::nullopt;
    // The wall-clock time in that zone, moved to UTC. An offset can carry the year 9999 into 10000
    // or the year 1 back before it: a moment no date in this form can name is not a date.
    const QDateTime utc = QDateTime(date, *time, Qt::UTC).addSecs(-*offset);
    if (utc.date().year() < 1 || utc.date().year() > 9999)
        return std::nullopt;
    return utc;
}

QString Rfc2822::format(const QDateTime& moment)
{
    return QLocale::c().toString(moment.toUTC(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss '+0000'"));
}

} // namespace ringback
