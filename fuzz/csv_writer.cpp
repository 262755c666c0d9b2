// The CSV writer behind "Export calls / leads". Input: records separated by 0x1E, fields by 0x1F,
// as UTF-8 (what a caller's name or a lead's notes can hold: commas, quotes, line breaks, edge
// spaces, emoji, NUL).
//
// Invariant: the file starts with the UTF-8 byte-order mark, and an RFC 4180 reader (written here,
// independently of the writer) reads back exactly the cells that were written, except that a cell
// a spreadsheet would run as a formula (it begins with = + - @, a tab or a CR) reads back with a
// leading apostrophe; no cell read back begins like a formula, bar a plain negative number.

#include "FuzzSupport.h"
#include "reports/CsvWriter.h"

#include <QBuffer>
#include <QRegularExpression>

using namespace ringback;

namespace {

// RFC 4180: records end with CRLF; a quoted field may hold anything, a doubled quote for one.
// Nothing is forgiven: a stray quote or a bare CR/LF is a reading error (an empty list).
QList<QStringList> readCsv(const QString& text, bool* ok)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    *ok = false;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        if (text.at(i) == QLatin1Char('"') && field.isEmpty()) {
            ++i;
            for (;;) {
                if (i >= n)
                    return {};
                if (text.at(i) == QLatin1Char('"')) {
                    if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                        field += QLatin1Char('"');
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                field += text.at(i++);
            }
            if (i < n && text.at(i) != QLatin1Char(',') && text.at(i) != QLatin1Char('\r'))
                return {};
            continue;
        }
        const QChar c = text.at(i);
        if (c == QLatin1Char(',')) {
            record << field;
            field.clear();
            ++i;
        } else if (c == QLatin1Char('\r')) {
            if (i + 1 >= n || text.at(i + 1) != QLatin1Char('\n'))
                return {};
            record << field;
            field.clear();
            records << record;
            record.clear();
            i += 2;
        } else if (c == QLatin1Char('"') || c == QLatin1Char('\n')) {
            return {};
        } else {
            field += c;
            ++i;
        }
    }
    if (!field.isEmpty() || !record.isEmpty())
        return {}; // the last record has no CRLF
    *ok = true;
    return records;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    QList<QStringList> written;
    for (const QByteArray& record : fuzz::split(fuzz::bytes(data, size), fuzz::kRecordSeparator)) {
        QStringList fields;
        for (const QByteArray& field : fuzz::split(record))
            fields << QString::fromUtf8(field);
        written << fields;
    }

    QByteArray file;
    QBuffer out(&file);
    out.open(QIODevice::WriteOnly);
    CsvWriter csv(out);
    for (const QStringList& record : std::as_const(written))
        FUZZ_CHECK(csv.writeRecord(record), QStringLiteral("a write to memory failed"));
    FUZZ_CHECK(csv.ok(), QString());

    FUZZ_CHECK(file.startsWith("\xEF\xBB\xBF"), QStringLiteral("no byte-order mark"));
    bool ok = false;
    const QList<QStringList> read = readCsv(QString::fromUtf8(file.mid(3)), &ok);
    FUZZ_CHECK(ok, QString::fromUtf8(file));
    QList<QStringList> expected;
    for (const QStringList& record : std::as_const(written)) {
        QStringList cells;
        for (const QString& cell : record) {
            const bool formula = !cell.isEmpty() && QStringLiteral("=+-@\t\r").contains(cell.front());
            // Checked independently of the writer: "-", digits, optionally "." and digits.
            static const QRegularExpression number(
                QRegularExpression::anchoredPattern(QStringLiteral("-[0-9]+(\\.[0-9]+)?")));
            const bool negativeNumber = number.match(cell).hasMatch();
            cells << (formula && !negativeNumber ? QLatin1Char('\'') + cell : cell);
        }
        expected << cells;
    }
    FUZZ_CHECK(read == expected, QStringLiteral("wrote %1 records, read back %2 differently:\n%3")
                                     .arg(written.size())
                                     .arg(read.size())
                                     .arg(QString::fromUtf8(file)));
    return 0;
}
