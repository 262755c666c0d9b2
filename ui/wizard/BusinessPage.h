#pragma once

#include "hours/BusinessHours.h"

#include <QList>
#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTimeEdit;

namespace ringback::ui {

class SetupWizard;

// The business name (it goes into every text) and simple opening hours: per weekday open or
// closed, from and to. Split shifts, holidays and closures are for the full hours editor; a day
// that already has split shifts keeps them unless it is changed here. The time zone is picked from
// the zones this computer knows (the same rule as Settings and --import-settings).
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

    SetupWizard& m_wizard;
    QLineEdit* m_name;
    QLabel* m_problem;
    QComboBox* m_zoneBox;
    QLabel* m_zone;
    QList<DayRow> m_days; // Monday first
    BusinessHours m_loaded;
};

} // namespace ringback::ui
