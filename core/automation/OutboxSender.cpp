#include "OutboxSender.h"

#include "TextBackFallback.h"
#include "common/Clock.h"
#include "common/FaultInjection.h"
#include "common/Logging.h"
#include "domain/FactWording.h"
#include "intake/IntakeStore.h"
#include "store/BlockListStore.h"
#include "store/Database.h"
#include "store/LeadStore.h"
#include "store/LineTypeStore.h"
#include "store/MessageStore.h"
#include "store/OptOutStore.h"
#include "store/OutboxStore.h"
#include "store/OwnerAlertStore.h"
#include "store/TimelineStore.h"

#include <QCoreApplication>

namespace ringback {

namespace {
// Messages a provider created for us after this moment may be the one a crashed send left behind.
constexpr qint64 kClockSkewMs = 60'000;
} // namespace

OutboxSender::OutboxSender(Database& db, VoipProvider& provider, const Clock& clock, QString owner,
                           QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_provider(&provider)
    , m_clock(clock)
    , m_owner(std::move(owner))
{}

qint64 OutboxSender::backoffMs(int attempts)
{
    const int exponent = qBound(0, attempts - 1, 7);
    return qMin<qint64>(5'000LL << exponent, 600'000);
}

void OutboxSender::run()
{
    if (m_busy || !m_provider)
        return;
    if (m_pausedUntil.isValid() && m_clock.nowUtc() < m_pausedUntil) {
        emit finished();
        return;
    }
    m_busy = true;
    m_stopping = false;
    m_ambiguousThisRun = 0;
    auto expired = OutboxStore(m_db).orphanedClaims(m_clock.nowUtc());
    if (!expired) {
        emit storeFailed(expired.error());
        return finish();
    }
    reconcileNext(expired.value());
}

void OutboxSender::stopAfterCurrent()
{
    m_stopping = true;
}

void OutboxSender::reconcileNext(QList<OutboxItem> expired)
{
    if (m_stopping || !m_provider)
        return finish();
    if (expired.isEmpty())
        return sendNext();
    const OutboxItem item = expired.takeFirst();
    MessageQuery query;
    query.businessNumbers = {item.fromNumber};
    if (item.channel == MessageChannel::WhatsApp)
        query.whatsAppSenders = {item.fromNumber};
    query.sentSince = item.claimedAt.addMSecs(-kClockSkewMs);
    // Proof that the text went out counts whatever date the provider gave it: no "future" cut-off
    // here (the polls have one), or a provider clock ahead of ours would make us send twice.
    query.notAfter = QDateTime(QDate(9999, 12, 31), QTime(23, 59, 59), Qt::UTC);
    const QPointer<OutboxSender> self(this);
    m_provider->listMessages(query, [self, item, expired](ProviderResult<QList<Message>> result) {
        if (!self)
            return;
        OutboxSender& me = *self;
        if (!result) {
            // Cannot tell whether it went out: leave it as it is (claimed-and-expired, or
            // uncertain) and look again next run. Sending it blind could text the caller twice.
            qCWarning(lcWorker) << "cannot reconcile outbox row" << item.id << result.error().message;
            return me.finish();
        }
        QString foundId;
        for (const Message& m : result.value()) {
            if (m.direction == MessageDirection::Outbound && m.toNumber == item.toNumber &&
                m.fromNumber == item.fromNumber && m.channel == item.channel &&
                (m.body == item.body || !item.contentSid.isEmpty())) {
                // The same words to the same number may be another row's text (a reply sent twice
                // on purpose): that one is not this row's.
                auto taken = OutboxStore(me.m_db).providerIdRecorded(m.providerMessageId, item.id);
                if (!taken) {
                    emit me.storeFailed(taken.error());
                    return me.finish();
                }
                if (taken.value())
                    continue;
                foundId = m.providerMessageId;
                break;
            }
        }
        if (!foundId.isEmpty()) {
            qCInfo(lcWorker) << "outbox row" << item.id << "had reached the provider; not resending";
            me.recordSent(item, foundId);
        } else {
            me.resendOrFail(item);
        }
        me.reconcileNext(expired);
    });
}

void OutboxSender::resendOrFail(const OutboxItem& item)
{
    const QDateTime now = m_clock.nowUtc();
    if (item.attempts >= kMaxAttempts) {
        // The log says it did not go out: failed, for the reason the last attempt gave.
        ProviderError gaveUp = ProviderError::fromStored(item.lastError, item.lastErrorParams);
        gaveUp.fate = ProviderError::Fate::NotAccepted;
        if (item.lastError.isEmpty())
            return recordFailure(item, gaveUp, QStringLiteral("not_taken"), {});
        return recordFailure(item, gaveUp, item.lastError, item.lastErrorParams);
    }
    // Due now: sendNext() takes it in its turn (oldest first).
    if (auto r = OutboxStore(m_db).reschedule(item.id, now, item.lastError, item.lastErrorParams, now); !r)
        emit storeFailed(r.error());
}

void OutboxSender::sendNext()
{
    if (!m_provider || m_stopping)
        return finish();
    OutboxStore outbox(m_db);
    auto claimed = outbox.claimNext(m_owner, m_clock.nowUtc(), kLeaseMs, !m_automaticPaused);
    if (!claimed) {
        emit storeFailed(claimed.error());
        return finish();
    }
    if (!claimed->has_value())
        return finish();
    const OutboxItem item = **claimed;
    fault::point("after-claim");

    // The caller may have texted STOP after the text was queued. Not knowing is no licence to send.
    auto optedOut = OptOutStore(m_db).isOptedOut(item.toNumber);
    if (!optedOut) {
        emit storeFailed(optedOut.error());
        // Back to pending for the next run; if even that fails the claim runs out and is reconciled.
        if (auto r = outbox.reschedule(item.id, m_clock.nowUtc(), item.lastError, item.lastErrorParams,
                                       m_clock.nowUtc());
            !r)
            qCWarning(lcWorker) << "could not put outbox row" << item.id << "back:" << r.error().message;
        return finish();
    }
    // A reminder to the owner about a customer who has been answered meanwhile, or one too old
    // to be true, is dropped rather than sent.
    // An intake question is dropped the same way once a person took the conversation over.
    bool unwanted = false;
    if ((item.kind == OutboxKind::OwnerAlert || item.kind == OutboxKind::IntakeQuestion) &&
        !optedOut.value()) {
        auto wanted = item.kind == OutboxKind::OwnerAlert
                          ? OwnerAlertStore(m_db).stillWanted(item, m_clock.nowUtc())
                          : IntakeStore(m_db).stillWanted(item);
        if (!wanted) {
            emit storeFailed(wanted.error());
            if (auto r = outbox.reschedule(item.id, m_clock.nowUtc(), item.lastError, item.lastErrorParams,
                                           m_clock.nowUtc());
                !r)
                qCWarning(lcWorker) << "could not put outbox row" << item.id << "back:" << r.error().message;
            return finish();
        }
        unwanted = !wanted.value();
    }
    if (unwanted || (optedOut.value() && item.kind != OutboxKind::HelpReply)) {
        const QDateTime now = m_clock.nowUtc();
        Transaction tx(m_db);
        StoreResult<void> cancelled = tx.began();
        // The row keeps why it never went, as its bubble does ("Not sent: the caller opted out").
        const QString reason =
            optedOut.value() ? QStringLiteral("opted_out_before_send") : QStringLiteral("no_longer_needed");
        if (cancelled)
            cancelled = outbox.cancel(item.id, reason, now);
        if (cancelled && item.messageId)
            cancelled = MessageStore(m_db).setStatus(*item.messageId, MessageStatus::Canceled, std::nullopt,
                                                     QString(), now, reason);
        if (cancelled)
            cancelled = tx.commit();
        if (!cancelled) {
            // Left claimed: never sent; the claim runs out and the next run decides again.
            emit storeFailed(cancelled.error());
            return finish();
        }
        return sendNext();
    }

    checkLineThenSend(item);
}

void OutboxSender::checkLineThenSend(const OutboxItem& item)
{
    // Line types are an SMS matter: WhatsApp reaches whoever has it, landline numbers included.
    if (!m_lineTypeLookup || item.kind != OutboxKind::TextBack || item.channel != MessageChannel::Sms)
        return send(item);
    const QDateTime now = m_clock.nowUtc();
    auto known = LineTypeStore(m_db).fresh(item.toNumber, now);
    if (!known) {
        // Not knowing is no reason to hold the text (the lookup is a help, not a rule).
        emit storeFailed(known.error());
        return send(item);
    }
    if (known->has_value()) {
        if (LineTypeStore::cannotText((*known)->lineType))
            return skipForLineType(item, (*known)->lineType);
        return send(item);
    }
    const QPointer<OutboxSender> self(this);
    m_provider->lookUpLineType(item.toNumber, [self, item](ProviderResult<LineTypeInfo> result) {
        if (!self)
            return;
        if (!result) {
            qCInfo(lcWorker) << "line type lookup for outbox row" << item.id << "failed; sending anyway";
            QVariantMap params = result.error().params();
            params.insert(QStringLiteral("reason"), result.error().code());
            self->noteOnLead(item, QStringLiteral("line_type_lookup_failed"), params);
            return self->send(item);
        }
        const LineTypeInfo& line = result.value();
        if (auto r = LineTypeStore(self->m_db)
                         .remember({item.toNumber, line.lineType, line.carrier, QStringLiteral("lookup"),
                                    self->m_clock.nowUtc()});
            !r)
            emit self->storeFailed(r.error()); // asked again next time; this text still follows the answer
        if (LineTypeStore::cannotText(line.lineType))
            return self->skipForLineType(item, line.lineType);
        self->send(item);
    });
}

void OutboxSender::skipForLineType(const OutboxItem& item, const QString& lineType)
{
    const QDateTime now = m_clock.nowUtc();
    OutboxStore outbox(m_db);
    Transaction tx(m_db);
    StoreResult<void> cancelled = tx.began();
    if (cancelled)
        cancelled = outbox.setState(item.id, OutboxState::Cancelled, now);
    if (cancelled && item.messageId)
        cancelled = MessageStore(m_db).setStatus(*item.messageId, MessageStatus::Canceled, std::nullopt,
                                                 QString(), now, QStringLiteral("line_type_cannot_text"));
    if (cancelled && item.leadId) {
        TimelineEvent e;
        e.leadId = item.leadId;
        e.kind = TimelineKind::Note;
        e.code = QStringLiteral("line_type_cannot_text");
        e.params = {{QStringLiteral("line_type"), lineType}};
        e.occurredAt = now;
        if (auto appended = TimelineStore(m_db).append(e); !appended)
            cancelled = appended.error();
    }
    if (cancelled)
        cancelled = tx.commit();
    if (!cancelled) {
        // Left claimed: never sent; the claim runs out and the next run decides again.
        emit storeFailed(cancelled.error());
        return finish();
    }
    qCInfo(lcWorker) << "outbox row" << item.id << "not sent: the line is a" << lineType;
    sendNext();
}

void OutboxSender::noteOnLead(const OutboxItem& item, const QString& code, const QVariantMap& params)
{
    if (!item.leadId)
        return;
    TimelineEvent e;
    e.leadId = item.leadId;
    e.kind = TimelineKind::Note;
    e.code = code;
    e.params = params;
    e.occurredAt = m_clock.nowUtc();
    if (auto r = TimelineStore(m_db).append(e); !r)
        emit storeFailed(r.error());
}

void OutboxSender::send(const OutboxItem& item)
{
    const QPointer<OutboxSender> self(this);
    OutgoingMessage message{item.toNumber, item.fromNumber, item.body, m_messagingService};
    message.channel = item.channel;
    message.contentSid = item.contentSid;
    message.contentVariables = item.contentVariables;
    m_provider->sendMessage(message, [self, item](ProviderResult<SentMessage> result) {
        if (!self)
            return;
        // Throttled, offline or failing: stop here instead of hammering
        // the provider with the rest of the queue; the next run tries again.
        if (!self->onSent(item, result))
            return self->finish();
        self->sendNext();
    });
}

bool OutboxSender::onSent(const OutboxItem& item, const ProviderResult<SentMessage>& result)
{
    fault::point("after-response");
    if (result) {
        recordSent(item, result->providerMessageId);
        return true;
    }
    const ProviderError& error = result.error();
    const QDateTime now = m_clock.nowUtc();
    const qint64 wait =
        error.retryAfterSeconds ? qint64(*error.retryAfterSeconds) * 1000 : backoffMs(item.attempts);
    if (error.mayHaveBeenAccepted()) {
        // It may have gone out: never resent blind. The row waits out the back-off, then the next
        // run looks for it in the provider's log (reconcileNext) and resends only if it is not there.
        qCWarning(lcWorker) << "outbox row" << item.id
                            << "may have reached the provider; it will be looked up";
        if (auto r = OutboxStore(m_db).markUncertain(item.id, now.addMSecs(wait), error.code(),
                                                     error.params(), now);
            !r)
            emit storeFailed(r.error());
        emit retryLater(item.id, error);
        // A hung or cut answer concerns this request: the texts behind it go on. A 5xx, or a
        // second such failure in one run, is the provider in trouble: the queue pauses.
        if (error.kind != ProviderError::Kind::ServerError && ++m_ambiguousThisRun < 2)
            return true;
        m_pausedUntil = now.addMSecs(wait);
        return false;
    }
    if (error.isRetryable() && item.attempts < kMaxAttempts) {
        // 429, or a request that never left: safe to send again after the back-off.
        m_pausedUntil = now.addMSecs(wait);
        if (auto r = OutboxStore(m_db).reschedule(item.id, m_pausedUntil, error.code(), error.params(), now);
            !r)
            emit storeFailed(r.error());
        emit retryLater(item.id, error);
        return false;
    }
    recordFailure(item, error, error.code(), error.params());
    return true;
}

void OutboxSender::recordSent(const OutboxItem& item, const QString& providerMessageId)
{
    const QDateTime now = m_clock.nowUtc();
    // All or nothing: if any step fails the row stays claimed, and when the claim runs out it is
    // found in the provider's message log and recorded then, never sent again.
    const auto recorded = [&]() -> StoreResult<void> {
        Transaction tx(m_db);
        if (!tx.began())
            return tx.began();
        if (auto r = OutboxStore(m_db).markSent(item.id, providerMessageId, now); !r)
            return r;
        if (item.messageId) {
            if (auto r = MessageStore(m_db).attachProviderId(*item.messageId, providerMessageId,
                                                             MessageStatus::Sent, now);
                !r)
                return r;
            // Send later: shown where it was written while it waited, it now sits where it went.
            if (item.scheduledFor.isValid()) {
                if (auto r = MessageStore(m_db).placeAt(*item.messageId, now); !r)
                    return r;
            }
        }
        LeadStore leads(m_db);
        auto lead = leads.byId(item.leadId);
        if (!lead)
            return lead.error();
        // A reminder to the owner is about the lead, not part of its conversation: its status and
        // place in the inbox stay as they are; only its history says the owner was told.
        if (lead->has_value() && item.kind != OutboxKind::OwnerAlert) {
            if ((*lead)->status == LeadStatus::New) {
                if (auto r = leads.setStatus(item.leadId, LeadStatus::Texted, now); !r)
                    return r;
            }
            if (auto r = leads.touch(item.leadId, now, false); !r)
                return r;
        }
        TimelineEvent texted;
        texted.leadId = item.leadId;
        texted.kind = TimelineKind::Texted;
        texted.code = toText(item.kind); // "textback", "followup", "help", "reply"
        texted.callId = item.callId;
        texted.messageId = item.messageId;
        texted.occurredAt = now;
        texted.actor = item.actor; // a staff reply: who wrote it
        if (auto r = TimelineStore(m_db).append(texted); !r)
            return r.error();
        fault::point("before-record");
        return tx.commit();
    }();
    if (!recorded) {
        emit storeFailed(recorded.error());
        return;
    }
    qCInfo(lcWorker).noquote() << toText(item.kind) << "sent to"
                               << logging::redactNumber(item.toNumber, lcWorker());
    emit sent(item.id, providerMessageId);
}

void OutboxSender::recordFailure(const OutboxItem& item, const ProviderError& error, const QString& code,
                                 const QVariantMap& params)
{
    const QDateTime now = m_clock.nowUtc();
    // One transaction: the row is failed only together with what was learned from the failure
    // (an opt-out or an undeliverable number is a compliance fact that must not get lost).
    const auto recorded = [&]() -> StoreResult<void> {
        Transaction tx(m_db);
        if (!tx.began())
            return tx.began();
        // Codes and the provider's own words, never a sentence: each desk words them (FactWording).
        if (auto r = OutboxStore(m_db).markFailed(item.id, code, params, now); !r)
            return r;
        if (item.messageId) {
            if (auto r = MessageStore(m_db).setStatus(
                    *item.messageId, MessageStatus::Failed,
                    error.providerCode ? std::optional<int>(error.providerCode) : std::nullopt,
                    params.value(QStringLiteral("detail")).toString(), now, code);
                !r)
                return r;
        }
        // Provider feedback is learned so the number is not tried again.
        if (error.kind == ProviderError::Kind::OptedOut) {
            if (auto r = OptOutStore(m_db).optOut(
                    {item.toNumber, QStringLiteral("provider 21610"), QString(), now});
                !r)
                return r;
        } else if (error.kind == ProviderError::Kind::InvalidNumber && item.channel == MessageChannel::Sms) {
            // (A number WhatsApp does not reach may still take an SMS: that lesson is SMS's only.)
            if (auto r = BlockListStore(m_db).add(item.toNumber, BlockListStore::Kind::CannotText, code, now,
                                                  params);
                !r)
                return r;
        }
        // A WhatsApp text-back refused for good goes by SMS instead, once (an ambiguous answer never
        // gets here: it is looked up first).
        if (TextBackFallback::fallsBack(item) && TextBackFallback::isDefiniteRefusal(error)) {
            if (auto r = TextBackFallback::queueSms(m_db, item, now); !r)
                return r.error();
        }
        TimelineEvent failed;
        failed.leadId = item.leadId;
        failed.kind = TimelineKind::SendFailed;
        failed.code = QStringLiteral("provider_error");
        failed.params = params;
        failed.params.insert(QStringLiteral("reason"), code);
        if (item.kind == OutboxKind::OwnerAlert)
            failed.params.insert(QStringLiteral("to"), QStringLiteral("owner"));
        failed.callId = item.callId;
        failed.messageId = item.messageId;
        failed.occurredAt = now;
        if (auto r = TimelineStore(m_db).append(failed); !r)
            return r.error();
        return tx.commit();
    }();
    if (!recorded) {
        // Rolled back: the row stays claimed; when the claim runs out it is looked up in the message
        // log (not there) and tried again, so the provider's answer and its lesson come back.
        emit storeFailed(recorded.error());
        return;
    }
    emit failed(item.id, FactWording().sendFailure(code, params));
}

void OutboxSender::finish()
{
    m_busy = false;
    emit finished();
}

} // namespace ringback
