#pragma once

#include "StoreError.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

namespace ringback {

class Database;

// "Move this desk's data to the shared database": copies a single-desk SQLite store into an empty
// PostgreSQL database of the same schema version, every table and every row with its id, in one
// transaction; then moves the id sequences past the copied ids and checks that each table holds
// as many rows as the source. The SQLite file is only read, so it stays as the backup.
class StoreMigrator
{
public:
    struct Report
    {
        QList<QPair<QString, qint64>> rowsPerTable; // in copy order
        qint64 totalRows() const;
    };

    static StoreResult<Report> copy(Database& from, Database& to);

    // Parents before children, so foreign keys hold row by row; tables not named here (added by
    // later migrations) follow in name order.
    static QStringList copyOrder(const QStringList& tables);

    // Its sentences, under the context "ringback::StoreMigrator" (lupdate files them there too).
    Q_DECLARE_TR_FUNCTIONS(ringback::StoreMigrator)
};

} // namespace ringback
