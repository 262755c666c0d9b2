#pragma once

#include <QHash>
#include <QMutex>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QString>

#include <list>
#include <memory>
#include <optional>

namespace ringback {

// Prepared statements kept for reuse on one connection, by their SQL text (DESIGN §8: preparing a
// dozen statements per decision was most of a catch-up's time). A statement is taken out while a
// Statement handle uses it and given back when the handle ends; the same SQL asked for again
// meanwhile (a query run while another one's rows are read) is prepared a second time, so two
// handles never share a query. At most `capacity` idle statements are kept, the least recently
// used going first (SQL built with values in its text would otherwise grow it without end).
// clear() drops every idle statement and makes those still out be dropped when they come back:
// after a reconnect the server has forgotten them, after a migration their plans may be stale.
// One connection belongs to one thread; the lock only keeps a handle ended elsewhere harmless.
class StatementCache
{
public:
    explicit StatementCache(int capacity = 128)
        : m_capacity(capacity)
    {}
    StatementCache(const StatementCache&) = delete;
    StatementCache& operator=(const StatementCache&) = delete;

    struct Stats
    {
        qint64 prepared = 0; // statements prepared anew
        qint64 reused = 0;   // runs of a statement prepared before
        int idle = 0;        // statements kept, ready to run
    };

    // An idle statement prepared from `sql` that was last run with `argCount` values, if any.
    std::optional<QSqlQuery> take(const QString& sql, qsizetype argCount);
    // Keeps `query` for the next run of `sql`, unless the cache was cleared since `generation`.
    void give(const QString& sql, QSqlQuery&& query, qsizetype argCount, quint64 generation);
    void countPrepared();
    quint64 generation() const;
    void clear();
    Stats stats() const;

private:
    struct Idle
    {
        QString sql;
        QSqlQuery query;
        qsizetype argCount;
    };
    using Lru = std::list<Idle>; // most recently given back first

    mutable QMutex m_mutex;
    const int m_capacity;
    Lru m_idle;
    QHash<QString, Lru::iterator> m_bySql;
    quint64 m_generation = 0;
    qint64 m_prepared = 0;
    qint64 m_reused = 0;
};

// One run of a statement: its rows are read through the handle, as from a QSqlQuery (it converts
// to one for the row readers). When the handle ends, the query is finished (SQLite ends its read
// transaction) and goes back to its connection's cache for the next run of the same SQL.
// Move-only, like QSqlQuery.
class Statement
{
public:
    // A query that is not kept (it was not prepared, or is not to be reused).
    explicit Statement(QSqlQuery&& query)
        : m_query(std::move(query))
    {}
    Statement(QSqlQuery&& query, std::weak_ptr<StatementCache> cache, QString sql, qsizetype argCount,
              quint64 generation)
        : m_query(std::move(query))
        , m_cache(std::move(cache))
        , m_sql(std::move(sql))
        , m_argCount(argCount)
        , m_generation(generation)
    {}
    ~Statement() { giveBack(); }
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&& other) noexcept;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    QSqlQuery& query() { return m_query; }
    const QSqlQuery& query() const { return m_query; }
    operator const QSqlQuery&() const { return m_query; }

    // What the store's code reads from a query.
    bool next() { return m_query.next(); }
    QVariant value(int index) const { return m_query.value(index); }
    QVariant value(const QString& name) const { return m_query.value(name); }
    bool isNull(int field) const { return m_query.isNull(field); }
    QSqlRecord record() const { return m_query.record(); }
    QVariant lastInsertId() const { return m_query.lastInsertId(); }
    int numRowsAffected() const { return m_query.numRowsAffected(); }
    bool isActive() const { return m_query.isActive(); }
    QSqlError lastError() const { return m_query.lastError(); }
    void finish() { m_query.finish(); }

private:
    void giveBack();

    QSqlQuery m_query;
    std::weak_ptr<StatementCache> m_cache; // empty: not kept
    QString m_sql;
    qsizetype m_argCount = 0;
    quint64 m_generation = 0;
};

} // namespace ringback
