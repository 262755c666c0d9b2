#pragma once

#include "StoreError.h"
#include "domain/Lead.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>

namespace ringback {

class Database;

// A lead as the board shows it: the lead and the name of the staff member it is assigned to.
struct BoardCard
{
    Lead lead;
    QString staffName;       // empty when nobody is assigned
    bool optedOut = false;   // replied STOP: no text may go to them
    bool cannotText = false; // blocked by staff, or a landline / undeliverable number
    QString lastWords;       // the caller's latest text, for a card whose job nobody typed yet
};

// How many leads a status column holds and what their estimated jobs add up to.
struct ColumnTotals
{
    qint64 count = 0;
    qint64 valueCents = 0;
};

// The Leads board's reads (one status column at a time, newest activity first; totals for the
// column headers) and its one write: moving a lead to another status.
class LeadBoardStore
{
public:
    explicit LeadBoardStore(Database& db)
        : m_db(db)
    {}

    StoreResult<QList<BoardCard>> column(LeadStatus status, int offset, int limit);
    // Those of these leads that are in the column, in its order (another desk changed them).
    StoreResult<QList<BoardCard>> cardsOf(LeadStatus status, const QList<qint64>& leadIds);
    // Every status that has leads; a status missing from the map has none.
    StoreResult<QMap<LeadStatus, ColumnTotals>> totals();

    // Moves the lead to `to` only if it is still at `revision` (else Kind::Conflict: another desk
    // or the automation changed it meanwhile) and records the move on its timeline as codes (board,
    // from, to) with who did it (`actor`, the desk's person), in one transaction. Returns the lead
    // as saved.
    StoreResult<Lead> move(qint64 leadId, qint64 revision, LeadStatus from, LeadStatus to,
                           const QString& actor, const QDateTime& now);

private:
    // column() and cardsOf(): `where` narrows the column, `tail` ends the statement.
    StoreResult<QList<BoardCard>> cards(const QString& where, const QString& tail, const QVariantList& args);

    Database& m_db;

    // Its sentences, under the context "ringback::LeadBoardStore" (lupdate files them there too).
    Q_DECLARE_TR_FUNCTIONS(ringback::LeadBoardStore)
};

} // namespace ringback
