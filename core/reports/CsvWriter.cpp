#include "CsvWriter.h"

#include <QIODevice>

namespace ringback {

CsvWriter::CsvWriter(QIODevice& out)
    : m_out(out)
{}

bool CsvWriter::isNegativeNumber(const QString& field)
{
    // "-" then ASCII digits, and optionally "." and more digits.
    const auto digits = [&field](qsizetype from) {
        qsizetype i = from;
        while (i < field.size() && field.at(i) >= u'0' && field.at(i) <= u'9')
            ++i;
        return i;
    };
    if (!field.startsWith(u'-'))
        return false;
    const qsizetype integerEnd = digits(1);
    if (integerEnd == 1)
        return false;
    if (integerEnd == field.size())
        return true;
    if (field.at(integerEnd) != u'.')
        return false;
    const qsizetype fractionEnd = digits(integerEnd + 1);
    return fractionEnd > integerEnd + 1 && fractionEnd == field.size();
}

QString CsvWriter::neutralised(const QString& field)
{
    if (field.isEmpty())
        return field;
    const QChar first = field.front();
    const bool formulaStart =
        first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' || first == u'\r';
    if (!formulaStart)
        return field;
    // Our own negative amounts ("-12.50") are numbers, not formulas: keep them summable.
    if (first == u'-' && isNegativeNumber(field))
        return field;
    return QLatin1Char('\'') + field;
}

QString CsvWriter::quoted(const QString& field)
{
    const bool needsQuotes = field.contains(QLatin1Char(',')) || field.contains(QLatin1Char('"')) ||
                             field.contains(QLatin1Char('\n')) || field.contains(QLatin1Char('\r')) ||
                             field.startsWith(QLatin1Char(' ')) || field.endsWith(QLatin1Char(' '));
    if (!needsQuotes)
        return field;
    QString escaped = field;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

bool CsvWriter::writeRecord(const QStringList& fields)
{
    if (!m_started) {
        m_started = true;
        write(QByteArrayLiteral("\xEF\xBB\xBF"));
    }
    QStringList cells;
    cells.reserve(fields.size());
    for (const QString& field : fields)
        cells << quoted(neutralised(field));
    return write((cells.join(QLatin1Char(',')) + QStringLiteral("\r\n")).toUtf8());
}

bool CsvWriter::write(const QByteArray& bytes)
{
    if (m_ok && m_out.write(bytes) != bytes.size())
        m_ok = false;
    return m_ok;
}

} // namespace ringback
