#pragma once

#include <QStringList>

class QIODevice;

namespace ringback {

// Writes RFC 4180 CSV: fields with a comma, a double quote, a line break or edge spaces are
// quoted and their quotes doubled; records end with CRLF. UTF-8 with a byte-order mark first, so
// Excel (which otherwise guesses the ANSI code page) shows accents and emoji correctly.
class CsvWriter
{
public:
    explicit CsvWriter(QIODevice& out);

    // False once a write failed (disk full, removed drive); later writes are skipped.
    bool writeRecord(const QStringList& fields);
    bool ok() const { return m_ok; }

    static QString quoted(const QString& field);

private:
    bool write(const QByteArray& bytes);

    QIODevice& m_out;
    bool m_ok = true;
    bool m_started = false;
};

} // namespace ringback
