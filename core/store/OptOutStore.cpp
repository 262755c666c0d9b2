#include "OptOutStore.h"

#include "Database.h"
#include "QueryRows.h"
#include "SqlValues.h"

namespace ringback {

namespace {
OptOut readOptOut(const QSqlQuery& q)
{
    return OptOut{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                  sql::toTime(q.value(3))};
}
} // namespace

StoreResult<void> OptOutStore::optOut(const OptOut& e)
{
    // The first opt-out is the one that counts; repeating STOP keeps its original date.
    return rows::none(m_db.exec(QStringLiteral("INSERT INTO opt_outs (e164, source, keyword, created_at) "
                                               "VALUES (?, ?, ?, ?) ON CONFLICT (e164) DO NOTHING"),
                                {e.e164, e.source, sql::textOrNull(e.keyword), sql::time(e.createdAt)}));
}

StoreResult<void> OptOutStore::optIn(const QString& e164)
{
    return rows::none(m_db.exec(QStringLiteral("DELETE FROM opt_outs WHERE e164 = ?"), {e164}));
}

StoreResult<bool> OptOutStore::isOptedOut(const QString& e164)
{
    auto n = rows::scalar(m_db.exec(QStringLiteral("SELECT COUNT(*) FROM opt_outs WHERE e164 = ?"), {e164}));
    if (!n)
        return n.error();
    return n.value() > 0;
}

StoreResult<std::optional<OptOut>> OptOutStore::entry(const QString& e164)
{
    return rows::first<OptOut>(
        readOptOut,
        m_db.exec(QStringLiteral("SELECT e164, source, keyword, created_at FROM opt_outs WHERE e164 = ?"),
                  {e164}));
}

StoreResult<QList<OptOut>> OptOutStore::all()
{
    return rows::all<OptOut>(
        readOptOut,
        m_db.exec(QStringLiteral("SELECT e164, source, keyword, created_at FROM opt_outs ORDER BY e164")));
}

} // namespace ringback
