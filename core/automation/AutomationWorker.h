#pragma once

#include "AutomationState.h"
#include "MissedCallProcessor.h"
#include "common/Backoff.h"
#include "providers/VoipProvider.h"
#include "store/DatabaseLocation.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

class QTimer;

namespace ringback {

class AutomationLease;
class SenderHeartbeat;
class FollowUpScheduler;
class Clock;
class Database;
class KeyValueStore;
class MessageIngestor;
class OutboxSender;
class OwnerAlerts;
class IntakeCoordinator;
class MediaCollector;
struct IngestedMessage;
class PhoneNumberService;
class Settings;
class TextBackWriter;

// The text-back pipeline on a timer: poll calls -> decide -> poll messages -> send. A QObject
// that lives on its own thread in the app (or on the main thread in --headless), opens its own
// database connection there, and talks to the rest only through queued signals carrying values.
class AutomationWorker : public QObject
{
    Q_OBJECT
public:
    using ProviderFactory = std::function<std::unique_ptr<VoipProvider>()>;

    struct Options
    {
        DatabaseLocation location;
        QString connectionName = QStringLiteral("worker");
        QString holderId; // unique per process: "<desk name> (pid 1234)"
        // Who this is in the sender heartbeats: the desk name (else the machine's), desk or worker.
        QString senderLabel;
        SenderBeat::Kind senderKind = SenderBeat::Kind::Desk;
        ProviderFactory makeProvider;
        VoipProvider* sharedProvider = nullptr; // used instead of makeProvider; not owned
        const Clock* clock = nullptr;           // the system clock when null
        TextBackComposer compose;
        OpenHours openHours;
        std::function<QString()> helpText;
        // Overrides for tests; by default all of these come from the store (TextBackWriter).
        std::function<QDateTime(const QString& e164, const QDateTime& at)> followUpAllowedAt;
        std::function<QString(const Lead& lead)> composeFollowUp;
        int pollIntervalMs = 0; // 0: from Settings
        qint64 leaseTtlMs = 30'000;
        int historyDays = 30;
        qint64 pollOverlapMs = 10 * 60'000; // provider logs are eventually consistent
        // How often each call that is ringing or in progress is fetched by its id (DESIGN §8).
        int liveFetchIntervalMs = 1'000;
        // Back-off after provider failures; tests inject the randomness.
        Backoff::Random backoffRandom;
    };

    // How long a request in flight may still finish normally after stop(); then it is aborted.
    static constexpr int kStopGraceMs = 1'000;
    // stop() emits stopped() within this, whatever the provider does.
    static constexpr int kStopWithinMs = 2'000;

    explicit AutomationWorker(Options options, QObject* parent = nullptr);
    ~AutomationWorker() override;

    const AutomationState& state() const { return m_state; }

public slots:
    void start();
    // Sends nothing more, gives the request in flight a moment to be answered and recorded, then
    // aborts it (a text cut short is left `uncertain`, for the next run or the other desk to look
    // up before any resend); releases the lease and emits stopped(), within kStopWithinMs.
    void stop();
    void pollNow();
    // The shared settings changed (the pause switch at any desk): applied from this moment, not
    // from the next poll, and the state says so at once.
    void applySettings();

signals:
    void stateChanged(const ringback::AutomationState& state);
    void decided(const QString& line); // one line per decision, for the headless log
    void storeChanged();               // something new is in the store: refresh the views
    void stopped();
    // The provider chosen in the shared settings changed (here or at another desk): whoever built
    // this worker's provider builds a new worker with the new one (the token may be new too).
    void providerSettingsChanged();
    // The account's approved WhatsApp templates, listed at start and whenever the WhatsApp sender
    // is set (nothing while it is not).
    void whatsAppTemplatesListed(const QList<ringback::WhatsAppTemplate>& templates);

private:
    void listWhatsAppTemplates();
    // The timer: the regular poll when it is due, else a quick cycle (messages, decide, send).
    void onTimer();
    void cycle();
    // Messages poll, decide, send: for a live call that just ended, or sends resuming after a 429.
    void startQuickCycle();
    void requestQuickCycle();
    void requestFullPoll();
    // The live-call watch (DESIGN §8): each poll lists the calls ringing or in progress, each is
    // fetched by id about once a second, and one that ends is decided at once.
    // `sweep`: asked by the watch instead of fetching many calls one by one; a watched call the
    // listing no longer shows has ended, and is fetched by its id at once.
    void listLiveCalls(bool sweep = false);
    void watchLiveCalls();
    void liveCallFetched(const QString& providerCallId, const ProviderResult<Call>& fetched);
    void liveFailed(const ProviderError& error);
    // Within the per-minute ceiling (spread: at most a sixtieth of it in any second), counting
    // `requests` more.
    bool liveRequestAllowed(int requests = 1);
    void fetchLiveCall(const QString& providerCallId, qint64 now);
    void updateLiveTimer();
    void sampleRequestRate();
    qint64 monotonicMs() const { return m_monotonic.elapsed(); }
    void pollCalls();
    void pollMessages();
    // Decides the calls that ended before m_messagesKnownUntil; false: the store failed (reported).
    bool decideCalls();
    void sendDue();
    // Reply-waiting escalation: queues the reminders due to the owner's mobile (OwnerAlerts);
    // false: the store failed (reported).
    bool alertOwner();
    bool runIntake(const QList<IngestedMessage>& ingested);
    void cycleDone();
    // The end of a stop: releases the lease, says Stopped, emits stopped() (once).
    void finishStop();
    void providerFailed(const ProviderError& error);
    void storeFailed(const StoreError& error);
    void scheduleNext(int delayMs);
    int pollIntervalMs() const;
    void setState(AutomationState::Mode mode, const QString& detail = QString());
    void loadConfig();
    // Stores the records set aside during this poll and reports the new ones; false after a
    // store failure (already handled).
    bool recordSetAside();
    QDateTime watermark(const QString& key, const QDateTime& fallback);
    void advanceWatermark(const QString& key, const QDateTime& latestSeen);

