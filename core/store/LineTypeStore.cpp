#include "LineTypeStore.h"

#include "Database.h"
#include "QueryRows.h"
#include "SqlValues.h"

namespace ringback {

StoreResult<void> LineTypeStore::remember(const Known& known)
{
    return rows::none(
        m_db.exec(QStringLiteral("INSERT INTO line_types (e164, line_type, carrier, source, checked_at) "
                                 "VALUES (?, ?, ?, ?, ?) ON CONFLICT (e164) DO UPDATE SET "
                                 "line_type = excluded.line_type, carrier = excluded.carrier, "
                                 "source = excluded.source, checked_at = excluded.checked_at"),
                  {known.e164, known.lineType, known.carrier, known.source, sql::time(known.checkedAt)}));
}

StoreResult<std::optional<LineTypeStore::Known>> LineTypeStore::fresh(const QString& e164,
                                                                      const QDateTime& now)
{
    return rows::first<Known>(
        [](const QSqlQuery& q) {
            return Known{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                         q.value(3).toString(), sql::toTime(q.value(4))};
        },
        m_db.exec(QStringLiteral("SELECT e164, line_type, carrier, source, checked_at FROM line_types "
                                 "WHERE e164 = ? AND checked_at >= ?"),
                  {e164, sql::time(now.addDays(-kKeptDays))}));
}

StoreResult<std::optional<LineTypeStore::Known>> LineTypeStore::whatIsKnown(const QString& e164,
                                                                            const QDateTime& now)
{
    auto looked = fresh(e164, now);
    if (!looked || looked->has_value())
        return looked;
    return rows::first<Known>(
        [&e164](const QSqlQuery& q) {
            return Known{e164, QStringLiteral("landline"), QString(), QStringLiteral("failed_text"),
                         sql::toTime(q.value(0))};
        },
        m_db.exec(QStringLiteral("SELECT created_at FROM blocked_numbers WHERE e164 = ? AND kind = "
                                 "'cannot_text' AND reason = 'carrier_error'"),
                  {e164}));
}

bool LineTypeStore::cannotText(const QString& lineType)
{
    return lineType == QLatin1String("landline") || lineType == QLatin1String("pager") ||
           lineType == QLatin1String("premium");
}

} // namespace ringback
