#pragma once

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaType>
#include <QVariant>
#include <QVariantMap>

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

// A fact's parameters (DESIGN §6: codes with parameters, never sentences) as a JSON object in a
// TEXT column; "{}" when there are none.
inline QVariant params(const QVariantMap& map)
{
    return QString::fromUtf8(QJsonDocument(QJsonObject::fromVariantMap(map)).toJson(QJsonDocument::Compact));
}

inline QVariantMap toParams(const QVariant& v)
{
    if (v.isNull())
        return {};
    return QJsonDocument::fromJson(v.toString().toUtf8()).object().toVariantMap();
}

} // namespace ringback::sql
