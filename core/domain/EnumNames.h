#pragma once

#include <QLatin1String>
#include <QString>

#include <array>
#include <utility>

namespace ringback::detail {

// Enum <-> stable text, for the values stored in the database and spoken by providers.
// The text is part of the schema: never rename an entry.
template <class Enum, std::size_t N>
using EnumNames = std::array<std::pair<Enum, const char*>, N>;

template <class Enum, std::size_t N>
QString enumName(const EnumNames<Enum, N>& table, Enum value, const char* fallback = "unknown")
{
    for (const auto& [e, name] : table) {
        if (e == value)
            return QString::fromLatin1(name);
    }
    return QString::fromLatin1(fallback);
}

template <class Enum, std::size_t N>
Enum enumValue(const EnumNames<Enum, N>& table, const QString& text, Enum fallback)
{
    const QString key = text.trimmed().toLower();
    for (const auto& [e, name] : table) {
        if (key == QLatin1String(name))
            return e;
    }
    return fallback;
}

} // namespace ringback::detail
