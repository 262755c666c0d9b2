#pragma once

#include "store/StoreError.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace ringback {

class Database;

// Opt-out intent beyond the carrier keywords (DESIGN §3, the FCC's 2024 TCPA order: consent may
// be revoked "by any reasonable means"). A reply such as "Stop please, just call me instead" or
// "don't text me" is such a request even inside a sentence. It is a flag for a person, not an
// opt-out: Ringback stops every automatic text to the number at once and shows the conversation
// as "looks like an opt-out" with Confirm / Not an opt-out. A whole-message keyword (STOP, ...)
// is still an opt-out outright (keywordOf).
//
// Conservative on purpose: every word the FCC names is also an everyday word ("can you stop by
// tomorrow?", "the leak won't stop", "at the end of the street"). A match needs either a phrase
// about texting itself ("stop texting", "no more texts", "opt out", "unsubscribe") or a clause
// that is nothing but a keyword and politeness ("Stop please", "please just stop", "End.").
// "Cancel my appointment?" is NOT a match: cancelling an appointment is not revoking consent to
// texts, and an office answering it by hand is what the customer wants. "Cancel" alone (or
// "cancel please") still is, as CANCEL is a carrier opt-out keyword.
class OptOutIntent
{
public:
    static bool matches(const QString& body);
};

struct OptOutIntentFlag
{
    QString e164;
    qint64 leadId = 0;
    std::optional<qint64> messageId; // the reply that looked like an opt-out
    QDateTime flaggedAt;
};

// The flags (migration 9, table opt_out_intents): one per number until a person decides.
class OptOutIntentStore
{
public:
    explicit OptOutIntentStore(Database& db)
        : m_db(db)
    {}

    // Flags the number; a flag already there keeps its first reply and date.
    StoreResult<void> flag(const OptOutIntentFlag& flag);
    StoreResult<std::optional<OptOutIntentFlag>> flagFor(const QString& e164);
    StoreResult<void> clear(const QString& e164);

    // "Confirm opt-out": records the opt-out as STOP would (source "staff"), with the lead's
    // timeline entry, and clears the flag. One transaction.
    // `actor`: who at the office confirmed it (the desk's person), named on the lead's history.
    StoreResult<void> confirm(const QString& e164, const QDateTime& now, const QString& actor = QString());
    // "Not an opt-out": clears the flag; automatic texts resume with the next missed call. Noted on
    // the lead's history with who decided (`actor`), once: a flag already cleared notes nothing.
    StoreResult<void> dismiss(const QString& e164, const QDateTime& now, const QString& actor = QString());

private:
    Database& m_db;
};

} // namespace ringback
