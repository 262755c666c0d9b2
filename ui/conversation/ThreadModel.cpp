#include "ThreadModel.h"

#include "common/OutsideText.h"
#include "domain/FactWording.h"
#include "providers/twilio/TwilioErrorCodes.h"
#include "store/DeskConnection.h"

#include <QLocale>

namespace ringback::ui {

ThreadModel::ThreadModel(Database& db, QObject* parent)
    : QAbstractListModel(parent)
    , m_db(db)
{}

void ThreadModel::setLead(qint64 leadId)
{
    ++m_generation;
    beginResetModel();
    m_leadId = leadId;
    m_rows.clear();
    m_hasOlder = false;
    m_lastError.clear();
    if (leadId > 0 && !m_link)
        showPage(ThreadStore(m_db).olderPage(leadId, std::nullopt, kPageSize));
    endResetModel();
    if (leadId <= 0 || !m_link)
        return;
    m_link->read(
        this, [leadId](Database& db) { return ThreadStore(db).olderPage(leadId, std::nullopt, kPageSize); },
        [this, generation = m_generation](const StoreResult<QList<ThreadEntry>>& page) {
            if (generation != m_generation)
                return;
            beginResetModel();
            showPage(page);
            endResetModel();
            emit loaded();
        });
}

void ThreadModel::showPage(const StoreResult<QList<ThreadEntry>>& page)
{
    if (page) {
        m_rows = page.value();
        m_hasOlder = m_rows.size() == kPageSize;
    } else {
        m_lastError = page.error().message;
    }
}

int ThreadModel::loadOlder()
{
    if (!m_hasOlder || m_rows.isEmpty())
        return 0;
    auto page = ThreadStore(m_db).olderPage(m_leadId, ThreadCursor::of(m_rows.first()), kPageSize);
    if (!page) {
        m_lastError = page.error().message;
        m_hasOlder = false;
        return 0;
    }
    m_hasOlder = page->size() == kPageSize;
    if (page->isEmpty())
        return 0;
    beginInsertRows({}, 0, int(page->size()) - 1);
    m_rows = page.value() + m_rows;
    endInsertRows();
    return int(page->size());
}

void ThreadModel::refresh()
{
    if (m_leadId <= 0)
        return;
    std::optional<ThreadCursor> from;
    if (!m_rows.isEmpty())
        from = ThreadCursor::of(m_rows.first());
    const auto read = [leadId = m_leadId, from](Database& db) {
        ThreadStore store(db);
        return from ? store.from(leadId, *from) : store.olderPage(leadId, std::nullopt, kPageSize);
    };
    if (m_link) {
        m_link->read(this, read,
                     [this, generation = m_generation](const StoreResult<QList<ThreadEntry>>& rows) {
                         if (generation != m_generation)
                             return;
                         if (!rows)
                             m_lastError = rows.error().message;
                         else
                             applyFresh(rows.value());
                     });
        return;
    }
    auto rows = read(m_db);
    if (!rows) {
        m_lastError = rows.error().message;
        return;
    }
    applyFresh(rows.value());
}

void ThreadModel::applyFresh(const QList<ThreadEntry>& fresh)
{
    bool samePrefix = fresh.size() >= m_rows.size();
    for (int i = 0; samePrefix && i < m_rows.size(); ++i)
        samePrefix = fresh.at(i).sameRow(m_rows.at(i));
    if (!samePrefix) {
        // A row was removed or landed in the middle (a late provider timestamp): start over.
        beginResetModel();
        m_rows = fresh;
        endResetModel();
        return;
    }
    const int shown = int(m_rows.size());
    for (int i = 0; i < shown; ++i)
        m_rows[i] = fresh.at(i);
    if (shown > 0)
        emit dataChanged(index(0), index(shown - 1));
    if (fresh.size() > shown) {
        beginInsertRows({}, shown, int(fresh.size()) - 1);
        m_rows += fresh.mid(shown);
        endInsertRows();
    }
}

int ThreadModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QString ThreadModel::shortTimeFormat()
{
    QString format = QLocale().timeFormat(QLocale::ShortFormat);
    format.remove(QStringLiteral(":ss"));
    return format;
}

namespace {
QString shortTime(const QTime& time)
{
    return QLocale().toString(time, ThreadModel::shortTimeFormat());
}
} // namespace

QString ThreadModel::timeText(const QDateTime& utc)
{
    if (!utc.isValid())
        return {};
    const QDateTime local = utc.toLocalTime();
    const QLocale locale;
    const QString time = shortTime(local.time());
    if (local.date() == QDate::currentDate())
        return time;
    //: A date and time in the thread: "Mar 2, 14:02"
    return tr("%1, %2").arg(locale.toString(local.date(), tr("MMM d")), time);
}

QString ThreadModel::scheduledText(const QDateTime& utc, const QTimeZone& zone)
{
    if (!utc.isValid())
        return {};
    const QDateTime there = utc.toTimeZone(zone);
    const QDate today = QDateTime::currentDateTimeUtc().toTimeZone(zone).date();
    const QLocale locale;
    const qint64 days = today.daysTo(there.date());
    if (days >= 0 && days < 7) {
        //: When a scheduled text goes: "Tue 8:00" (short day name, time)
        return tr("%1 %2").arg(locale.dayName(there.date().dayOfWeek(), QLocale::ShortFormat),
                               shortTime(there.time()));
    }
    return tr("%1, %2").arg(locale.toString(there.date(), tr("MMM d")), shortTime(there.time()));
}

QString ThreadModel::statusText(const Message& m, const QTimeZone& zone)
{
    const QString when = timeText(m.sentAt.isValid() ? m.sentAt : m.createdAt);
    switch (m.status) {
    case MessageStatus::Queued:
        if (m.scheduledFor.isValid()) {
            //: Under a text someone chose to send later: "Scheduled for Tue 8:00"
            return tr("Scheduled for %1").arg(scheduledText(m.scheduledFor, zone));
        }
        return tr("Queued");
    case MessageStatus::Accepted:
    case MessageStatus::Scheduled:
    case MessageStatus::Sending:
        return tr("Sending…");
    case MessageStatus::Sent:
        return tr("Sent %1").arg(when);
    case MessageStatus::Delivered:
        // The provider's log has no delivery moment, and the row's update time is when Ringback
        // learned of it (an import can be days later): show when it was sent.
        return tr("Delivered %1").arg(when);
    case MessageStatus::Read:
        return tr("Read %1").arg(when);
    case MessageStatus::Undelivered:
    case MessageStatus::Failed:
        if (!m.errorReason.isEmpty()) {
            // Ringback's code for it, worded in this desk's language (the provider's code first).
            QVariantMap params{{QStringLiteral("detail"), m.errorMessage}};
            if (m.errorCode)
                params.insert(QStringLiteral("error"), *m.errorCode);
            return tr("Not delivered: %1").arg(FactWording().sendFailure(m.errorReason, params));
        }
        return tr("Not delivered: %1")
            .arg(TwilioErrorCodes::deliveryFailureReason(m.errorCode, m.errorMessage));
    case MessageStatus::Canceled:
        // Why it never went, when Ringback knows ("Not sent: the caller opted out").
        if (!m.errorReason.isEmpty())
            return FactWording().sendFailure(m.errorReason, {});
        return tr("Cancelled, not sent");
    case MessageStatus::Receiving:
    case MessageStatus::Received:
    case MessageStatus::Unknown:
        break;
    }
    return timeText(m.createdAt);
}

QString ThreadModel::eventText(const ThreadEvent& e)
{
    switch (e.kind) {
    case TimelineKind::CallMissed: {
        // When the automation saw it end (the row's place in the thread); a re-polled parent leg
        // can report a later end once its last child leg finished.
        const QString when = timeText(e.occurredAt.isValid() ? e.occurredAt : e.callEndedAt);
        if (!e.textBackState) {
            //: "Missed call 14:02 – Not texted: a landline cannot receive texts, call them back"
            return e.decision.isEmpty()
                       ? tr("Missed call %1").arg(when)
                       : tr("Missed call %1 – %2")
                             .arg(when, FactWording().decision(e.decision, e.decisionParams));
        }
        switch (*e.textBackState) {
        case OutboxState::Sent: {
            const QString texted =
                e.textBackSentAt.isValid()
                    ? QLocale().toString(e.textBackSentAt.toLocalTime().time(), QStringLiteral("HH:mm:ss"))
                    : QString();
            return tr("Missed call %1 – texted %2").arg(when, texted);
        }
        case OutboxState::Pending:
        case OutboxState::Sending:
        case OutboxState::Uncertain: // being checked in the provider's log before any resend
            return tr("Missed call %1 – text-back queued").arg(when);
        case OutboxState::Held:
            return tr("Missed call %1 – text-back waiting for approval").arg(when);
        case OutboxState::Failed:
            return tr("Missed call %1 – text-back not delivered").arg(when);
        case OutboxState::Cancelled:
            switch (e.cancelReason) {
            case ThreadEvent::CancelReason::TextReply:
                return tr("Missed call %1 – text-back cancelled, they texted back").arg(when);
            case ThreadEvent::CancelReason::ReachedByPhone:
                return tr("Missed call %1 – text-back cancelled, they were reached by phone").arg(when);
            case ThreadEvent::CancelReason::Unknown:
                break;
            }
            return tr("Missed call %1 – text-back cancelled").arg(when);
        }
        return tr("Missed call %1").arg(when);
    }
    default: {
        TimelineEvent event;
        event.kind = e.kind;
        event.code = e.code;
        event.params = e.params;
        event.actor = e.actor;
        return shownText(FactWording().event(event));
    }
    }
}

QVariant ThreadModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ThreadEntry& e = m_rows.at(index.row());
    const bool isMessage = e.kind == ThreadEntry::Kind::Message;
    const bool outgoing = isMessage && e.message.direction == MessageDirection::Outbound;
    switch (role) {
    case Qt::DisplayRole:
    case BodyRole:
        return isMessage ? shownText(e.message.body) : eventText(e.event);
    case Qt::AccessibleTextRole:
        if (!isMessage)
            return eventText(e.event);
        if (!outgoing && e.message.mediaCount > 0)
            return (e.message.channel == MessageChannel::WhatsApp
                        ? tr("They wrote on WhatsApp at %1, with %n photo(s): %2", nullptr,
                             e.message.mediaCount)
                        : tr("They wrote at %1, with %n photo(s): %2", nullptr, e.message.mediaCount))
                .arg(timeText(e.message.createdAt), e.message.body);
        if (!outgoing && e.message.channel == MessageChannel::WhatsApp)
            return tr("They wrote on WhatsApp at %1: %2").arg(timeText(e.message.createdAt), e.message.body);
        if (!outgoing)
            return tr("They wrote at %1: %2").arg(timeText(e.message.createdAt), e.message.body);
        return e.message.automated
                   ? tr("Automatic text, %1: %2").arg(statusText(e.message, m_zone), e.message.body)
                   : tr("You wrote, %1: %2").arg(statusText(e.message, m_zone), e.message.body);
    case EntryKindRole:
        return QVariant::fromValue(isMessage ? EntryKind::Message : EntryKind::Event);
    case OutgoingRole:
        return outgoing;
    case AutomatedRole:
        return isMessage && e.message.automated;
    case MetaRole:
        if (!isMessage)
            return {};
        return outgoing ? statusText(e.message, m_zone) : timeText(e.message.createdAt);
    case FailedRole:
        return outgoing &&
               (e.message.status == MessageStatus::Failed || e.message.status == MessageStatus::Undelivered);
    case StatusRole:
        return isMessage ? int(e.message.status) : QVariant();
    case TimeRole:
        return e.at();
    case MessageIdRole:
        return isMessage ? e.message.id : QVariant();
    case MediaCountRole:
        return isMessage && !outgoing ? e.message.mediaCount : 0;
    case ScheduledForRole:
        return isMessage && e.message.status == MessageStatus::Queued ? e.message.scheduledFor : QDateTime();
    case OutboxIdRole:
        return isMessage && e.message.outboxId ? QVariant(*e.message.outboxId) : QVariant();
    case WhatsAppRole:
        return isMessage && e.message.channel == MessageChannel::WhatsApp;
    default:
        return {};
    }
}

QHash<int, QByteArray> ThreadModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert(EntryKindRole, "entryKind");
    names.insert(OutgoingRole, "outgoing");
    names.insert(AutomatedRole, "automated");
    names.insert(BodyRole, "body");
    names.insert(MetaRole, "meta");
    names.insert(FailedRole, "failed");
    names.insert(StatusRole, "status");
    names.insert(TimeRole, "time");
    names.insert(MessageIdRole, "messageId");
    names.insert(MediaCountRole, "mediaCount");
    names.insert(ScheduledForRole, "scheduledFor");
    names.insert(OutboxIdRole, "outboxId");
    return names;
}

void ThreadModel::setDeskConnection(DeskConnection* link)
{
    m_link = link;
}

void ThreadModel::setBusinessZone(const QTimeZone& zone)
{
    if (!zone.isValid() || zone == m_zone)
        return;
    m_zone = zone;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0), index(int(m_rows.size()) - 1), {MetaRole, Qt::AccessibleTextRole});
}

} // namespace ringback::ui
