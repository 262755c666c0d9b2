#pragma once

#include "BusinessHours.h"
#include "store/StoreError.h"

#include <QDateTime>
#include <QTimeZone>

namespace ringback {

class Database;

// BusinessHours in the store, as one value: weekly ranges in `business_hours` (one row per range),
// closures in `closures` (one row per special range, or one row with no minutes for a day closed
// all day), and the IANA time zone in `settings` under business/time_zone.
class BusinessHoursStore
{
public:
    static constexpr const char* kTimeZoneKey = "business/time_zone";

    explicit BusinessHoursStore(Database& db)
        : m_db(db)
    {}

    // fallbackZone is used while no zone has been saved (a new office: the computer's zone).
    StoreResult<BusinessHours> load(const QTimeZone& fallbackZone = QTimeZone::systemTimeZone());
    // Replaces everything in one transaction. Refuses hours with problems (BusinessHours::problems).
    StoreResult<void> save(const BusinessHours& hours, const QDateTime& now);

private:
    Database& m_db;
};

} // namespace ringback
