#include "ConversationView.h"

#include "Composer.h"
#include "LeadCard.h"
#include "PhotoViewer.h"
#include "SendLaterDialog.h"
#include "ThreadHeader.h"
#include "ThreadModel.h"
#include "ThreadView.h"
#include "automation/OptOutIntent.h"
#include "automation/StaffReply.h"
#include "automation/WhatsAppTemplateFill.h"
#include "automation/WhatsAppWindow.h"
#include "common/Clock.h"
#include "common/Confirmation.h"
#include "common/OutsideText.h"
#include "common/PhoneCall.h"
#include "hours/BusinessHoursStore.h"
#include "hours/QuietHours.h"
#include "inbox/ConversationListModel.h"
#include "phone/PhoneNumberService.h"
#include "settings/Settings.h"
#include "store/ChangeHub.h"
#include "store/Database.h"
#include "store/DeskConnection.h"
#include "store/KeyValueStore.h"
#include "store/LeadStore.h"
#include "store/OptOutStore.h"
#include "store/OutboxStore.h"
#include "store/ScheduledTextStore.h"
#include "store/TypingPresence.h"

#include <QComboBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>

namespace ringback::ui {

ConversationView::ConversationView(Database& db, const PhoneNumberService& phone, const Clock& clock,
                                   QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_phone(phone)
    , m_clock(clock)
    , m_sharedKeys(std::make_unique<KeyValueStore>(db, KeyValueStore::Table::Settings))
    , m_settings(std::make_unique<Settings>(m_sharedKeys.get(), nullptr))
    , m_thread(new ThreadModel(db, this))
    , m_header(new ThreadHeader(this))
    , m_listNote(new QLabel(this))
    , m_readTimer(new QTimer(this))
    , m_banner(new QLabel(this))
    , m_intentBanner(new QFrame(this))
    , m_intentText(new QLabel(m_intentBanner))
    , m_confirmOptOut(new QPushButton(tr("Confirm opt-out"), m_intentBanner))
    , m_notAnOptOut(new QPushButton(tr("Not an opt-out"), m_intentBanner))
    , m_threadView(new ThreadView(m_thread, this))
    , m_composer(new Composer(this))
    , m_card(new LeadCard(db, phone, clock, this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_typing(new QLabel(this))
    , m_typingExpiry(new QTimer(this))
{
    setObjectName(QStringLiteral("conversationView"));
    m_banner->setObjectName(QStringLiteral("optOutBanner"));
    m_banner->setWordWrap(true);
    m_banner->setMargin(10);
    m_banner->setAutoFillBackground(true);
    {
        // A soft amber band in either theme: it must be noticed, not alarm.
        QPalette p = m_banner->palette();
        const bool dark = p.color(QPalette::Base).lightnessF() < 0.5;
        p.setColor(QPalette::Window, dark ? QColor(0x5d, 0x40, 0x37) : QColor(0xff, 0xf3, 0xe0));
        p.setColor(QPalette::WindowText, dark ? QColor(0xff, 0xe0, 0xb2) : QColor(0x5d, 0x40, 0x37));
        m_banner->setPalette(p);
    }
    m_banner->hide();
    // Why the open conversation left the list beside it: a quiet band, one line.
    m_listNote->setObjectName(QStringLiteral("listNote"));
    plainLabel(m_listNote); // may quote what was searched
    m_listNote->setContentsMargins(12, 4, 12, 4);
    m_listNote->setAutoFillBackground(true);
    {
        QPalette p = m_listNote->palette();
        p.setColor(QPalette::Window, p.color(QPalette::AlternateBase));
        m_listNote->setPalette(p);
    }
    m_listNote->hide();
    m_readTimer->setSingleShot(true);
    m_readTimer->setInterval(kReadDelayMs);
    connect(m_readTimer, &QTimer::timeout, this, [this] {
        const qint64 id = m_thread->leadId();
        if (id > 0 && id != m_keptUnread && m_card->lead().id == id && m_card->lead().unread)
            markRead(id);
    });
    connect(m_header, &ThreadHeader::assignToMeRequested, this,
            [this] { m_card->assignTo(m_card->deskPerson()); });
    connect(m_header, &ThreadHeader::callBackRequested, this, &ConversationView::callBack);
    connect(m_header, &ThreadHeader::markUnreadRequested, this, &ConversationView::markUnread);
    // A reply that reads like "stop texting me": automatic texts have stopped; a person decides.
    m_intentBanner->setObjectName(QStringLiteral("optOutIntentBanner"));
    m_intentBanner->setAutoFillBackground(true);
    m_intentBanner->setPalette(m_banner->palette());
    m_intentText->setObjectName(QStringLiteral("optOutIntentText"));
    m_intentText->setTextFormat(Qt::PlainText);
    m_intentText->setWordWrap(true);
    m_confirmOptOut->setObjectName(QStringLiteral("confirmOptOut"));
    m_notAnOptOut->setObjectName(QStringLiteral("notAnOptOut"));
    {
        auto* row = new QHBoxLayout(m_intentBanner);
        row->setContentsMargins(10, 6, 10, 6);
        row->addWidget(m_intentText, 1);
        row->addWidget(m_confirmOptOut);
        row->addWidget(m_notAnOptOut);
    }
    connect(m_confirmOptOut, &QPushButton::clicked, this, [this] { decideOptOutIntent(true); });
    connect(m_notAnOptOut, &QPushButton::clicked, this, [this] { decideOptOutIntent(false); });
    m_intentBanner->hide();
    m_typing->setObjectName(QStringLiteral("typingLabel"));
    plainLabel(m_typing); // desk people's names, typed on any desk
    plainLabel(m_banner);
    m_typing->setContentsMargins(10, 4, 10, 0);
    {
        // Quieter than the thread (a hint, not a message) yet easy to read: the placeholder's colour.
        QPalette p = m_typing->palette();
        p.setColor(QPalette::WindowText, p.color(QPalette::PlaceholderText));
        m_typing->setPalette(p);
        QFont f = m_typing->font();
        f.setItalic(true);
        m_typing->setFont(f);
    }
    m_typing->hide();
    // Nobody is told when a desk just stops typing: its announcement runs out, so look again.
    m_typingExpiry->setInterval(2'000);
    connect(m_typingExpiry, &QTimer::timeout, this, &ConversationView::refreshTyping);

    auto* threadColumn = new QWidget(this);
    auto* column = new QVBoxLayout(threadColumn);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    column->addWidget(m_header);
    column->addWidget(m_listNote);
    column->addWidget(m_banner);
    column->addWidget(m_intentBanner);
    column->addWidget(m_threadView, 1);
    column->addWidget(m_typing);
    column->addWidget(m_composer);

    auto* cardScroll = new QScrollArea(this);
    cardScroll->setObjectName(QStringLiteral("leadCardScroll"));
    cardScroll->setWidget(m_card);
    cardScroll->setWidgetResizable(true);
    cardScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Wide enough for the card's fields; it scrolls vertically only.
    cardScroll->setMinimumWidth(
        qMax(260, m_card->minimumSizeHint().width() + style()->pixelMetric(QStyle::PM_ScrollBarExtent)));
    cardScroll->setFrameShape(QFrame::NoFrame);

    m_splitter->addWidget(threadColumn);
    m_splitter->addWidget(cardScroll);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setSizes({560, 300});

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    m_composer->setSavedReplies(m_settings->listValue(SettingKey::SavedReplies));
    m_card->setStaffNames(m_settings->listValue(SettingKey::StaffNames));
    // Staff and saved replies changed in Settings or Templates, here or on another desk: the card's
    // "Assigned to" and the composer's list follow at once.
    m_settings->followChanges();
    connect(m_settings.get(), &Settings::changed, this, [this](SettingKey key) {
        if (key == SettingKey::StaffNames)
            m_card->setStaffNames(m_settings->listValue(SettingKey::StaffNames));
        else if (key == SettingKey::SavedReplies)
            m_composer->setSavedReplies(m_settings->listValue(SettingKey::SavedReplies));
        else if (key == SettingKey::WhatsAppSender || key == SettingKey::BusinessName)
            applyChannels();
    });
    connect(m_composer, &Composer::sendRequested, this, &ConversationView::send);
    connect(m_composer, &Composer::scheduleRequested, this, &ConversationView::schedule);
    connect(m_composer->editor(), &QPlainTextEdit::textChanged, this, &ConversationView::announceTyping);
    connect(m_composer->editor(), &QPlainTextEdit::textChanged, this, &ConversationView::updateQuietHint);
    connect(m_threadView, &ThreadView::editScheduledRequested, this, &ConversationView::editScheduled);
    connect(m_threadView, &ThreadView::cancelScheduledRequested, this, &ConversationView::cancelScheduled);
    m_composer->setClock(&m_clock);
    // The opening time Send later offers and the zone scheduled texts are shown in follow the
    // business hours, saved here or on another desk.
    const QString store = ChangeHub::storeKey(m_db);
    connect(
        &ChangeHub::instance(), &ChangeHub::changed, this,
        [this, store](const QString& changedStore, ChangeHub::Topic topic) {
            if (changedStore == store &&
                (topic == ChangeHub::Topic::BusinessHours || topic == ChangeHub::Topic::Settings))
                reloadHours();
        },
        Qt::QueuedConnection);
    reloadHours();
    connect(m_card, &LeadCard::leadSaved, this, [this](qint64 id) {
        m_thread->refresh();
        updateHeader();
        emit conversationChanged(id);
    });
    connect(m_card, &LeadCard::leadRead, this, &ConversationView::updateHeader);
    connect(m_card, &LeadCard::photosRequested, this, [this] { openPhotos(0); });
    connect(m_threadView, &ThreadView::photosRequested, this, &ConversationView::openPhotos);
    m_composer->setBlockedReason(tr("Pick a conversation to reply."));
}

ConversationView::~ConversationView()
{
    m_card->flushNotes();
    stopTyping();
}

qint64 ConversationView::leadId() const
{
    return m_thread->leadId();
}

void ConversationView::showLead(qint64 leadId)
{
    if (leadId == m_thread->leadId())
        return;
    if (m_thread->leadId() > 0 && !m_composer->templateOnly())
        m_drafts.insert(m_thread->leadId(), m_composer->text());
    stopTyping();
    m_restoringDraft = true; // a draft coming back is not someone typing
    m_composer->setText(m_drafts.take(leadId));
    m_restoringDraft = false;
    m_composer->showError({});
    m_keptUnread = 0;
    m_readTimer->stop();
    m_listNote->hide();
    m_listStatus.clear();
    m_card->setLead(leadId);
    m_thread->setLead(leadId);
    m_threadView->scrollToNewest();
    refreshTyping();
    if (m_link) { // the rest once the card's read arrives (leadRead)
        m_header->clear();
        m_banner->hide();
        m_intentBanner->hide();
        return;
    }
    updateHeader();
    updateTextingState();
    updateQuietHint();
    readSoon();
}

void ConversationView::setReadDelay(int ms)
{
    m_readTimer->setInterval(ms);
}

void ConversationView::readSoon()
{
    // Read once it has stayed open a moment: walking the list with the arrow keys reads nothing.
    if (m_card->lead().unread && m_card->lead().id != m_keptUnread && !m_readTimer->isActive())
        m_readTimer->start();
}

void ConversationView::markUnread()
{
    const qint64 id = m_thread->leadId();
    if (id <= 0)
        return;
    m_readTimer->stop();
    m_keptUnread = id;
    const auto done = LeadStore(m_db).markUnread(id);
    if (!done) {
        m_composer->showError(done.error().message);
        return;
    }
    m_card->reload();
    updateHeader();
    emit conversationChanged(id);
}

void ConversationView::setListNote(const QString& sentence)
{
    m_listNote->setText(sentence);
    m_listNote->setVisible(!sentence.isEmpty() && m_thread->leadId() > 0);
}

void ConversationView::setListStatus(const QString& status)
{
    if (status == m_listStatus)
        return;
    m_listStatus = status;
    updateHeader();
}

QString ConversationView::callerTitle(const Lead& lead) const
{
    if (!lead.displayName.isEmpty())
        return shownText(lead.displayName);
    const PhoneNumberInfo info = m_phone.parse(lead.e164);
    return info.isValid() ? info.national : lead.e164;
}

void ConversationView::updateHeader()
{
    const Lead& lead = m_card->lead();
    if (lead.id <= 0 || lead.id != m_thread->leadId()) {
        m_header->clear();
        return;
    }
    const PhoneNumberInfo info = m_phone.parse(lead.e164);
    const QString number = info.isValid() ? info.national : lead.e164;
    ThreadHeader::Shown shown;
    shown.title = callerTitle(lead);
    shown.number = lead.displayName.isEmpty() ? QString() : number;
    shown.place = shownText(lead.place);
    shown.status = m_listStatus.isEmpty() ? ConversationListModel::statusText(lead.status) : m_listStatus;
    const QString assigned = m_card->staffBox()->currentData().toString();
    shown.assignee = lead.assignedStaffId ? shownText(assigned) : QString();
    shown.canAssignToMe = !m_card->deskPerson().isEmpty();
    shown.assignedToMe = shown.canAssignToMe && lead.assignedStaffId && assigned == m_card->deskPerson();
    shown.canCall = info.isValid();
    shown.unread = lead.unread;
    m_header->showLead(shown);
}

PhotoViewer* ConversationView::openPhotos(qint64 messageId)
{
    const Lead& lead = m_card->lead();
    if (lead.id <= 0)
        return nullptr;
    if (m_photos && m_photos->leadId() != lead.id)
        m_photos->close();
    if (!m_photos || m_photos->leadId() != lead.id) {
        m_photos = new PhotoViewer(m_db, lead.id, messageId, callerTitle(lead), lead.e164, this);
        m_photos->setAttribute(Qt::WA_DeleteOnClose);
        m_photos->setDeskConnection(m_link);
    } else {
        m_photos->showMessagePhotos(messageId);
    }
    m_photos->show();
    m_photos->raise();
    m_photos->activateWindow();
    return m_photos;
}

void ConversationView::callBack()
{
    ui::callBack(m_card->lead().e164);
}

void ConversationView::markRead(qint64 leadId)
{
    if (m_link) {
        m_link->read(
            this, [leadId](Database& db) { return LeadStore(db).markRead(leadId).ok(); },
            [this, leadId](bool marked) {
                if (!marked)
                    return;
                if (leadId == m_card->lead().id)
                    m_card->reload(); // the header's Mark unread comes back with the read
                emit conversationChanged(leadId);
            });
        return;
    }
    if (!LeadStore(m_db).markRead(leadId).ok())
        return;
    if (leadId == m_card->lead().id) {
        m_card->reload();
        updateHeader();
    }
    emit conversationChanged(leadId);
}

void ConversationView::refresh()
{
    if (m_thread->leadId() <= 0)
        return;
    // The saved replies are not read again here: m_settings follows them (Settings::changed).
    if (m_link) { // the texting state and marking read follow the card's read (leadRead)
        m_thread->refresh();
        m_card->reload();
        return;
    }
    m_thread->refresh();
    m_card->reload();
    updateHeader();
    updateTextingState();
    // A reply that arrives while the conversation is open is read a moment later.
    if (isVisible())
        readSoon();
}

struct ConversationView::TextingLookup
{
    qint64 leadId;
    QString e164;
    StoreResult<std::optional<OptOut>> optOut;
    StoreResult<std::optional<OptOutIntentFlag>> intent;
    StoreResult<TextingBlock> storedBlock;
    StoreResult<ChannelState> channels;
};

ConversationView::TextingLookup ConversationView::lookUpTexting(Database& db, qint64 leadId,
                                                                const QString& e164)
{
    return {leadId,
            e164,
            OptOutStore(db).entry(e164),
            OptOutIntentStore(db).flagFor(e164),
            StaffReply::storedBlockFor(db, e164),
            StaffReply::channelStateFor(db, leadId)};
}

void ConversationView::updateTextingState()
{
    const qint64 id = m_thread->leadId();
    if (id <= 0) {
        m_banner->hide();
        m_composer->setBlockedReason(tr("Pick a conversation to reply."));
        return;
    }
    const QString e164 = m_card->lead().e164;
    if (!m_link) {
        applyTextingState(lookUpTexting(m_db, id, e164));
        return;
    }
    // Until the look-up answers, nothing of the previous conversation's state is shown; a reply
    // sent meanwhile is checked again as it is queued.
    m_banner->hide();
    m_intentBanner->hide();
    m_link->read(
        this, [id, e164](Database& db) { return lookUpTexting(db, id, e164); },
        [this](const TextingLookup& found) {
            if (found.leadId == m_thread->leadId() && found.e164 == m_card->lead().e164)
                applyTextingState(found);
        });
}

void ConversationView::applyTextingState(const TextingLookup& found)
{
    const auto& optOut = found.optOut;
    if (optOut && optOut->has_value()) {
        const OptOut& entry = *optOut.value();
        m_banner->setText(
            entry.keyword.isEmpty()
                ? tr("This caller opted out of texts on %1. Ringback will not text them; call them instead.")
                      .arg(ThreadModel::timeText(entry.createdAt))
                : tr("This caller opted out of texts by replying %1 on %2. Ringback will not text them "
                     "unless they reply START; call them instead.")
                      .arg(entry.keyword, ThreadModel::timeText(entry.createdAt)));
        m_banner->show();
    } else {
        m_banner->hide();
    }
    const auto& intent = found.intent;
    const bool flagged = intent && intent->has_value() && !(optOut && optOut->has_value());
    if (flagged) {
        m_intentText->setText(tr("Their reply on %1 looks like a request to stop texts. Ringback has "
                                 "stopped automatic texts to them; you can still reply by hand.")
                                  .arg(ThreadModel::timeText((*intent)->flaggedAt)));
    }
    m_intentBanner->setVisible(flagged);
    if (found.channels) {
        m_lastInboundChannel = found.channels->lastInbound;
        m_lastWhatsAppInbound = found.channels->lastWhatsAppInbound;
    }
    applyChannels();
    if (!found.storedBlock) {
        m_composer->setBlockedReason(found.storedBlock.error().message);
        return;
    }
    const TextingBlock block = found.storedBlock.value() != TextingBlock::None
                                   ? found.storedBlock.value()
                                   : StaffReply::numberBlockFor(m_phone, found.e164);
    m_composer->setBlockedReason(StaffReply::explain(block));
    updateQuietHint();
}

void ConversationView::setWhatsAppTemplates(const QList<WhatsAppTemplate>& templates)
{
    m_whatsAppTemplates = templates;
    applyChannels();
}

TemplateContext ConversationView::templateContext() const
{
    TemplateContext context;
    context.business = m_settings->stringValue(SettingKey::BusinessName);
    context.bookingLink = m_settings->stringValue(SettingKey::BookingLink);
    context.firstName = m_card->lead().displayName.section(QLatin1Char(' '), 0, 0, QString::SectionSkipEmpty);
    context.staff = m_card->deskPerson();
    return context;
}

void ConversationView::applyChannels()
{
    const qint64 id = m_thread->leadId();
    const bool available = !m_settings->stringValue(SettingKey::WhatsAppSender).isEmpty();
    m_composer->setWhatsAppAvailable(available);
    if (!available || id <= 0)
        return;
    // A new conversation answers on the channel they last wrote on; a switch by hand stays.
    if (id != m_channelLead) {
        m_channelLead = id;
        m_composer->setChannel(m_lastInboundChannel.value_or(MessageChannel::Sms));
    }
    const QDateTime now = m_clock.nowUtc();
    m_composer->setWhatsAppWindow(WhatsAppWindow::indicator(m_lastWhatsAppInbound, now),
                                  WhatsAppWindow::isOpen(m_lastWhatsAppInbound, now));
    const TemplateContext context = templateContext();
    QStringList names;
    QStringList texts;
    for (const WhatsAppTemplate& t : std::as_const(m_whatsAppTemplates)) {
        names << t.name;
        texts << WhatsAppTemplateFill::fill(t, context).body;
    }
    m_composer->setTemplates(names, texts);
}

void ConversationView::decideOptOutIntent(bool confirmed)
{
    const qint64 id = m_thread->leadId();
    const QString e164 = m_card->lead().e164;
    if (id <= 0 || e164.isEmpty())
        return;
    OptOutIntentStore intents(m_db);
    const auto done = confirmed ? intents.confirm(e164, m_clock.nowUtc(), m_card->deskPerson())
                                : intents.dismiss(e164, m_clock.nowUtc(), m_card->deskPerson());
    if (!done) {
        m_composer->showError(done.error().message);
        return;
    }
    m_thread->refresh();
    m_card->reload();
    updateTextingState();
    emit conversationChanged(id);
}

QStringList ConversationView::fallbackNumbers() const
{
    return m_settings->listValue(SettingKey::BusinessNumbers) +
           m_settings->listValue(SettingKey::ProviderPhoneNumbersCache);
}

ReplyChannel ConversationView::replyChannel() const
{
    ReplyChannel channel;
    channel.channel = m_composer->channel();
    channel.whatsAppSender = m_settings->stringValue(SettingKey::WhatsAppSender);
    if (const int index = m_composer->templateIndex(); index >= 0 && index < m_whatsAppTemplates.size()) {
        const TemplateContext context = templateContext();
        const WhatsAppTemplate& chosen = m_whatsAppTemplates.at(index);
        channel.contentSid = chosen.id;
        channel.contentVariables = WhatsAppTemplateFill::fill(chosen, context).variablesJson;
    }
    return channel;
}

void ConversationView::send(const QString& text)
{
    const qint64 id = m_thread->leadId();
    if (queueReply(text, QDateTime()))
        emit replyQueued(id);
}

void ConversationView::schedule(const QString& text, const QDateTime& at)
{
    if (at.isValid())
        queueReply(text, at);
}

bool ConversationView::queueReply(const QString& text, const QDateTime& sendAt)
{
    const qint64 id = m_thread->leadId();
    if (id <= 0 || text.trimmed().isEmpty())
        return false;
    // Send and Send later take one path: a staff reply, with or without a moment to wait for.
    auto queued = StaffReply(m_db, m_phone)
                      .queue(m_card->lead(), text.trimmed(), fallbackNumbers(), m_clock.nowUtc(),
                             m_card->deskPerson(), sendAt, replyChannel());
    if (!queued) {
        // Never lose what was typed: the sentence says what to do, the text stays.
        m_composer->showError(queued.error().message);
        updateTextingState();
        return false;
    }
    replied(id);
    return true;
}

void ConversationView::editScheduled(qint64 outboxId)
{
    auto item = OutboxStore(m_db).byId(outboxId);
    if (!item || !item->has_value() || !(*item)->scheduledFor.isValid()) {
        m_composer->showError(item ? ScheduledTextStore::tooLate() : item.error().message);
        return;
    }
    const OutboxItem scheduled = **item;
    // A WhatsApp template's words are the template's: only its moment is asked for.
    auto* dialog = new SendLaterDialog(m_hours.timeZone(), scheduled.scheduledFor, m_clock.nowUtc(),
                                       scheduled.contentSid.isEmpty() ? scheduled.body : QString(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, outboxId] {
        // Refused when the sender claimed it meanwhile (or another desk sent or cancelled it).
        const auto edited =
            ScheduledTextStore(m_db).edit(outboxId, dialog->body(), dialog->moment(), m_clock.nowUtc());
        if (!edited)
            m_composer->showError(edited.error().message);
        m_thread->refresh();
    });
    dialog->open();
}

void ConversationView::cancelScheduled(qint64 outboxId)
{
    // "Don't send" and the box's own Cancel (keep it scheduled): never "Cancel" twice.
    if (!Confirmation::ask(this, tr("Don't send this text?"),
                           tr("The scheduled text will not be sent. The lead's history keeps a note of it."),
                           tr("Don't send")))
        return;
    const auto cancelled = ScheduledTextStore(m_db).cancel(outboxId, m_clock.nowUtc(), m_card->deskPerson());
    if (!cancelled)
        m_composer->showError(cancelled.error().message);
    m_thread->refresh();
    m_card->reload();
    emit conversationChanged(m_thread->leadId());
}

void ConversationView::replied(qint64 id)
{
    stopTyping();
    m_composer->clear();
    m_thread->refresh();
    m_threadView->scrollToNewest();
    // Answered: read, whatever the delay.
    m_readTimer->stop();
    m_keptUnread = 0;
    if (m_card->lead().unread)
        markRead(id);
    else
        emit conversationChanged(id);
}

void ConversationView::reloadHours()
{
    if (m_link) {
        m_link->read(
            this, [](Database& db) { return BusinessHoursStore(db).load(); },
            [this](const StoreResult<BusinessHours>& hours) {
                if (hours)
                    applyHours(hours.value());
            });
        return;
    }
    if (auto hours = BusinessHoursStore(m_db).load())
        applyHours(hours.value());
}

void ConversationView::applyHours(const BusinessHours& hours)
{
    m_hours = hours;
    m_composer->setBusinessHours(hours);
    m_thread->setBusinessZone(hours.timeZone());
    m_quiet = std::make_unique<QuietHours>(hours.timeZone());
    updateQuietHint();
}

void ConversationView::updateQuietHint()
{
    const QString e164 = m_card->lead().e164;
    const bool typing = !m_composer->text().trimmed().isEmpty();
    if (!m_quiet || !typing || e164.isEmpty() || m_card->lead().id != m_thread->leadId() ||
        !m_composer->blockedReason().isEmpty()) {
        m_composer->setQuietSuggestion({}, {}, {});
        return;
    }
    const QDateTime now = m_clock.nowUtc();
    if (m_quiet->isAllowed(e164, now)) {
        m_composer->setQuietSuggestion({}, {}, {});
        return;
    }
    const QDateTime at = m_quiet->nextAllowed(e164, now);
    const QTimeZone theirs = m_quiet->locate(e164).zone;
    const QLocale locale;
    const QString format = ThreadModel::shortTimeFormat();
    const QString theirNow = locale.toString(now.toTimeZone(theirs).time(), format);
    const QDateTime there = at.toTimeZone(theirs);
    // "8:00" when it is their next morning; with the day when a day with no texts comes between.
    QString when = locale.toString(there.time(), format);
    if (now.secsTo(at) > 24 * 3600)
        when = tr("%1 %2").arg(locale.dayName(there.date().dayOfWeek(), QLocale::ShortFormat), when);
    //: A reply typed late at night (or too early) for the customer's local time
    m_composer->setQuietSuggestion(
        at, tr("It is %1 for them. Send at %2 their time instead?").arg(theirNow, when),
        tr("Send at %1").arg(when));
}

void ConversationView::setDeskPerson(const QString& name)
{
    stopTyping();
    // One desk on its own file has nobody to tell.
    m_deskPerson = m_db.dialect().kind() == SqlDialect::Kind::Postgres ? name.trimmed() : QString();
    refreshTyping();
}

void ConversationView::announceTyping()
{
    const qint64 id = m_thread->leadId();
    if (m_deskPerson.isEmpty() || id <= 0 || m_restoringDraft || m_composer->text().trimmed().isEmpty())
        return;
    // Once per TypingPresence::kHoldMs / 2 while typing: enough to stay shown, few writes.
    const qint64 now = m_clock.nowMs();
    if (id == m_announcedLead && now - m_lastAnnouncedMs < TypingPresence::kHoldMs / 2)
        return;
    if (m_link) {
        // Best effort, like the announcement itself: it runs out on its own if it never arrives.
        m_link->write([id, who = m_deskPerson, at = m_clock.nowUtc()](Database& db) {
            return TypingPresence(db).announce(id, who, at).ok();
        });
        m_announcedLead = id;
        m_lastAnnouncedMs = now;
        return;
    }
    if (TypingPresence(m_db).announce(id, m_deskPerson, m_clock.nowUtc()).ok()) {
        m_announcedLead = id;
        m_lastAnnouncedMs = now;
    }
}

void ConversationView::stopTyping()
{
    if (m_announcedLead <= 0)
        return;
    // Best effort: if this fails the announcement runs out on its own.
    if (m_link) {
        m_link->write([id = m_announcedLead, who = m_deskPerson](Database& db) {
            return TypingPresence(db).clear(id, who).ok();
        });
    } else {
        (void)TypingPresence(m_db).clear(m_announcedLead, m_deskPerson);
    }
    m_announcedLead = 0;
}

void ConversationView::refreshTyping()
{
    const qint64 id = m_thread->leadId();
    if (m_deskPerson.isEmpty() || id <= 0) {
        showTyping({});
        return;
    }
    if (!m_link) {
        auto typing = TypingPresence(m_db).othersTyping(id, m_deskPerson, m_clock.nowUtc());
        showTyping(typing ? typing.value() : QStringList());
        return;
    }
    // One read on its way at a time (the server may not be answering); one that never came back
    // (no connection yet) is not waited for after the announcement's hold.
    const qint64 now = m_clock.nowMs();
    if (m_typingAskedMs >= 0 && now - m_typingAskedMs < TypingPresence::kHoldMs)
        return;
    m_typingAskedMs = now;
    m_link->read(
        this,
        [id, me = m_deskPerson, at = m_clock.nowUtc()](Database& db) {
            auto typing = TypingPresence(db).othersTyping(id, me, at);
            return typing ? typing.value() : QStringList();
        },
        [this, id](const QStringList& names) {
            m_typingAskedMs = -1;
            if (id == m_thread->leadId())
                showTyping(names);
        });
}

void ConversationView::showTyping(const QStringList& names)
{
    m_typing->setText(typingSentence(names));
    m_typing->setVisible(!names.isEmpty());
    // Look again while someone is shown, so a desk that stopped typing drops out.
    if (names.isEmpty())
        m_typingExpiry->stop();
    else if (!m_typingExpiry->isActive())
        m_typingExpiry->start();
}

void ConversationView::setDeskConnection(DeskConnection* link)
{
    if (m_link)
        disconnect(m_link, nullptr, this, nullptr);
    disconnect(m_card, &LeadCard::leadRead, this, nullptr);
    disconnect(m_thread, &ThreadModel::loaded, m_threadView, nullptr);
    m_link = link;
    m_thread->setDeskConnection(link);
    m_card->setDeskConnection(link);
    if (!link)
        return;
    // The card's read arrived (a conversation opened, or re-read after a change): whether texting
    // is allowed, and a reply read while the conversation is open has been read.
    connect(m_card, &LeadCard::leadRead, this, [this](qint64 leadId) {
        if (leadId != m_thread->leadId())
            return;
        updateTextingState();
        updateQuietHint();
        if (isVisible())
            readSoon();
    });
    connect(m_thread, &ThreadModel::loaded, m_threadView, &ThreadView::scrollToNewest);
    reloadHours(); // through the desk's connection from now on
    // Another desk started or stopped typing here.
    connect(link, &DeskConnection::changed, this, [this](StoreNotifications::Kind kind, qint64 leadId) {
        if (kind == StoreNotifications::Kind::Typing && leadId == m_thread->leadId())
            refreshTyping();
    });
}

QString ConversationView::typingSentence(const QStringList& names)
{
    if (names.isEmpty())
        return {};
    if (names.size() == 1)
        return tr("%1 is replying…").arg(shownText(names.first()));
    if (names.size() == 2)
        return tr("%1 and %2 are replying…").arg(shownText(names.at(0)), shownText(names.at(1)));
    return tr("%1 and %n others are replying…", nullptr, int(names.size() - 1)).arg(shownText(names.first()));
}

} // namespace ringback::ui
