#include "ReplyNotifier.h"

#include "common/OutsideText.h"
#include "intake/UrgentWords.h"
#include "phone/PhoneNumberService.h"
#include "settings/Settings.h"
#include "store/ConversationStore.h"
#include "store/DeskConnection.h"
#include "store/KeyValueStore.h"

#include <QSet>
#include <QSettings>

namespace ringback::ui {

namespace {
constexpr int kMaxTextLength = 240; // notification bubbles cut long texts anyway
constexpr int kMaxListedReplies = 3;

QString shortened(const QString& text)
{
    const QString simple = text.simplified();
    return simple.size() <= kMaxTextLength ? simple
                                           : QString(simple.left(kMaxTextLength - 1) + QChar(0x2026));
}
} // namespace

ReplyNotifier::ReplyNotifier(Database& db, const PhoneNumberService& phone, QSettings* machine,
                             std::optional<qint64> lastSeenMessageId, const QDateTime& notBefore,
                             QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_phone(phone)
    , m_ownSettings(machine ? nullptr : std::make_unique<QSettings>())
    , m_machine(machine ? machine : m_ownSettings.get())
    , m_detector(db, lastSeenMessageId, notBefore)
{}

ReplyNotifier::~ReplyNotifier() = default;

QString ReplyNotifier::titleWithUnread(const QString& title, int unread)
{
    if (unread <= 0)
        return title;
    return tr("%1 — %n unread", nullptr, unread).arg(title);
}

QString ReplyNotifier::titleWithCounts(const QString& title, int needsReply, int unread)
{
    if (needsReply <= 0)
        return titleWithUnread(title, unread);
    if (unread <= 0)
        return tr("%1 — %n need a reply", nullptr, needsReply).arg(title);
    return tr("%1 — %2 · %3")
        .arg(title, tr("%n need a reply", nullptr, needsReply), tr("%n unread", nullptr, unread));
}

void ReplyNotifier::setNeedsReply(const StoreResult<qint64>& count)
{
    if (count && int(count.value()) != m_needsReply) {
        m_needsReply = int(count.value());
        emit needsReplyCountChanged(m_needsReply);
    }
}

void ReplyNotifier::setDeskConnection(DeskConnection* link)
{
    m_link = link;
}

void ReplyNotifier::check()
{
    if (m_link) {
        struct Answer
        {
            StoreResult<qint64> unread;
            StoreResult<qint64> needsReply;
            StoreResult<NewReplyDetector::Look> look;
        };
        m_link->read(
            this,
            [lastSeen = m_detector.lastSeenMessageId(), notBefore = m_detector.notBefore()](Database& db) {
                return Answer{NewReplyDetector::unreadConversations(db),
                              ConversationStore(db).needsReplyCount(),
                              NewReplyDetector::look(db, lastSeen, notBefore)};
            },
            [this](const Answer& answer) {
                if (answer.unread && int(answer.unread.value()) != m_unread) {
                    m_unread = int(answer.unread.value());
                    emit unreadCountChanged(m_unread);
                }
                setNeedsReply(answer.needsReply);
                if (!answer.look)
                    return;
                // A look answered after a later one reports only what that one did not.
                const QList<NewReply> replies = m_detector.moveTo(answer.look.value());
                if (!replies.isEmpty() && notificationsEnabled())
                    announce(replies);
            });
        return;
    }
    if (auto unread = NewReplyDetector::unreadConversations(m_db);
        unread && int(unread.value()) != m_unread) {
        m_unread = int(unread.value());
        emit unreadCountChanged(m_unread);
    }
    setNeedsReply(ConversationStore(m_db).needsReplyCount());
    // The detector's cursor moves on even when notifications are off, so switching them back on
    // does not announce a backlog.
    auto replies = m_detector.takeNew();
    if (!replies || replies->isEmpty() || !notificationsEnabled())
        return;
    announce(replies.value());
}

bool ReplyNotifier::notificationsEnabled() const
{
    return Settings(nullptr, m_machine).boolValue(SettingKey::NotificationsEnabled);
}

QString ReplyNotifier::who(const NewReply& reply) const
{
    if (!reply.displayName.isEmpty())
        return reply.displayName;
    const PhoneNumberInfo info = m_phone.parse(reply.e164);
    return info.isValid() ? info.national : reply.e164;
}

void ReplyNotifier::announce(const QList<NewReply>& replies)
{
    // An urgent job is announced on its own, first and in words (DESIGN §11): the lead is marked
    // by the worker, or the text holds one of the office's urgent words (read here too, so the
    // bubble does not depend on which of the two writes this desk saw first).
    KeyValueStore kv(m_db, KeyValueStore::Table::Settings);
    const UrgentWords urgentWords(Settings(&kv, m_machine).listValue(SettingKey::UrgentWords));
    for (qsizetype i = replies.size() - 1; i >= 0; --i) {
        const NewReply& r = replies.at(i);
        if (r.leadUrgent || !urgentWords.find(r.body).isEmpty()) {
            emit replyArrived(r.leadId, notificationTitle(tr("Urgent: %1 replied").arg(who(r))),
                              notificationBody(shortened(r.body)));
            return;
        }
    }
    const NewReply& newest = replies.constLast();
    QSet<qint64> leads;
    for (const NewReply& r : replies)
        leads.insert(r.leadId);
    if (leads.size() == 1) {
        emit replyArrived(newest.leadId, notificationTitle(tr("%1 replied").arg(who(newest))),
                          notificationBody(shortened(newest.body)));
        return;
    }
    // Several callers at once (the PC woke up, a busy morning): one bubble listing the newest.
    QStringList lines;
    for (qsizetype i = replies.size() - 1; i >= 0 && lines.size() < kMaxListedReplies; --i)
        lines << tr("%1: %2").arg(who(replies.at(i)), shortened(replies.at(i).body));
    emit replyArrived(newest.leadId, tr("%n new replies", nullptr, int(replies.size())),
                      notificationBody(lines.join(QLatin1Char('\n'))));
}

} // namespace ringback::ui
