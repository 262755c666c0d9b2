#pragma once

#include "reports/DashboardFigures.h"
#include "reports/ReportPeriod.h"
#include "store/StoreError.h"

#include <QFutureWatcher>
#include <QTimeZone>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QGridLayout;
class QLabel;
class QPushButton;
class QSpinBox;
class QTimer;

namespace ringback {
class Clock;
class Database;
class Settings;
enum class SettingKey;
} // namespace ringback

namespace ringback::ui {

class BarChartView;

// The owner's view of how missed calls turn into work: for today, the last 7 or 30 days or chosen
// dates, the money first (recovered, at risk, what silence costs a year, in the business's
// currency), then the counts (missed, texted and why not, replied, booked and won; rates only
// over calls since the automation was switched on), time to text, when calls are missed (hour of
// day, weekday, in the business's time zone) and how fast each person answers customers' texts.
// Figures come from DashboardReport (rollups kept by the store, see docs/PERFORMANCE.md), computed
// on a pool thread over a connection of its own (a first read after a long pause can take a
// second), so the window never freezes; the page refreshes when shown and when the store or a
// setting it uses changes while it is visible. Exports the figures, leads and the call log as CSV.
class DashboardPage : public QWidget
{
    Q_OBJECT
public:
    enum class Range { Today, Last7Days, Last30Days, Custom };

    DashboardPage(Database& db, const Clock& clock, QWidget* parent = nullptr);
    // Joins a computation or export still running (each holds a connection to the database).
    ~DashboardPage() override;

    void setRange(Range range);
    // The business's country (ISO 3166, "US"): money is shown in its currency.
    void setBusinessRegion(const QString& region);
    // Where the owner's average job is saved (while no job is won) and whose changes (the average,
    // the automation's switch-on) refresh the figures. Without it the figure cannot be edited.
    void setSettings(Settings* settings);
    QSpinBox* averageJobEditor() const { return m_averageJob; }
    ReportPeriod period() const;
    const DashboardFigures& figures() const { return m_figures; }
    // Recomputes in the background; figuresShown() is emitted when the page shows the result.
    void refresh();
    bool isComputing() const { return m_computing.isRunning(); }
    // Recomputes when visible (at most every 2 s while the worker is busy); else on the next show.
    void storeChanged();

    QLabel* figureLabel(const QString& name) const;
    // Writes the CSV in the background; the line next to the buttons says how it went.
    void exportTo(bool leads, const QString& file);
    // The figures on screen as CSV (small: written at once). The result goes to the same line.
    void exportFiguresTo(const QString& file);
    bool isExporting() const { return m_exporting.isRunning(); }
    QLabel* exportResultLabel() const { return m_exportResult; }

signals:
    void figuresShown();

protected:
    void showEvent(QShowEvent* event) override;

private:
    QLabel* addTile(QGridLayout* grid, int column, const QString& name, const QString& title, int row = 0);
    void showMoney();
    void showResponseTimes();
    void saveAverageJob();
    void computed();
    void showFigures();
    QString zoneName() const;
    void showNobodyTexting();
    void exportCsv(bool leads);

    Database& m_db;
    const Clock& m_clock;
    QTimeZone m_zone;
    QComboBox* m_range;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QLabel* m_zoneNote;
    QLabel* m_error;
    QLabel* m_notTexted;
    QLabel* m_nobodyTexting;     // "Missed calls while nobody was texting: 7 (this week)"
    QLabel* m_nobodyTextingHint; // what an always-on worker would have saved
    QLabel* m_exportResult;
    QLabel* m_ratesNote; // "Rates count calls since Ringback was switched on...; before Ringback: 77"
    QLabel* m_averageJobNote;
    QSpinBox* m_averageJob; // the owner's average job, in whole currency units, while none is won
    QLabel* m_responseTimes;
    Settings* m_settings = nullptr;
    BarChartView* m_byHour;
    BarChartView* m_byWeekday;
    BarChartView* m_byStatus;
    QTimer* m_refreshSoon;
    QLabel* m_updating;
    // The figures and the office's time zone, read on a pool thread's own connection.
    struct Computed
    {
        StoreResult<DashboardFigures> figures;
        QTimeZone zone;
    };
    QFutureWatcher<Computed> m_computing;
    bool m_zoneKnown = false;
    QFutureWatcher<QString> m_exporting;
    QList<QPushButton*> m_exportButtons;
    bool m_again = false;
    DashboardFigures m_figures;
    QString m_businessRegion = QStringLiteral("US");
    bool m_stale = true;
};

} // namespace ringback::ui
