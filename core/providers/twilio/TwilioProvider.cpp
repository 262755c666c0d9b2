#include "TwilioProvider.h"

#include "TwilioCompliance.h"
#include "TwilioHttp.h"
#include "TwilioJson.h"
#include "TwilioPager.h"
#include "common/CleanText.h"
#include "common/Logging.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace ringback {

namespace {

using Fields = TwilioHttp::Fields;

// Twilio's date filters (EndTime>, DateSent>) take a UTC date, YYYY-MM-DD: "on or after that day".
// The spec types them "date-time", but its descriptions, its own example URIs and the API itself
// use the date form, and a time part is not honoured. So we ask for the whole day and keep the
// exact moment client-side.
QString utcDay(const QDateTime& moment)
{
    return moment.toUTC().date().toString(Qt::ISODate);
}

// The detail names the field and record id (never a body, a number or a credential).
ProviderError malformed(const TwilioHttp& http, const QString& detail)
{
    qCWarning(lcProvider).noquote() << "Unexpected answer from the provider:" << detail;
    return http.errors().malformed(detail);
}

template <class T>
ProviderResult<T> mapOne(const TwilioHttp& http, const ProviderResult<QByteArray>& body,
                         TwilioJson::Parsed<T> (*map)(const QJsonObject&))
{
    if (!body)
        return body.error();
    auto json = TwilioJson::object(*body);
    if (!json)
        return malformed(http, json.error());
    auto value = map(*json);
    if (!value)
        return malformed(http, value.error());
    return std::move(value).value();
}

template <class T>
ProviderResult<QList<T>> mapAll(const TwilioHttp& http, const ProviderResult<QJsonArray>& items,
                                TwilioJson::Parsed<T> (*map)(const QJsonObject&))
{
    if (!items)
        return items.error();
    auto values = TwilioJson::list<T>(*items, map);
    if (!values)
        return malformed(http, values.error());
    return std::move(values).value();
}

// The records of a listing: the readable ones, and the rest set aside (reported to the caller's
// sink and logged with their id and reason, never their content). One bad record never fails
// the listing.
template <class T>
QList<T> sorted(const TwilioJson::Sorted<T>& all, const SetAsideSink& sink)
{
    for (const SetAsideRecord& r : all.setAside) {
        qCInfo(lcProvider).noquote() // the worker reports each record once; this is every poll
            << "Set aside a" << toText(r.kind) << "record"
            << (r.providerId.isEmpty() ? QStringLiteral("without id") : r.providerId)
            << "from the provider:" << toText(r.reason) << r.field;
        if (sink)
            sink(r);
    }
    return all.records;
}

// The same options for another of Twilio's APIs, on its own host.
TwilioOptions onHost(TwilioOptions options, const QUrl& baseUrl)
{
    options.baseUrl = baseUrl;
    return options;
}

// Where the Messaging API is: as set, or Twilio's own beside Twilio's API. A Twilio-compatible
// service elsewhere (SignalWire) has none, and its credentials must not go to Twilio: empty.
QUrl messagingHost(const TwilioOptions& options)
{
    if (options.messagingBaseUrl != TwilioOptions::defaultMessagingBaseUrl() ||
        options.baseUrl == TwilioOptions::defaultBaseUrl())
        return options.messagingBaseUrl;
    return {};
}

QUrl lookupsHost(const TwilioOptions& options)
{
    if (options.lookupsBaseUrl != TwilioOptions::defaultLookupsBaseUrl() ||
        options.baseUrl == TwilioOptions::defaultBaseUrl())
        return options.lookupsBaseUrl;
    return {};
}

QUrl contentHost(const TwilioOptions& options)
{
    if (options.contentBaseUrl != TwilioOptions::defaultContentBaseUrl() ||
        options.baseUrl == TwilioOptions::defaultBaseUrl())
        return options.contentBaseUrl;
    return {};
}

// A lookup runs while its text is claimed (OutboxSender's 20 s lease): it must end well within it,
// retries included.
TwilioOptions forLookups(TwilioOptions options)
{
    options.readDeadlineMs = qMin(options.readDeadlineMs, 4'000);
    options.transferTimeoutMs = qMin(options.transferTimeoutMs, 4'000);
    return options;
}

QDateTime notAfterOr(const QDateTime& notAfter)
{
    return notAfter.isValid() ? notAfter.toUTC()
                              : QDateTime::currentDateTimeUtc().addSecs(kClockSkewAllowanceSecs);
}

// A completed inbound leg is where a <Dial> to staff phones hangs its child legs.
bool mayHaveChildLegs(const Call& call)
{
    return call.status == CallStatus::Completed && call.direction == CallDirection::Inbound;
}

} // namespace

TwilioProvider::TwilioProvider(const TwilioCredentials& credentials, const TwilioOptions& options,
                               QObject* parent)
    : VoipProvider(parent)
    , m_http(new TwilioHttp(credentials, options, this))
    , m_messaging(messagingHost(options).isEmpty()
                      ? nullptr
                      : new TwilioHttp(credentials, onHost(options, messagingHost(options)), this))
    , m_lookups(lookupsHost(options).isEmpty()
                    ? nullptr
                    : new TwilioHttp(credentials, forLookups(onHost(options, lookupsHost(options))), this))
    , m_content(contentHost(options).isEmpty()
                    ? nullptr
                    : new TwilioHttp(credentials, onHost(options, contentHost(options)), this))
{}

TwilioProvider::~TwilioProvider()
{
    // First, so that no callback holding `this` can run past this point.
    delete m_content;
    delete m_lookups;
    delete m_messaging;
    delete m_http;
}

void TwilioProvider::abortRequests()
{
    m_http->abortAll();
    if (m_messaging)
        m_messaging->abortAll();
    if (m_lookups)
        m_lookups->abortAll();
    if (m_content)
        m_content->abortAll();
}

quint64 TwilioProvider::requestCount() const
{
    return m_http->requestCount() + (m_messaging ? m_messaging->requestCount() : 0) +
           (m_lookups ? m_lookups->requestCount() : 0) + (m_content ? m_content->requestCount() : 0);
}

int TwilioProvider::pendingRequests() const
{
    return m_http->pendingRequests() + (m_messaging ? m_messaging->pendingRequests() : 0) +
           (m_lookups ? m_lookups->pendingRequests() : 0) + (m_content ? m_content->pendingRequests() : 0);
}

LineTypeInfo TwilioProvider::lineTypeOf(const QJsonObject& phoneNumber)
{
    const QJsonObject lti = phoneNumber.value(QLatin1String("line_type_intelligence")).toObject();
    LineTypeInfo info;
    info.lineType = cleanedText(lti.value(QLatin1String("type")).toString());
    if (info.lineType.isEmpty())
        info.lineType = QStringLiteral("unknown");
    info.carrier = cleanedText(lti.value(QLatin1String("carrier_name")).toString());
    return info;
}

void TwilioProvider::lookUpLineType(const QString& e164, Done<LineTypeInfo> done)
{
    if (!m_lookups)
        return VoipProvider::lookUpLineType(e164, std::move(done));
    const QUrl url =
        m_lookups->apiUrl(QStringLiteral("/v2/PhoneNumbers/") + TwilioHttp::pathSegment(e164),
                          {{QStringLiteral("Fields"), QStringLiteral("line_type_intelligence")}});
    m_lookups->get(url, [http = m_lookups, done](ProviderResult<QByteArray> body) {
        if (!body)
            return done(body.error());
        auto json = TwilioJson::object(*body);
        if (!json)
            return done(malformed(*http, json.error()));
        done(lineTypeOf(*json));
    });
}

void TwilioProvider::readTextingCompliance(Done<TextingCompliance> done)
{
    if (!m_messaging) // a Twilio-compatible service: no registry to read
        return VoipProvider::readTextingCompliance(std::move(done));
    TwilioCompliance::read(*m_messaging, std::move(done));
}

void TwilioProvider::verifyCredentials(Done<AccountInfo> done)
{
    m_http->get(m_http->accountUrl(QStringLiteral(".json")),
                [http = m_http, done](ProviderResult<QByteArray> body) {
                    done(mapOne<AccountInfo>(*http, body, &TwilioJson::account));
                });
}

void TwilioProvider::listNumbers(Done<QList<ProviderNumber>> done)
{
    const QUrl first =
        m_http->accountUrl(QStringLiteral("/IncomingPhoneNumbers.json"),
                           {{QStringLiteral("PageSize"), QString::number(m_http->options().pageSize)}});
    TwilioPager::readAll(*m_http, {first}, QStringLiteral("incoming_phone_numbers"),
                         [http = m_http, done](ProviderResult<QJsonArray> items) {
                             done(mapAll<ProviderNumber>(*http, items, &TwilioJson::number));
                         });
}

void TwilioProvider::listCalls(const CallQuery& query, Done<QList<Call>> done)
{
    Fields filter;
    if (query.endedSince.isValid())
        filter.append({QStringLiteral("EndTime>"), utcDay(query.endedSince)});
    filter.append({QStringLiteral("PageSize"), QString::number(m_http->options().pageSize)});

    QList<QUrl> listings;
    for (const QString& number : query.businessNumbers)
        listings.append(m_http->accountUrl(QStringLiteral("/Calls.json"),
                                           Fields{{QStringLiteral("To"), number}} + filter));
    const bool everyNumber = listings.isEmpty();
    if (everyNumber)
        listings.append(m_http->accountUrl(QStringLiteral("/Calls.json"), filter));

    const QDateTime since = query.endedSince.toUTC();
    TwilioPager::readAll(*m_http, listings, QStringLiteral("calls"),
                         [this, query, since, everyNumber, done](ProviderResult<QJsonArray> items) {
                             if (!items)
                                 return done(items.error());
                             const QList<Call> calls = sorted(
                                 TwilioJson::calls(*items, notAfterOr(query.notAfter)), query.setAside);
                             QList<Call> ended;
                             for (const Call& c : calls) {
                                 if (!since.isValid() || (c.endedAt.isValid() && c.endedAt >= since))
                                     ended.append(c);
                             }
                             // Listing the whole account returns the child legs with everything else.
                             if (everyNumber)
                                 return done(ended);
                             fetchChildLegs(std::move(ended), query, done);
                         });
}

// Child legs. A call forwarded with <Dial> has a parent leg To the business number, usually
// `completed` (Twilio answered it to run the TwiML), and child legs To the staff cell phones that
// carry the real no-answer/busy. `To=` cannot return those, so for every completed inbound parent
// we list `ParentCallSid=` (all pages, whatever their end time: children end with or before their
// parent). We chose this over listing every call of the account and filtering here because an
// account often has numbers the office does not watch and a lot of outbound traffic: one small
// query per completed inbound call asks only for what the classifier reads. A busy, no-answer,
// canceled or failed parent needs no children: its own status already says it was missed. And a
// parent the caller has already decided (query.needChildLegs) needs none either: each poll's
// overlap brings every recent call back, and asking again for each would cost one request per
// call per poll (10,000 completed calls in the overlap: 10,000 requests, every few seconds).
void TwilioProvider::fetchChildLegs(QList<Call> calls, const CallQuery& query, Done<QList<Call>> done)
{
    QStringList candidates;
    QSet<QString> parents;
    for (const Call& c : std::as_const(calls)) {
        if (!mayHaveChildLegs(c) || parents.contains(c.providerCallId))
            continue;
        parents.insert(c.providerCallId);
        candidates.append(c.providerCallId);
    }
    if (query.needChildLegs && !candidates.isEmpty()) {
        const QSet<QString> needed = query.needChildLegs(candidates);
        candidates.removeIf([&needed](const QString& id) { return !needed.contains(id); });
    }
    if (query.maxChildLegListings > 0 && candidates.size() > query.maxChildLegListings) {
        QHash<QString, QDateTime> endedAt;
        for (const Call& c : std::as_const(calls))
            endedAt.insert(c.providerCallId, c.endedAt);
        std::stable_sort(
            candidates.begin(), candidates.end(),
            [&endedAt](const QString& a, const QString& b) { return endedAt.value(a) < endedAt.value(b); });
        const QStringList later = candidates.mid(query.maxChildLegListings);
        candidates = candidates.first(query.maxChildLegListings);
        const QSet<QString> left(later.cbegin(), later.cend());
        calls.removeIf([&left](const Call& c) { return left.contains(c.providerCallId); });
        for (const QString& id : later) {
            if (query.deferred)
                query.deferred(id, endedAt.value(id));
        }
    }
    QList<QUrl> listings;
    for (const QString& parent : std::as_const(candidates)) {
        listings.append(
            m_http->accountUrl(QStringLiteral("/Calls.json"),
                               {{QStringLiteral("ParentCallSid"), parent},
                                {QStringLiteral("PageSize"), QString::number(m_http->options().pageSize)}}));
    }
    if (listings.isEmpty())
        return done(std::move(calls));
    TwilioPager::readAll(*m_http, listings, QStringLiteral("calls"),
                         [calls = std::move(calls), notAfter = notAfterOr(query.notAfter),
                          sink = query.setAside, done](ProviderResult<QJsonArray> items) mutable {
                             if (!items)
                                 return done(items.error());
                             calls += sorted(TwilioJson::calls(*items, notAfter), sink);
                             done(std::move(calls));
                         });
}

void TwilioProvider::listMessages(const MessageQuery& query, Done<QList<Message>> done)
{
    Fields filter;
    if (query.sentSince.isValid())
        filter.append({QStringLiteral("DateSent>"), utcDay(query.sentSince)});
    filter.append({QStringLiteral("PageSize"), QString::number(m_http->options().pageSize)});

    // Both directions: what callers sent to each number, and what went out from it.
    const QString messages = QStringLiteral("/Messages.json");
    QList<QUrl> listings;
    for (const QString& number : query.businessNumbers) {
        listings.append(m_http->accountUrl(messages, Fields{{QStringLiteral("To"), number}} + filter));
        listings.append(m_http->accountUrl(messages, Fields{{QStringLiteral("From"), number}} + filter));
    }
    // WhatsApp messages are filed under the sender's "whatsapp:" address. Without business numbers
    // the whole account is listed, WhatsApp included.
    if (!listings.isEmpty()) {
        for (const QString& sender : query.whatsAppSenders) {
            const QString address = channelAddress(sender, MessageChannel::WhatsApp);
            listings.append(m_http->accountUrl(messages, Fields{{QStringLiteral("To"), address}} + filter));
            listings.append(m_http->accountUrl(messages, Fields{{QStringLiteral("From"), address}} + filter));
        }
    }
    if (listings.isEmpty())
        listings.append(m_http->accountUrl(messages, filter));

    const QDateTime since = query.sentSince.toUTC();
    TwilioPager::readAll(*m_http, listings, QStringLiteral("messages"),
                         [since, notAfter = notAfterOr(query.notAfter), sink = query.setAside,
                          done](ProviderResult<QJsonArray> items) {
                             if (!items)
                                 return done(items.error());
                             const QList<Message> all = sorted(TwilioJson::messages(*items, notAfter), sink);
                             QList<Message> recent;
                             for (const Message& m : all) {
                                 // A text not sent yet (queued, scheduled) has no date_sent.
                                 const QDateTime when = m.sentAt.isValid() ? m.sentAt : m.createdAt;
                                 if (!since.isValid() || (when.isValid() && when >= since))
                                     recent.append(m);
                             }
                             done(std::move(recent));
                         });
}

void TwilioProvider::sendMessage(const OutgoingMessage& message, Done<SentMessage> done)
{
    qCInfo(lcProvider).noquote() << "Sending a text from" << logging::redactNumber(message.from, lcProvider())
                                 << "to" << logging::redactNumber(message.to, lcProvider()) << "of"
                                 << logging::redactBody(message.body, lcProvider());
    // Through a messaging service, Twilio picks the sender from its pool: MessagingServiceSid
    // replaces From (the customer's reply still comes To the business number, and threads there).
    // WhatsApp always goes from its own sender: the service is the SMS registration's.
    Fields form{{QStringLiteral("To"), channelAddress(message.to, message.channel)}};
    if (message.messagingServiceSid.isEmpty() || message.channel != MessageChannel::Sms)
        form.append({QStringLiteral("From"), channelAddress(message.from, message.channel)});
    else
        form.append({QStringLiteral("MessagingServiceSid"), message.messagingServiceSid});
    if (message.contentSid.isEmpty()) {
        form.append({QStringLiteral("Body"), message.body});
    } else {
        // An approved template: WhatsApp takes it outside the 24-hour window, where a Body is refused
        // (63016). The body we hold is only the filled text shown in the thread.
        form.append({QStringLiteral("ContentSid"), message.contentSid});
        if (!message.contentVariables.isEmpty())
            form.append({QStringLiteral("ContentVariables"), message.contentVariables});
    }
    m_http->postForm(m_http->accountUrl(QStringLiteral("/Messages.json")), form,
                     [http = m_http, done](ProviderResult<QByteArray> body) {
                         done(mapOne<SentMessage>(*http, body, &TwilioJson::sentMessage));
                     });
}

void TwilioProvider::fetchMessage(const QString& providerMessageId, Done<Message> done)
{
    const QString rest =
        QStringLiteral("/Messages/") + TwilioHttp::pathSegment(providerMessageId) + QStringLiteral(".json");
    m_http->get(m_http->accountUrl(rest), [http = m_http, done](ProviderResult<QByteArray> body) {
        done(mapOne<Message>(*http, body, &TwilioJson::message));
    });
}

// One page of up to 1000 templates: far more than an office has approved. (The Content API pages
// by an absolute next_page_url, unlike the 2010 API; a second page is not read.)
void TwilioProvider::listWhatsAppTemplates(Done<QList<WhatsAppTemplate>> done)
{
    if (!m_content) // a Twilio-compatible service: no Content API
        return VoipProvider::listWhatsAppTemplates(std::move(done));
    const QUrl url = m_content->apiUrl(QStringLiteral("/v1/ContentAndApprovals"),
                                       {{QStringLiteral("PageSize"), QStringLiteral("1000")}});
    m_content->get(url, [http = m_content, done](ProviderResult<QByteArray> body) {
        if (!body)
            return done(body.error());
        auto templates = TwilioJson::approvedWhatsAppTemplates(*body);
        if (!templates)
            return done(malformed(*http, templates.error()));
        done(std::move(templates).value());
    });
}

// Twilio's Status filter takes one value, so each live status is its own listing (per number):
// three small requests per poll. Outbound legs (our <Dial> to staff phones) are left out.
void TwilioProvider::listLiveCalls(const QStringList& businessNumbers, Done<QList<Call>> done)
{
    const QString pageSize = QString::number(m_http->options().pageSize);
    QList<QUrl> listings;
    for (const char* status : {"queued", "ringing", "in-progress"}) {
        const Fields filter{{QStringLiteral("Status"), QString::fromLatin1(status)},
                            {QStringLiteral("PageSize"), pageSize}};
        for (const QString& number : businessNumbers)
            listings.append(m_http->accountUrl(QStringLiteral("/Calls.json"),
                                               Fields{{QStringLiteral("To"), number}} + filter));
        if (businessNumbers.isEmpty())
            listings.append(m_http->accountUrl(QStringLiteral("/Calls.json"), filter));
    }
    TwilioPager::readAll(*m_http, listings, QStringLiteral("calls"),
                         [done](ProviderResult<QJsonArray> items) {
                             if (!items)
                                 return done(items.error());
                             QList<Call> live;
                             // A record we cannot read is only logged here: the regular poll sets it aside
                             // and reports it.
                             for (const Call& c : sorted(TwilioJson::calls(*items, notAfterOr({})), {})) {
                                 if (c.direction == CallDirection::Inbound && !isFinal(c.status))
                                     live.append(c);
                             }
                             done(std::move(live));
                         });
}

void TwilioProvider::fetchCall(const QString& providerCallId, Done<Call> done)
{
    const QString rest =
        QStringLiteral("/Calls/") + TwilioHttp::pathSegment(providerCallId) + QStringLiteral(".json");
    m_http->get(m_http->accountUrl(rest), [http = m_http, done](ProviderResult<QByteArray> body) {
        done(mapOne<Call>(*http, body, &TwilioJson::call));
    });
}

void TwilioProvider::listMedia(const QString& providerMessageId, Done<QList<MessageMedia>> done)
{
    const QUrl first =
        m_http->accountUrl(QStringLiteral("/Messages/") + TwilioHttp::pathSegment(providerMessageId) +
                               QStringLiteral("/Media.json"),
                           {{QStringLiteral("PageSize"), QString::number(m_http->options().pageSize)}});
    TwilioPager::readAll(*m_http, {first}, QStringLiteral("media_list"),
                         [http = m_http, done](ProviderResult<QJsonArray> items) {
                             auto media = mapAll<MessageMedia>(*http, items, &TwilioJson::media);
                             if (media) {
                                 for (int i = 0; i < media->size(); ++i)
                                     media.value()[i].position = i;
                             }
                             done(std::move(media));
                         });
}

void TwilioProvider::fetchMedia(const MessageMedia& media, qint64 maxBytes, Done<MediaContent> done)
{
    // The address came from Twilio's own listing; one that points elsewhere is not followed with
    // the account's credentials.
    const QUrl url = m_http->resolve(media.location);
    if (url.isEmpty()) {
        return QTimer::singleShot(0, this, [http = m_http, done] {
            done(http->errors().malformed(QStringLiteral("a media address on another server")));
        });
    }
    m_http->getFile(url, maxBytes, std::move(done));
}

} // namespace ringback
