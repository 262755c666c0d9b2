#pragma once

#include "hours/BusinessHours.h"
#include "providers/VoipProvider.h"
#include "templates/TemplateContext.h"

#include <QPointer>
#include <QWidget>

#include <memory>

class QFrame;
class QLabel;
class QPushButton;
class QSplitter;
class QTimer;

namespace ringback {
class Clock;
class Database;
class DeskConnection;
class KeyValueStore;
struct Lead;
class PhoneNumberService;
class QuietHours;
struct ReplyChannel;
class Settings;
} // namespace ringback

namespace ringback::ui {

class Composer;
class LeadCard;
class PhotoViewer;
class ThreadHeader;
class ThreadModel;
class ThreadView;

// One conversation: the thread (with an opt-out banner above it when the caller opted out), the
// composer under it and the lead card beside it. Replies go through the outbox and show as
// queued at once; the worker's sender updates the bubble.
class ConversationView : public QWidget
{
    Q_OBJECT
public:
    ConversationView(Database& db, const PhoneNumberService& phone, const Clock& clock,
                     QWidget* parent = nullptr);
    ~ConversationView() override;

    // Shows a lead's conversation; it is marked read once it has stayed open a moment (readDelayMs)
    // or is answered, never merely because the cursor passed it. Showing the lead already shown
    // does nothing.
    void showLead(qint64 leadId);
    static constexpr int kReadDelayMs = 1500;
    void setReadDelay(int ms);
    // Marks the open conversation unread: it stays unread until it is opened again or answered.
    void markUnread();
    // One line under the header saying why the open conversation is no longer in the list beside
    // it (InboxPage); empty hides it.
    void setListNote(const QString& sentence);
    // The status as the list words it (New, Texted and Replied follow the thread there: "Needs
    // reply", "Answered"), so the header and the row agree; empty: the stored status.
    void setListStatus(const QString& status);
    qint64 leadId() const;
    // The account's approved WhatsApp templates (listed by the worker), offered once a lead's
    // 24-hour WhatsApp window has closed.
    void setWhatsAppTemplates(const QList<ringback::WhatsAppTemplate>& templates);
    // Re-reads the thread, the card and whether texting is allowed (the worker stored something),
    // keeping the scroll position and whatever is typed in the composer.
    void refresh();
    // Who sits at this desk, as other desks will read "Maria is replying…". Empty, or a store only
    // this desk uses (SQLite), turns typing presence off.
    void setDeskPerson(const QString& name);
    // On a shared database: typing presence, marking read and the opt-out and block look-ups go
    // through the desk's own connection thread instead of this (UI) thread's, so a server that
    // stops answering never holds the window; results apply when they come. Without one (a desk
    // on its own file, and most tests) they run here, at once.
    void setDeskConnection(DeskConnection* link);
    // Re-reads who else is typing in the open conversation (another desk announced or stopped).
    void refreshTyping();
    static QString typingSentence(const QStringList& names);
    // Reads the business hours again (Send later's opening time, the zone scheduled texts are
    // shown in, the recipient's quiet hours); followed at once when they change anywhere.
    void reloadHours();

    ThreadModel* threadModel() const { return m_thread; }
    ThreadView* threadView() const { return m_threadView; }
    Composer* composer() const { return m_composer; }
    LeadCard* card() const { return m_card; }
    QLabel* optOutBanner() const { return m_banner; }
    // "Looks like an opt-out": shown while the caller's reply is flagged (OptOutIntent), with
    // Confirm opt-out / Not an opt-out.
    QFrame* optOutIntentBanner() const { return m_intentBanner; }
    QPushButton* confirmOptOutButton() const { return m_confirmOptOut; }
    QPushButton* notAnOptOutButton() const { return m_notAnOptOut; }
    QLabel* typingLabel() const { return m_typing; }
    ThreadHeader* header() const { return m_header; }
    QLabel* listNote() const { return m_listNote; }
    // Opens the conversation's photos at those of `messageId` (0: the first); the viewer is
    // returned (one at a time: opening again brings it forward).
    PhotoViewer* openPhotos(qint64 messageId);

signals:
    // Something the conversation list shows changed here (read, replied, renamed, status).
    void conversationChanged(qint64 leadId);
    // A reply is waiting in the outbox: the worker can send it now rather than at its next cycle.
    void replyQueued(qint64 leadId);

private:
    void send(const QString& text);
    // Send later: the reply waits in the outbox until `at`, shown as scheduled with Edit and Cancel.
    void schedule(const QString& text, const QDateTime& at);
    void editScheduled(qint64 outboxId);
    void cancelScheduled(qint64 outboxId);
    // A reply was queued (now or for later): clear the composer, show it, mark the lead read.
    // Queues a staff reply (sendAt invalid: now); false, with the reason shown, when refused.
    bool queueReply(const QString& text, const QDateTime& sendAt);
    void replied(qint64 leadId);
    void applyHours(const BusinessHours& hours);
    // "It is 22:14 for them. Send at 8:00 their time instead?" while a reply is typed during the
    // recipient's quiet hours (DESIGN §3).
    void updateQuietHint();
    void decideOptOutIntent(bool confirmed);
    struct TextingLookup;
    void updateTextingState();
    static TextingLookup lookUpTexting(Database& db, qint64 leadId, const QString& e164);
    void applyTextingState(const TextingLookup& found);
    // The composer's channel, WhatsApp window and templates for the open lead.
    void applyChannels();
    TemplateContext templateContext() const;
    // The channel (and template) the composer is set to, for Send and Send later alike.
    ReplyChannel replyChannel() const;
    void markRead(qint64 leadId);
    void readSoon();
    void updateHeader();
    QString callerTitle(const Lead& lead) const; // the name, else the national number
    void callBack();
    void showTyping(const QStringList& names);
    QStringList fallbackNumbers() const;
    void announceTyping();
    void stopTyping();

    Database& m_db;
    const PhoneNumberService& m_phone;
    const Clock& m_clock;
    std::unique_ptr<KeyValueStore> m_sharedKeys;
    std::unique_ptr<Settings> m_settings;
    ThreadModel* m_thread;
    ThreadHeader* m_header;
    QLabel* m_listNote;
    QTimer* m_readTimer;
    qint64 m_keptUnread = 0;
    QString m_listStatus; // marked unread here: not read again until reopened or answered
    QLabel* m_banner;
    QFrame* m_intentBanner;
    QLabel* m_intentText;
    QPushButton* m_confirmOptOut;
    QPushButton* m_notAnOptOut;
    ThreadView* m_threadView;
    Composer* m_composer;
    LeadCard* m_card;
    QSplitter* m_splitter;
    QLabel* m_typing;
    QTimer* m_typingExpiry;
    QString m_deskPerson; // empty: presence off
    QPointer<DeskConnection> m_link;
    qint64 m_typingAskedMs = -1; // a read of who is typing is on its way (asked at, m_clock ms)
    qint64 m_announcedLead = 0;
    qint64 m_lastAnnouncedMs = 0;
    bool m_restoringDraft = false;
    QHash<qint64, QString> m_drafts; // unsent text per lead, kept while switching conversations
    QPointer<PhotoViewer> m_photos;
    BusinessHours m_hours;
    std::unique_ptr<QuietHours> m_quiet; // in the business's zone (for numbers with no better guess)
    QList<WhatsAppTemplate> m_whatsAppTemplates;
    qint64 m_channelLead = 0;        // the lead whose channel the composer was set to
    QDateTime m_lastWhatsAppInbound; // of the open lead: opens the 24-hour window
    std::optional<MessageChannel> m_lastInboundChannel;
};

} // namespace ringback::ui
