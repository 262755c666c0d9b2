#include "ConversationView.h"

#include "Composer.h"
#include "LeadCard.h"
#include "ThreadModel.h"
#include "ThreadView.h"
#include "automation/OptOutIntent.h"
#include "automation/StaffReply.h"
#include "common/Clock.h"
#include "common/OutsideText.h"
#include "settings/Settings.h"
#include "store/Database.h"
#include "store/KeyValueStore.h"
#include "store/LeadStore.h"
#include "store/OptOutStore.h"
#include "store/TypingPresence.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
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
    connect(m_composer, &Composer::sendRequested, this, &ConversationView::send);
    connect(m_composer->editor(), &QPlainTextEdit::textChanged, this, &ConversationView::announceTyping);
    connect(m_card, &LeadCard::leadSaved, this, [this](qint64 id) {
        m_thread->refresh();
        emit conversationChanged(id);
    });
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
    if (m_thread->leadId() > 0)
        m_drafts.insert(m_thread->leadId(), m_composer->text());
    stopTyping();
    m_restoringDraft = true; // a draft coming back is not someone typing
    m_composer->setText(m_drafts.take(leadId));
    m_restoringDraft = false;
    m_composer->showError({});
    m_card->setLead(leadId);
    m_thread->setLead(leadId);
    m_threadView->scrollToNewest();
    updateTextingState();
    refreshTyping();
    if (m_card->lead().unread && LeadStore(m_db).markRead(leadId).ok())
        emit conversationChanged(leadId);
}

void ConversationView::refresh()
{
    if (m_thread->leadId() <= 0)
        return;
    m_composer->setSavedReplies(m_settings->listValue(SettingKey::SavedReplies));
    m_thread->refresh();
    m_card->reload();
    updateTextingState();
    // A reply that arrives while the conversation is open has been read.
    if (m_card->lead().unread && isVisible() && LeadStore(m_db).markRead(m_card->lead().id).ok())
        emit conversationChanged(m_card->lead().id);
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
    auto optOut = OptOutStore(m_db).entry(e164);
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
    auto intent = OptOutIntentStore(m_db).flagFor(e164);
    const bool flagged = intent && intent->has_value() && !(optOut && optOut->has_value());
    if (flagged) {
        m_intentText->setText(tr("Their reply on %1 looks like a request to stop texts. Ringback has "
                                 "stopped automatic texts to them; you can still reply by hand.")
                                  .arg(ThreadModel::timeText((*intent)->flaggedAt)));
    }
    m_intentBanner->setVisible(flagged);
    auto block = StaffReply(m_db, m_phone).blockFor(e164);
    if (!block) {
        m_composer->setBlockedReason(block.error().message);
        return;
    }
    m_composer->setBlockedReason(StaffReply::explain(block.value()));
}

void ConversationView::decideOptOutIntent(bool confirmed)
{
    const qint64 id = m_thread->leadId();
    const QString e164 = m_card->lead().e164;
    if (id <= 0 || e164.isEmpty())
        return;
    OptOutIntentStore intents(m_db);
    const auto done =
        confirmed ? intents.confirm(e164, m_clock.nowUtc()) : intents.dismiss(e164, m_clock.nowUtc());
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

void ConversationView::send(const QString& text)
{
    const qint64 id = m_thread->leadId();
    if (id <= 0 || text.trimmed().isEmpty())
        return;
    auto queued =
        StaffReply(m_db, m_phone).queue(m_card->lead(), text.trimmed(), fallbackNumbers(), m_clock.nowUtc());
    if (!queued) {
        // Never lose what was typed: the sentence says what to do, the text stays.
        m_composer->showError(queued.error().message);
        updateTextingState();
        return;
    }
    stopTyping();
    m_composer->clear();
    m_thread->refresh();
    m_threadView->scrollToNewest();
    emit conversationChanged(id);
    emit replyQueued(id);
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
    (void)TypingPresence(m_db).clear(m_announcedLead, m_deskPerson);
    m_announcedLead = 0;
}

void ConversationView::refreshTyping()
{
    const qint64 id = m_thread->leadId();
    QStringList names;
    if (!m_deskPerson.isEmpty() && id > 0) {
        if (auto typing = TypingPresence(m_db).othersTyping(id, m_deskPerson, m_clock.nowUtc()))
            names = typing.value();
    }
    m_typing->setText(typingSentence(names));
    m_typing->setVisible(!names.isEmpty());
    // Look again while someone is shown, so a desk that stopped typing drops out.
    if (names.isEmpty())
        m_typingExpiry->stop();
    else if (!m_typingExpiry->isActive())
        m_typingExpiry->start();
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
