#pragma once

#include "StoreError.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace ringback {

class Database;

// What is known of a number's line type, and from where: a provider lookup (Twilio Lookup v2's
// line_type_intelligence) kept 180 days, so a number is looked up once, never before each text.
// Stored as codes: the type as the provider names it ("mobile", "landline", "fixedVoip", ...), the
// source ("lookup"), and the carrier's name as given.
class LineTypeStore
{
public:
    struct Known
    {
        QString e164;
        QString lineType; // "mobile", "landline", "pager", "premium", "unknown", ...
        QString carrier;  // as the provider gave it; may be empty
        QString source;   // "lookup", or "failed_text" (whatIsKnown)
        QDateTime checkedAt;
    };

    static constexpr qint64 kKeptDays = 180;

    explicit LineTypeStore(Database& db)
        : m_db(db)
    {}

    // Inserts or replaces what is known of the number.
    StoreResult<void> remember(const Known& known);
    // What is known, if it was learned within kKeptDays before `now`; older answers are not used.
    StoreResult<std::optional<Known>> fresh(const QString& e164, const QDateTime& now);

    // What the lead card shows: a fresh lookup, else a landline learned from a text that failed
    // 30006 (blocked_numbers, source "failed_text"); nothing when neither is known.
    StoreResult<std::optional<Known>> whatIsKnown(const QString& e164, const QDateTime& now);

    // Line types that cannot take a text: landline, pager, premium.
    static bool cannotText(const QString& lineType);

private:
    Database& m_db;
};

} // namespace ringback
