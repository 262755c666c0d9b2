#pragma once

#include "hours/BusinessHours.h"

#include <QList>
#include <QWizardPage>

class QCheckBox;
class QLabel;
class QLineEdit;
class QTimeEdit;

namespace ringback::ui {

class SetupWizard;
class TimeZonePicker;

// The business name (it goes into every text) and simple opening hours: per weekday open or
// closed, from and to. Split shifts, holidays and closures are for the full hours editor; a day
// that already has split shifts keeps them unless it is changed here. The time zone is picked by a
// city's name (TimeZonePicker, the business's country first; this computer's zone until changed),
// and the page names the place the hours follow.
class BusinessPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit BusinessPage(SetupWizard& wizard);

    // Monday to Friday, 8:00 to 17:00, in this computer's time zone.
    static BusinessHours defaultHours();

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    struct DayRow
    {
        QCheckBox* open = nullptr;
        QTimeEdit* opens = nullptr;
        QTimeEdit* closes = nullptr;
        QList<TimeRange> saved; // as loaded, kept when the row is not changed
        bool changed = false;
    };
    QString problem() const;
    void refresh();
    // The business's country: the chosen number's, else the region in Settings.
    QString businessRegion() const;

    SetupWizard& m_wizard;
    QLineEdit* m_name;
    QLabel* m_problem;
    TimeZonePicker* m_zonePicker;
    QLabel* m_zone;
    QList<DayRow> m_days; // Monday first
    BusinessHours m_loaded;
};

} // namespace ringback::ui
