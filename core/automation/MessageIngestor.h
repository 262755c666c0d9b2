#pragma once

#include "domain/Message.h"
#include "store/StoreError.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>

namespace ringback {

class Clock;
class Database;
class PhoneNumberService;

enum class Keyword { None, OptOut, OptIn, Help };

// Exact-match carrier keywords (DESIGN §3): the whole message, any case, surrounding spaces and
// a trailing full stop or exclamation mark ignored.
Keyword keywordOf(const QString& body);

struct IngestedMessage
{
    qint64 messageId = 0;
    qint64 leadId = 0;
    MessageDirection direction = MessageDirection::Inbound;
    Keyword keyword = Keyword::None;
    bool isNewReply = false;   // a new inbound text that is not a keyword: someone should answer it
    bool optOutIntent = false; // a new reply that looks like an opt-out (OptOutIntent): flagged
    // Our text failed because the sending number is not registered (TwilioErrorCodes::
    // isRegistrationError): the code, else 0.
    int registrationError = 0;
    // Our text reached a +1 (US or Canadian) phone: the number's registration, if it was lacking,
    // is in place now.
    bool deliveredToNanp = false;
};

// Files messages from the provider's log into conversations: threads each to the caller's lead,
// learns opt-outs (STOP / START, provider error 21610) and undeliverable numbers (30006), answers
// HELP through the outbox (once per number per 24 h, counted in the hourly cap, held by Pause like
// every automatic text), marks a reply's lead "replied" and unread, stops any text still waiting
// to go to someone who just wrote back (for calls older than the reply), and flags a reply that
// looks like an opt-out (OptOutIntent). One transaction per message: a compliance write that
// fails rolls the message back, and the error is returned.
class MessageIngestor
{
public:
    MessageIngestor(Database& db, const PhoneNumberService& phone, const Clock& clock);

    // The HELP reply's text; empty: HELP is not answered automatically.
    void setHelpReply(std::function<QString()> helpText) { m_helpText = std::move(helpText); }
    // The fraud guard's hourly cap of automatic texts (PolicyConfig::hourlyCap): a HELP reply over
    // it waits for approval like a text-back.
    void setHourlyCap(int cap) { m_hourlyCap = cap; }
    // Texts from customers before this time are history (the first import reads weeks back):
    // filed in their conversations, opt-outs learned, but nobody is told of them, HELP is not
    // answered weeks late and they do not put the conversation in Needs reply: the office dealt
    // with them then. Invalid: nothing is history.
    void setHistoryBefore(const QDateTime& at) { m_historyBefore = at; }
    static constexpr qint64 kHelpReplyCooldownSeconds = 24 * 3600;

    StoreResult<QList<IngestedMessage>> ingest(const QList<Message>& messages);

private:
    StoreResult<IngestedMessage> ingestOne(const Message& message);

    Database& m_db;
    const PhoneNumberService& m_phone;
    const Clock& m_clock;
    std::function<QString()> m_helpText;
    int m_hourlyCap = 30;
    QDateTime m_historyBefore;
};

} // namespace ringback
