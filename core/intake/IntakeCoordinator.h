#pragma once

#include "IntakeQuestions.h"
#include "automation/MessageIngestor.h"
#include "domain/Lead.h"
#include "store/StoreError.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <functional>
#include <optional>

namespace ringback {

class Clock;
class Database;
struct IntakeProgress;

// Intake by text (DESIGN §11), run by the automation worker after each messages poll:
// - every new reply is read into the lead card (IntakeFlow: need, address, when, photos) and
//   checked for urgent words;
// - after the customer's first reply to a text-back, the owner's questions go one at a time, the
//   next only once the previous was answered (or, once, after a silence), each through the outbox
//   (exactly once per lead and question, counted in the hourly cap, held by Pause), at a moment
//   the recipient's quiet hours allow;
// - they stop for good when a person takes over (a staff text, an assignee, a status past
//   Replied), when the lead is urgent (a person calls), or when the customer opts out.
class IntakeCoordinator
{
public:
    struct Config
    {
        bool enabled = false;
        QList<IntakeQuestion> questions;
        int silenceMinutes = 30; // 0: never move on after a silence
        QStringList urgentWords;
        int hourlyCap = 30;
        bool monthFirst = true; // 12/5 is December 5
        QTimeZone zone = QTimeZone::utc();
    };
    using AllowedAt = std::function<QDateTime(const QString& e164, const QDateTime& at)>;
    using Compose = std::function<QString(IntakeQuestion question, const Lead& lead)>;

    IntakeCoordinator(Database& db, const Clock& clock, AllowedAt allowedAt, Compose compose);

    struct Outcome
    {
        qint64 leadId = 0;
        QString urgentWord;                  // the reply made the lead urgent (newly)
        std::optional<IntakeQuestion> asked; // a question was queued
        QList<IntakeQuestion> filled;        // card fields the reply filled
        QString stoppedBy;                   // intake ended for this reason just now
    };

    // The replies of one messages poll (MessageIngestor's results; keywords and history are
    // left alone).
    StoreResult<QList<Outcome>> onReplies(const QList<IngestedMessage>& ingested, const Config& config);
    // Questions unanswered for `silenceMinutes`: the next one goes, once per lead.
    StoreResult<QList<Outcome>> moveOnAfterSilence(const Config& config);

private:
    StoreResult<Outcome> onReply(const IngestedMessage& reply, const Config& config);
    StoreResult<Outcome> moveOn(qint64 leadId, const Config& config);
    // The next question, or the end: stopped (a person took over, urgent, opted out) or done
    // (`doneBecause`: nothing left to ask). Updates `p` and `outcome`.
    StoreResult<void> askNext(const Lead& lead, IntakeProgress& p, const Config& config,
                              const QString& doneBecause, Outcome& outcome);
    StoreResult<bool> ask(const Lead& lead, IntakeQuestion question, const Config& config);

    Database& m_db;
    const Clock& m_clock;
    AllowedAt m_allowedAt;
    Compose m_compose;
};

} // namespace ringback
