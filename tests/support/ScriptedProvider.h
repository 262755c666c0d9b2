#pragma once

#include "common/Clock.h"
#include "providers/VoipProvider.h"

#include <QHash>
#include <QList>
#include <QQueue>

namespace ringback::test {

// An in-memory phone account for pipeline tests: the test puts calls and inbound messages in its
// log, queues errors for the next requests, and reads back every text "sent". Answers are
// asynchronous (queued), like a real provider's. Several workers may share one instance, which
// is how the exactly-once tests count texts across processes' worth of senders.
class ScriptedProvider final : public VoipProvider
{
    Q_OBJECT
public:
    using VoipProvider::VoipProvider;

    QString kind() const override { return QStringLiteral("scripted"); }

    // The account's log.
    QList<Call> calls;
    QList<Message> messages; // inbound replies the test adds; sent texts are added by sendMessage
    QList<ProviderNumber> numbers{
        {QStringLiteral("PN1"), QStringLiteral("+15125550100"), QStringLiteral("Main"), true, true}};

    // Errors for the next sendMessage calls, first in first out (an empty queue: success).
    QQueue<ProviderError> sendErrors;
    // Errors for the next sends that were accepted anyway (the text is in the log and in `sent`):
    // a 5xx or a timeout after the provider took the text. Used before sendErrors.
    QQueue<ProviderError> sendErrorsAfterAccepting;
    // Errors for the next list requests (calls, messages or numbers).
    QQueue<ProviderError> listErrors;

    // Stamps sent texts; the test's ManualClock, so watermarks agree with the worker's.
    const Clock* clock = nullptr;

    // Real milliseconds before each answer arrives (0: on the next turn of the event loop). A slow
    // provider, or a loaded machine, as the pipeline sees it: a test's outcome must not change.
    int answerDelayMs = 0;

    // Hooks for benchmarks: called when a call list is answered and when a send arrives.
    std::function<void()> onListCalls;
    std::function<void()> onSend;
    QString lastSendTo;

    // Every accepted send, in order.
    QList<OutgoingMessage> sent;
    int sentTo(const QString& number) const;

    void verifyCredentials(Done<AccountInfo> done) override;
    void listNumbers(Done<QList<ProviderNumber>> done) override;
    void listCalls(const CallQuery& query, Done<QList<Call>> done) override;
    void listMessages(const MessageQuery& query, Done<QList<Message>> done) override;
    void sendMessage(const OutgoingMessage& message, Done<SentMessage> done) override;
    void fetchMessage(const QString& providerMessageId, Done<Message> done) override;
    // The calls of the log that are not final (inbound), and one call by id (the last with that
    // id): the test moves a call on by editing `calls`. They never take `listErrors`.
    void listLiveCalls(const QStringList& businessNumbers, Done<QList<Call>> done) override;
    void fetchCall(const QString& providerCallId, Done<Call> done) override;
    quint64 requestCount() const override { return m_requests; }

    // Photos: each message's Media list by its provider id (none listed: an empty list), and
    // each file's bytes by its location (missing: 404). Errors for the next list (mediaErrors) and
    // file (fileErrors) requests come first; every media request is recorded as
    // "list <message id>" or "fetch <location>".
    QHash<QString, QList<MessageMedia>> media;
    QHash<QString, MediaContent> files;
    QQueue<ProviderError> mediaErrors;
    QQueue<ProviderError> fileErrors;
    QStringList mediaRequests;
    void listMedia(const QString& providerMessageId, Done<QList<MessageMedia>> done) override;
    void fetchMedia(const MessageMedia& media, qint64 maxBytes, Done<MediaContent> done) override;

    // Errors for the next fetchCall requests.
    QQueue<ProviderError> fetchErrors;
    // What was asked: live listings, and each fetchCall's id in order.
    int liveListings = 0;
    QStringList fetchedCalls;

    static ProviderError error(ProviderError::Kind kind, int code = 0);

private:
    template <class T>
    void answer(Done<T> done, ProviderResult<T> result);
    int m_nextSid = 1;
    quint64 m_requests = 0;
};

} // namespace ringback::test
