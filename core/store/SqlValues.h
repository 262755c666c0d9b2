#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QVariant>

#include <optional>

// Conversions between our value types and what the SQL columns hold. Nulls are typed, because
// PostgreSQL must know a parameter's type even when it is NULL.
namespace ringback::sql {

inline QVariant nullOf(QMetaType::Type type)
{
    return QVariant(QMetaType(type));
}

inline QVariant time(const QDateTime& t)
{
    return t.isValid() ? QVariant(qlonglong(t.toMSecsSinceEpoch())) : nullOf(QMetaType::LongLong);
}

inline QDateTime toTime(const QVariant& v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

template <class Int>
QVariant optional(const std::optional<Int>& v)
{
    return v ? QVariant(qlonglong(*v)) : nullOf(QMetaType::LongLong);
}

template <class Int>
std::optional<Int> toOptional(const QVariant& v)
{
    if (v.isNull())
        return std::nullopt;
    return static_cast<Int>(v.toLongLong());
}

// Empty text stored as NULL (for optional, unique columns such as provider ids).
inline QVariant textOrNull(const QString& s)
{
    return s.isEmpty() ? nullOf(QMetaType::QString) : QVariant(s);
}

inline QVariant flag(bool b)
{
    return QVariant(b ? 1 : 0);
}

} // namespace ringback::sql
