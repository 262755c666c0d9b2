#pragma once

#include <QStringList>

class QIODevice;

namespace ringback {

// Writes RFC 4180 CSV: fields with a comma, a double quote, a line break or edge spaces are
// quoted and their quotes doubled; records end with CRLF. UTF-8 with a byte-order mark first, so
// Excel (which otherwise guesses the ANSI code page) shows accents and emoji correctly.
//
// Cells are outside data (names, notes, caller IDs straight from the provider), so a cell that
// begins with = + - @, a tab or a carriage return gets a leading apostrophe (OWASP's rule against
// CSV injection): spreadsheets show it as text instead of running it as a formula. Phone numbers
// in E.164 begin with + and get it too, on purpose: bare, Excel reads "+15551234567" as the
// number 15551234567 and shows 1.55512E+10 (plus sign gone); "'+15551234567" stays every digit,
// plus included, as text that can be copied back into a phone. Only plain negative amounts
// ("-12.50", which we write ourselves) keep their sign unprefixed so that they still add up.
class CsvWriter
{
public:
    explicit CsvWriter(QIODevice& out);

    // False once a write failed (disk full, removed drive); later writes are skipped.
    bool writeRecord(const QStringList& fields);
    bool ok() const { return m_ok; }

    static QString quoted(const QString& field);
    // The cell as a spreadsheet must see it: formula starts made text (see above).
    static QString neutralised(const QString& field);
    // "-12" or "-12.50": a number, which stays one.
    static bool isNegativeNumber(const QString& field);

private:
    bool write(const QByteArray& bytes);

    QIODevice& m_out;
    bool m_ok = true;
    bool m_started = false;
};

} // namespace ringback
