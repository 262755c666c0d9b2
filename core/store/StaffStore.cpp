#include "StaffStore.h"

#include "Database.h"
#include "QueryRows.h"

namespace ringback {

namespace {
StaffMember readStaff(const QSqlQuery& q)
{
    return {q.value(0).toLongLong(), q.value(1).toString()};
}
} // namespace

StoreResult<QList<StaffMember>> StaffStore::active()
{
    return rows::all<StaffMember>(
        readStaff, m_db.exec(QStringLiteral("SELECT id, name FROM staff WHERE active = 1 ORDER BY name")));
}

StoreResult<StaffMember> StaffStore::findOrCreate(const QString& name)
{
    const QString trimmed = name.trimmed();
    Transaction tx(m_db);
    if (!tx.began())
        return tx.began().error();
    auto inserted = m_db.exec(
        QStringLiteral("INSERT INTO staff (name) VALUES (?) ON CONFLICT (name) DO NOTHING"), {trimmed});
    if (!inserted)
        return inserted.error();
    auto found = rows::first<StaffMember>(
        readStaff, m_db.exec(QStringLiteral("SELECT id, name FROM staff WHERE name = ?"), {trimmed}));
    if (!found)
        return found.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return found->value_or(StaffMember{});
}

} // namespace ringback
