#include "AutomationWorker.h"

#include "AutomationLease.h"
#include "FollowUpScheduler.h"
#include "MediaCollector.h"
#include "MessageIngestor.h"
#include "OutboxSender.h"
#include "OwnerAlerts.h"
#include "SenderHeartbeat.h"
#include "TextBackWriter.h"
#include "WhatsAppTemplateFill.h"
#include "common/Clock.h"
#include "common/Logging.h"
#include "common/ProcessInfo.h"
#include "intake/IntakeCoordinator.h"
#include "intake/JobTimeReader.h"
#include "phone/PhoneNumberService.h"
#include "settings/Settings.h"
#include "store/CallStore.h"
#include "store/Database.h"
#include "store/KeyValueStore.h"
#include "store/MessageStore.h"
#include "store/OutboxStore.h"
#include "store/SetAsideStore.h"

#include <QCoreApplication>
#include <QPointer>
#include <QTimer>

#include <algorithm>
#include <memory>

namespace ringback {

namespace {

const QString kCallsWatermark = QStringLiteral("watermark/calls");
const QString kMessagesWatermark = QStringLiteral("watermark/messages");
constexpr int kMaxBackoffMs = 5 * 60'000;
// A call watched longer than any call lasts (a record the provider never finalised) is left to
// the regular poll.
constexpr qint64 kMaxLiveWatchMs = 30 * 60'000;
// A call answered for more than this is asked about at the poll's pace, not every second.
constexpr qint64 kAnsweredWatchMs = 60'000;
// A live listing is this many requests (one per status: queued, ringing, in progress); with more
// calls than this to ask about, one listing is cheaper than a fetch each.
constexpr int kLiveListingRequests = 3;
// A desk in standby asks for the automation this often: a holder that closed or died on this
// machine is replaced within it (a lease that merely runs out takes its TTL).
constexpr qint64 kStandbyCheckMs = 2'000;
// After a failed read, queued texts are still sent while the last good messages poll is this
// recent: a STOP sent since then could not have been seen by a normal poll either.
constexpr qint64 kSendAfterReadFailureWithinMs = 60'000;

// What a provider record said last time we stored it: the overlap of each poll brings the same
// records back, and skipping the unchanged ones keeps a busy cycle cheap.
QByteArray fingerprint(const Call& c)
{
    return (c.parentProviderCallId + QLatin1Char('|') + toText(c.status) + QLatin1Char('|') +
            QString::number(c.endedAt.toMSecsSinceEpoch()) + QLatin1Char('|') +
            QString::number(c.durationSeconds.value_or(-1)) + QLatin1Char('|') + c.answeredBy +
            QLatin1Char('|') + c.fromNumber + QLatin1Char('|') + c.toNumber + QLatin1Char('|') +
            (c.hasRecording ? QLatin1Char('r') : QLatin1Char('-')))
        .toUtf8();
}

QByteArray fingerprint(const Message& m)
{
    return (toText(m.status) + QLatin1Char('|') + QString::number(m.errorCode.value_or(0)) +
            QLatin1Char('|') + QString::number(m.sentAt.toMSecsSinceEpoch()))
        .toUtf8();
}

template <class Record>
QList<Record> changedOnly(const QList<Record>& records, const QHash<QString, QByteArray>& seen,
                          QString (*idOf)(const Record&))
{
    QList<Record> out;
    for (const Record& r : records) {
        const auto it = seen.constFind(idOf(r));
        if (it == seen.constEnd() || *it != fingerprint(r))
            out << r;
    }
    return out;
}

template <class Record>
void remember(QHash<QString, QByteArray>& seen, const QList<Record>& records, QString (*idOf)(const Record&))
{
    constexpr int kMaxRemembered = 20'000;
    if (seen.size() > kMaxRemembered)
        seen.clear();
    for (const Record& r : records)
        seen.insert(idOf(r), fingerprint(r));
}

QString callId(const Call& c)
{
    return c.providerCallId;
}
QString messageId(const Message& m)
{
    return m.providerMessageId;
}

// Any provider's records dated after `notAfter` (a clock gone wrong, a year-9999 end_time) are
// set aside: stored, they would be decided on and would move a watermark into the future, after
// which nothing newer is ever asked for.
SetAsideRecord futureRecord(RecordKind kind, const QString& id, const char* field, const QString& facts)
{
    SetAsideRecord r;
    r.kind = kind;
    r.providerId = id;
    r.reason = SetAsideReason::FutureDate;
    r.field = QString::fromLatin1(field);
    r.excerpt = facts;
    return r;
}

QString iso(const QDateTime& t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QStringLiteral("null");
}

// What is kept of a record the store refused: its facts, never a message body.
SetAsideRecord refusedRecord(const Call& c)
{
    SetAsideRecord r = futureRecord(RecordKind::Call, c.providerCallId, "",
                                    QStringLiteral("status %1, start_time %2, end_time %3")
                                        .arg(toText(c.status), iso(c.startedAt), iso(c.endedAt)));
    r.reason = SetAsideReason::StoreRefused;
    return r;
}

SetAsideRecord refusedRecord(const Message& m)
{
    SetAsideRecord r =
        futureRecord(RecordKind::Message, m.providerMessageId, "",
                     QStringLiteral("%1, status %2, date_created %3, date_sent %4")
                         .arg(toText(m.direction), toText(m.status), iso(m.createdAt), iso(m.sentAt)));
    r.reason = SetAsideReason::StoreRefused;
    return r;
}

// A batch the store refused as a whole is written again record by record, so that the one record
// it refuses (a constraint, a value the server rejects) is set aside and its neighbours are kept:
// one poisoned record must not stop every later cycle. A store that cannot be written at all
// (offline, read-only, full, locked) fails the poll as before, and so does a batch of several
// where every record is refused. (A refused record is not remembered as seen: while the overlap
// brings it back it is tried again.)
template <class Record, class Outcome, class Write>
StoreResult<QList<Outcome>> writeEach(const QList<Record>& records, const StoreError& batchError, Write write,
                                      QList<Record>& written, QList<SetAsideRecord>& aside)
{
    const bool aboutOneRecord =
        batchError.kind == StoreError::Kind::Constraint || batchError.kind == StoreError::Kind::Query;
    if (!aboutOneRecord)
        return batchError;
    QList<Outcome> outcomes;
    QList<SetAsideRecord> refused;
    for (const Record& r : records) {
        auto one = write(QList<Record>{r});
        if (one) {
            outcomes += one.value();
            written << r;
        } else {
            refused << refusedRecord(r);
        }
    }
    if (written.isEmpty() && records.size() > 1)
        return batchError;
    aside += refused;
    return outcomes;
}

QList<Call> withoutFutureDates(const QList<Call>& calls, const QDateTime& notAfter,
                               QList<SetAsideRecord>& aside)
{
    QList<Call> out;
    out.reserve(calls.size());
    for (const Call& c : calls) {
        const bool startLate = c.startedAt.isValid() && c.startedAt > notAfter;
        if (startLate || (c.endedAt.isValid() && c.endedAt > notAfter)) {
            aside << futureRecord(RecordKind::Call, c.providerCallId, startLate ? "start_time" : "end_time",
                                  QStringLiteral("status %1, start_time %2, end_time %3")
                                      .arg(toText(c.status), iso(c.startedAt), iso(c.endedAt)));
            continue;
        }
        out << c;
    }
    return out;
}

QList<Message> withoutFutureDates(const QList<Message>& messages, const QDateTime& notAfter,
                                  QList<SetAsideRecord>& aside)
{
    QList<Message> out;
    out.reserve(messages.size());
    for (const Message& m : messages) {
        const bool createdLate = m.createdAt.isValid() && m.createdAt > notAfter;
        if (createdLate || (m.sentAt.isValid() && m.sentAt > notAfter)) {
            aside << futureRecord(
                RecordKind::Message, m.providerMessageId, createdLate ? "date_created" : "date_sent",
                QStringLiteral("%1, status %2, date_created %3, date_sent %4")
                    .arg(toText(m.direction), toText(m.status), iso(m.createdAt), iso(m.sentAt)));
            continue;
        }
        out << m;
    }
    return out;
}

} // namespace

AutomationWorker::AutomationWorker(Options options, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_clock(m_options.clock ? *m_options.clock : SystemClock::instance())
    , m_liveBackoff(Backoff::Config{}, m_options.backoffRandom)
    , m_backoff(Backoff::Config{}, m_options.backoffRandom)
{
    qRegisterMetaType<ringback::AutomationState>();
    m_monotonic.start();
}

AutomationWorker::~AutomationWorker()
{
    // The sender and provider refer to the database: destroy them first.
    delete m_sender;
    m_ownedProvider.reset();
}

void AutomationWorker::start()
{
    setState(AutomationState::Mode::Starting);
    auto opened = Database::open(m_options.location, m_options.connectionName);
    if (!opened) {
        setState(AutomationState::Mode::Degraded, opened.error().message);
        return;
    }
    m_db = std::move(opened).value();
    m_sharedKv = std::make_unique<KeyValueStore>(*m_db, KeyValueStore::Table::Settings);
    m_syncKv = std::make_unique<KeyValueStore>(*m_db, KeyValueStore::Table::SyncState);
    m_settings = std::make_unique<Settings>(m_sharedKv.get(), nullptr);
    m_phone = std::make_unique<PhoneNumberService>(m_settings->stringValue(SettingKey::BusinessRegion));
    if (m_options.sharedProvider) {
        m_provider = m_options.sharedProvider;
    } else {
        m_ownedProvider = m_options.makeProvider();
        m_provider = m_ownedProvider.get();
    }
    // What the owner set up (templates, hours, quiet hours), unless the caller brought its own.
    m_writer = std::make_unique<TextBackWriter>(*m_db, m_clock);
    TextBackWriter* writer = m_writer.get();
    if (!m_options.compose)
        m_options.compose = [writer](TextBackTemplate role, const Lead& lead) {
            return writer->textBack(role, lead);
        };
    if (!m_options.openHours)
        m_options.openHours = [writer](const QDateTime& at) {
            return writer->isOpen(at);
        };
    if (!m_options.helpText)
        m_options.helpText = [writer] {
            return writer->helpReply();
        };
    if (!m_options.followUpAllowedAt)
        m_options.followUpAllowedAt = [writer](const QString& e164, const QDateTime& at) {
            return writer->followUpAllowedAt(e164, at);
        };
    if (!m_options.composeFollowUp)
        m_options.composeFollowUp = [writer](const Lead& lead) {
            return writer->followUp(lead);
        };
    m_processor = std::make_unique<MissedCallProcessor>(*m_db, *m_phone, m_clock);
    if (m_options.compose)
        m_processor->setComposer(m_options.compose);
    if (m_options.openHours)
        m_processor->setOpenHours(m_options.openHours);
    // Read at each decision, so a change in Settings applies to the next missed call.
    m_processor->setWhatsAppTextBack([this, writer](const Lead& lead) -> std::optional<WhatsAppTextBack> {
        const QString chosen = m_settings->stringValue(SettingKey::TextBackWhatsAppTemplate);
        const QString sender = m_settings->stringValue(SettingKey::WhatsAppSender);
        if (chosen.isEmpty() || sender.isEmpty())
            return std::nullopt;
        for (const WhatsAppTemplate& t : std::as_const(m_whatsAppTemplates)) {
            if (t.id != chosen)
                continue;
            const FilledTemplate filled = WhatsAppTemplateFill::fill(t, writer->context(lead));
            return WhatsAppTextBack{sender, t.id, filled.variablesJson, filled.body};
        }
        // Not approved (any more), or not listed yet: the text-back stays SMS.
        return std::nullopt;
    });
    m_ingestor = std::make_unique<MessageIngestor>(*m_db, *m_phone, m_clock);
    if (m_options.helpText)
        m_ingestor->setHelpReply(m_options.helpText);
    m_lease = std::make_unique<AutomationLease>(*m_db, m_options.holderId, m_clock);
    m_heartbeat = std::make_unique<SenderHeartbeat>(
        *m_db, m_clock,
        SenderHeartbeat::Identity{
            m_options.holderId, m_options.senderLabel.isEmpty() ? process::hostName() : m_options.senderLabel,
            process::hostName(), m_options.senderKind});
    m_heartbeat->setHours([writer]() -> std::optional<BusinessHours> { return writer->hours(); });
    if (m_options.followUpAllowedAt && m_options.composeFollowUp)
        m_followUps = std::make_unique<FollowUpScheduler>(*m_db, m_clock, m_options.followUpAllowedAt,
                                                          m_options.composeFollowUp);
    m_ownerAlerts = std::make_unique<OwnerAlerts>(*m_db, *m_phone, m_clock);
    m_intake = std::make_unique<IntakeCoordinator>(
        *m_db, m_clock, m_options.followUpAllowedAt,
        [writer](IntakeQuestion q, const Lead& lead) { return writer->intakeQuestion(q, lead); });
    m_sender = new OutboxSender(*m_db, *m_provider, m_clock, m_options.holderId);
    connect(m_sender, &OutboxSender::finished, this, &AutomationWorker::cycleDone);
    connect(m_sender, &OutboxSender::storeFailed, this, &AutomationWorker::storeFailed);
    connect(m_sender, &OutboxSender::sent, this, [this](qint64 id, const QString&) {
        emit decided(QStringLiteral("sent outbox #%1").arg(id));
        emit storeChanged();
    });
    connect(m_sender, &OutboxSender::failed, this, [this](qint64 id, const QString& reason) {
        emit decided(QStringLiteral("failed outbox #%1: %2").arg(id).arg(reason));
        emit storeChanged();
    });
    // Photos callers send are fetched after each cycle, one request at a time.
    m_media = std::make_unique<MediaCollector>(*m_db, *m_provider, m_clock);
    connect(m_media.get(), &MediaCollector::changed, this, &AutomationWorker::storeChanged);
    connect(m_media.get(), &MediaCollector::storeFailed, this, [](const StoreError& error) {
        // The next cycle meets the same store and reports it; the photos wait for a later round.
        qCWarning(lcWorker).noquote() << "photos not recorded:" << error.message;
    });
    connect(m_sender, &OutboxSender::retryLater, this, [this](qint64, const ProviderError& error) {
        setState(error.kind == ProviderError::Kind::RateLimited ? AutomationState::Mode::Degraded
                                                                : AutomationState::Mode::Offline,
                 error.message);
    });

    // Automation covers calls that end after it was first switched on; older ones are history.
    if (m_settings->int64Value(SettingKey::AutomationEnabledSince) == 0)
        m_settings->setValue(SettingKey::AutomationEnabledSince, qlonglong(m_clock.nowMs()));

    // Most settings are read afresh each cycle (rules, pause, cap, templates, hours). What was
    // built from a setting at start follows it here: a change written at this desk arrives at
    // once, one from another desk at the next cycle (reloadShared), so an always-on worker obeys
    // the office's Settings page without a restart.
    m_settings->followChanges();
    connect(m_settings.get(), &Settings::changed, this, [this](SettingKey key) {
        switch (key) {
        case SettingKey::BusinessRegion:
            m_phone->setDefaultRegion(m_settings->stringValue(SettingKey::BusinessRegion));
            break;
        case SettingKey::ProviderKind:
        case SettingKey::ProviderAccountId:
        case SettingKey::ProviderBaseUrl:
        case SettingKey::ProviderContentBaseUrl:
            emit providerSettingsChanged();
            break;
        case SettingKey::WhatsAppSender:
            listWhatsAppTemplates();
            break;
        default:
            break;
        }
    });

    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    // Never early: a wait the provider asked for (Retry-After) is kept to the millisecond.
    m_timer->setTimerType(Qt::PreciseTimer);
    connect(m_timer, &QTimer::timeout, this, &AutomationWorker::onTimer);
    m_liveTimer = new QTimer(this);
    m_liveTimer->setInterval(qMax(10, m_options.liveFetchIntervalMs));
    m_liveTimer->setTimerType(Qt::PreciseTimer);
    connect(m_liveTimer, &QTimer::timeout, this, &AutomationWorker::watchLiveCalls);
    listWhatsAppTemplates();
    scheduleNext(0);
}

void AutomationWorker::listWhatsAppTemplates()
{
    if (!m_provider || m_settings->stringValue(SettingKey::WhatsAppSender).isEmpty())
        return;
    const QPointer<AutomationWorker> self(this);
    m_provider->listWhatsAppTemplates([self](ProviderResult<QList<WhatsAppTemplate>> listed) {
        if (!self)
            return;
        if (!listed) {
            qCWarning(lcWorker) << "could not list the WhatsApp templates:" << listed.error().message;
            return;
        }
        self->m_whatsAppTemplates = listed.value();
        emit self->whatsAppTemplatesListed(listed.value());
    });
}

void AutomationWorker::stop()
{
    if (m_stopped)
        return;
    const bool first = !m_stopping;
    m_stopping = true;
    if (m_timer)
        m_timer->stop();
    if (m_liveTimer)
        m_liveTimer->stop();
    m_live.clear();
    if (!m_inCycle)
        return finishStop();
    if (!first)
        return; // the timers below are already running
    // cycleDone() (or a failure) finishes the stop once the step in flight has been recorded.
    if (m_sender)
        m_sender->stopAfterCurrent();
    // A slow server does not hold the stop: what is still in flight after the grace is aborted.
    // Its callback still runs (a send cut short is recorded as uncertain), and the cycle ends.
    QTimer::singleShot(kStopGraceMs, this, [this] {
        if (!m_stopped && m_provider)
            m_provider->abortRequests();
    });
    // A provider that cannot abort is not waited for either: the lease goes, and what it answers
    // later is still recorded (the row stays claimed until then, and is looked up after a restart).
    QTimer::singleShot(kStopWithinMs - 200, this, [this] {
        if (!m_stopped) {
            qCWarning(lcWorker) << "the provider did not let go of its request; stopping anyway";
            finishStop();
        }
    });
}

void AutomationWorker::finishStop()
{
    if (m_stopped)
        return;
    m_stopped = true;
    m_inCycle = false;
    if (m_timer)
        m_timer->stop();
    if (m_liveTimer)
        m_liveTimer->stop();
    m_live.clear();
    if (m_heartbeat)
        m_heartbeat->stopped();
    if (m_lease) {
        // Nothing to undo on the way out: an unreleased lease runs out by itself and another desk
        // takes over then. Say so in the log.
        if (auto r = m_lease->release(); !r)
            qCWarning(lcWorker).noquote() << "could not release the automation lease:" << r.error().message;
    }
    setState(AutomationState::Mode::Stopped);
    emit stopped();
}

void AutomationWorker::pollNow()
{
    m_pollDueMs = 0;
    if (m_timer && !m_inCycle)
        scheduleNext(0);
}

void AutomationWorker::applySettings()
{
    if (!m_settings)
        return;
    const bool enabled = m_settings->boolValue(SettingKey::AutoTextBackEnabled);
    m_sender->setAutomaticTextsPaused(!enabled);
    if (m_state.mode == AutomationState::Mode::Live && !enabled)
        setState(AutomationState::Mode::Paused);
    else if (m_state.mode == AutomationState::Mode::Paused && enabled)
        setState(AutomationState::Mode::Live);
    pollNow();
}

void AutomationWorker::loadConfig()
{
    ClassifierConfig classifier;
    classifier.businessNumbers = m_watchedNumbers;
    classifier.shortCallSeconds = m_settings->intValue(SettingKey::ShortCallSeconds);
    classifier.greetingHangupSeconds = m_settings->intValue(SettingKey::GreetingHangupSeconds);

    PolicyConfig policy;
    policy.autoTextBackEnabled = m_settings->boolValue(SettingKey::AutoTextBackEnabled);
    policy.automationEnabledSince =
        QDateTime::fromMSecsSinceEpoch(m_settings->int64Value(SettingKey::AutomationEnabledSince), Qt::UTC);
    policy.businessRegion = m_settings->stringValue(SettingKey::BusinessRegion);
    policy.allowedCountries = m_settings->listValue(SettingKey::AllowedCountries);
    policy.businessNumbers = m_watchedNumbers;
    // The owner's mobile (the reminders' recipient) is the business too: a missed call from the
    // owner is not a customer to text back.
    if (const QString owner = m_settings->stringValue(SettingKey::OwnerMobile); !owner.isEmpty())
        policy.businessNumbers << owner;
    policy.cooldownSeconds = qint64(m_settings->intValue(SettingKey::CooldownHours)) * 3600;
    policy.staleCutoffSeconds = qint64(m_settings->intValue(SettingKey::StaleCutoffMinutes)) * 60;
    policy.hourlyCap = m_settings->intValue(SettingKey::HourlyAutoTextCap);
    policy.graceDelaySeconds = m_settings->intValue(SettingKey::GraceDelaySeconds);
    m_processor->setRules(classifier, policy);
    m_ingestor->setHourlyCap(policy.hourlyCap);
    m_ingestor->setHistoryBefore(policy.automationEnabledSince);
}

void AutomationWorker::cycle()
{
    if (m_stopping || m_inCycle)
        return;
    m_quickPending = false;     // a full cycle does what the quick one would
    m_settings->reloadShared(); // what another desk or process saved since the last cycle
    auto ours = m_lease->tryAcquire(m_options.leaseTtlMs);
    if (!ours)
        return storeFailed(ours.error());
    // A sender beats before its poll (a gap ends now); one standing by, from scheduleNext().
    if (ours.value() || m_heartbeat->sending())
        m_state.senders = m_heartbeat->beat(ours.value(), m_options.leaseTtlMs + pollIntervalMs());
    if (!ours.value()) {
        m_live.clear(); // the holder watches them
        updateLiveTimer();
        m_state.leaseHolder = m_lease->holder().value_or(QString());
        setState(AutomationState::Mode::Standby);
        return scheduleNext(int(qMin(m_options.leaseTtlMs / 3, kStandbyCheckMs)));
    }
    m_inCycle = true;
    m_watchedNumbers = m_settings->listValue(SettingKey::BusinessNumbers);
    if (!m_watchedNumbers.isEmpty())
        return pollCalls();
    // No number chosen: watch every SMS-capable number of the account.
    m_provider->listNumbers([this](ProviderResult<QList<ProviderNumber>> numbers) {
        if (!numbers)
            return providerFailed(numbers.error());
        for (const ProviderNumber& n : numbers.value()) {
            if (n.smsCapable)
                m_watchedNumbers << n.e164;
        }
        pollCalls();
    });
}

void AutomationWorker::pollCalls()
{
    loadConfig();
    listLiveCalls();
    const QDateTime since = watermark(kCallsWatermark, m_clock.nowUtc().addDays(-m_options.historyDays));
    CallQuery query{m_watchedNumbers, since};
    query.notAfter = m_clock.nowUtc().addSecs(kClockSkewAllowanceSecs);
    query.setAside = [this](const SetAsideRecord& r) {
        m_setAside << r;
    };
    // Child legs only for the calls still undecided: a decided call's legs change nothing.
    query.needChildLegs = [this](const QStringList& parents) {
        QSet<QString> needed(parents.cbegin(), parents.cend());
        auto decided = CallStore(*m_db).decidedAmong(parents);
        if (decided)
            needed -= decided.value();
        return needed; // on a store error, all of them: more requests, never a wrong verdict
    };
    // Parents whose child legs wait for a later poll: the watermark stays behind them.
    auto deferredFrom = std::make_shared<QDateTime>();
    query.deferred = [deferredFrom](const QString&, const QDateTime& endedAt) {
        if (endedAt.isValid() && (!deferredFrom->isValid() || endedAt < *deferredFrom))
            *deferredFrom = endedAt;
    };
    m_setAside.clear();
    m_provider->listCalls(query, [this, deferredFrom,
                                  notAfter = query.notAfter](ProviderResult<QList<Call>> listed) {
        if (!listed)
            return providerFailed(listed.error());
        const QDateTime now = m_clock.nowUtc();
        const QList<Call> calls = withoutFutureDates(listed.value(), notAfter, m_setAside);
        if (!recordSetAside())
            return;
        const QList<Call> changed = changedOnly(calls, m_seenCalls, callId);
        QList<Call> written = changed;
        auto stored = CallStore(*m_db).upsertAll(changed, now);
        if (!stored) {
            written.clear();
            stored = writeEach<Call, UpsertOutcome>(
                changed, stored.error(),
                [this, now](const QList<Call>& one) { return CallStore(*m_db).upsertAll(one, now); }, written,
                m_setAside);
        }
        if (!stored)
            return storeFailed(stored.error());
        if (!recordSetAside())
            return;
        remember(m_seenCalls, written, callId);
        QDateTime latest;
        bool anyNew = false;
        for (const UpsertOutcome& o : stored.value())
            anyNew = anyNew || o.changed;
        for (const Call& c : calls) {
            if (isFinal(c.status) && c.endedAt.isValid() && (!latest.isValid() || c.endedAt > latest))
                latest = c.endedAt;
        }
        if (deferredFrom->isValid() && latest.isValid())
            latest = qMin(latest, deferredFrom->addMSecs(-1));
        advanceWatermark(kCallsWatermark, latest);
        m_state.lastCallPollAt = now;
        if (!decideCalls())
            return;
        if (m_followUps && m_settings->boolValue(SettingKey::FollowUpEnabled)) {
            auto followUps = m_followUps->scheduleDue(m_settings->intValue(SettingKey::FollowUpDelayMinutes));
            if (!followUps)
                return storeFailed(followUps.error());
            if (followUps.value() > 0)
                emit decided(QStringLiteral("%1 follow-up(s) scheduled").arg(followUps.value()));
        }
        if (anyNew)
            emit storeChanged();
        pollMessages();
    });
}

bool AutomationWorker::decideCalls()
{
    auto outcomes = m_processor->processPending(1000, m_messagesKnownUntil);
    if (!outcomes) {
        storeFailed(outcomes.error());
        return false;
    }
    int history = 0;
    for (const CallOutcome& o : outcomes.value()) {
        if (o.verdict != CallVerdict::Missed)
            continue;
        if (o.reason == PolicyReason::History)
            ++history; // the first import: one line for all of it
        else
            emit decided(
                QStringLiteral("%1: %2").arg(logging::redactNumber(o.caller, lcWorker()), o.summary()));
    }
    if (history > 0)
        emit decided(
            QStringLiteral("Imported %1 earlier missed call(s); texts go only to calls missed from now on.")
                .arg(history));
    if (!outcomes->isEmpty())
        emit storeChanged();
    return true;
}

void AutomationWorker::pollMessages()
{
    const QDateTime since = watermark(kMessagesWatermark, m_clock.nowUtc().addDays(-m_options.historyDays));
    MessageQuery query{m_watchedNumbers, since};
    if (const QString sender = m_settings->stringValue(SettingKey::WhatsAppSender); !sender.isEmpty())
        query.whatsAppSenders = {sender};
    query.notAfter = m_clock.nowUtc().addSecs(kClockSkewAllowanceSecs);
    query.setAside = [this](const SetAsideRecord& r) {
        m_setAside << r;
    };
    m_setAside.clear();
    const QDateTime asked = m_clock.nowUtc();
    m_provider->listMessages(query, [this, asked,
                                     notAfter = query.notAfter](ProviderResult<QList<Message>> listed) {
        if (!listed)
            return providerFailed(listed.error());
        const QList<Message> messages = withoutFutureDates(listed.value(), notAfter, m_setAside);
        if (!recordSetAside())
            return;
        const QList<Message> changed = changedOnly(messages, m_seenMessages, messageId);
        QList<Message> written = changed;
        auto ingested = m_ingestor->ingest(changed);
        if (!ingested) {
            written.clear();
            ingested = writeEach<Message, IngestedMessage>(
                changed, ingested.error(),
                [this](const QList<Message>& one) { return m_ingestor->ingest(one); }, written, m_setAside);
        }
        if (!ingested)
            return storeFailed(ingested.error());
        if (!recordSetAside())
            return;
        remember(m_seenMessages, written, messageId);
        QDateTime latest;
        for (const Message& m : messages) {
            const QDateTime at = m.createdAt;
            if (at.isValid() && (!latest.isValid() || at > latest))
                latest = at;
        }
        advanceWatermark(kMessagesWatermark, latest);
        m_state.lastMessagePollAt = m_clock.nowUtc();
        for (const IngestedMessage& m : ingested.value()) {
            if (m.registrationError && !m_state.registrationError) {
                m_state.registrationError = m.registrationError; // said once, in the status bar
                emit decided(QStringLiteral("a text failed with error %1: the business number is not "
                                            "registered for texting US numbers")
                                 .arg(m.registrationError));
            } else if (m.deliveredToNanp && m_state.registrationError) {
                // Registration came through (it takes weeks): the warning goes as it came.
                m_state.registrationError = 0;
                emit decided(
                    QStringLiteral("a text to a US number was delivered: texting registration works"));
            }
            if (m.optOutIntent)
                emit decided(QStringLiteral("reply for lead #%1 looks like an opt-out: automatic texts "
                                            "stopped until someone confirms or undoes it")
                                 .arg(m.leadId));
            else if (m.isNewReply)
                emit decided(QStringLiteral("reply received for lead #%1").arg(m.leadId));
            else if (m.keyword == Keyword::OptOut)
                emit decided(QStringLiteral("lead #%1 opted out").arg(m.leadId));
        }
        if (!runIntake(ingested.value()))
            return;
        if (!ingested->isEmpty())
            emit storeChanged();
        // The calls that waited for this poll (they ended after the previous one) are decided now.
        m_messagesKnownUntil = qMax(m_messagesKnownUntil, asked);
        if (!decideCalls())
            return;
        if (!alertOwner())
            return;
        sendDue();
    });
}

void AutomationWorker::sendDue()
{
    if (m_stopping)
        return cycleDone();
    m_sender->setAutomaticTextsPaused(!m_settings->boolValue(SettingKey::AutoTextBackEnabled));
    m_sender->setMessagingService(m_settings->stringValue(SettingKey::MessagingServiceSid));
    m_sender->setLineTypeLookup(m_settings->boolValue(SettingKey::LineTypeLookupEnabled));
    m_sender->run(); // emits finished() -> cycleDone()
}

bool AutomationWorker::alertOwner()
{
    OwnerAlerts::Config config;
    config.remindAfterMinutes = m_settings->intValue(SettingKey::ReplyReminderMinutes);
    config.ownerMobile = m_settings->stringValue(SettingKey::OwnerMobile);
    config.paused = !m_settings->boolValue(SettingKey::AutoTextBackEnabled);
    config.historyBefore =
        QDateTime::fromMSecsSinceEpoch(m_settings->int64Value(SettingKey::AutomationEnabledSince), Qt::UTC);
    if (config.remindAfterMinutes <= 0 || config.ownerMobile.isEmpty() || config.paused)
        return true;
    auto told = m_ownerAlerts->run(config);
    if (!told) {
        storeFailed(told.error());
        return false;
    }
    for (const WaitingReply& w : told.value())
        emit decided(QStringLiteral("lead #%1 has waited %2 min for a reply: reminding the owner by text")
                         .arg(w.leadId)
                         .arg(w.waitingSince.secsTo(m_clock.nowUtc()) / 60));
    if (!told->isEmpty())
        emit storeChanged();
    return true;
}

bool AutomationWorker::runIntake(const QList<IngestedMessage>& ingested)
{
    IntakeCoordinator::Config config;
    config.enabled = m_settings->boolValue(SettingKey::IntakeEnabled);
    config.questions = intakeQuestionsFrom(m_settings->listValue(SettingKey::IntakeQuestions));
    config.silenceMinutes = m_settings->intValue(SettingKey::IntakeSilenceMinutes);
    config.urgentWords = m_settings->listValue(SettingKey::UrgentWords);
    config.hourlyCap = m_settings->intValue(SettingKey::HourlyAutoTextCap);
    config.monthFirst = JobTimeReader::monthFirstIn(m_settings->stringValue(SettingKey::BusinessRegion));
    config.zone = m_writer->hours().timeZone();
    auto read = m_intake->onReplies(ingested, config);
    if (!read) {
        storeFailed(read.error());
        return false;
    }
    auto movedOn = m_intake->moveOnAfterSilence(config);
    if (!movedOn) {
        storeFailed(movedOn.error());
        return false;
    }
    for (const IntakeCoordinator::Outcome& o : read.value() + movedOn.value()) {
        if (!o.urgentWord.isEmpty()) {
            emit decided(QStringLiteral("lead #%1 is urgent (\"%2\")").arg(o.leadId).arg(o.urgentWord));
            OwnerAlerts::Config owner;
            owner.ownerMobile = m_settings->stringValue(SettingKey::OwnerMobile);
            owner.paused = !m_settings->boolValue(SettingKey::AutoTextBackEnabled);
            auto told = m_ownerAlerts->urgent(o.leadId, owner);
            if (!told) {
                storeFailed(told.error());
                return false;
            }
            if (told.value())
                emit decided(QStringLiteral("lead #%1 is urgent: texting the owner").arg(o.leadId));
        }
        if (o.asked)
            emit decided(QStringLiteral("intake question \"%1\" queued for lead #%2")
                             .arg(toText(*o.asked))
                             .arg(o.leadId));
        if (!o.stoppedBy.isEmpty())
            emit decided(
                QStringLiteral("intake questions for lead #%1 stopped: %2").arg(o.leadId).arg(o.stoppedBy));
    }
    if (!read->isEmpty() || !movedOn->isEmpty())
        emit storeChanged();
    return true;
}

void AutomationWorker::cycleDone()
{
    if (!m_inCycle)
        return;
    m_inCycle = false;
    const bool quick = std::exchange(m_quickCycle, false);
    if (const std::optional<int> backoff = std::exchange(m_backoffAfterSending, std::nullopt)) {
        // The read that failed is what this cycle reports, and retries after its back-off.
        if (m_stopping)
            return finishStop();
        m_state.queuedTexts = OutboxStore(*m_db).countQueued(m_clock.nowUtc()).value_or(0);
        m_state.nextAttemptAt = m_clock.nowUtc().addMSecs(*backoff);
        emit stateChanged(m_state);
        return scheduleNext(*backoff);
    }
    m_failures = 0;
    m_backoff.succeeded();
    if (!quick) {
        m_state.lastPollAt = m_clock.nowUtc();
        m_pollDueMs = monotonicMs() + pollIntervalMs();
    }
    m_state.queuedTexts = OutboxStore(*m_db).countQueued(m_clock.nowUtc()).value_or(0);
    if (m_stopping)
        return finishStop();
    m_state.nextAttemptAt = {};
    sampleRequestRate();
    const bool enabled = m_settings->boolValue(SettingKey::AutoTextBackEnabled);
    setState(enabled ? AutomationState::Mode::Live : AutomationState::Mode::Paused);
    qint64 wait = qMax<qint64>(0, m_pollDueMs - monotonicMs());
    if (m_quickPending)
        wait = 0;
    // A 429 on a send paused sending for exactly as long as it asked: sending resumes then, not
    // at the next poll.
    if (const QDateTime resume = m_sender->pausedUntil(); resume.isValid()) {
        const qint64 resumeIn = m_clock.nowUtc().msecsTo(resume);
        if (resumeIn > 0)
            wait = qMin(wait, resumeIn);
    }
    scheduleNext(int(wait));
    m_media->collect();
}

void AutomationWorker::onTimer()
{
    if (m_stopping || m_inCycle)
        return;
    // A quick cycle only between regular polls, and only while things go well (after a failure
    // the whole cycle is tried again).
    const bool pollDue = monotonicMs() >= m_pollDueMs;
    if (pollDue || m_state.nextAttemptAt.isValid() || m_state.mode != AutomationState::Mode::Live)
        return cycle();
    startQuickCycle();
}

void AutomationWorker::startQuickCycle()
{
    m_quickPending = false;
    if (m_stopping || m_inCycle || !m_sender)
        return;
    m_inCycle = true;
    m_quickCycle = true;
    pollMessages();
}

void AutomationWorker::requestQuickCycle()
{
    if (m_stopping || m_stopped)
        return;
    if (m_inCycle || m_state.nextAttemptAt.isValid() || m_state.mode != AutomationState::Mode::Live) {
        m_quickPending = true; // after the cycle in flight, or with the retry
        return;
    }
    scheduleNext(0);
}

void AutomationWorker::requestFullPoll()
{
    m_pollDueMs = 0;
    if (m_stopping || m_stopped)
        return;
    if (m_inCycle) {
        m_quickPending = true; // cycleDone then starts at once, and the poll is due
        return;
    }
    if (!m_state.nextAttemptAt.isValid())
        scheduleNext(0);
}

bool AutomationWorker::liveRequestAllowed(int requests)
{
    const int ceiling = m_settings ? m_settings->intValue(SettingKey::LiveCallRequestsPerMinute) : 0;
    const qint64 now = monotonicMs();
    while (!m_liveRequestsAt.isEmpty() && now - m_liveRequestsAt.first() >= 60'000)
        m_liveRequestsAt.removeFirst();
    if (ceiling <= 0 || now < m_livePausedUntilMs || m_liveRequestsAt.size() + requests > ceiling)
        return false;
    // Spread over the minute: a storm of ringing calls must not spend the minute's requests in
    // its first seconds and leave the rest of it blind.
    const int perSecond = qMax(kLiveListingRequests + 1, ceiling / 60);
    int lastSecond = 0;
    for (auto it = m_liveRequestsAt.crbegin(); it != m_liveRequestsAt.crend() && now - *it < 1'000; ++it)
        ++lastSecond;
    if (lastSecond + requests > perSecond)
        return false;
    for (int i = 0; i < requests; ++i)
        m_liveRequestsAt.append(now);
    return true;
}

void AutomationWorker::listLiveCalls(bool sweep)
{
    if (m_liveListingInFlight || !liveRequestAllowed(kLiveListingRequests))
        return;
    m_liveListingInFlight = true;
    const qint64 askedAt = monotonicMs();
    const QPointer<AutomationWorker> self(this);
    m_provider->listLiveCalls(m_watchedNumbers, [self, sweep, askedAt](ProviderResult<QList<Call>> listed) {
        if (!self)
            return;
        AutomationWorker& me = *self;
        me.m_liveListingInFlight = false;
        if (me.m_stopping || me.m_stopped)
            return;
        if (!listed)
            return me.liveFailed(listed.error());
        me.m_liveBackoff.succeeded();
        const qint64 now = me.monotonicMs();
        QSet<QString> shown;
        for (const Call& c : listed.value()) {
            if (isFinal(c.status) || c.direction != CallDirection::Inbound || c.providerCallId.isEmpty())
                continue;
            if (!me.m_watchedNumbers.isEmpty() && !me.m_watchedNumbers.contains(c.toNumber))
                continue;
            shown.insert(c.providerCallId);
            auto it = me.m_live.find(c.providerCallId);
            if (it == me.m_live.end())
                me.m_live.insert(c.providerCallId, LiveCall{now, sweep ? now : -1, c.status, false});
            else
                it->status = c.status;
        }
        if (sweep) {
            // Known before this listing was asked and no longer in it: it ended (or the log lost
            // it): one fetch says which.
            const QStringList ids = me.m_live.keys();
            for (const QString& id : ids) {
                const LiveCall& live = me.m_live.value(id);
                if (!shown.contains(id) && !live.inFlight && live.firstSeenMs < askedAt &&
                    me.liveRequestAllowed())
                    me.fetchLiveCall(id, now);
            }
        }
        me.updateLiveTimer();
    });
}

void AutomationWorker::fetchLiveCall(const QString& providerCallId, qint64 now)
{
    LiveCall& live = m_live[providerCallId];
    live.inFlight = true;
    live.lastAskedMs = now;
    const QPointer<AutomationWorker> self(this);
    m_provider->fetchCall(providerCallId, [self, providerCallId](ProviderResult<Call> fetched) {
        if (self)
            self->liveCallFetched(providerCallId, fetched);
    });
}

void AutomationWorker::updateLiveTimer()
{
    if (!m_liveTimer)
        return;
    const bool watching = !m_live.isEmpty() && !m_stopping && !m_stopped;
    if (watching && !m_liveTimer->isActive()) {
        m_liveTimer->start();
        watchLiveCalls(); // the first look at a new call now, not a second later
    } else if (!watching) {
        m_liveTimer->stop();
    }
    if (m_state.liveCalls != int(m_live.size())) {
        m_state.liveCalls = int(m_live.size());
        emit stateChanged(m_state);
    }
}

void AutomationWorker::watchLiveCalls()
{
    if (m_stopping || m_stopped || m_live.isEmpty())
        return updateLiveTimer();
    const qint64 now = monotonicMs();
    for (auto it = m_live.begin(); it != m_live.end();) {
        if (now - it->firstSeenMs > kMaxLiveWatchMs)
            it = m_live.erase(it);
        else
            ++it;
    }
    QStringList due;
    for (auto it = m_live.cbegin(); it != m_live.cend(); ++it) {
        const LiveCall& live = *it;
        if (live.inFlight)
            continue;
        const bool answeredLong =
            live.status == CallStatus::InProgress && now - live.firstSeenMs > kAnsweredWatchMs;
        const qint64 interval = answeredLong ? pollIntervalMs() : m_options.liveFetchIntervalMs;
        // A tenth of slack: the timer ticks once an interval and must not skip every other one.
        if (live.lastAskedMs < 0 || now - live.lastAskedMs >= interval - interval / 10)
            due << it.key();
    }
    if (due.size() > kLiveListingRequests) {
        // Many calls at once (a storm): one listing tells about all of them, and only the calls it
        // no longer shows are fetched. Requests then grow with the calls that end, not the calls
        // that ring.
        if (!m_liveListingInFlight && liveRequestAllowed(0)) {
            for (const QString& id : std::as_const(due))
                m_live[id].lastAskedMs = now;
            listLiveCalls(true);
        }
        return updateLiveTimer();
    }
    // The longest unasked first: under the ceiling every call still gets its turn.
    std::sort(due.begin(), due.end(), [this](const QString& a, const QString& b) {
        return m_live.value(a).lastAskedMs < m_live.value(b).lastAskedMs;
    });
    for (const QString& id : std::as_const(due)) {
        if (!liveRequestAllowed())
            break;
        fetchLiveCall(id, now);
    }
    updateLiveTimer();
}

void AutomationWorker::liveCallFetched(const QString& providerCallId, const ProviderResult<Call>& fetched)
{
    auto it = m_live.find(providerCallId);
    if (it == m_live.end() || m_stopping || m_stopped)
        return; // no longer watched (a stop, another desk took over)
    it->inFlight = false;
    if (!fetched) {
        if (fetched.error().kind == ProviderError::Kind::NotFound)
            m_live.erase(it);
        else
            liveFailed(fetched.error());
        return updateLiveTimer();
    }
    m_liveBackoff.succeeded();
    const Call& call = fetched.value();
    if (!isFinal(call.status)) {
        it->status = call.status;
        return;
    }
    m_live.erase(it);
    updateLiveTimer();
    // Who answered a completed call is in its child legs, which the regular poll lists: that
    // poll now. A call missed by its own status (no-answer, busy, canceled, failed) is stored and
    // decided at once, through the same path as the poll's (exactly once: the store decides a
    // call only while it is pending, and the poll's copy of the record changes nothing).
    QList<SetAsideRecord> aside;
    const QDateTime now = m_clock.nowUtc();
    const QList<Call> sane = withoutFutureDates({call}, now.addSecs(kClockSkewAllowanceSecs), aside);
    if (call.status == CallStatus::Completed || sane.isEmpty() || !m_db)
        return requestFullPoll();
    if (!changedOnly(sane, m_seenCalls, callId).isEmpty()) {
        auto stored = CallStore(*m_db).upsertAll(sane, now);
        if (!stored) {
            qCWarning(lcWorker).noquote()
                << "could not store a call that just ended:" << stored.error().message;
            return requestFullPoll();
        }
        remember(m_seenCalls, sane, callId);
    }
    qCDebug(lcWorker) << "call" << providerCallId << "ended" << toText(call.status) << "; deciding now";
    requestQuickCycle();
}

void AutomationWorker::liveFailed(const ProviderError& error)
{
    // The regular poll still catches every call; the watch only pauses (exactly as long as a
    // Retry-After asks).
    const std::optional<qint64> asked = error.retryAfterSeconds
                                            ? std::optional<qint64>(qint64(*error.retryAfterSeconds) * 1000)
                                            : std::nullopt;
    m_livePausedUntilMs = monotonicMs() + m_liveBackoff.failed(asked);
    qCInfo(lcWorker).noquote() << "live-call watch paused:" << error.message;
}

void AutomationWorker::sampleRequestRate()
{
    const qint64 now = monotonicMs();
    m_requestSamples.append({now, m_provider ? m_provider->requestCount() : 0});
    while (m_requestSamples.size() > 2 && now - m_requestSamples.at(1).first >= 3'600'000)
        m_requestSamples.removeFirst();
    const auto& [firstAt, firstCount] = m_requestSamples.first();
    const qint64 span = now - firstAt;
    // Over the last hour; extrapolated until an hour has passed (from a minute on).
    if (span < 60'000) {
        m_state.requestsPerHour = -1;
        return;
    }
    const double perMs = double(m_requestSamples.last().second - firstCount) / double(span);
    m_state.requestsPerHour = int(perMs * 3'600'000 + 0.5);
}

int AutomationWorker::pollIntervalMs() const
{
    return m_options.pollIntervalMs > 0 ? m_options.pollIntervalMs
                                        : m_settings->intValue(SettingKey::PollIntervalSeconds) * 1000;
}

void AutomationWorker::providerFailed(const ProviderError& error)
{
    if (m_stopped)
        return;
    m_inCycle = false;
    ++m_failures;
    const bool offline =
        error.kind == ProviderError::Kind::Network || error.kind == ProviderError::Kind::Timeout;
    m_quickCycle = false;
    if (m_stopping)
        return finishStop();
    const int delay = m_backoff.failed(error.retryAfterSeconds
                                           ? std::optional<qint64>(qint64(*error.retryAfterSeconds) * 1000)
                                           : std::nullopt);
    m_state.nextAttemptAt = m_clock.nowUtc().addMSecs(delay);
    setState(offline ? AutomationState::Mode::Offline : AutomationState::Mode::Degraded, error.message);
    // A failed read does not hold the texts already decided: they go out now (unless the provider
    // asked to slow down, or the replies we know of are too old to trust an opt-out check).
    const bool repliesRecent =
        m_messagesKnownUntil.msecsTo(m_clock.nowUtc()) <= kSendAfterReadFailureWithinMs;
    if (error.kind != ProviderError::Kind::RateLimited && repliesRecent && m_sender && !m_sender->busy()) {
        m_inCycle = true;
        m_backoffAfterSending = delay;
        return sendDue();
    }
    scheduleNext(delay);
}

void AutomationWorker::storeFailed(const StoreError& error)
{
    if (m_stopped)
        return;
    m_inCycle = false;
    m_quickCycle = false;
    m_backoffAfterSending.reset();
    ++m_failures;
    const int delay = qMin(kMaxBackoffMs, 5'000 << qMin(m_failures, 6));
    m_state.nextAttemptAt = m_clock.nowUtc().addMSecs(delay);
    setState(AutomationState::Mode::Degraded, error.message);
    if (m_stopping)
        return finishStop();
    // The shared database dropped this connection (a server restart, the network): connect again
    // before the next try, with the same back-off. The automation lock went with the old
    // connection; the next cycle asks for it afresh (another desk may hold it by then).
    if (m_db->location().isShared() && error.kind == StoreError::Kind::CannotOpen) {
        // A failed reconnect fails the next cycle, which comes back here with a longer back-off.
        (void)m_db->reconnect();
    }
    scheduleNext(delay);
}

void AutomationWorker::scheduleNext(int delayMs)
{
    if (m_timer && !m_stopping) {
        m_timer->start(delayMs);
        // The heartbeat stays true until the next cycle, however long this wait (a back-off).
        if (m_heartbeat)
            m_state.senders = m_heartbeat->renew(m_options.leaseTtlMs + delayMs);
    }
}

void AutomationWorker::setState(AutomationState::Mode mode, const QString& detail)
{
    m_state.mode = mode;
    m_state.detail = detail;
    if (m_db && mode != AutomationState::Mode::Stopped)
        m_state.queuedTexts = OutboxStore(*m_db).countQueued(m_clock.nowUtc()).value_or(0);
    emit stateChanged(m_state);
}

bool AutomationWorker::recordSetAside()
{
    if (m_setAside.isEmpty())
        return true;
    const QList<SetAsideRecord> aside = std::exchange(m_setAside, {});
    auto firstSeen = SetAsideStore(*m_db).record(aside, m_clock.nowUtc());
    if (!firstSeen) {
        storeFailed(firstSeen.error());
        return false;
    }
    // Reported once: a record the overlap brings back on every poll is only counted again.
    for (const SetAsideRecord& r : firstSeen.value())
        emit decided(QStringLiteral("set aside a %1 record from the provider (%2): %3%4")
                         .arg(toText(r.kind), r.providerId.isEmpty() ? QStringLiteral("no id") : r.providerId,
                              toText(r.reason),
                              r.field.isEmpty() ? QString() : QStringLiteral(" in \"%1\"").arg(r.field)));
    if (!firstSeen->isEmpty())
        emit storeChanged();
    return true;
}

QDateTime AutomationWorker::watermark(const QString& key, const QDateTime& fallback)
{
    auto stored = m_syncKv->value(key);
    if (!stored || !stored->has_value())
        return fallback;
    const QDateTime at = QDateTime::fromMSecsSinceEpoch((*stored)->toLongLong(), Qt::UTC);
    const QDateTime limit = m_clock.nowUtc().addSecs(kClockSkewAllowanceSecs);
    if (at <= limit)
        return at;
    // In the future: an absurd record (a year-9999 date, trusted by an older Ringback) moved it
    // there, and from a future watermark no new call or reply is ever asked for. Put it back
    // behind the latest plausible record stored, as if that one had just been polled.
    auto latest = key == kCallsWatermark ? CallStore(*m_db).latestEndedNotAfter(limit)
                                         : MessageStore(*m_db).latestCreatedNotAfter(limit);
    const QDateTime repaired =
        latest && latest->isValid() ? latest->addMSecs(-m_options.pollOverlapMs) : fallback;
    qCWarning(lcWorker).noquote() << "The stored" << key << "was in the future (" << at.toString(Qt::ISODate)
                                  << "); put back to" << repaired.toString(Qt::ISODate);
    emit decided(QStringLiteral("%1 was in the future (%2); put back to %3")
                     .arg(key, at.toString(Qt::ISODate), repaired.toString(Qt::ISODate)));
    const auto written =
        latest && latest->isValid()
            ? m_syncKv->setValue(key, QString::number(repaired.toMSecsSinceEpoch()), m_clock.nowUtc())
            : m_syncKv->remove(key);
    // Polls use the repaired value from here on either way; a failed write is repaired again next start.
    if (!written)
        qCWarning(lcWorker).noquote()
            << "Could not store the repaired" << key << ":" << written.error().message;
    return repaired;
}

void AutomationWorker::advanceWatermark(const QString& key, const QDateTime& latestSeen)
{
    if (!latestSeen.isValid())
        return;
    // Keep an overlap behind the newest record: a provider's log may still add records that
    // ended a little earlier; the idempotent upsert absorbs what we see twice. Never past "now"
    // (plus the clock-skew allowance): records dated later are set aside before they get here.
    const QDateTime limit = m_clock.nowUtc().addSecs(kClockSkewAllowanceSecs);
    const QDateTime candidate = qMin(latestSeen, limit).addMSecs(-m_options.pollOverlapMs);
    const QDateTime current = watermark(key, QDateTime());
    if (current.isValid() && candidate <= current)
        return;
    // Not advancing is safe (the next poll reads the same records again and the upserts absorb
    // them), so a failed write is logged rather than failing the cycle.
    if (auto r = m_syncKv->setValue(key, QString::number(candidate.toMSecsSinceEpoch()), m_clock.nowUtc());
        !r)
        qCWarning(lcWorker).noquote() << "could not advance" << key << r.error().message;
}

} // namespace ringback
