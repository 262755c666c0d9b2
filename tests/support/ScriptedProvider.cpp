#include "ScriptedProvider.h"

#include <QTimer>

namespace ringback::test {

template <class T>
void ScriptedProvider::answer(Done<T> done, ProviderResult<T> result)
{
    ++m_requests;
    QTimer::singleShot(answerDelayMs, this,
                       [done = std::move(done), result = std::move(result)]() { done(result); });
}

ProviderError ScriptedProvider::error(ProviderError::Kind kind, int code)
{
    ProviderError e;
    e.kind = kind;
    e.providerCode = code;
    e.message = QStringLiteral("scripted error");
    return e;
}

int ScriptedProvider::sentTo(const QString& number) const
{
    int n = 0;
    for (const OutgoingMessage& m : sent)
        n += m.to == number ? 1 : 0;
    return n;
}

void ScriptedProvider::verifyCredentials(Done<AccountInfo> done)
{
    answer<AccountInfo>(
        std::move(done),
        AccountInfo{QStringLiteral("ACscripted"), QStringLiteral("Test office"), QStringLiteral("active")});
}

void ScriptedProvider::listNumbers(Done<QList<ProviderNumber>> done)
{
    if (!listErrors.isEmpty())
        return answer<QList<ProviderNumber>>(std::move(done), listErrors.dequeue());
    answer<QList<ProviderNumber>>(std::move(done), numbers);
}

void ScriptedProvider::listCalls(const CallQuery& query, Done<QList<Call>> done)
{
    if (!listErrors.isEmpty())
        return answer<QList<Call>>(std::move(done), listErrors.dequeue());
    QList<Call> out;
    for (const Call& c : calls) {
        const bool inWindow = !c.endedAt.isValid() || c.endedAt >= query.endedSince;
        if (inWindow)
            out << c;
    }
    ++m_requests;
    QTimer::singleShot(answerDelayMs, this, [this, done = std::move(done), out]() {
        if (onListCalls)
            onListCalls();
        done(out);
    });
}

void ScriptedProvider::listMessages(const MessageQuery& query, Done<QList<Message>> done)
{
    if (!listErrors.isEmpty())
        return answer<QList<Message>>(std::move(done), listErrors.dequeue());
    QList<Message> out;
    for (const Message& m : messages) {
        if (m.createdAt >= query.sentSince)
            out << m;
    }
    answer<QList<Message>>(std::move(done), out);
}

void ScriptedProvider::sendMessage(const OutgoingMessage& message, Done<SentMessage> done)
{
    if (sendErrorsAfterAccepting.isEmpty() && !sendErrors.isEmpty())
        return answer<SentMessage>(std::move(done), sendErrors.dequeue());
    lastSendTo = message.to;
    if (onSend)
        onSend();
    sent << message;
    const QString sid = QStringLiteral("SM%1").arg(m_nextSid++, 32, 10, QLatin1Char('0'));
    Message logged;
    logged.providerMessageId = sid;
    logged.direction = MessageDirection::Outbound;
    logged.fromNumber = message.from;
    logged.toNumber = message.to;
    logged.body = message.body;
    logged.status = MessageStatus::Queued;
    logged.channel = message.channel;
    logged.createdAt = clock ? clock->nowUtc() : QDateTime::currentDateTimeUtc();
    messages << logged;
    if (!sendErrorsAfterAccepting.isEmpty())
        return answer<SentMessage>(std::move(done), sendErrorsAfterAccepting.dequeue());
    answer<SentMessage>(std::move(done), SentMessage{sid, MessageStatus::Queued, logged.createdAt});
}

void ScriptedProvider::fetchMessage(const QString& providerMessageId, Done<Message> done)
{
    for (const Message& m : messages) {
        if (m.providerMessageId == providerMessageId)
            return answer<Message>(std::move(done), m);
    }
    answer<Message>(std::move(done), error(ProviderError::Kind::NotFound));
}

void ScriptedProvider::listLiveCalls(const QStringList& businessNumbers, Done<QList<Call>> done)
{
    ++liveListings;
    QList<Call> out;
    for (const Call& c : calls) {
        if (c.direction == CallDirection::Inbound && !isFinal(c.status) &&
            (businessNumbers.isEmpty() || businessNumbers.contains(c.toNumber)))
            out << c;
    }
    answer<QList<Call>>(std::move(done), out);
}

void ScriptedProvider::fetchCall(const QString& providerCallId, Done<Call> done)
{
    fetchedCalls << providerCallId;
    if (!fetchErrors.isEmpty())
        return answer<Call>(std::move(done), fetchErrors.dequeue());
    for (auto it = calls.crbegin(); it != calls.crend(); ++it) {
        if (it->providerCallId == providerCallId)
            return answer<Call>(std::move(done), *it);
    }
    answer<Call>(std::move(done), error(ProviderError::Kind::NotFound));
}

void ScriptedProvider::listMedia(const QString& providerMessageId, Done<QList<MessageMedia>> done)
{
    mediaRequests << QStringLiteral("list ") + providerMessageId;
    if (!mediaErrors.isEmpty())
        return answer<QList<MessageMedia>>(std::move(done), mediaErrors.dequeue());
    answer<QList<MessageMedia>>(std::move(done), media.value(providerMessageId));
}

void ScriptedProvider::fetchMedia(const MessageMedia& wanted, qint64 maxBytes, Done<MediaContent> done)
{
    mediaRequests << QStringLiteral("fetch ") + wanted.location;
    if (!fileErrors.isEmpty())
        return answer<MediaContent>(std::move(done), fileErrors.dequeue());
    if (!files.contains(wanted.location))
        return answer<MediaContent>(std::move(done), error(ProviderError::Kind::NotFound, 20404));
    if (files.value(wanted.location).bytes.size() > maxBytes)
        return answer<MediaContent>(std::move(done), error(ProviderError::Kind::MalformedResponse));
    answer<MediaContent>(std::move(done), files.value(wanted.location));
}

} // namespace ringback::test
