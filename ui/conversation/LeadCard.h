#pragma once

#include "domain/Lead.h"
#include "store/LineTypeStore.h"
#include "store/StaffStore.h"

#include <QPointer>
#include <QWidget>

#include <functional>
#include <optional>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListView;
class QPlainTextEdit;
class QTimer;
class QToolButton;

namespace ringback {
class Clock;
class Database;
class DeskConnection;
class PhoneNumberService;
} // namespace ringback

namespace ringback::ui {

class LeadTimelineModel;

// The lead beside its conversation: who, where, what they need, how far along, what the job is
// worth, who has it, notes, and its history. Every edit is saved at once (notes after a pause in
// typing) with the lead's revision, so when another desk saved first the card says so in words and
// shows their version instead of overwriting it.
class LeadCard : public QWidget
{
    Q_OBJECT
public:
    LeadCard(Database& db, const PhoneNumberService& phone, const Clock& clock, QWidget* parent = nullptr);

    void setLead(qint64 leadId);
    qint64 leadId() const { return m_lead.id; }
    const Lead& lead() const { return m_lead; }
    // Names offered for "Assigned to" besides the staff already in the store (Settings StaffNames).
    void setStaffNames(const QStringList& names);
    // Re-reads the lead (the worker or another desk changed it); a field being edited keeps its text.
    void reload();
    // With a desk connection (shared database), setLead and reload read on its thread and the
    // card fills a moment later (leadRead()); saving still writes here.
    void setDeskConnection(DeskConnection* link);
    // Who works at this desk (Settings): status and assignment edits are noted on the lead's
    // history as theirs.
    void setDeskPerson(const QString& name) { m_deskPerson = name.trimmed(); }
    const QString& deskPerson() const { return m_deskPerson; }
    // Assigns the lead to a staff member by name (given a staff row the first time), as picking
    // them under "Assigned to" does.
    void assignTo(const QString& name);
    // Saves notes still waiting for the typing pause (before switching leads or closing).
    void flushNotes();

    QLineEdit* nameEdit() const { return m_name; }
    QLabel* numberLabel() const { return m_number; }
    QToolButton* copyButton() const { return m_copy; }
    QLineEdit* placeEdit() const { return m_place; }
    QLineEdit* needEdit() const { return m_need; }
    QLineEdit* addressEdit() const { return m_address; }
    QLineEdit* whenEdit() const { return m_when; }
    QLabel* photosLabel() const { return m_photos; }
    QCheckBox* urgentBox() const { return m_urgent; }
    QLabel* summaryLabel() const { return m_summary; }
    QComboBox* statusBox() const { return m_status; }
    QDoubleSpinBox* valueBox() const { return m_value; }
    QComboBox* staffBox() const { return m_staff; }
    QPlainTextEdit* notesEdit() const { return m_notes; }
    QLabel* messageLabel() const { return m_message; }
    LeadTimelineModel* timelineModel() const { return m_timeline; }

signals:
    // The lead was saved (the list shows the new name or status).
    void leadSaved(qint64 leadId);
    // The desk connection's read of the lead arrived and is shown (after setLead or reload).
    void leadRead(qint64 leadId);
    // "View" beside the photo count was clicked.
    void photosRequested();

private:
    void buildForm();
    void showLead(const Lead& lead, bool keepFocusedField);
    void fillStaff();
    void fillStaffFrom(const QList<StaffMember>& staff);
    void save(const std::function<void(Lead&)>& change);
    void showMessage(const QString& sentence);

    Database& m_db;
    // The number's line type as known (LineTypeStore::whatIsKnown), read with the lead.
    std::optional<LineTypeStore::Known> m_line;
    const PhoneNumberService& m_phone;
    const Clock& m_clock;
    Lead m_lead;
    QStringList m_staffNames;
    QString m_deskPerson;
    QPointer<DeskConnection> m_link;
    QList<StaffMember> m_activeStaff; // as last read through m_link
    quint64 m_generation = 0;

    QLabel* m_title;
    QLineEdit* m_name;
    QLabel* m_number;
    QLabel* m_numberType;
    QToolButton* m_copy;
    QLineEdit* m_place;
    QLineEdit* m_need;
    QLineEdit* m_address;
    QLineEdit* m_when;
    QLabel* m_photos;
    QCheckBox* m_urgent;
    QLabel* m_summary;
    QComboBox* m_status;
    QDoubleSpinBox* m_value;
    QComboBox* m_staff;
    QPlainTextEdit* m_notes;
    QTimer* m_notesTimer;
    QLabel* m_message;
    QListView* m_history;
    LeadTimelineModel* m_timeline;
};

} // namespace ringback::ui
