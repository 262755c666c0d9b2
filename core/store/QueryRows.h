#pragma once

#include "Statement.h"
#include "StoreError.h"

#include <QList>

#include <optional>

// Turning a query's rows into value types, so no QSqlQuery leaves the store.
namespace ringback::rows {

template <class T, class Read>
StoreResult<QList<T>> all(Read read, StoreResult<Statement> r)
{
    if (!r)
        return r.error();
    QList<T> out;
    while (r->next())
        out << read(r.value());
    return out;
}

template <class T, class Read>
StoreResult<std::optional<T>> first(Read read, StoreResult<Statement> r)
{
    if (!r)
        return r.error();
    if (!r->next())
        return std::optional<T>();
    std::optional<T> value(read(r.value()));
    r->finish();
    return value;
}

// The first column of the first row as an integer (0 when there is no row).
inline StoreResult<qint64> scalar(StoreResult<Statement> r)
{
    if (!r)
        return r.error();
    const qint64 v = r->next() ? r->value(0).toLongLong() : 0;
    r->finish();
    return v;
}

// For statements whose rows do not matter (UPDATE, DELETE): success or the error.
inline StoreResult<void> none(StoreResult<Statement> r)
{
    if (!r)
        return r.error();
    return {};
}

} // namespace ringback::rows
