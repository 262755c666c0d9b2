#include "SimulatorProvider.h"

#include "SeededRandom.h"
#include "SimulatedCarrier.h"
#include "SimulatedOffice.h"
#include "SimulatedPhotos.h"
#include "common/Clock.h"
#include "common/Logging.h"
#include "phone/PhoneNumberService.h"

#include <algorithm>

namespace ringback {

namespace {

ProviderError error(ProviderError::Kind kind, int httpStatus, int code, const QString& message,
                    const QString& providerMessage)
{
    ProviderError e;
    e.kind = kind;
    e.httpStatus = httpStatus;
    e.providerCode = code;
    e.message = message;
    e.providerMessage = providerMessage;
    // As a real provider's: a 5xx or a timeout may have been acted on; a refusal or an unreachable
    // server was not.
    e.fate = httpStatus >= 500 || kind == ProviderError::Kind::Timeout
                 ? ProviderError::Fate::MayHaveBeenAccepted
                 : ProviderError::Fate::NotAccepted;
    return e;
}

ProviderError injectedError(ProviderError::Kind kind)
{
    using K = ProviderError::Kind;
    switch (kind) {
    case K::RateLimited: {
        ProviderError e = error(K::RateLimited, 429, 20429,
                                SimulatorProvider::tr("The phone provider is busy; trying again shortly."),
                                QStringLiteral("Too Many Requests"));
        e.retryAfterSeconds = 1;
        return e;
    }
    case K::Network:
        return error(
            K::Network, 0, 0,
            SimulatorProvider::tr("The phone provider cannot be reached. Check the internet connection."),
            {});
    case K::Timeout:
        return error(K::Timeout, 0, 0, SimulatorProvider::tr("The phone provider did not answer in time."),
                     {});
    default:
        return error(kind, 500, 0,
                     SimulatorProvider::tr("The phone provider had an internal error; trying again shortly."),
                     QStringLiteral("Internal Server Error"));
    }
}

SimulatorSettings withStart(SimulatorSettings settings, const Clock& clock)
{
    if (!settings.start.isValid())
        settings.start = clock.nowUtc();
    settings.start = settings.start.toUTC();
    if (settings.businessNumbers.isEmpty())
        settings.businessNumbers << QStringLiteral("+15125550100");
    return settings;
}

} // namespace

SimulatorProvider::SimulatorProvider(SimulatorSettings settings, const Clock& clock, QObject* parent)
    : VoipProvider(parent)
    , m_clock(clock)
    , m_office(std::make_unique<sim::SimulatedOffice>(withStart(std::move(settings), clock)))
    , m_carrier(std::make_unique<sim::SimulatedCarrier>(m_office->settings(), m_office->callers()))
    , m_phone(std::make_unique<PhoneNumberService>(m_office->settings().region))
{
    qCInfo(lcProvider) << "simulator: seed" << m_office->settings().seed << "starting"
                       << m_office->settings().start.toString(Qt::ISODate) << "speed"
                       << m_office->settings().speed;
}

SimulatorProvider::~SimulatorProvider() = default;

const SimulatorSettings& SimulatorProvider::settings() const
{
    return m_office->settings();
}

QDateTime SimulatorProvider::simulatedNow() const
{
    return settings().simulatedTime(m_clock.nowUtc());
}

bool SimulatorProvider::isLandline(const QString& e164) const
{
    return m_office->callers().isLandline(e164);
}

QString SimulatorProvider::receiveText(const QString& from, const QString& body, const QString& to)
{
    return carrier().receive(from, to.isEmpty() ? settings().businessNumbers.first() : to, body,
                             simulatedNow());
}

sim::SimulatedCarrier& SimulatorProvider::carrier()
{
    if (!m_historyTexted) {
        m_historyTexted = true;
        const SimulatorSettings& s = settings();
        m_carrier->addHistory(m_office->callsStartedBetween(s.start.addDays(-s.historyDays), s.start),
                              s.start);
    }
    return *m_carrier;
}

void SimulatorProvider::failNextRequests(int count, ProviderError::Kind kind)
{
    m_failuresLeft = qMax(0, count);
    m_failureKind = kind;
}

std::optional<ProviderError> SimulatorProvider::takeInjectedFailure()
{
    if (m_failuresLeft <= 0)
        return std::nullopt;
    --m_failuresLeft;
    return injectedError(m_failureKind);
}

void SimulatorProvider::failNextSendsAfterAccepting(int count, ProviderError::Kind kind)
{
    m_acceptedFailuresLeft = qMax(0, count);
    m_acceptedFailureKind = kind;
}

void SimulatorProvider::verifyCredentials(Done<AccountInfo> done)
{
    if (auto failure = takeInjectedFailure())
        return finish<AccountInfo>(std::move(done), *failure);
    QRandomGenerator rng = sim::seeded(settings().seed, sim::Stream::MessageId, {-1});
    AccountInfo info;
    info.accountId = sim::sid(rng, "ACsimulator").left(34);
    info.friendlyName = tr("Demo: %1").arg(settings().businessName);
    info.status = QStringLiteral("active");
    finish<AccountInfo>(std::move(done), info);
}

void SimulatorProvider::listNumbers(Done<QList<ProviderNumber>> done)
{
    if (auto failure = takeInjectedFailure())
        return finish<QList<ProviderNumber>>(std::move(done), *failure);
    QList<ProviderNumber> numbers;
    const QStringList& business = settings().businessNumbers;
    for (int i = 0; i < business.size(); ++i) {
        QRandomGenerator rng = sim::seeded(settings().seed, sim::Stream::MessageId, {-2, i});
        ProviderNumber n;
        n.providerId = sim::sid(rng, "PN");
        n.e164 = business.at(i);
        n.friendlyName = i == 0 ? tr("Main line") : i == 1 ? tr("Emergency line") : tr("Line %1").arg(i + 1);
        n.smsCapable = true;
        n.voiceCapable = true;
        numbers << n;
    }
    finish<QList<ProviderNumber>>(std::move(done), numbers);
}

void SimulatorProvider::readTextingCompliance(Done<TextingCompliance> done)
{
    if (auto failure = takeInjectedFailure())
        return finish<TextingCompliance>(std::move(done), *failure);
    QRandomGenerator rng = sim::seeded(settings().seed, sim::Stream::MessageId, {-3});
    TextingCompliance account;
    const BrandRegistration brand{sim::sid(rng, "BN"), QStringLiteral("APPROVED")};
    account.brands.append(brand);
    MessagingService service;
    service.sid = sim::sid(rng, "MG");
    service.friendlyName = tr("Demo office texts");
    service.usA2pRegistered = true;
    service.campaigns.append({sim::sid(rng, "QE"), brand.sid, QStringLiteral("VERIFIED")});
    service.numbers = settings().businessNumbers;
    account.services.append(service);
    finish<TextingCompliance>(std::move(done), account);
}

void SimulatorProvider::lookUpLineType(const QString& e164, Done<LineTypeInfo> done)
{
    if (auto failure = takeInjectedFailure())
        return finish<LineTypeInfo>(std::move(done), *failure);
    const bool landline = isLandline(e164);
    finish<LineTypeInfo>(
        std::move(done),
        LineTypeInfo{landline ? QStringLiteral("landline") : QStringLiteral("mobile"),
                     landline ? QStringLiteral("Demo Telephone Co.") : QStringLiteral("Demo Wireless")});
}

void SimulatorProvider::listCalls(const CallQuery& query, Done<QList<Call>> done)
{
    if (auto failure = takeInjectedFailure())
        return finish<QList<Call>>(std::move(done), *failure);
    const QDateTime now = simulatedNow();
    const QDateTime since = query.endedSince.toUTC();
    const QDateTime historyStart = settings().start.addDays(-settings().historyDays);
    const QDateTime from = since.isValid()
                               ? std::max(historyStart, since.addSecs(-sim::SimulatedOffice::kMaxCallSeconds))
                               : historyStart;
    QList<Call> legs;
    for (const sim::SimulatedCall& call : m_office->callsStartedBetween(from, now.addMSecs(1))) {
        if (!query.businessNumbers.isEmpty() && !query.businessNumbers.contains(call.parent().toNumber))
            continue;
        for (const sim::SimulatedLeg& leg : call.legs) {
            const std::optional<Call> seen = sim::SimulatedOffice::legAt(leg, now);
            if (!seen)
                continue;
            if (isFinal(seen->status) && since.isValid() && seen->endedAt < since)
                continue;
            legs << *seen;
        }
    }
    // Twilio's order: newest start first.
    std::stable_sort(legs.begin(), legs.end(), [](const Call& a, const Call& b) {
        return a.startedAt != b.startedAt ? a.startedAt > b.startedAt : a.providerCallId < b.providerCallId;
    });
    finish<QList<Call>>(std::move(done), legs);
}

void SimulatorProvider::listMessages(const MessageQuery& query, Done<QList<Message>> done)
{
    if (auto failure = takeInjectedFailure())
        return finish<QList<Message>>(std::move(done), *failure);
    finish<QList<Message>>(std::move(done),
                           carrier().messagesSince(query.sentSince.toUTC(), query.businessNumbers,
                                                   simulatedNow(), query.whatsAppSenders));
}

std::optional<ProviderError> SimulatorProvider::checkOutgoing(const OutgoingMessage& message)
{
    using K = ProviderError::Kind;
    if (!settings().businessNumbers.contains(message.from))
        return error(K::Rejected, 400, 21606,
                     tr("The number to send from is not one of this account's text-capable numbers."),
                     QStringLiteral("The 'From' phone number provided is not a valid message-capable Twilio "
                                    "phone number for this destination/account"));
    if (message.body.trimmed().isEmpty())
        return error(K::Rejected, 400, 21602, tr("The message is empty."),
                     QStringLiteral("Message body is required"));
    const std::optional<QString> to = m_phone->toE164(message.to);
    if (!to || *to != message.to)
        return error(K::InvalidNumber, 400, 21211, tr("The number to text is not a valid phone number."),
                     QStringLiteral("Invalid 'To' Phone Number"));
    if (carrier().isOptedOut(message.to, simulatedNow()))
        return error(K::OptedOut, 400, 21610,
                     tr("This person replied STOP: they do not want texts from this number until they reply "
                        "START."),
                     QStringLiteral("Attempt to send to unsubscribed recipient"));
    // WhatsApp's 24-hour window is not enforced here: a simulator knows only the replies of its own
    // run, so after a restart of the demo it would refuse free text inside a window a reply of the
    // previous run opened. The composer and StaffReply keep the rule (WhatsAppWindow), and Twilio
    // refuses with 63016, which maps to the same sentence.
    return std::nullopt;
}

void SimulatorProvider::sendMessage(const OutgoingMessage& message, Done<SentMessage> done)
{
    if (auto failure = takeInjectedFailure())
        return finish<SentMessage>(std::move(done), *failure);
    if (auto refused = checkOutgoing(message))
        return finish<SentMessage>(std::move(done), *refused);
    const QDateTime now = simulatedNow();
    SentMessage sent;
    sent.providerMessageId = carrier().send(message.from, message.to, message.body, now, message.channel);
    sent.status = MessageStatus::Queued;
    sent.createdAt = now;
    qCDebug(lcProvider) << "simulator: text to" << logging::redactNumber(message.to, lcProvider())
                        << "queued as" << sent.providerMessageId;
    if (m_acceptedFailuresLeft > 0) {
        --m_acceptedFailuresLeft;
        return finish<SentMessage>(std::move(done), injectedError(m_acceptedFailureKind));
    }
    finish<SentMessage>(std::move(done), sent);
}

void SimulatorProvider::listWhatsAppTemplates(Done<QList<WhatsAppTemplate>> done)
{
    if (auto failure = takeInjectedFailure())
        return finish<QList<WhatsAppTemplate>>(std::move(done), *failure);
    // The demo office's approved templates, as Twilio's Content API lists them.
    const QList<WhatsAppTemplate> approved{
        {QStringLiteral("HX0000000000000000000000000000a001"),
         QStringLiteral("missed_call"),
         QStringLiteral("en"),
         QStringLiteral("Hi {{1}}, this is {{2}}. Sorry we missed your call. How can we help?"),
         {{QStringLiteral("1"), QStringLiteral("first_name")},
          {QStringLiteral("2"), QStringLiteral("business")}}},
        {QStringLiteral("HX0000000000000000000000000000a002"),
         QStringLiteral("follow_up"),
         QStringLiteral("en"),
         QStringLiteral("Hi {{1}}, {{2}} here, following up on your request. Reply here any time."),
         {{QStringLiteral("1"), QStringLiteral("first_name")},
          {QStringLiteral("2"), QStringLiteral("business")}}},
    };
    finish<QList<WhatsAppTemplate>>(std::move(done), approved);
}

void SimulatorProvider::fetchMessage(const QString& providerMessageId, Done<Message> done)
{
    if (auto failure = takeInjectedFailure())
        return finish<Message>(std::move(done), *failure);
    if (std::optional<Message> m = carrier().messageAt(providerMessageId, simulatedNow()))
        return finish<Message>(std::move(done), *m);
    finish<Message>(std::move(done), error(ProviderError::Kind::NotFound, 404, 20404,
                                           tr("The phone provider has no such message."),
                                           QStringLiteral("The requested resource was not found")));
}

void SimulatorProvider::listLiveCalls(const QStringList& businessNumbers, Done<QList<Call>> done)
{
    const QDateTime now = simulatedNow();
    QList<Call> live;
    const QDateTime from = now.addSecs(-sim::SimulatedOffice::kMaxCallSeconds);
    for (const sim::SimulatedCall& call : m_office->callsStartedBetween(from, now.addMSecs(1))) {
        if (!businessNumbers.isEmpty() && !businessNumbers.contains(call.parent().toNumber))
            continue;
        const std::optional<Call> seen = sim::SimulatedOffice::legAt(call.legs.first(), now);
        if (seen && !isFinal(seen->status))
            live << *seen;
    }
    finish<QList<Call>>(std::move(done), live);
}

void SimulatorProvider::fetchCall(const QString& providerCallId, Done<Call> done)
{
    const QDateTime now = simulatedNow();
    const QDateTime from = now.addSecs(-sim::SimulatedOffice::kMaxCallSeconds);
    for (const sim::SimulatedCall& call : m_office->callsStartedBetween(from, now.addMSecs(1))) {
        for (const sim::SimulatedLeg& leg : call.legs) {
            if (leg.final.providerCallId != providerCallId)
                continue;
            if (const std::optional<Call> seen = sim::SimulatedOffice::legAt(leg, now))
                return finish<Call>(std::move(done), *seen);
        }
    }
    finish<Call>(std::move(done),
                 error(ProviderError::Kind::NotFound, 404, 20404,
                       tr("The phone provider does not know this call."), QStringLiteral("Not Found")));
}

void SimulatorProvider::listMedia(const QString& providerMessageId, Done<QList<MessageMedia>> done)
{
    const std::optional<Message> m = carrier().messageAt(providerMessageId, simulatedNow());
    if (!m) {
        return finish<QList<MessageMedia>>(std::move(done),
                                           error(ProviderError::Kind::NotFound, 404, 20404,
                                                 tr("The phone provider has no such message."),
                                                 QStringLiteral("The requested resource was not found")));
    }
    QList<MessageMedia> media;
    for (int i = 0; i < m->mediaCount; ++i) {
        MessageMedia one;
        one.position = i;
        // Twilio's media sids are "ME" and 32 hex digits; these are unique per message and place.
        one.providerMediaId =
            QStringLiteral("ME%1%2").arg(providerMessageId.right(30)).arg(i, 2, 10, QLatin1Char('0'));
        one.contentType = QString::fromLatin1(sim::SimulatedPhotos::kContentType);
        one.location = providerMessageId + QLatin1Char('/') + QString::number(i);
        media << one;
    }
    finish<QList<MessageMedia>>(std::move(done), media);
}

void SimulatorProvider::fetchMedia(const MessageMedia& media, qint64 maxBytes, Done<MediaContent> done)
{
    const qsizetype slash = media.location.lastIndexOf(QLatin1Char('/'));
    bool numbered = false;
    const int position = slash > 0 ? media.location.mid(slash + 1).toInt(&numbered) : -1;
    const QString messageId = media.location.left(slash);
    const std::optional<Message> m =
        numbered ? carrier().messageAt(messageId, simulatedNow()) : std::optional<Message>();
    if (!m || position < 0 || position >= m->mediaCount) {
        return finish<MediaContent>(std::move(done),
                                    error(ProviderError::Kind::NotFound, 404, 20404,
                                          tr("The phone provider no longer has this file."),
                                          QStringLiteral("The requested resource was not found")));
    }
    const QByteArray bytes = sim::SimulatedPhotos::photo(messageId, position);
    if (bytes.size() > maxBytes) {
        return finish<MediaContent>(std::move(done), error(ProviderError::Kind::MalformedResponse, 200, 0,
                                                           tr("The file is too large to keep."), QString()));
    }
    finish<MediaContent>(std::move(done),
                         MediaContent{bytes, QString::fromLatin1(sim::SimulatedPhotos::kContentType)});
}

} // namespace ringback
