#include "TemplatesPage.h"

#include "IntakePanel.h"
#include "TemplateEditor.h"
#include "common/Clock.h"
#include "common/Confirmation.h"
#include "common/OutsideText.h"
#include "hours/BusinessHoursEditor.h"
#include "settings/Settings.h"
#include "store/ChangeHub.h"
#include "store/KeyValueStore.h"
#include "templates/BusinessTemplateContext.h"
#include "templates/TemplateDefaults.h"
#include "templates/TemplateStore.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace ringback::ui {

namespace {

QString roleTitle(TemplateRole role)
{
    switch (role) {
    case TemplateRole::BusinessHours:
        return TemplatesPage::tr("Missed call, while open");
    case TemplateRole::AfterHours:
        return TemplatesPage::tr("Missed call, after hours");
    case TemplateRole::FollowUp:
        return TemplatesPage::tr("Follow-up");
    case TemplateRole::HelpReply:
        return TemplatesPage::tr("Reply to HELP");
    case TemplateRole::SavedReply:
        return TemplatesPage::tr("Saved reply");
    case TemplateRole::IntakeNeed:
        return TemplatesPage::tr("Question: what they need");
    case TemplateRole::IntakeAddress:
        return TemplatesPage::tr("Question: the address");
    case TemplateRole::IntakeWhen:
        return TemplatesPage::tr("Question: when to come");
    case TemplateRole::IntakePhoto:
        return TemplatesPage::tr("Question: a photo");
    }
    return {};
}

QString roleDescription(TemplateRole role)
{
    switch (role) {
    case TemplateRole::BusinessHours:
        return TemplatesPage::tr(
            "Texted within seconds to a caller nobody could answer during opening hours.");
    case TemplateRole::AfterHours:
        return TemplatesPage::tr(
            "Texted to a caller who rang while you were closed. {next_open} says when you "
            "open again.");
    case TemplateRole::FollowUp:
        return TemplatesPage::tr("Sent once if the caller has not answered the first text (switch it on in "
                                 "Settings).");
    case TemplateRole::HelpReply:
        return TemplatesPage::tr(
            "Sent when someone texts HELP or INFO. Carriers require it to name the business "
            "and say how to stop texts.");
    case TemplateRole::SavedReply:
        return TemplatesPage::tr(
            "A ready answer the office can pick in the inbox. Every desk sees the same list.");
    case TemplateRole::IntakeNeed:
    case TemplateRole::IntakeAddress:
    case TemplateRole::IntakeWhen:
    case TemplateRole::IntakePhoto:
        return TemplatesPage::tr(
            "Asked after the caller's first reply, one question at a time, only while the lead card does "
            "not know the answer. Switch the questions on in the Intake tab.");
    }
    return {};
}

// "Thanks! Could you send the address…" for the list.
QString replyTitle(const QString& body)
{
    const QString line = body.section(QLatin1Char('\n'), 0, 0).simplified();
    if (line.isEmpty())
        return TemplatesPage::tr("(new saved reply)");
    return line.size() > 34 ? line.left(33) + QChar(0x2026) : line;
}

} // namespace

