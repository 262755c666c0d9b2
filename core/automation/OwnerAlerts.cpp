#include "OwnerAlerts.h"

#include "TextBackWriter.h"
#include "common/Clock.h"
#include "common/Logging.h"
#include "phone/PhoneNumberService.h"
#include "store/BlockListStore.h"
#include "store/OptOutStore.h"

#include <QCoreApplication>

namespace ringback {

namespace {
constexpr int kWordsShown = 60;
} // namespace

OwnerAlerts::OwnerAlerts(Database& db, const PhoneNumberService& phone, const Clock& clock)
    : m_db(db)
    , m_phone(phone)
    , m_clock(clock)
{}

QString OwnerAlerts::shortened(const QString& words, int maxLength)
{
    QString line = words.simplified();
    if (line.size() <= maxLength)
        return line;
    QString cut = line.left(maxLength - 3);
    const qsizetype space = cut.lastIndexOf(QLatin1Char(' '));
    if (space > maxLength / 2)
        cut.truncate(space);
    return cut + QStringLiteral("...");
}

std::optional<QDateTime> OwnerAlerts::openSince(const BusinessHours& hours, const QDateTime& now)
{
    if (!hours.isOpen(now))
        return std::nullopt;
    // The openings of the last week, one after the other, up to the latest one not after now.
    std::optional<QDateTime> latest;
    QDateTime from = now.addDays(-8);
    for (int i = 0; i < 64; ++i) {
        const std::optional<QDateTime> next = hours.nextOpening(from);
        if (!next || *next > now || *next <= from)
            break;
        latest = next;
        from = *next;
    }
    // Open for more than a week without a break (open around the clock): open since long ago.
    return latest ? latest : std::optional<QDateTime>(now.addDays(-8));
}

std::optional<qint64> OwnerAlerts::countedWaitSecs(const BusinessHours& hours, const QDateTime& waitingSince,
                                                   const QDateTime& now)
{
    const std::optional<QDateTime> opened = openSince(hours, now);
    if (!opened)
        return std::nullopt;
    return qMax(*opened, waitingSince).secsTo(now);
}

QString OwnerAlerts::waitText(qint64 waitedSecs)
{
    const qint64 minutes = qMax<qint64>(0, waitedSecs / 60);
    if (minutes < 60)
        return QCoreApplication::translate("ringback::OwnerAlerts", "%1 min").arg(minutes);
    return QCoreApplication::translate("ringback::OwnerAlerts", "%1 h %2 min")
        .arg(minutes / 60)
        .arg(minutes % 60);
}

namespace {

QString whoWaits(const WaitingReply& waiting, const PhoneNumberService& phone)
{
    const PhoneNumberInfo info = phone.parse(waiting.e164);
    QString who = info.isValid() ? info.national : waiting.e164;
    if (!waiting.displayName.trimmed().isEmpty())
        who = QCoreApplication::translate("ringback::OwnerAlerts", "%1, %2")
                  .arg(waiting.displayName.simplified(), who);
    return who;
}

} // namespace

QString OwnerAlerts::urgentBody(const WaitingReply& waiting, const PhoneNumberService& phone)
{
    //: A text to the owner's mobile about a customer whose text holds an urgent word (flooding,
    //: gas smell...): who, and their words. Plain text, keep it short.
    return QCoreApplication::translate("ringback::OwnerAlerts", "URGENT: %1 - '%2'")
        .arg(whoWaits(waiting, phone), shortened(waiting.lastWords, kWordsShown));
}

StoreResult<bool> OwnerAlerts::ownerReachable(const QString& ownerMobile)
{
    // The owner's own number opted out (STOP to the business line) or cannot take texts: nothing
    // goes there, and nothing is queued only to be cancelled.
    auto optedOut = OptOutStore(m_db).isOptedOut(ownerMobile);
    if (!optedOut)
        return optedOut.error();
    auto blocked = BlockListStore(m_db).kindOf(ownerMobile);
    if (!blocked)
        return blocked.error();
    return !optedOut.value() && !blocked->has_value();
}

StoreResult<bool> OwnerAlerts::urgent(qint64 leadId, const Config& config)
{
    if (config.ownerMobile.isEmpty() || config.paused)
        return false;
    const QDateTime now = m_clock.nowUtc();
    auto reachable = ownerReachable(config.ownerMobile);
    if (!reachable)
        return reachable.error();
    if (!reachable.value())
        return false;
    OwnerAlertStore store(m_db);
    auto waiting = store.waitingSince(now.addDays(-OwnerAlertStore::kBacklogAfterDays), now.addSecs(1),
                                      config.ownerMobile, 1000);
    if (!waiting)
        return waiting.error();
    for (const WaitingReply& w : waiting.value()) {
        if (w.leadId != leadId || w.businessNumber.isEmpty())
            continue;
        OutboxItem alert;
        alert.leadId = w.leadId;
        alert.kind = OutboxKind::OwnerAlert;
        alert.toNumber = config.ownerMobile;
        alert.fromNumber = w.businessNumber;
        alert.body = urgentBody(w, m_phone);
        return store.enqueue(
            alert, QStringLiteral("owner_urgent:%1:%2").arg(w.leadId).arg(w.waitingSince.toMSecsSinceEpoch()),
            w.waitingSince, now);
    }
    return false;
}

QString OwnerAlerts::body(const WaitingReply& waiting, qint64 waitedSecs, const PhoneNumberService& phone)
{
    const QString who = whoWaits(waiting, phone);
    const QString words = shortened(waiting.lastWords, kWordsShown);
    if (words.isEmpty())
        return QCoreApplication::translate("ringback::OwnerAlerts", "Waiting %1: %2")
            .arg(waitText(waitedSecs), who);
    //: A text to the owner's mobile: how long a customer has waited for an answer ("10 min"), who,
    //: and their last words. Plain text, keep it short.
    return QCoreApplication::translate("ringback::OwnerAlerts", "Waiting %1: %2 - '%3'")
        .arg(waitText(waitedSecs), who, words);
}

StoreResult<QList<WaitingReply>> OwnerAlerts::run(const Config& config)
{
    QList<WaitingReply> told;
    if (config.remindAfterMinutes <= 0 || config.ownerMobile.isEmpty() || config.paused)
        return told;
    const QDateTime now = m_clock.nowUtc();
    const qint64 afterSecs = qint64(config.remindAfterMinutes) * 60;
    OwnerAlertStore store(m_db);
    // Usually nobody: one look at the waiting index, and nothing else is read.
    QDateTime notBefore = now.addDays(-OwnerAlertStore::kBacklogAfterDays);
    if (config.historyBefore.isValid())
        notBefore = qMax(notBefore, config.historyBefore);
    auto waiting = store.waitingSince(notBefore, now.addSecs(-afterSecs), config.ownerMobile);
    if (!waiting)
        return waiting.error();
    if (waiting->isEmpty())
        return told;
    const BusinessHours hours = config.hours ? *config.hours : TextBackWriter::storedHours(m_db);
    if (!hours.isOpen(now))
        return told;
    auto reachable = ownerReachable(config.ownerMobile);
    if (!reachable)
        return reachable.error();
    if (!reachable.value())
        return told;

    for (const WaitingReply& w : waiting.value()) {
        const std::optional<qint64> counted = countedWaitSecs(hours, w.waitingSince, now);
        if (!counted || *counted < afterSecs)
            continue; // waited mostly while the office was closed: not yet
        if (w.businessNumber.isEmpty())
            continue; // no business number to send from
        OutboxItem alert;
        alert.leadId = w.leadId;
        alert.kind = OutboxKind::OwnerAlert;
        alert.toNumber = config.ownerMobile;
        alert.fromNumber = w.businessNumber;
        alert.body = body(w, w.waitingSince.secsTo(now), m_phone);
        auto added = store.enqueue(
            alert, OwnerAlertStore::dedupeKey(w.leadId, w.waitingSince, config.remindAfterMinutes, now),
            w.waitingSince, now);
        if (!added)
            return added.error();
        if (added.value())
            told << w;
    }
    return told;
}

} // namespace ringback
