#pragma once

#include "StoreError.h"
#include "domain/Lead.h"
#include "domain/Message.h"

#include <QList>

namespace ringback {

class Database;

// One row of the shared inbox: the lead and the last text of its conversation.
struct ConversationSummary
{
    Lead lead;
    QString lastBody; // empty when nothing was texted yet (a missed call only)
    MessageDirection lastDirection = MessageDirection::Inbound;
    bool lastAutomated = false;
    bool optedOut = false;
};

// Which conversations the inbox shows. A lead is in exactly one of Open, Done and Opted out:
// Done is a finished job (Booked, Won or Lost); Opted out wins over both, since nobody can text
// them. Unread and Mine cut across them (an unread reply on a booked job still needs reading).
enum class ConversationFilter {
    All,
    Open,     // still to be worked: not Booked/Won/Lost, not opted out
    Unread,   // a reply nobody has opened yet
    Mine,     // assigned to the staff member at this desk (machine setting DeskStaffName)
    Done,     // Booked, Won or Lost, not opted out
    OptedOut, // texted STOP (or the carrier said so)
};

struct ConversationQuery
{
    ConversationFilter filter = ConversationFilter::All;
    // Words (each a prefix of a word in the name, place or any text of the conversation) and/or
    // digits typed in any format ("(512) 555-01" finds +15125550147).
    QString search;
    QString deskStaffName; // for Mine; nobody's conversations when empty

    bool operator==(const ConversationQuery&) const = default;
};

// The inbox's list, most recent activity first, a page at a time; filtering and search happen
// in SQL so only the page asked for is read.
class ConversationStore
{
public:
    explicit ConversationStore(Database& db)
        : m_db(db)
    {}
    StoreResult<QList<ConversationSummary>> page(const ConversationQuery& query, int offset, int limit);
    StoreResult<QList<ConversationSummary>> page(int offset, int limit) { return page({}, offset, limit); }
    // The rows of these leads that the query shows, in the list's order (another desk changed
    // them: only they are read again).
    StoreResult<QList<ConversationSummary>> ofLeads(const ConversationQuery& query,
                                                    const QList<qint64>& leadIds);

    // The digits of what was typed when it reads as (part of) a phone number: at least three
    // digits and nothing but digits, spaces and + ( ) - . / separators. Empty otherwise.
    static QString phoneDigits(const QString& typed);

private:
    // page() and ofLeads(): a page when `leadIds` is null, else those leads' rows.
    StoreResult<QList<ConversationSummary>> read(const ConversationQuery& query, const QList<qint64>* leadIds,
                                                 int offset, int limit);

    Database& m_db;
};

} // namespace ringback
