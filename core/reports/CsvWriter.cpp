#include "CsvWriter.h"

#include <QIODevice>
#include <QRegularExpression>

namespace ringback {

CsvWriter::CsvWriter(QIODevice& out)
    : m_out(out)
{}

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
    static const QRegularExpression negativeNumber(QStringLiteral("^-[0-9]+(\\.[0-9]+)?$"));
    if (first == u'-' && negativeNumber.match(field).hasMatch())
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
