#pragma once

#include "TwilioCredentials.h"
#include "TwilioOptions.h"
#include "providers/VoipProvider.h"

#include <QJsonObject>

namespace ringback {

class TwilioHttp;

// Twilio's Programmable Voice and Messaging REST API, version 2010-04-01 (or any service that
// speaks it, through TwilioOptions::baseUrl). See VoipProvider for the contract; TwilioHttp for
// auth, timeouts and limits; TwilioJson for how records map; TwilioErrorMapper for errors.
class TwilioProvider final : public VoipProvider
{
    Q_OBJECT
public:
    explicit TwilioProvider(const TwilioCredentials& credentials, const TwilioOptions& options = {},
                            QObject* parent = nullptr);
    ~TwilioProvider() override;

    QString kind() const override { return QStringLiteral("twilio"); }

    void verifyCredentials(Done<AccountInfo> done) override;
    void listNumbers(Done<QList<ProviderNumber>> done) override;
    void listCalls(const CallQuery& query, Done<QList<Call>> done) override;
    void listMessages(const MessageQuery& query, Done<QList<Message>> done) override;
    void sendMessage(const OutgoingMessage& message, Done<SentMessage> done) override;
    void fetchMessage(const QString& providerMessageId, Done<Message> done) override;
    void listWhatsAppTemplates(Done<QList<WhatsAppTemplate>> done) override;
    void listLiveCalls(const QStringList& businessNumbers, Done<QList<Call>> done) override;
    void fetchCall(const QString& providerCallId, Done<Call> done) override;
    void listMedia(const QString& providerMessageId, Done<QList<MessageMedia>> done) override;
    void fetchMedia(const MessageMedia& media, qint64 maxBytes, Done<MediaContent> done) override;
    void readTextingCompliance(Done<TextingCompliance> done) override;
    // Lookup v2: GET /v2/PhoneNumbers/{n}?Fields=line_type_intelligence, with short deadlines (it
    // runs between claiming a text and sending it).
    void lookUpLineType(const QString& e164, Done<LineTypeInfo> done) override;
    // The line_type_intelligence of a Lookup v2 answer ("unknown" when it is null).
    static LineTypeInfo lineTypeOf(const QJsonObject& phoneNumber);
    void abortRequests() override;
    quint64 requestCount() const override;

    // Requests on the wire now (for tests and the status bar).
    int pendingRequests() const;

private:
    void fetchChildLegs(QList<Call> calls, const CallQuery& query, Done<QList<Call>> done);

    TwilioHttp* m_http;      // child: destroyed (and its requests aborted) with us
    TwilioHttp* m_messaging; // the same, for the Messaging API v1 (its own host); null: none
    TwilioHttp* m_lookups;   // and for Lookup v2; null: none
    TwilioHttp* m_content;   // and for the Content API (WhatsApp templates); null: none
};

} // namespace ringback
