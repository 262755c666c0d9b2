#pragma once

#include "StoreError.h"
#include "domain/TimelineEvent.h"

#include <QString>
#include <QVariantMap>

namespace ringback {

class Database;

// Migration 10: before it, Ringback stored what it decided as sentences in the language of the
// desk that wrote them (calls.verdict_detail, timeline_events.detail). They become codes with
// parameters (DESIGN §6). Sentences in English, Spanish or French that an earlier version wrote
// are recognised; any other text is kept as it was under the code "legacy" (params["text"]).
class LegacySentences
{
public:
    struct Coded
    {
        QString code;
        QVariantMap params;
    };
    struct CallCoded
    {
        QString missReason; // "" when the text named no way of missing
        QString decision;   // "" when it named no decision (an answered call)
        QVariantMap decisionParams;
    };

    // One stored sentence and what it becomes.
    static Coded timelineEvent(TimelineKind kind, const QString& sentence);
    static CallCoded callVerdict(const QString& sentence);

    // Rewrites every stored sentence as its codes and empties the sentence columns. Runs inside
    // the migration's transaction; one UPDATE per distinct sentence.
    static StoreResult<void> convert(Database& db);
};

} // namespace ringback
