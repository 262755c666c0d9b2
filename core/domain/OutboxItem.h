#pragma once

#include "Message.h"

#include <QDateTime>
#include <QString>
#include <QVariantMap>

#include <optional>

namespace ringback {

// OwnerAlert: a text to the owner's own mobile about a customer left waiting for a reply (DESIGN
// §10). It concerns a lead but is not part of its conversation, and is no automatic text to a
// caller: it never counts toward the hourly cap or the cooldown.
// IntakeQuestion: one of the owner's intake questions (DESIGN §11), automatic like a follow-up
// (counted in the hourly cap, held by Pause), once per lead and question (dedupeKey).
enum class OutboxKind { TextBack, FollowUp, Reply, HelpReply, OwnerAlert, IntakeQuestion };

// pending -> sending (claimed, with a lease) -> sent | failed; held waits for a person's approval.
// uncertain: the send failed in a way that may still have reached the provider (a 5xx, a timeout,
// a dropped connection): looked up in the provider's message log before any resend (DESIGN §5).
enum class OutboxState { Pending, Sending, Sent, Failed, Held, Cancelled, Uncertain };

QString toText(OutboxKind kind);
OutboxKind outboxKindFromString(const QString& text);
QString toText(OutboxState state);
OutboxState outboxStateFromString(const QString& text);

// A text waiting to go out. Unique per (call, kind), so a decision can only be enqueued once.
struct OutboxItem
{
    qint64 id = 0;
    std::optional<qint64> callId; // the call that caused it; empty for staff replies
    qint64 leadId = 0;
    OutboxKind kind = OutboxKind::TextBack;
    QString toNumber;
    QString fromNumber;
    QString body;
    OutboxState state = OutboxState::Pending;
    int attempts = 0;
    QDateTime notBefore; // grace delay or retry back-off
    QString leaseOwner;
    QDateTime leaseUntil;
    QDateTime claimedAt;
    QString providerMessageId;
    // Why the last attempt failed, as a code (FactWording::sendFailure) and its parameters.
    QString lastError;
    QVariantMap lastErrorParams;
    QString dedupeKey; // texts without a call: one per key ("intake:<lead>:<question>"); else empty
    QString actor;     // who at the office wrote it (a staff reply); empty: Ringback itself
    std::optional<qint64> messageId; // the conversation row shown while it is queued
    // Send later: the moment a person chose for it (invalid for every other text). A staff reply
    // like any other (kind Reply): Pause does not hold it.
    QDateTime scheduledFor;
    MessageChannel channel = MessageChannel::Sms;
    // A WhatsApp template (outside the 24-hour window): its Content SID and its variables as the
    // JSON object Twilio takes ({"1": "Dana"}); body then holds the text as filled, for the thread.
    QString contentSid;
    QString contentVariables;
    // A text-back on WhatsApp keeps the SMS it stands for: sent instead, once, if WhatsApp
    // definitely refuses or fails to deliver it (TextBackFallback). Empty for every other text.
    QString fallbackBody;
    QString fallbackFrom;
    QDateTime createdAt;
    QDateTime updatedAt;
};

} // namespace ringback
