#pragma once

#include "ProviderError.h"
#include "TextingReadiness.h"
#include "domain/Call.h"
#include "domain/Message.h"
#include "domain/MessageMedia.h"
#include "domain/SetAsideRecord.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPair>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QTimer>

#include <functional>

namespace ringback {

struct AccountInfo
{
    QString accountId;
    QString friendlyName;
    QString status; // "active", "suspended", ...
};

struct ProviderNumber
{
    QString providerId; // e.g. Twilio's PN... sid
    QString e164;
    QString friendlyName;
    bool smsCapable = false;
    bool voiceCapable = false;
};

// Where a listing puts the records it could not read or trust (called before `done`, once per
// record, on the provider's thread). Unset: they are only logged.
using SetAsideSink = std::function<void(const SetAsideRecord&)>;

struct CallQuery
{
    QStringList businessNumbers; // calls to these numbers; empty: every number of the account
    QDateTime endedSince;        // calls that ended at or after this moment (UTC)
    // Records dated after this are set aside (a year-9999 end_time); invalid: now plus a few minutes.
    QDateTime notAfter = {};
    SetAsideSink setAside = {};
    // Of the completed inbound parents listed, those whose child legs are still worth fetching
    // (the ones not decided yet); unset: all of them. Called once per listing with every candidate.
    std::function<QSet<QString>(const QStringList& parentCallIds)> needChildLegs = {};
    // Bounded work per poll: at most this many parents get their child legs asked for (the
    // earliest ended first). The others are left out of this listing, each named to `deferred`
    // with its end time, so the caller keeps its watermark behind them and the next poll asks.
    // A backlog (the PC was off, a storm of calls) then drains a slice per poll instead of making
    // one poll so long that it never finishes.
    int maxChildLegListings = 200;
    std::function<void(const QString& parentCallId, const QDateTime& endedAt)> deferred = {};
};

struct MessageQuery
{
    QStringList businessNumbers; // messages to or from these numbers; empty: every number
    QDateTime sentSince;
    QDateTime notAfter = {}; // as in CallQuery
    SetAsideSink setAside = {};
    // The business's WhatsApp senders (E.164): their WhatsApp messages are listed too. Empty:
    // none (with businessNumbers empty, the whole account's log holds them anyway).
    QStringList whatsAppSenders = {};
};

// How far past "now" a provider's date may be (clocks disagree a little) before it is absurd.
constexpr qint64 kClockSkewAllowanceSecs = 5 * 60;

struct OutgoingMessage
{
    QString to;   // E.164
    QString from; // E.164, one of the account's numbers (on WhatsApp: its WhatsApp sender)
    QString body;
    // A Twilio messaging service (MG...) to send through instead of `from`: the service picks the
    // number from its sender pool (registered for US texting with its campaign). Empty: `from`.
    QString messagingServiceSid = {};
    MessageChannel channel = MessageChannel::Sms;
    // An approved WhatsApp template instead of the body (outside the 24-hour window): its id
    // (Twilio's Content SID, HX...) and its variables as a JSON object text ({"1": "Dana"}).
    QString contentSid = {};
    QString contentVariables = {};
};

// An approved WhatsApp message template of the account (Twilio's Content API).
struct WhatsAppTemplate
{
    QString id; // Twilio's Content SID, HX...
    QString name;
    QString language;
    QString body; // with its placeholders, {{1}}, {{2}}...
    // Placeholder -> the template's sample value ("1" -> "name"): what each variable stands for.
    QList<QPair<QString, QString>> variables;
};

struct SentMessage
{
    QString providerMessageId;
    MessageStatus status = MessageStatus::Queued;
    QDateTime createdAt;
};

// What a line-type lookup said of a number (Twilio Lookup v2, line_type_intelligence).
struct LineTypeInfo
{
    QString lineType; // as the provider names it: mobile, landline, fixedVoip, nonFixedVoip, tollFree,
                      // premium, voicemail, pager, ... "unknown" when it could not tell
    QString carrier;  // the carrier's name, as given; may be empty
};

// A phone provider's account, reached asynchronously: every call returns at once and later calls
// `done` exactly once, on the thread the provider lives on, with the value or a typed error.
// Calls returned are legs as the provider logs them (parent and child legs, with
// parentProviderCallId); messages come in both directions. Store ids (Call::id, Message::id,
// Message::leadId) are left 0: the store assigns them.
// A provider destroyed with requests in flight aborts them and calls none of their callbacks.
class VoipProvider : public QObject
{
    Q_OBJECT
public:
    template <class T>
    using Done = std::function<void(ProviderResult<T>)>;

