#pragma once

#include "domain/OutboxItem.h"
#include "providers/VoipProvider.h"
#include "store/StoreError.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

namespace ringback {

class Clock;
class Database;

// Sends what the outbox holds, one text at a time, with the exactly-once rules of DESIGN §5:
// claim with a lease (pending -> sending), send, record the provider's id (-> sent).
// A send that may have reached the provider although it failed (a 5xx, a timeout, a dropped
// connection, a redirect: ProviderError::mayHaveBeenAccepted) leaves its row `uncertain`; like a
// row left in `sending` by a crash, it is looked for in the provider's message log at the start
// of a later run and resent only when it is not there. A 429 or a request that never left is
// retried with back-off (Retry-After honoured); errors that cannot succeed fail the row with the
// provider's reason shown on the lead.
class OutboxSender : public QObject
{
    Q_OBJECT
public:
    OutboxSender(Database& db, VoipProvider& provider, const Clock& clock, QString owner,
                 QObject* parent = nullptr);

    // A claim outlives the longest send (TwilioOptions' send deadline, 10 s) and is shorter than the
    // automation lease (30 s): another desk that takes over reconciles a claim only once it has
    // expired, when the send it stood for has ended one way or the other and shows in the log.
    static constexpr qint64 kLeaseMs = 20'000;
    static constexpr int kMaxAttempts = 8;
    // 5 s, 10 s, 20 s ... at most 10 minutes.
    static qint64 backoffMs(int attempts);

    bool busy() const { return m_busy; }
    // Auto text-back paused: text-backs, follow-ups and HELP answers stay queued; staff replies
    // still go. Applies from the next text claimed.
    void setAutomaticTextsPaused(bool paused) { m_automaticPaused = paused; }
    // Texts go out through this messaging service (OutgoingMessage::messagingServiceSid); empty:
    // from the outbox item's own number.
    void setMessagingService(const QString& sid) { m_messagingService = sid; }
    // Before the first automatic text to a number not looked up in the last 180 days, ask the
    // provider its line type (a paid lookup): landline, pager and premium are not texted (the
    // text is cancelled and the lead says why); a failed lookup never stops the text (noted on
    // the lead). A number already known costs no request and no wait.
    void setLineTypeLookup(bool on) { m_lineTypeLookup = on; }
    // Sending waits until then after a 429 (exactly its Retry-After), a 5xx or a network failure;
    // invalid when it never paused. Reads go on meanwhile: the worker resumes sending at that moment.
    QDateTime pausedUntil() const { return m_pausedUntil; }

public slots:
    // Reconciles expired leases and uncertain rows, then sends every due row; emits finished()
    // when idle again.
    void run();
    // Sends nothing more in this run once the request in flight has been answered (or aborted
    // through the provider): finished() follows.
    void stopAfterCurrent();

signals:
    void sent(qint64 outboxId, const QString& providerMessageId);
    void failed(qint64 outboxId, const QString& reason);
    void retryLater(qint64 outboxId, const ProviderError& error);
    void finished();
    void storeFailed(const StoreError& error);

private:
    void reconcileNext(QList<OutboxItem> expired);
    void sendNext();
    // The line type check (setLineTypeLookup), then send().
    void checkLineThenSend(const OutboxItem& item);
    void send(const OutboxItem& item);
    // Not texted: the line cannot take texts. The text is cancelled with its reason, noted on the lead.
    void skipForLineType(const OutboxItem& item, const QString& lineType);
    void noteOnLead(const OutboxItem& item, const QString& code, const QVariantMap& params);
    // Records the outcome; false when the run should end here (the provider is struggling).
    bool onSent(const OutboxItem& item, const ProviderResult<SentMessage>& result);
    // Not found in the log: due again now, or failed once it has had its attempts.
    void resendOrFail(const OutboxItem& item);
    void recordSent(const OutboxItem& item, const QString& providerMessageId);
    // Fails the row for `code` and its `params` (stored as they are); `error` says what to learn.
    void recordFailure(const OutboxItem& item, const ProviderError& error, const QString& code,
                       const QVariantMap& params);
    void finish();

    Database& m_db;
    QPointer<VoipProvider> m_provider;
    const Clock& m_clock;
    QString m_owner;
    bool m_busy = false;
    bool m_automaticPaused = false;
    QString m_messagingService;
    bool m_lineTypeLookup = false;
    bool m_stopping = false;
    // Sends of this run that may have been accepted: one (a hung answer) does not hold the queue,
    // a second means the provider is in trouble and the run ends.
    int m_ambiguousThisRun = 0;
    // After a 429, a 5xx or a network failure the provider is struggling as a whole: nothing is
    // sent (or looked up) until this moment, so the texts still go out in the order they were
    // queued.
    QDateTime m_pausedUntil;
};

} // namespace ringback
