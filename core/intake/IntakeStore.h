#pragma once

#include "IntakeQuestions.h"
#include "domain/Lead.h"
#include "domain/OutboxItem.h"
#include "store/StoreError.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace ringback {

class Database;

// Where one lead's intake questions stand (table lead_intake).
struct IntakeProgress
{
    enum class State { NotStarted, Asking, Done, Stopped };
    State state = State::NotStarted;
    std::optional<IntakeQuestion> asked; // the question last asked
    QDateTime askedAt;
    bool movedOn = false; // the one move on after silence was used
    QString endedBy;      // why it stopped: "urgent", "assigned", "staff_replied", "opted_out", ...
    QDateTime startedAt;
    qint64 lastMessageId = 0; // the newest reply read: a reply handled twice answers nothing twice
};

class IntakeStore
{
public:
    explicit IntakeStore(Database& db)
        : m_db(db)
    {}

    StoreResult<IntakeProgress> progress(qint64 leadId);
    StoreResult<void> save(qint64 leadId, const IntakeProgress& progress, const QDateTime& now);

    // Leads whose last question has waited unanswered since before `before` and that have not
    // moved on after a silence yet.
    StoreResult<QList<qint64>> silentSince(const QDateTime& before);

    // When Ringback's latest text-back to the lead was queued, if it went or is going out: intake
    // follows a text-back, never a customer who texted first.
    StoreResult<std::optional<QDateTime>> lastTextBack(qint64 leadId);

    // Why the questions must stop now, as a code (empty: they may go on): a person took it over
    // (a staff text since `since`, an assignee, a status past Replied), it is urgent (a person
    // calls), or the customer opted out, looks like opting out or cannot be texted.
    StoreResult<QString> reasonToStop(const Lead& lead, const QDateTime& since);

    // For the sender, just before an intake question goes: whether it is still the lead's
    // current question and nothing above stopped it (a question queued for 8:00 in the customer's
    // quiet hours waits all night; staff may answer meanwhile).
    StoreResult<bool> stillWanted(const OutboxItem& item);

    static QString dedupeKey(qint64 leadId, IntakeQuestion question);

private:
    Database& m_db;
};

} // namespace ringback