    using QObject::QObject;
    ~VoipProvider() override = default;

    // "twilio", "simulator", ...
    virtual QString kind() const = 0;

    virtual void verifyCredentials(Done<AccountInfo> done) = 0;
    virtual void listNumbers(Done<QList<ProviderNumber>> done) = 0;
    // Every page, in the provider's order; the same leg may appear twice across pages (the
    // store's upsert absorbs it).
    virtual void listCalls(const CallQuery& query, Done<QList<Call>> done) = 0;
    virtual void listMessages(const MessageQuery& query, Done<QList<Message>> done) = 0;
    virtual void sendMessage(const OutgoingMessage& message, Done<SentMessage> done) = 0;
    virtual void fetchMessage(const QString& providerMessageId, Done<Message> done) = 0;
    // The account's WhatsApp templates that WhatsApp approved (the others cannot be sent). A
    // provider without WhatsApp answers an empty list.
    virtual void listWhatsAppTemplates(Done<QList<WhatsAppTemplate>> done);
    // Inbound calls to these numbers (empty: every number) that are not final yet: queued, ringing
    // or in progress, as the provider's log shows them now. A poll lists them so that each can be
    // watched closely (fetchCall about once a second) and decided the moment it ends.
    virtual void listLiveCalls(const QStringList& businessNumbers, Done<QList<Call>> done) = 0;
    // One leg by its id, as the provider's log shows it now.
    virtual void fetchCall(const QString& providerCallId, Done<Call> done) = 0;
    // The photos and files that came with an inbound text (Message::mediaCount of them), in their
    // order. The default: a provider that keeps none lists none.
    virtual void listMedia(const QString& providerMessageId, Done<QList<MessageMedia>> done)
    {
        Q_UNUSED(providerMessageId);
        QTimer::singleShot(0, this, [done = std::move(done)] { done(QList<MessageMedia>{}); });
    }
    // One listed file's bytes, refused (MalformedResponse) past `maxBytes`. The default: gone.
    virtual void fetchMedia(const MessageMedia& media, qint64 maxBytes, Done<MediaContent> done)
    {
        Q_UNUSED(media);
        Q_UNUSED(maxBytes);
        ProviderError gone;
        gone.kind = ProviderError::Kind::NotFound;
        gone.fate = ProviderError::Fate::NotAccepted;
        gone.message = tr("The phone provider keeps no files sent with texts.");
        QTimer::singleShot(0, this, [done = std::move(done), gone] { done(gone); });
    }
    // Requests sent to the provider since it was made (every page and retry counts): the worker
    // reports requests per hour from it.
    virtual quint64 requestCount() const { return 0; }

    // The line type of one number (a paid lookup: the caller keeps the answer). A provider without
    // lookups answers an error (Rejected) saying so.
    virtual void lookUpLineType(const QString& e164, Done<LineTypeInfo> done)
    {
        Q_UNUSED(e164);
        ProviderError none;
        none.kind = ProviderError::Kind::Rejected;
        none.fate = ProviderError::Fate::NotAccepted;
        none.message = tr("This provider cannot look up line types.");
        QMetaObject::invokeMethod(
            this, [done = std::move(done), none] { done(none); }, Qt::QueuedConnection);
    }

    // The account's registration for business texting to US numbers: brand registrations,
    // messaging services (with their US campaigns and the numbers they send from) and toll-free
    // verifications. TextingReadiness decides from it what each number's texts face. A provider
    // without such a registry answers an error saying so.
    virtual void readTextingCompliance(Done<TextingCompliance> done)
    {
        QMetaObject::invokeMethod(
            this, [done = std::move(done)] { done(TextingReadiness::noRegistry()); }, Qt::QueuedConnection);
    }

    // Ends every request in flight now (a shutdown does not wait for a slow server): each one's
    // `done` is still called, from the event loop, with an error whose fate is MayHaveBeenAccepted,
    // so a send cut short is looked up before any resend. A provider that answers at once has
    // nothing to end.
    virtual void abortRequests() {}
};

} // namespace ringback
