#include "QueuedText.h"

#include "store/Database.h"
#include "store/MessageStore.h"

namespace ringback {

StoreResult<EnqueueOutcome> enqueueText(Database& db, const OutboxItem& item, bool automated,
                                        const QDateTime& now)
{
    Transaction tx(db);
    if (!tx.began())
        return tx.began().error();
    OutboxStore outbox(db);
    auto enqueued = outbox.enqueue(item, now);
    if (!enqueued)
        return enqueued.error();
    if (enqueued->created) {
        Message queued;
        queued.leadId = item.leadId;
        queued.direction = MessageDirection::Outbound;
        queued.fromNumber = item.fromNumber;
        queued.toNumber = item.toNumber;
        queued.body = item.body;
        queued.status = MessageStatus::Queued;
        queued.automated = automated;
        queued.outboxId = enqueued->id;
        queued.channel = item.channel;
        auto messageId = MessageStore(db).insertLocal(queued, now);
        if (!messageId)
            return messageId.error();
        if (auto r = outbox.linkMessage(enqueued->id, messageId.value()); !r)
            return r.error();
    }
    if (auto r = tx.commit(); !r)
        return r.error();
    return enqueued.value();
}

} // namespace ringback
