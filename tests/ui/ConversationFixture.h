#pragma once

// A store with conversations in it, for the thread and conversation-view suites: leads, texts in
// both directions, missed calls with their text-backs and the automation's decisions.

#include "TempDatabase.h"
#include "automation/QueuedText.h"
#include "common/Clock.h"
#include "store/CallStore.h"
#include "store/LeadStore.h"
#include "store/LegacySentences.h"
#include "store/MessageStore.h"
#include "store/OutboxStore.h"
#include "store/TimelineStore.h"

#include <QtTest>

namespace ringback::test {

inline const QDateTime kT0(QDate(2026, 3, 2), QTime(14, 0), Qt::UTC);
inline const QString kBusinessNumber = QStringLiteral("+15125550100");

class ConversationFixture
{
public:
    ConversationFixture()
        : clock(kT0.addSecs(3600))
    {}

    Database& db() { return t.db(); }

    Lead lead(const QString& e164, const QString& place = QStringLiteral("Austin, TX"))
    {
        return LeadStore(db()).findOrCreate(e164, place, kT0).value();
    }

    // A text from the provider's log, `seconds` after kT0.
    qint64 text(const Lead& lead, MessageDirection dir, const QString& body, int seconds,
                bool automated = false, MessageStatus status = MessageStatus::Delivered,
                std::optional<int> errorCode = std::nullopt, const QString& errorMessage = QString())
    {
        Message m;
        m.providerMessageId = QStringLiteral("SM%1-%2-%3").arg(lead.id).arg(seconds).arg(++m_serial);
        m.leadId = lead.id;
        m.direction = dir;
        m.fromNumber = dir == MessageDirection::Inbound ? lead.e164 : kBusinessNumber;
        m.toNumber = dir == MessageDirection::Inbound ? kBusinessNumber : lead.e164;
        m.body = body;
        m.status = dir == MessageDirection::Inbound ? MessageStatus::Received : status;
        m.errorCode = errorCode;
        m.errorMessage = errorMessage;
        m.automated = automated;
        m.createdAt = kT0.addSecs(seconds);
        m.sentAt = m.createdAt;
        auto stored = MessageStore(db()).upsertFromProvider(m, m.createdAt);
        if (!stored)
            qWarning() << stored.error().message << stored.error().detail;
        const auto touched = LeadStore(db()).touch(lead.id, m.createdAt, dir == MessageDirection::Inbound);
        QTest::qVerify(touched.ok(), "touch", "", __FILE__, __LINE__); // QVERIFY needs a void function
        return stored ? stored->id : 0;
    }

    // A missed call that ended `seconds` after kT0, recorded as the automation does; with
    // `textBackAfter` >= 0 its text-back was queued and sent that many seconds after the call.
    qint64 missedCall(const Lead& lead, int seconds, int textBackAfter = -1,
                      const QString& toNumber = kBusinessNumber)
    {
        Call c;
        c.providerCallId = QStringLiteral("CA%1-%2").arg(lead.id).arg(seconds);
        c.direction = CallDirection::Inbound;
        c.fromNumber = lead.e164;
        c.toNumber = toNumber;
        c.status = CallStatus::NoAnswer;
        c.startedAt = kT0.addSecs(seconds - 20);
        c.endedAt = kT0.addSecs(seconds);
        const qint64 callId = CallStore(db()).upsert(c, c.endedAt).value().id;
        TimelineEvent missed;
        missed.leadId = lead.id;
        missed.kind = TimelineKind::CallMissed;
        missed.code = QStringLiteral("no_answer");
        missed.callId = callId;
        missed.occurredAt = c.endedAt;
        const auto logged = TimelineStore(db()).append(missed);
        QTest::qVerify(logged.ok(), "append", "", __FILE__, __LINE__);
        if (textBackAfter >= 0) {
            OutboxItem item;
            item.callId = callId;
            item.leadId = lead.id;
            item.kind = OutboxKind::TextBack;
            item.toNumber = lead.e164;
            item.fromNumber = toNumber;
            item.body = QStringLiteral("Sorry we missed your call! How can we help?");
            const QDateTime at = c.endedAt.addSecs(textBackAfter);
            const auto queued = enqueueText(db(), item, true, at).value();
            const OutboxItem stored = OutboxStore(db()).byId(queued.id).value().value();
            const auto marked =
                OutboxStore(db()).markSent(queued.id, QStringLiteral("SMtb%1").arg(callId), at);
            QTest::qVerify(marked.ok(), "markSent", "", __FILE__, __LINE__);
            const auto attached = MessageStore(db()).attachProviderId(
                *stored.messageId, QStringLiteral("SMtb%1").arg(callId), MessageStatus::Sent, at);
            QTest::qVerify(attached.ok(), "attachProviderId", "", __FILE__, __LINE__);
        }
        const auto touched = LeadStore(db()).touch(lead.id, c.endedAt, false);
        QTest::qVerify(touched.ok(), "touch", "", __FILE__, __LINE__);
        return callId;
    }

    // An event as the automation words it in English (stored as its code; text it does not
    // recognise as the code "legacy" with the text, as migration 10 keeps it).
    void decision(const Lead& lead, TimelineKind kind, const QString& sentence, int seconds,
                  std::optional<qint64> callId = std::nullopt)
    {
        const LegacySentences::Coded coded = LegacySentences::timelineEvent(kind, sentence);
        TimelineEvent e;
        e.leadId = lead.id;
        e.kind = kind;
        e.code = coded.code;
        e.params = coded.params;
        e.callId = callId;
        e.occurredAt = kT0.addSecs(seconds);
        QVERIFY(TimelineStore(db()).append(e).ok());
    }

    TempDatabase t;
    ManualClock clock;

private:
    int m_serial = 0;
};

} // namespace ringback::test
