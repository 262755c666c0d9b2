#include "Statement.h"

#include <QMutexLocker>

namespace ringback {

std::optional<QSqlQuery> StatementCache::take(const QString& sql, qsizetype argCount)
{
    QMutexLocker lock(&m_mutex);
    const auto found = m_bySql.constFind(sql);
    if (found == m_bySql.constEnd())
        return std::nullopt;
    const Lru::iterator entry = found.value();
    m_bySql.erase(found);
    // The same SQL with another number of values is a caller's mistake the driver must report,
    // not a run with the values left bound from last time: that one is prepared anew.
    if (entry->argCount != argCount) {
        m_idle.erase(entry);
        return std::nullopt;
    }
    std::optional<QSqlQuery> query(std::move(entry->query));
    m_idle.erase(entry);
    ++m_reused;
    return query;
}

void StatementCache::give(const QString& sql, QSqlQuery&& query, qsizetype argCount, quint64 generation)
{
    QMutexLocker lock(&m_mutex);
    if (generation != m_generation || m_capacity <= 0 || m_bySql.contains(sql))
        return; // `query` ends with the caller's temporary
    m_idle.push_front(Idle{sql, std::move(query), argCount});
    m_bySql.insert(sql, m_idle.begin());
    if (qsizetype(m_idle.size()) > m_capacity) {
        m_bySql.remove(m_idle.back().sql);
        m_idle.pop_back();
    }
}

void StatementCache::countPrepared()
{
    QMutexLocker lock(&m_mutex);
    ++m_prepared;
}

quint64 StatementCache::generation() const
{
    QMutexLocker lock(&m_mutex);
    return m_generation;
}

void StatementCache::clear()
{
    Lru dropped;
    {
        QMutexLocker lock(&m_mutex);
        ++m_generation;
        m_bySql.clear();
        dropped.swap(m_idle);
    }
    // The queries end here, outside the lock (a PostgreSQL one deallocates on the server).
}

StatementCache::Stats StatementCache::stats() const
{
    QMutexLocker lock(&m_mutex);
    return Stats{m_prepared, m_reused, int(m_idle.size())};
}

Statement::Statement(Statement&& other) noexcept
    : m_query(std::move(other.m_query))
    , m_cache(std::move(other.m_cache))
    , m_sql(std::move(other.m_sql))
    , m_argCount(other.m_argCount)
    , m_generation(other.m_generation)
{
    other.m_cache.reset();
}

Statement& Statement::operator=(Statement&& other) noexcept
{
    if (this != &other) {
        giveBack();
        m_query = std::move(other.m_query);
        m_cache = std::move(other.m_cache);
        other.m_cache.reset();
        m_sql = std::move(other.m_sql);
        m_argCount = other.m_argCount;
        m_generation = other.m_generation;
    }
    return *this;
}

void Statement::giveBack()
{
    const std::shared_ptr<StatementCache> cache = m_cache.lock();
    m_cache.reset();
    if (!cache)
        return;
    // Stepping ended (SQLite: the statement is reset, its read snapshot let go) and no error is
    // left on it for the next run to trip over.
    m_query.finish();
    cache->give(m_sql, std::move(m_query), m_argCount, m_generation);
}

} // namespace ringback
