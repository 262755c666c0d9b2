#include "TextBackFallback.h"

#include "OptOutIntent.h"
#include "QueuedText.h"
#include "store/Database.h"
#include "store/OptOutStore.h"
#include "store/OutboxStore.h"
#include "store/QueryRows.h"
#include "store/SqlValues.h"

namespace ringback {

namespace {
constexpr int kOptedOutAtCarrier = 21610;
} // namespace

OutboxItem TextBackFallback::onWhatsApp(const OutboxItem& sms, const WhatsAppTextBack& whatsApp)
{
    OutboxItem item = sms;
    item.channel = MessageChannel::WhatsApp;
    item.fromNumber = whatsApp.sender;
    item.body = whatsApp.body;
    item.contentSid = whatsApp.contentSid;
    item.contentVariables = whatsApp.variablesJson;
    item.fallbackBody = sms.body;
    item.fallbackFrom = sms.fromNumber;
    return item;
}

bool TextBackFallback::fallsBack(const OutboxItem& item)
{
    return item.kind == OutboxKind::TextBack && item.channel == MessageChannel::WhatsApp &&
           !item.fallbackBody.isEmpty() && !item.fallbackFrom.isEmpty();
}

bool TextBackFallback::isDefiniteRefusal(const ProviderError& error)
{
    // The provider answered no (a 4xx), and asking again will not change it. A 429 is "later",
    // not "no"; an opted-out recipient is never texted on any channel.
    if (error.mayHaveBeenAccepted() || error.isRetryable())
        return false;
    if (error.httpStatus < 400 || error.httpStatus > 499)
        return false;
    return error.kind != ProviderError::Kind::OptedOut && error.providerCode != kOptedOutAtCarrier;
}

bool TextBackFallback::isDefiniteNonDelivery(MessageStatus status, std::optional<int> errorCode)
{
    if (status != MessageStatus::Failed && status != MessageStatus::Undelivered)
        return false;
    // WhatsApp's own errors (63xxx: not on WhatsApp, template refused, Meta chose not to deliver...).
    return errorCode && *errorCode >= 63000 && *errorCode <= 63999;
}

QString TextBackFallback::dedupeKey(qint64 whatsAppRowId)
{
    return QStringLiteral("textback-sms:%1").arg(whatsAppRowId);
}

StoreResult<std::optional<qint64>> TextBackFallback::queueSms(Database& db, const OutboxItem& whatsApp,
                                                              const QDateTime& now)
{
    if (!fallsBack(whatsApp))
        return std::optional<qint64>();
    auto optedOut = OptOutStore(db).isOptedOut(whatsApp.toNumber);
    if (!optedOut)
        return optedOut.error();
    auto intent = OptOutIntentStore(db).flagFor(whatsApp.toNumber);
    if (!intent)
        return intent.error();
    if (optedOut.value() || intent->has_value())
        return std::optional<qint64>();
    // They wrote to us since (on either channel): a person answers them now, not a text-back.
    auto wrote = rows::scalar(
        db.exec(QStringLiteral("SELECT COUNT(*) FROM messages WHERE lead_id = ? AND "
                               "direction = ? AND created_at >= ?"),
                {whatsApp.leadId, toText(MessageDirection::Inbound), sql::time(whatsApp.createdAt)}));
    if (!wrote)
        return wrote.error();
    if (wrote.value() > 0)
        return std::optional<qint64>();

    // No call id: the call's (call, kind) key is the WhatsApp row's; this one is keyed by that row.
    OutboxItem sms;
    sms.leadId = whatsApp.leadId;
    sms.kind = OutboxKind::TextBack;
    sms.toNumber = whatsApp.toNumber;
    sms.fromNumber = whatsApp.fallbackFrom;
    sms.body = whatsApp.fallbackBody;
    sms.channel = MessageChannel::Sms;
    sms.state = OutboxState::Pending;
    sms.notBefore = now;
    sms.dedupeKey = dedupeKey(whatsApp.id);
    auto queued = enqueueText(db, sms, /*automated*/ true, now);
    if (!queued)
        return queued.error();
    return queued->created ? std::optional<qint64>(queued->id) : std::optional<qint64>();
}

StoreResult<std::optional<qint64>> TextBackFallback::afterStatus(Database& db, qint64 messageId,
                                                                 MessageStatus status,
                                                                 std::optional<int> errorCode,
                                                                 const QDateTime& now)
{
    if (!isDefiniteNonDelivery(status, errorCode))
        return std::optional<qint64>();
    auto outboxId = rows::scalar(
        db.exec(QStringLiteral("SELECT COALESCE(outbox_id, 0) FROM messages WHERE id = ?"), {messageId}));
    if (!outboxId)
        return outboxId.error();
    if (outboxId.value() == 0)
        return std::optional<qint64>();
    auto row = OutboxStore(db).byId(outboxId.value());
    if (!row)
        return row.error();
    if (!row->has_value())
        return std::optional<qint64>();
    return queueSms(db, **row, now);
}

} // namespace ringback
