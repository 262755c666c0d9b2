#pragma once

#include "hours/BusinessHours.h"
#include "store/OwnerAlertStore.h"

#include <QString>

#include <optional>

namespace ringback {

class Clock;
class Database;
class PhoneNumberService;

// Reply-waiting escalation, the owner's part (DESIGN §10): during business hours, a customer who
// has waited longer than the reminder time gets the owner ONE text about them per hour at most
// ("Waiting 10 min: (512) 555-0147 - 'basement flooding'"), through the outbox like any text, so
// the sender's exactly-once rules hold. Only the process that holds the automation lease runs it
// (AutomationWorker); the outbox's unique key keeps a second decider from doubling a text.
// Nothing while automatic texts are paused (Pause says "stop automatic texts"; a reminder an hour
// late is no use, so none is saved up for later), when the owner's number opted out or cannot be
// texted, or for the owner's own conversation.
class OwnerAlerts
{
public:
    struct Config
    {
        int remindAfterMinutes = 10; // 0: off
        QString ownerMobile;         // E.164; empty: off
        bool paused = false;         // automatic texts paused at every desk
        // Waits that began before this are history (the first connection imports 30 days of it,
        // DESIGN §1): the owner is not texted about them. The moment automation was switched on.
        QDateTime historyBefore;
        // The office's hours; nullopt: as stored (TextBackWriter::storedHours).
        std::optional<BusinessHours> hours;
    };

    OwnerAlerts(Database& db, const PhoneNumberService& phone, const Clock& clock);

    // Queues what is due now; returns the leads the owner is told about (empty: nothing new).
    StoreResult<QList<WaitingReply>> run(const Config& config);
    // An urgent job (DESIGN §11): the owner is texted at once, whatever the hour and the reminder
    // time ("URGENT: (512) 555-0147 - 'basement flooding'"), once per wait, unless paused, the
    // owner has no mobile set, or it opted out. True when a text was queued.
    StoreResult<bool> urgent(qint64 leadId, const Config& config);
    static QString urgentBody(const WaitingReply& waiting, const PhoneNumberService& phone);

    // The text for one waiting customer, plain ASCII so it stays one GSM-7 part: who (name when
    // known, and the number in national form), how long, and their words shortened.
    static QString body(const WaitingReply& waiting, qint64 waitedSecs, const PhoneNumberService& phone);
    // The customer's words, on one line, at most `maxLength` characters ("..." when cut).
    static QString shortened(const QString& words, int maxLength);
    // When the stretch of opening hours `now` is in began; nullopt when closed now.
    static std::optional<QDateTime> openSince(const BusinessHours& hours, const QDateTime& now);
    // How long a customer has waited that counts for reminders: only since the office opened (a
    // text sent at night is not overdue ten minutes after opening... until ten minutes after it).
    // Negative or nullopt: not yet.
    static std::optional<qint64> countedWaitSecs(const BusinessHours& hours, const QDateTime& waitingSince,
                                                 const QDateTime& now);
    // "10 min", "1 h 11 min": how long someone has waited, in the words of a short text.
    static QString waitText(qint64 waitedSecs);

private:
    StoreResult<bool> ownerReachable(const QString& ownerMobile);

    Database& m_db;
    const PhoneNumberService& m_phone;
    const Clock& m_clock;
};

} // namespace ringback
