#include "OwnerAlerts.h"

#include "TextBackWriter.h"
#include "common/Clock.h"
#include "common/Logging.h"
#include "hours/BusinessHoursStore.h"
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

BusinessHours OwnerAlerts::officeHours(Database& db)
{
    auto loaded = BusinessHoursStore(db).load();
    if (loaded) {
        for (int day = 1; day <= 7; ++day) {
            if (!loaded->ranges(day).isEmpty())
                return loaded.value();
        }
    }
    return TextBackWriter::defaultHours();
}

QString OwnerAlerts::shortened(const QString& words, int maxLength)
{
    QString line = words.simplified();
    // Quotes inside the quoted words would only confuse the line.
    line.replace(QLatin1Char('\''), QLatin1Char(' '));
    line = line.simplified();
    if (line.size() <= maxLength)
        return line;
    QString cut = line.left(maxLength - 3);
    const qsizetype space = cut.lastIndexOf(QLatin1Char(' '));
    if (space > maxLength / 2)
        cut.truncate(space);
    return cut + QStringLiteral("...");
}

QString OwnerAlerts::body(const WaitingReply& waiting, int waitedMinutes, const PhoneNumberService& phone)
{
    const PhoneNumberInfo info = phone.parse(waiting.e164);
    QString who = info.isValid() ? info.national : waiting.e164;
    if (!waiting.displayName.trimmed().isEmpty())
        who = QCoreApplication::translate("ringback::OwnerAlerts", "%1, %2")
                  .arg(waiting.displayName.simplified(), who);
    const QString words = shortened(waiting.lastWords, kWordsShown);
    if (words.isEmpty())
        return QCoreApplication::translate("ringback::OwnerAlerts", "Waiting %1 min: %2")
            .arg(waitedMinutes)
            .arg(who);
    //: A text to the owner's mobile: how long a customer has waited for an answer, who, and
    //: their last words. Plain text, keep it short.
    return QCoreApplication::translate("ringback::OwnerAlerts", "Waiting %1 min: %2 - '%3'")
        .arg(waitedMinutes)
        .arg(who, words);
}

StoreResult<QList<WaitingReply>> OwnerAlerts::run(const Config& config)
{
    QList<WaitingReply> told;
    if (config.remindAfterMinutes <= 0 || config.ownerMobile.isEmpty() || !config.open || config.paused)
        return told;
    // The owner's own number opted out (STOP to the business line) or cannot take texts: nothing
    // goes there, and nothing is queued only to be cancelled.
    auto optedOut = OptOutStore(m_db).isOptedOut(config.ownerMobile);
    if (!optedOut)
        return optedOut.error();
    auto blocked = BlockListStore(m_db).kindOf(config.ownerMobile);
    if (!blocked)
        return blocked.error();
    if (optedOut.value() || blocked->has_value())
        return told;

    const QDateTime now = m_clock.nowUtc();
    OwnerAlertStore store(m_db);
    auto waiting = store.waitingSince(now.addSecs(-qint64(config.remindAfterMinutes) * 60), config.ownerMobile);
    if (!waiting)
        return waiting.error();
    for (const WaitingReply& w : waiting.value()) {
        if (w.businessNumber.isEmpty())
            continue; // no business number to send from: nothing the owner could trust
        OutboxItem alert;
        alert.leadId = w.leadId;
        alert.kind = OutboxKind::OwnerAlert;
        alert.toNumber = config.ownerMobile;
        alert.fromNumber = w.businessNumber;
        alert.body = body(w, int(w.waitingSince.secsTo(now) / 60), m_phone);
        auto added =
            store.enqueue(alert, OwnerAlertStore::dedupeKey(w.leadId, w.waitingSince, config.remindAfterMinutes, now),
                          now);
        if (!added)
            return added.error();
        if (added.value())
            told << w;
    }
    return told;
}

} // namespace ringback