TemplatesPage::TemplatesPage(Database& db, const Clock& clock, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_clock(clock)
    , m_tabs(new QTabWidget(this))
    , m_list(new QListWidget(this))
    , m_editor(new TemplateEditor(this))
    , m_title(new QLabel(this))
    , m_description(new QLabel(this))
    , m_saveState(new QLabel(this))
    , m_save(new QPushButton(tr("Save"), this))
    , m_restore(new QPushButton(tr("Restore default\u2026"), this))
    , m_addReply(new QPushButton(tr("New saved reply"), this))
    , m_removeReply(new QPushButton(tr("Delete\u2026"), this))
    , m_hours(new BusinessHoursEditor(db, clock, this))
    , m_intake(new IntakePanel(db, this))
    , m_sharedKeys(std::make_unique<KeyValueStore>(db, KeyValueStore::Table::Settings))
    , m_settings(std::make_unique<Settings>(m_sharedKeys.get(), nullptr))
{
    setObjectName(QStringLiteral("templatesPage"));
    m_list->setObjectName(QStringLiteral("templateList"));
    m_list->setMinimumWidth(230);
    m_list->setMaximumWidth(300);
    m_list->setSpacing(1);

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_description->setWordWrap(true);
    m_saveState->setObjectName(QStringLiteral("templateSaveState"));
    plainLabel(m_saveState);
    m_saveState->setWordWrap(true);
    m_save->setDefault(true);

    auto* listButtons = new QHBoxLayout;
    listButtons->addWidget(m_addReply);
    listButtons->addWidget(m_removeReply);
    auto* left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    left->addLayout(listButtons);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_restore);
    buttons->addWidget(m_saveState, 1);
    buttons->addWidget(m_save);

    auto* right = new QVBoxLayout;
    right->addWidget(m_title);
    right->addWidget(m_description);
    right->addSpacing(4);
    right->addWidget(m_editor, 1);
    right->addLayout(buttons);

    auto* messages = new QWidget(this);
    auto* messagesLayout = new QHBoxLayout(messages);
    messagesLayout->addLayout(left);
    messagesLayout->addSpacing(8);
    messagesLayout->addLayout(right, 1);

    m_tabs->addTab(messages, tr("Messages"));
    m_tabs->addTab(m_intake, tr("Intake"));
    m_tabs->addTab(m_hours, tr("Business hours"));
    connect(m_intake, &IntakePanel::editWordingRequested, this, [this](TemplateRole role) {
        m_tabs->setCurrentIndex(0);
        selectRole(role);
        m_editor->setFocus();
    });
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    connect(m_list, &QListWidget::currentRowChanged, this, [this] { showEntry(currentEntry()); });
    connect(m_editor, &TemplateEditor::edited, this, [this] {
        keepDraft();
        updateButtons();
    });
    connect(m_editor, &TemplateEditor::stateChanged, this, &TemplatesPage::updateButtons);
    connect(m_save, &QPushButton::clicked, this, &TemplatesPage::save);
    connect(m_restore, &QPushButton::clicked, this, &TemplatesPage::restoreDefault);
    connect(m_addReply, &QPushButton::clicked, this, &TemplatesPage::addSavedReply);
    connect(m_removeReply, &QPushButton::clicked, this, &TemplatesPage::removeSavedReply);
    // New hours change {next_open} in the preview.
    connect(m_hours, &BusinessHoursEditor::saved, this, &TemplatesPage::loadRealContext);

    load();
    loadRealContext();
    selectRole(TemplateRole::BusinessHours);

    // What the preview fills in ({business}, {staff}, {booking_link}, {next_open}) and the saved
    // replies follow Settings, the wizard and other desks at once; so do other desks' messages.
    m_settings->followChanges();
    connect(m_settings.get(), &Settings::changed, this, [this](SettingKey key) {
        if (key == SettingKey::SavedReplies)
            storeChanged();
        else
            loadRealContext();
    });
    const QString store = ChangeHub::storeKey(m_db);
    connect(
        &ChangeHub::instance(), &ChangeHub::changed, this,
        [this, store](const QString& changedStore, ChangeHub::Topic topic) {
            if (changedStore != store)
                return;
            if (topic == ChangeHub::Topic::BusinessHours)
                loadRealContext();
            else if (topic == ChangeHub::Topic::Templates) {
                storeChanged();
                m_intake->reloadWording();
            }
        },
        Qt::QueuedConnection);
}

TemplatesPage::~TemplatesPage() = default;

void TemplatesPage::storeChanged()
{
    for (const Entry& entry : std::as_const(m_entries)) {
        if (entry.draft || !entry.stored)
            return; // being edited here: Save writes it; what others saved shows after that
    }
    const int index = currentEntry();
    const TemplateRole role = index >= 0 ? m_entries.at(index).role : TemplateRole::BusinessHours;
    const int row = m_list->currentRow();
    load();
    if (role == TemplateRole::SavedReply && row >= 0 && row < m_list->count())
        m_list->setCurrentRow(row);
    else
        selectRole(role == TemplateRole::SavedReply ? TemplateRole::BusinessHours : role);
}

