#pragma once

#include "StoreError.h"

#include <QString>
#include <QVariantMap>

#include <optional>

namespace ringback {

class Database;

// Migration 13: before it, why a text failed was stored as a sentence in the language of the
// desk that wrote it (outbox.last_error, messages.error_message, blocked_numbers.reason, and the
// "message" of a failed text's history line). They become codes with parameters (DESIGN §6):
// ProviderError codes ("invalid_number", "timeout", ...) or Ringback's own ("not_taken",
// "opted_out_before_send", "carrier_error"), with "error" (the provider's code), "http" and
// "detail" (the provider's own words). Sentences in English, Spanish or French that an earlier
// version wrote are recognised; any other text is kept (code "legacy" with params["text"], or,
// in messages.error_message, as the provider's words it may well be).
class FailureSentences
{
public:
    struct Coded
    {
        QString code;
        QVariantMap params;
    };

    // One stored sentence and what it becomes; nothing when it is not one Ringback wrote.
    static std::optional<Coded> recognise(const QString& sentence);

    // Rewrites the stored sentences as codes. Runs inside the migration's transaction; one UPDATE
    // per distinct sentence (per history line for those).
    static StoreResult<void> convert(Database& db);
};

} // namespace ringback
