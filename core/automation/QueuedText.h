#pragma once

#include "domain/OutboxItem.h"
#include "store/OutboxStore.h"

namespace ringback {

class Database;

// Puts a text in the outbox and, the first time, shows it in the lead's conversation as queued
// (linked both ways), so the thread says "queued" at once and the sender updates that bubble.
// Staff replies will come through here too (automated = false). Run it inside the caller's
// transaction.
StoreResult<EnqueueOutcome> enqueueText(Database& db, const OutboxItem& item, bool automated,
                                        const QDateTime& now);

} // namespace ringback
