#pragma once

#include "templates/TemplateRole.h"

#include <QWidget>

#include <memory>
#include <optional>

class QLabel;
class QListWidget;
class QPushButton;
class QTabWidget;

namespace ringback {
class Clock;
class Database;
class KeyValueStore;
class Settings;
} // namespace ringback

namespace ringback::ui {

class BusinessHoursEditor;
class IntakePanel;
class TemplateEditor;

// The owner's messages: the automatic texts by role and the staff's saved replies in a list, the
// editor beside it, and the business hours (which pick the open or closed text) in a second tab.
// Switching to another message keeps what was typed as a draft, marked in the list, so nothing is
// lost; a message with a mistake cannot be saved and the reason is shown next to Save.
class TemplatesPage : public QWidget
{
    Q_OBJECT
public:
    TemplatesPage(Database& db, const Clock& clock, QWidget* parent = nullptr);
    ~TemplatesPage() override;

    bool hasUnsavedChanges() const;
    // Selects the automatic text for a role (not SavedReply).
    void selectRole(TemplateRole role);

    QTabWidget* tabs() const { return m_tabs; }
    QListWidget* messageList() const { return m_list; }
    TemplateEditor* editor() const { return m_editor; }
    QPushButton* saveButton() const { return m_save; }
    QPushButton* restoreButton() const { return m_restore; }
    QLabel* saveStateLabel() const { return m_saveState; }
    BusinessHoursEditor* hoursEditor() const { return m_hours; }
    IntakePanel* intakePanel() const { return m_intake; }

private:
    struct Entry
    {
        TemplateRole role = TemplateRole::BusinessHours;
        QString saved;                // what the store holds
        std::optional<QString> draft; // typed but not saved
        bool stored = true;           // false for a saved reply added but never saved
    };

    void load();
    void loadRealContext();
    // The messages or saved replies changed elsewhere (another desk, Settings): re-read them,
    // unless one is being edited here (its draft would be lost).
    void storeChanged();
    void showEntry(int index);
    void keepDraft();
    void save();
    void restoreDefault();
    void addSavedReply();
    void removeSavedReply();
    QString writeSavedReplies(); // empty on success, else what went wrong
    void updateItem(int index);
    void updateButtons();
    int currentEntry() const;

    Database& m_db;
    const Clock& m_clock;
    QTabWidget* m_tabs;
    QListWidget* m_list;
    TemplateEditor* m_editor;
    QLabel* m_title;
    QLabel* m_description;
    QLabel* m_saveState;
    QPushButton* m_save;
    QPushButton* m_restore;
    QPushButton* m_addReply;
    QPushButton* m_removeReply;
    BusinessHoursEditor* m_hours;
    IntakePanel* m_intake;
    std::unique_ptr<KeyValueStore> m_sharedKeys;
    std::unique_ptr<Settings> m_settings; // follows the business's name, staff and saved replies
    QList<Entry> m_entries;
    int m_shown = -1;
};

} // namespace ringback::ui
