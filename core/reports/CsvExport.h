#pragma once

#include "store/StoreError.h"

#include <QCoreApplication>
#include <QTimeZone>

class QIODevice;

namespace ringback {

class Database;

// The leads and the call log as CSV files for a spreadsheet or the accountant. Rows are streamed
// from one forward-only query to the file, so a large log is never held in memory. Times are the
// business's local time ("2026-11-23 09:15:02"), numbers E.164, values in currency units.
class CsvExport
{
public:
    enum class Table { Leads, Calls };

    // Returns the number of rows written (without the header).
    static StoreResult<qint64> leads(Database& db, QIODevice& out, const QTimeZone& zone);
    static StoreResult<qint64> calls(Database& db, QIODevice& out, const QTimeZone& zone);
    // Into a file, replaced only once complete (QSaveFile): a failed export leaves no half file.
    static StoreResult<qint64> toFile(Database& db, Table table, const QString& path, const QTimeZone& zone);

    // Its sentences, under the context "ringback::CsvExport" (lupdate files them there too).
    Q_DECLARE_TR_FUNCTIONS(ringback::CsvExport)
};

} // namespace ringback
