#pragma once

#include "hours/BusinessHours.h"

#include <QSet>
#include <QWidget>

class QDateEdit;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QVBoxLayout;

namespace ringback {
class Clock;
class Database;
} // namespace ringback

namespace ringback::ui {

class TimeRangeListEdit;
class TimeZonePicker;

// The business's opening hours: several ranges per weekday (split shifts), the time zone
// (TimeZonePicker: found by a city's name), holidays and one-off closures (closed all day, or special hours),
// and a live line saying whether the office is open now. Problems (overlaps, an end before its start) are
// shown in words and block saving. Saves through BusinessHoursStore. It follows the store (the setup wizard,
// another desk: ChangeHub): what was not edited here is re-read at once, and Save writes only what was
// changed here (a day, the zone, the closures) over what is stored then, so a day nobody touched on this page
// is never written from it.
class BusinessHoursEditor : public QWidget
{
    Q_OBJECT
public:
    BusinessHoursEditor(Database& db, const Clock& clock, QWidget* parent = nullptr);

    // Shows what is stored (or the computer's zone and no hours for a new office).
    void reload();
    // What the editor shows now, saved or not.
    BusinessHours hours() const;
    QStringList problems() const;
    bool hasUnsavedChanges() const { return m_dirty; }
    // The stored hours changed elsewhere: shows them, keeping what is being edited here.
    void storeChanged();

    TimeRangeListEdit* day(int weekday) const { return m_days.at(weekday - 1); }
    TimeZonePicker* timeZoneBox() const { return m_zone; }
    QPushButton* saveButton() const { return m_save; }
    QPushButton* addClosureButton() const { return m_addClosure; }
    QLabel* problemsLabel() const { return m_problems; }
    QLabel* statusLabel() const { return m_status; }

signals:
    void saved();

private:
    struct ClosureRow
    {
        QWidget* box;
        QDateEdit* day;
        QLineEdit* label;
        TimeRangeListEdit* hours;
    };
    void addClosureRow(const Closure& closure);
    void save();
    void onEdited();
    void updateState();
    void showStored(const BusinessHours& stored, bool keepEdits);
    // The business's country (its zones come first in the picker).
    QString storedRegion() const;
    // `stored` with what was changed here put over it.
    BusinessHours editsOver(const BusinessHours& stored) const;

    Database& m_db;
    const Clock& m_clock;
    TimeZonePicker* m_zone;
    QByteArray m_shownZone; // as loaded
    QLabel* m_status;
    QList<TimeRangeListEdit*> m_days;
    QVBoxLayout* m_closureLayout;
    QList<ClosureRow> m_closures;
    QPushButton* m_addClosure;
    QLabel* m_problems;
    QLabel* m_saveResult;
    QPushButton* m_save;
    QPushButton* m_revert;
    bool m_dirty = false;
    bool m_loading = false;
    QSet<int> m_touchedDays; // weekdays changed here since the last load
    bool m_zoneTouched = false;
    bool m_closuresTouched = false;
};

} // namespace ringback::ui
