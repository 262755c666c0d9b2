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
// claim with a lease (pending -> sending), send, record the provider's id (-> sent). After a
// crash, rows left in `sending` are first looked for in the provider's message log and only
// resent when they are not there. 429/5xx/timeouts retry with back-off (Retry-After honoured);
// errors that cannot succeed fail the row with the provider's reason shown on the lead.
class OutboxSender : public QObject
{
    Q_OBJECT
public:
    OutboxSender(Database& db, VoipProvider& provider, const Clock& clock, QString owner,
                 QObject* parent = nullptr);

    static constexpr qint64 kLeaseMs = 120'000;
    static constexpr int kMaxAttempts = 8;
    // 5 s, 10 s, 20 s ... at most 10 minutes.
    static qint64 backoffMs(int attempts);

    bool busy() const { return m_busy; }
    // Auto text-back paused: text-backs, follow-ups and HELP answers stay queued; staff replies
    // still go. Applies from the next text claimed.
    void setAutomaticTextsPaused(bool paused) { m_automaticPaused = paused; }

public slots:
    // Reconciles expired leases, then sends every due row; emits finished() when idle again.
    void run();

signals:
    void sent(qint64 outboxId, const QString& providerMessageId);
    void failed(qint64 outboxId, const QString& reason);
    void retryLater(qint64 outboxId, const ProviderError& error);
    void finished();
    void storeFailed(const StoreError& error);

private:
    void reconcileNext(QList<OutboxItem> expired);
    void sendNext();
    void onSent(const OutboxItem& item, const ProviderResult<SentMessage>& result);
    void recordSent(const OutboxItem& item, const QString& providerMessageId);
    void recordFailure(const OutboxItem& item, const ProviderError& error);
    void finish();

    Database& m_db;
    QPointer<VoipProvider> m_provider;
    const Clock& m_clock;
    QString m_owner;
    bool m_busy = false;
    bool m_automaticPaused = false;
    // After a 429, a 5xx or a network failure the provider is struggling as a whole: nothing is
    // sent until this moment, so the texts still go out in the order they were queued.
    QDateTime m_pausedUntil;
};

} // namespace ringback