void TemplatesPage::load()
{
    m_entries.clear();
    m_list->clear();
    m_shown = -1;
    TemplateStore store(m_db);
    for (TemplateRole role : singleTemplateRoles() + intakeRoles()) {
        auto stored = store.forRole(role);
        m_entries << Entry{role, stored ? stored->body : TemplateDefaults::body(role), std::nullopt, true};
    }
    KeyValueStore kv(m_db, KeyValueStore::Table::Settings);
    for (const QString& reply : Settings(&kv, nullptr).listValue(SettingKey::SavedReplies))
        m_entries << Entry{TemplateRole::SavedReply, reply, std::nullopt, true};

    const auto addHeader = [this](const QString& text) {
        auto* header = new QListWidgetItem(text, m_list);
        header->setFlags(Qt::NoItemFlags);
        QFont bold = header->font();
        bold.setBold(true);
        header->setFont(bold);
        header->setData(Qt::UserRole, -1);
    };
    const int intakeFirst = int(singleTemplateRoles().size());
    const int repliesFirst = intakeFirst + int(intakeRoles().size());
    for (int i = 0; i < m_entries.size(); ++i) {
        if (i == intakeFirst)
            addHeader(tr("Intake questions"));
        if (i == repliesFirst)
            addHeader(tr("Saved replies"));
        auto* item = new QListWidgetItem(m_list);
        item->setData(Qt::UserRole, i);
        updateItem(i);
    }
}

void TemplatesPage::loadRealContext()
{
    auto real = BusinessTemplateContext::load(m_db, m_clock.nowUtc());
    if (real)
        m_editor->setRealContext(real.value());
}

void TemplatesPage::selectRole(TemplateRole role)
{
    for (int row = 0; row < m_list->count(); ++row) {
        const int index = m_list->item(row)->data(Qt::UserRole).toInt();
        if (index >= 0 && m_entries.at(index).role == role) {
            m_list->setCurrentRow(row);
            return;
        }
    }
}

bool TemplatesPage::hasUnsavedChanges() const
{
    for (const Entry& entry : m_entries) {
        if (entry.draft)
            return true;
    }
    return m_hours->hasUnsavedChanges();
}

int TemplatesPage::currentEntry() const
{
    const QListWidgetItem* item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toInt() : -1;
}

void TemplatesPage::showEntry(int index)
{
    m_shown = index;
    if (index < 0 || index >= m_entries.size())
        return;
    const Entry& entry = m_entries.at(index);
    m_title->setText(roleTitle(entry.role));
    m_description->setText(roleDescription(entry.role));
    m_editor->setRole(entry.role);
    m_editor->setBody(entry.draft.value_or(entry.saved));
    m_saveState->clear();
    updateButtons();
}

void TemplatesPage::keepDraft()
{
    if (m_shown < 0)
        return;
    Entry& entry = m_entries[m_shown];
    const QString body = m_editor->body();
    if (body == entry.saved && entry.stored)
        entry.draft.reset();
    else
        entry.draft = body;
    updateItem(m_shown);
}

void TemplatesPage::updateItem(int index)
{
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem* item = m_list->item(row);
        if (item->data(Qt::UserRole).toInt() != index)
            continue;
        const Entry& entry = m_entries.at(index);
        const QString title = entry.role == TemplateRole::SavedReply
                                  ? replyTitle(entry.draft.value_or(entry.saved))
                                  : roleTitle(entry.role);
        item->setText(entry.draft ? tr("%1 (not saved)").arg(title) : title);
        QFont font = item->font();
        font.setItalic(entry.draft.has_value());
        item->setFont(font);
        item->setToolTip(entry.draft ? tr("Changed but not saved yet: select it and press Save.")
                                     : QString());
        return;
    }
}

void TemplatesPage::updateButtons()
{
    const bool valid = m_shown >= 0;
    const Entry* entry = valid ? &m_entries.at(m_shown) : nullptr;
    const bool isReply = entry && entry->role == TemplateRole::SavedReply;
    const bool empty = m_editor->body().trimmed().isEmpty();
    const bool dirty = entry && entry->draft.has_value();
    m_save->setEnabled(dirty && m_editor->canSave() && !empty);
    m_restore->setVisible(!isReply);
    m_restore->setEnabled(entry && !isReply && m_editor->body() != TemplateDefaults::body(entry->role));
    m_removeReply->setEnabled(isReply);

    if (!m_editor->canSave()) {
        m_saveState->setStyleSheet(QStringLiteral("color: #b00020;"));
        m_saveState->setText(m_editor->blockingReason());
    } else if (dirty && empty) {
        m_saveState->setStyleSheet(QStringLiteral("color: #b00020;"));
        m_saveState->setText(tr("Can't save an empty message: write something or restore the default."));
    } else if (dirty) {
        m_saveState->setStyleSheet(QString());
        m_saveState->setText(tr("Not saved yet."));
    } else if (m_saveState->text() != tr("Saved.")) {
        m_saveState->clear();
    }
}

