#pragma once

#include "StoreError.h"
#include "domain/Lead.h"
#include "domain/Message.h"

#include <QDateTime>
#include <QList>

#include <optional>

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
    QString optOutKeyword; // "STOP" as they texted it; empty when the carrier or a person did it
    // Since when the customer has been waiting for our answer: their first text after our last
    // one (invalid when we spoke last). A conversation needs a reply while this is set.
    QDateTime waitingSince;
    int waitingTexts = 0; // how many texts they sent since our last one
    QString assigneeName; // who has it (empty: nobody)
    // Whether the row matches the query's filter and its search. Both are true except for the
    // query's open conversation (ConversationQuery::keepLeadId), listed even when it left the list.
    bool inFilter = true;
    bool inSearch = true;

    bool needsReply() const { return waitingSince.isValid() && !optedOut; }
};

// Which conversations the inbox shows. A lead is in exactly one of Open, Done and Opted out:
// Done is a finished job (Booked, Won or Lost); Opted out wins over both, since nobody can text
// them. Unread and Mine cut across them (an unread reply on a booked job still needs reading).
enum class ConversationFilter {
    All,
    NeedsReply, // the customer spoke last (not opted out), oldest wait first
    Open,       // still to be worked: not Booked/Won/Lost, not opted out
    Unread,     // a reply nobody has opened yet
    Mine,       // assigned to the staff member at this desk (machine setting DeskStaffName)
    Done,       // Booked, Won or Lost, not opted out
    OptedOut,   // texted STOP (or the carrier said so)
};

struct ConversationQuery
{
    ConversationFilter filter = ConversationFilter::All;
    // Words (each a prefix of a word in the name, place or any text of the conversation) and/or
    // digits typed in any format ("(512) 555-01" finds +15125550147).
    QString search;
    QString deskStaffName; // for Mine; nobody's conversations when empty
    // The conversation open beside the list: listed whatever the filter and search say, first
    // when it does not match them (with inFilter/inSearch saying why), so it never vanishes
    // from under the person reading it. 0: none.
    qint64 keepLeadId = 0;

    bool operator==(const ConversationQuery&) const = default;
};

// The inbox's list, most recent activity first (Needs reply: longest wait first), a page at a time; filtering
// and search happen in SQL so only the page asked for is read.
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

    // Conversations that need a reply (the Inbox entry's and the tray's count).
    StoreResult<qint64> needsReplyCount();
    // The list's order for this query (true when `a` is listed before `b`), for a view that places
    // a re-read row itself.
    static bool listedBefore(const ConversationQuery& query, const ConversationSummary& a,
                             const ConversationSummary& b);

    // The digits of what was typed when it reads as (part of) a phone number: at least three
    // digits and nothing but digits, spaces and + ( ) - . / separators. Empty otherwise.
    static QString phoneDigits(const QString& typed);

private:
    // The query's open conversation (keepLeadId), flagged with whether it matches the filter and
    // search; none when the lead is gone.
    StoreResult<std::optional<ConversationSummary>> keptRow(const ConversationQuery& query);
    // page() and ofLeads(): a page when `leadIds` is null, else those leads' rows.
    StoreResult<QList<ConversationSummary>> read(const ConversationQuery& query, const QList<qint64>* leadIds,
                                                 int offset, int limit);

    Database& m_db;
};

} // namespace ringback
