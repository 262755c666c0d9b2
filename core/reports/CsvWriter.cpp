#include "CsvWriter.h"

#include <QIODevice>

namespace ringback {

CsvWriter::CsvWriter(QIODevice& out)
    : m_out(out)
{}

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
        cells << quoted(field);
    return write((cells.join(QLatin1Char(',')) + QStringLiteral("\r\n")).toUtf8());
}

bool CsvWriter::write(const QByteArray& bytes)
{
    if (m_ok && m_out.write(bytes) != bytes.size())
        m_ok = false;
    return m_ok;
}

} // namespace ringback
