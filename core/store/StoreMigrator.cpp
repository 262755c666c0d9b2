#include "StoreMigrator.h"

#include "Database.h"
#include "QueryRows.h"
#include "common/CleanText.h"
#include "common/Logging.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlRecord>

namespace ringback {

namespace {

// Bookkeeping that belongs to each database itself, not to the office's data (who is typing
// right now included, and which processes beat as senders on it; the gaps they left are history
// and go along). The dashboard's rollups are derived: the target's triggers mark the copied
// calls' buckets, which its first dashboard read fills (migration 19).
const QStringList kNotCopied{QStringLiteral("schema_version"),
                             QStringLiteral("leases"),
                             QStringLiteral("typing"),
                             QStringLiteral("sender_heartbeats"),
                             QStringLiteral("dashboard_dirty"),
                             QStringLiteral("dashboard_buckets"),
                             QStringLiteral("dashboard_reasons"),
                             QStringLiteral("dashboard_delays")};

StoreError refusal(const QString& message, const QString& detail = {})
{
    return StoreError{StoreError::Kind::Conflict, message, detail};
}

} // namespace

qint64 StoreMigrator::Report::totalRows() const
{
    qint64 n = 0;
    for (const auto& [table, rows] : rowsPerTable)
        n += rows;
    return n;
}

QStringList StoreMigrator::copyOrder(const QStringList& tables)
{
    static const QStringList parentsFirst{QStringLiteral("provider_accounts"),
                                          QStringLiteral("business_numbers"),
                                          QStringLiteral("calls"),
                                          QStringLiteral("staff"),
                                          QStringLiteral("leads"),
                                          QStringLiteral("outbox"),
                                          QStringLiteral("messages"),
                                          QStringLiteral("timeline_events"),
                                          QStringLiteral("opt_outs"),
                                          QStringLiteral("blocked_numbers"),
                                          QStringLiteral("templates"),
                                          QStringLiteral("business_hours"),
                                          QStringLiteral("closures"),
                                          QStringLiteral("settings"),
                                          QStringLiteral("sync_state")};
    QStringList order;
    for (const QString& t : parentsFirst) {
        if (tables.contains(t))
            order << t;
    }
    QStringList rest;
    for (const QString& t : tables) {
        if (!order.contains(t) && !kNotCopied.contains(t))
            rest << t;
    }
    rest.sort();
    return order + rest;
}

StoreResult<StoreMigrator::Report> StoreMigrator::copy(Database& from, Database& to)
{
    if (!to.location().isShared() || from.location().isShared())
        return refusal(tr("Only a desk's own database can be moved, and only into a shared database."));
    if (from.schemaVersion() != to.schemaVersion())
        return refusal(tr("This desk's database and the shared database %1 are from different versions of "
                          "Ringback (%2 and %3). Update Ringback on every desk first.")
                           .arg(to.location().displayName())
                           .arg(from.schemaVersion())
                           .arg(to.schemaVersion()));

    // Tables of both: SQLite's own (full-text index shadows and the like) have no twin to fill.
    const QStringList targetTables = to.connection().tables(QSql::Tables);
    QStringList shared;
    for (const QString& t : from.connection().tables(QSql::Tables)) {
        if (targetTables.contains(t))
            shared << t;
    }
    const QStringList tables = copyOrder(shared);

    for (const QString& table : tables) {
        auto rows = rows::scalar(to.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)));
        if (!rows)
            return rows.error();
        if (rows.value() > 0)
            return refusal(tr("The shared database %1 already holds an office's data (table %2), so nothing "
                              "was copied into it. Moving is for an empty shared database; to join one that "
                              "is in use, just connect this desk to it.")
                               .arg(to.location().displayName(), table));
    }

    Transaction tx(to);
    if (!tx.began())
        return tx.began().error();
    Report report;
    for (const QString& table : tables) {
        const QSqlRecord columns = from.connection().record(table);
        QStringList names;
        for (int i = 0; i < columns.count(); ++i)
            names << columns.fieldName(i);
        QSqlQuery insert(to.connection());
        const QString sql =
            QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                .arg(table, names.join(QLatin1String(", ")),
                     QStringList(names.size(), QStringLiteral("?")).join(QLatin1String(", ")));
        if (!insert.prepare(sql))
            return to.errorFrom(insert.lastError(), sql);

        auto source =
            from.exec(QStringLiteral("SELECT %1 FROM %2").arg(names.join(QLatin1String(", ")), table));
        if (!source)
            return source.error();
        qint64 copied = 0;
        while (source->next()) {
            // A file written before text was cleaned may hold U+0000 or lone surrogates, which
            // PostgreSQL refuses: they are cleaned on the way, like every new write.
            for (int i = 0; i < names.size(); ++i)
                insert.bindValue(i, cleanedValue(source->value(i)));
            if (!insert.exec())
                return to.errorFrom(insert.lastError(), sql);
            ++copied;
        }
        insert.finish();
        report.rowsPerTable.append({table, copied});

        // The next id PostgreSQL hands out must come after the copied ones.
        if (names.contains(QLatin1String("id"))) {
            auto moved = to.exec(QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), "
                                                "COALESCE(MAX(id), 1), MAX(id) IS NOT NULL) FROM %1")
                                     .arg(table));
            if (!moved)
                return moved.error();
        }
    }

    for (const auto& [table, copied] : report.rowsPerTable) {
        auto target = rows::scalar(to.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)));
        auto source = rows::scalar(from.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)));
        if (!target)
            return target.error();
        if (!source)
            return source.error();
        if (target.value() != source.value() || copied != source.value())
            return refusal(tr("Copying table %1 to the shared database %2 did not give the same number of "
                              "records (%3 here, %4 there), so nothing was moved. This desk's data is "
                              "unchanged.")
                               .arg(table, to.location().displayName())
                               .arg(source.value())
                               .arg(target.value()));
    }
    if (auto r = tx.commit(); !r)
        return r.error();
    qCInfo(lcStore) << "moved" << report.totalRows() << "records from" << from.location().displayName()
                    << "to" << to.location().displayName();
    return report;
}

} // namespace ringback
