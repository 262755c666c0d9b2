#include "StaffReply.h"

#include "QueuedText.h"
#include "WhatsAppWindow.h"
#include "domain/Call.h"
#include "domain/Message.h"
#include "phone/PhoneNumberService.h"
#include "store/BlockListStore.h"
#include "store/Database.h"
#include "store/MessageStore.h"
#include "store/OptOutStore.h"
#include "store/QueryRows.h"
#include "store/SqlValues.h"

#include <limits>

namespace ringback {

StoreResult<TextingBlock> StaffReply::blockFor(const QString& e164)
{
    auto stored = storedBlockFor(m_db, e164);
    if (!stored || stored.value() != TextingBlock::None)
        return stored;
    return numberBlockFor(m_phone, e164);
}

StoreResult<TextingBlock> StaffReply::storedBlockFor(Database& db, const QString& e164)
{
    auto optedOut = OptOutStore(db).isOptedOut(e164);
    if (!optedOut)
        return optedOut.error();
    if (optedOut.value())
        return TextingBlock::OptedOut;
    auto listed = BlockListStore(db).kindOf(e164);
    if (!listed)
        return listed.error();
    if (listed.value() == BlockListStore::Kind::Blocked)
        return TextingBlock::Blocked;
    if (listed.value() == BlockListStore::Kind::CannotText)
        return TextingBlock::CannotReceiveTexts;
    return TextingBlock::None;
}

TextingBlock StaffReply::numberBlockFor(const PhoneNumberService& phone, const QString& e164)
{
    const PhoneNumberInfo info = phone.parse(e164);
    if (!info.isValid())
        return TextingBlock::InvalidNumber;
    if (!info.canReceiveSms())
        return TextingBlock::CannotReceiveTexts;
    return TextingBlock::None;
}

QString StaffReply::explain(TextingBlock block)
{
    switch (block) {
    case TextingBlock::None:
        return {};
    case TextingBlock::OptedOut:
        return tr("This caller opted out of texts, so Ringback will not text them. Call them instead.");
    case TextingBlock::Blocked:
        return tr("This number is blocked, so Ringback will not text it.");
    case TextingBlock::CannotReceiveTexts:
        return tr("This number cannot receive texts (a landline, or texts to it were not delivered). "
                  "Call them instead.");
    case TextingBlock::InvalidNumber:
        return tr("This is not a valid phone number, so it cannot be texted.");
    }
    return {};
}

StoreResult<ChannelState> StaffReply::channelStateFor(Database& db, qint64 leadId)
{
    MessageStore messages(db);
    auto last = messages.lastInboundChannel(leadId);
    if (!last)
        return last.error();
    auto whatsApp = messages.lastInboundAt(leadId, MessageChannel::WhatsApp);
    if (!whatsApp)
        return whatsApp.error();
    return ChannelState{last.value(), whatsApp.value()};
}

StoreResult<QString> StaffReply::fromNumberFor(const Lead& lead, const QStringList& fallbackNumbers)
{
    // The business side of the lead's newest text, and of their newest call to us.
    auto text =
        m_db.exec(QStringLiteral("SELECT CASE WHEN direction = ? THEN to_number ELSE from_number END, "
                                 "created_at FROM messages WHERE lead_id = ? "
                                 "ORDER BY created_at DESC, id DESC LIMIT 1"),
                  {toText(MessageDirection::Inbound), lead.id});
    if (!text)
        return text.error();
    QString number;
    qint64 at = std::numeric_limits<qint64>::min();
    if (text->next()) {
        number = text->value(0).toString();
        at = text->value(1).toLongLong();
    }
    text->finish();
    auto call =
        m_db.exec(QStringLiteral("SELECT to_number, COALESCE(ended_at, started_at, first_seen_at) AS seen_at "
                                 "FROM calls WHERE from_number = ? AND direction = ? "
                                 "AND parent_provider_call_id IS NULL ORDER BY seen_at DESC LIMIT 1"),
                  {lead.e164, toText(CallDirection::Inbound)});
    if (!call)
        return call.error();
    if (call->next() && (number.isEmpty() || call->value(1).toLongLong() > at))
        number = call->value(0).toString();
    call->finish();
    if (!number.isEmpty())
        return number;
    for (const QString& fallback : fallbackNumbers) {
        if (!fallback.trimmed().isEmpty())
            return fallback.trimmed();
    }
    return QString();
}

StoreResult<EnqueueOutcome> StaffReply::queue(const Lead& lead, const QString& body,
                                              const QStringList& fallbackNumbers, const QDateTime& now,
                                              const QString& actor, const QDateTime& sendAt,
                                              const ReplyChannel& channel)
{
    Transaction tx(m_db);
    if (!tx.began())
        return tx.began().error();
    auto block = blockFor(lead.e164);
    if (!block)
        return block.error();
    if (block.value() != TextingBlock::None)
        return StoreError{StoreError::Kind::Constraint, explain(block.value()),
                          QStringLiteral("texting blocked")};
    const bool whatsApp = channel.channel == MessageChannel::WhatsApp;
    if (whatsApp) {
        if (channel.whatsAppSender.isEmpty())
            return StoreError{
                StoreError::Kind::NotFound,
                tr("Ringback does not know your WhatsApp sender yet. Enter it in Settings, then "
                   "send again."),
                QStringLiteral("no whatsapp sender")};
        auto last = MessageStore(m_db).lastInboundAt(lead.id, MessageChannel::WhatsApp);
        if (!last)
            return last.error();
        // A text sent later must still find the window open when it goes.
        const QDateTime goesAt = sendAt.isValid() ? sendAt : now;
        if (const QString refused =
                WhatsAppWindow::refusal(last.value(), goesAt, !channel.contentSid.isEmpty());
            !refused.isEmpty())
            return StoreError{StoreError::Kind::Constraint, refused,
                              QStringLiteral("whatsapp window closed")};
    }
    auto from =
        whatsApp ? StoreResult<QString>(channel.whatsAppSender) : fromNumberFor(lead, fallbackNumbers);
    if (!from)
        return from.error();
    if (from->isEmpty()) {
        return StoreError{StoreError::Kind::NotFound,
                          tr("Ringback does not know which of your numbers to text from yet. Choose your "
                             "business number in Settings, then send again."),
                          QStringLiteral("no business number")};
    }
    OutboxItem item;
    item.leadId = lead.id;
    item.kind = OutboxKind::Reply;
    item.toNumber = lead.e164;
    item.fromNumber = from.value();
    item.body = body;
    item.state = OutboxState::Pending;
    item.notBefore = sendAt.isValid() ? sendAt : now;
    item.scheduledFor = sendAt;
    item.actor = actor;
    item.channel = channel.channel;
    item.contentSid = whatsApp ? channel.contentSid : QString();
    item.contentVariables = whatsApp ? channel.contentVariables : QString();
    auto queued = enqueueText(m_db, item, /*automated*/ false, now);
    if (!queued)
        return queued.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return queued.value();
}

} // namespace ringback