    Options m_options;
    const Clock& m_clock;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<KeyValueStore> m_sharedKv;
    std::unique_ptr<KeyValueStore> m_syncKv;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<PhoneNumberService> m_phone;
    std::unique_ptr<VoipProvider> m_ownedProvider;
    VoipProvider* m_provider = nullptr;
    std::unique_ptr<MissedCallProcessor> m_processor;
    std::unique_ptr<MessageIngestor> m_ingestor;
    std::unique_ptr<AutomationLease> m_lease;
    std::unique_ptr<SenderHeartbeat> m_heartbeat;
    std::unique_ptr<TextBackWriter> m_writer;
    QList<WhatsAppTemplate> m_whatsAppTemplates; // as last listed: the text-back's must be among them
    std::unique_ptr<FollowUpScheduler> m_followUps;
    std::unique_ptr<OwnerAlerts> m_ownerAlerts;
    std::unique_ptr<IntakeCoordinator> m_intake;
    std::unique_ptr<MediaCollector> m_media;
    OutboxSender* m_sender = nullptr;
    QTimer* m_timer = nullptr;
    QTimer* m_liveTimer = nullptr;
    QElapsedTimer m_monotonic;
    // When the next regular poll is due (monotonic ms); quick cycles in between leave it.
    qint64 m_pollDueMs = 0;
    bool m_quickCycle = false;   // the cycle in flight is a quick one
    bool m_quickPending = false; // a quick cycle waits for the one in flight
    struct LiveCall
    {
        qint64 firstSeenMs = 0;
        qint64 lastAskedMs = -1;
        CallStatus status = CallStatus::Ringing;
        bool inFlight = false;
    };
    QHash<QString, LiveCall> m_live; // provider call id -> what the watch knows
    QList<qint64> m_liveRequestsAt;  // monotonic ms of the live watch's requests in the last minute
    bool m_liveListingInFlight = false;
    qint64 m_livePausedUntilMs = 0; // after a 429 (or another failure) of the live watch
    Backoff m_liveBackoff;
    QList<QPair<qint64, quint64>> m_requestSamples; // (monotonic ms, provider's request count)
    AutomationState m_state;
    QStringList m_watchedNumbers;
    QHash<QString, QByteArray> m_seenCalls;    // provider id -> facts last stored
    QHash<QString, QByteArray> m_seenMessages; // provider id -> status last stored
    QList<SetAsideRecord> m_setAside;          // set aside during the poll in flight
    // When the last successful messages poll was asked: replies, STOP and START sent before it are
    // stored. A call that ended later is decided after the next messages poll, so which poll ran
    // first never changes what is texted (DESIGN §3).
    QDateTime m_messagesKnownUntil = QDateTime::fromMSecsSinceEpoch(0, Qt::UTC);
    bool m_inCycle = false;
    bool m_stopping = false;
    bool m_stopped = false;
    int m_failures = 0;
    Backoff m_backoff; // provider failures: ~0.5 s, doubling while they repeat; Retry-After exactly
    // A read failed, but the texts already queued still go out (their callers' replies are known
    // up to a recent messages poll); the cycle then ends with this back-off instead of "live".
    std::optional<int> m_backoffAfterSending;
};

} // namespace ringback
