#pragma once

#include "StoreError.h"

#include <QDateTime>
#include <QString>
#include <QVariantMap>

#include <optional>

namespace ringback {

class Database;

// Numbers never to text: blocked by staff, or learned undeliverable (carrier error 30006).
class BlockListStore
{
public:
    enum class Kind { Blocked, CannotText };

    explicit BlockListStore(Database& db)
        : m_db(db)
    {}

    // `reason`: why, as a code with `params` (FactWording::sendFailure: "invalid_number" with the
    // provider's error, "carrier_error" with 30006), never a sentence.
    StoreResult<void> add(const QString& e164, Kind kind, const QString& reason, const QDateTime& at,
                          const QVariantMap& params = {});
    StoreResult<void> remove(const QString& e164);
    // A person at the office blocks the number, or undoes that ("Allow texts again"): noted on
    // the caller's history, when there is a lead for it, with who did it (`actor`, the desk's
    // person). One transaction. Unblocking a number that was not blocked notes nothing.
    StoreResult<void> blockByStaff(const QString& e164, const QString& actor, const QDateTime& at);
    StoreResult<void> unblockByStaff(const QString& e164, const QString& actor, const QDateTime& at);
    StoreResult<std::optional<Kind>> kindOf(const QString& e164);

private:
    Database& m_db;
};

} // namespace ringback
