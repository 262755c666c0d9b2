#pragma once

#include "SimulatorSettings.h"
#include "providers/VoipProvider.h"

#include <QTimer>

#include <memory>

namespace ringback {

class Clock;
class PhoneNumberService;

namespace sim {
class SimulatedOffice;
class SimulatedCarrier;
} // namespace sim

// A provider that plays a busy trades office, so the app runs with no account (`ringback --demo`)
// and tests have a deterministic provider. It is a real VoipProvider: legs as Twilio logs them
// (forwarded calls, carrier voicemail, ringing -> no-answer, withheld callers), texts whose status
// moves on with time, callers who reply, STOP and land lines. Time comes from the injected clock
// (see SimulatorSettings::simulatedTime); everything the provider reports is in simulated time.
//
// listCalls returns every leg that ended at or after query.endedSince, plus the legs in progress
// now (status "ringing" or "in-progress", no end, no duration); a leg is listed on its own, as
// Twilio's EndTime filter does, so a forwarded call's child leg that ended before the watermark
// is not listed with its parent. A null endedSince means the whole history.
// listMessages returns our texts created since query.sentSince, with their status now, and the
// replies received since then; both newest first. The history also holds the office's texts by
// hand after some missed calls (SimulatorSettings::historyTextBackPercent) and what came of them.
//
// Callbacks are queued to the event loop (never called inside the request) and dropped when the
// provider is destroyed first. The clock must outlive the provider.
class SimulatorProvider final : public VoipProvider
{
    Q_OBJECT
public:
    SimulatorProvider(SimulatorSettings settings, const Clock& clock, QObject* parent = nullptr);
    ~SimulatorProvider() override;

    QString kind() const override { return QStringLiteral("simulator"); }

    void verifyCredentials(Done<AccountInfo> done) override;
    void listNumbers(Done<QList<ProviderNumber>> done) override;
    void listCalls(const CallQuery& query, Done<QList<Call>> done) override;
    void listMessages(const MessageQuery& query, Done<QList<Message>> done) override;
    void sendMessage(const OutgoingMessage& message, Done<SentMessage> done) override;
    void fetchMessage(const QString& providerMessageId, Done<Message> done) override;
    void listWhatsAppTemplates(Done<QList<WhatsAppTemplate>> done) override;
    // Inbound parents ringing or in progress now, and any leg as a poll now sees it. Failures
    // injected with failNextRequests are left for the polls and sends (the live watch is extra).
    void listLiveCalls(const QStringList& businessNumbers, Done<QList<Call>> done) override;
    void fetchCall(const QString& providerCallId, Done<Call> done) override;
    // A caller's photos are drawn scenes (SimulatedPhotos), listed as Twilio lists them. Like the
    // live watch, these leave injected failures for the polls and sends.
    void listMedia(const QString& providerMessageId, Done<QList<MessageMedia>> done) override;
    void fetchMedia(const MessageMedia& media, qint64 maxBytes, Done<MediaContent> done) override;
    // The demo office is registered: an approved brand and a verified campaign sending from every
    // business number.
    void readTextingCompliance(Done<TextingCompliance> done) override;
    // What the simulated carrier knows: its land lines are "landline", the rest "mobile".
    void lookUpLineType(const QString& e164, Done<LineTypeInfo> done) override;
    quint64 requestCount() const override { return m_requests; }

    // The settings in use (start filled in from the clock when it was null).
    const SimulatorSettings& settings() const;
    QDateTime simulatedNow() const;
    // What the simulated carrier knows and libphonenumber cannot: whether a US number is a land line.
    bool isLandline(const QString& e164) const;
    // A caller texts the business on their own, now (e.g. START to opt back in). `to` defaults to
    // the first business number. Returns the message id.
    QString receiveText(const QString& from, const QString& body, const QString& to = {});
    // The next `count` requests fail with `kind` (ServerError, Network, Timeout, RateLimited...).
    void failNextRequests(int count, ProviderError::Kind kind = ProviderError::Kind::ServerError);
    // The next `count` sends go out (the text is in the log) but are answered with `kind` (a 5xx,
    // a timeout: what a send whose answer was lost looks like).
    void failNextSendsAfterAccepting(int count, ProviderError::Kind kind = ProviderError::Kind::ServerError);

    const sim::SimulatedOffice& office() const { return *m_office; }

private:
    template <class T>
    void finish(Done<T> done, ProviderResult<T> result)
    {
        ++m_requests;
        QTimer::singleShot(0, this, [done = std::move(done), result = std::move(result)]() mutable {
            if (done)
                done(std::move(result));
        });
    }
    // The injected failure for this request, if one is due.
    std::optional<ProviderError> takeInjectedFailure();
    std::optional<ProviderError> checkOutgoing(const OutgoingMessage& message);
    // The history's texts are drawn on the first request that involves texts.
    sim::SimulatedCarrier& carrier();

    const Clock& m_clock;
    std::unique_ptr<sim::SimulatedOffice> m_office;
    std::unique_ptr<sim::SimulatedCarrier> m_carrier;
    std::unique_ptr<PhoneNumberService> m_phone;
    bool m_historyTexted = false;
    quint64 m_requests = 0;
    int m_failuresLeft = 0;
    ProviderError::Kind m_failureKind = ProviderError::Kind::ServerError;
    int m_acceptedFailuresLeft = 0;
    ProviderError::Kind m_acceptedFailureKind = ProviderError::Kind::ServerError;
};

} // namespace ringback
