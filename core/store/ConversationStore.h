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
};

// The inbox's list, most recent activity first, a page at a time.
class ConversationStore
{
public:
    explicit ConversationStore(Database& db)
        : m_db(db)
    {}
    StoreResult<QList<ConversationSummary>> page(int offset, int limit);

private:
    Database& m_db;
};

} // namespace ringback
