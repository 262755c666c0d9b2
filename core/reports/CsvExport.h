#pragma once

#include "DashboardFigures.h"
#include "ReportPeriod.h"
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
    // The dashboard's figures for a period, one per row (figure, who, value): counts, money in
    // the business's currency units ("2400.00", the currency's ISO code on its own row), times in
    // seconds, shares in percent. The same numbers the page shows, from the same DashboardFigures.
    static bool summary(const DashboardFigures& figures, const ReportPeriod& period, const QTimeZone& zone,
                        const QString& businessRegion, QIODevice& out);
    static StoreResult<qint64> summaryToFile(const DashboardFigures& figures, const ReportPeriod& period,
                                             const QTimeZone& zone, const QString& businessRegion,
                                             const QString& path);

    // Into a file, replaced only once complete (QSaveFile): a failed export leaves no half file.
    static StoreResult<qint64> toFile(Database& db, Table table, const QString& path, const QTimeZone& zone);

    // Its sentences, under the context "ringback::CsvExport" (lupdate files them there too).
    Q_DECLARE_TR_FUNCTIONS(ringback::CsvExport)
};

} // namespace ringback
