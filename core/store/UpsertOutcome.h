#pragma once

#include <QtGlobal>

namespace ringback {

// What an idempotent upsert did: a re-polled record that did not change is neither inserted nor
// changed, so nothing downstream reacts to it twice.
struct UpsertOutcome
{
    qint64 id = 0;
    bool inserted = false;
    bool changed = false;
};

} // namespace ringback