void TemplatesPage::save()
{
    if (m_shown < 0 || !m_editor->canSave())
        return;
    Entry& entry = m_entries[m_shown];
    const QString body = m_editor->body();
    QString problem;
    if (entry.role == TemplateRole::SavedReply) {
        const Entry before = entry;
        entry.saved = body;
        entry.stored = true;
        entry.draft.reset();
        problem = writeSavedReplies();
        if (!problem.isEmpty())
            entry = before;
    } else {
        auto saved = TemplateStore(m_db).saveForRole(entry.role, body, m_clock.nowUtc());
        if (saved) {
            entry.saved = body;
            entry.draft.reset();
            if (isIntakeRole(entry.role))
                m_intake->reloadWording();
        } else {
            problem = saved.error().message;
        }
    }
    updateItem(m_shown);
    if (!problem.isEmpty()) {
        m_saveState->setStyleSheet(QStringLiteral("color: #b00020;"));
        m_saveState->setText(problem);
        return;
    }
    m_saveState->setStyleSheet(QString());
    m_saveState->setText(tr("Saved."));
    updateButtons();
}

QString TemplatesPage::writeSavedReplies()
{
    QStringList replies;
    for (const Entry& entry : std::as_const(m_entries)) {
        if (entry.role == TemplateRole::SavedReply && entry.stored)
            replies << entry.saved;
    }
    KeyValueStore kv(m_db, KeyValueStore::Table::Settings);
    if (!Settings(&kv, nullptr).setValue(SettingKey::SavedReplies, replies))
        return tr("The saved replies could not be stored. Check the database is reachable, then save again.");
    return {};
}

void TemplatesPage::restoreDefault()
{
    if (m_shown < 0 || m_entries.at(m_shown).role == TemplateRole::SavedReply)
        return;
    Entry& entry = m_entries[m_shown];
    if (!Confirmation::ask(this, tr("Restore the default message?"),
                           tr("\"%1\" goes back to Ringback's suggested text. What you wrote is replaced.")
                               .arg(roleTitle(entry.role)),
                           tr("Restore default")))
        return;
    if (auto r = TemplateStore(m_db).restoreDefault(entry.role); !r) {
        m_saveState->setStyleSheet(QStringLiteral("color: #b00020;"));
        m_saveState->setText(r.error().message);
        return;
    }
    entry.saved = TemplateDefaults::body(entry.role);
    entry.draft.reset();
    m_editor->setBody(entry.saved);
    updateItem(m_shown);
    m_saveState->setStyleSheet(QString());
    m_saveState->setText(tr("Saved."));
    updateButtons();
}

void TemplatesPage::addSavedReply()
{
    m_entries << Entry{TemplateRole::SavedReply, QString(), QString(), false};
    auto* item = new QListWidgetItem(m_list);
    item->setData(Qt::UserRole, int(m_entries.size() - 1));
    updateItem(int(m_entries.size() - 1));
    m_list->setCurrentItem(item);
    m_editor->textEdit()->setFocus();
}

void TemplatesPage::removeSavedReply()
{
    const int index = m_shown;
    if (index < 0 || m_entries.at(index).role != TemplateRole::SavedReply)
        return;
    if (!Confirmation::ask(
            this, tr("Delete this saved reply?"),
            tr("\"%1\" is removed from every desk's list.").arg(replyTitle(m_entries.at(index).saved)),
            tr("Delete")))
        return;
    const bool wasStored = m_entries.at(index).stored;
    m_entries[index].stored = false;
    if (wasStored) {
        if (const QString problem = writeSavedReplies(); !problem.isEmpty()) {
            m_entries[index].stored = true;
            m_saveState->setText(problem);
            return;
        }
    }
    // List items hold indices into m_entries: drop the removed one's, renumber those after it
    // (from the end, so they are renumbered before the current item goes and the next is shown).
    m_entries.removeAt(index);
    m_shown = -1;
    for (int row = m_list->count() - 1; row >= 0; --row) {
        QListWidgetItem* item = m_list->item(row);
        const int i = item->data(Qt::UserRole).toInt();
        if (i == index)
            delete m_list->takeItem(row);
        else if (i > index)
            item->setData(Qt::UserRole, i - 1);
    }
    showEntry(currentEntry());
}

} // namespace ringback::ui
