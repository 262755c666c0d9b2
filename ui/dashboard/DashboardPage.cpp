#include "DashboardPage.h"

#include "BarChartView.h"
#include "common/Clock.h"
#include "common/Money.h"
#include "hours/BusinessHoursStore.h"
#include "hours/TimeZoneCatalog.h"
#include "reports/CsvExport.h"
#include "reports/DashboardReport.h"
#include "settings/Settings.h"
#include "store/Database.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QFrame>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace ringback::ui {

namespace {

QString duration(qint64 ms)
{
    const qint64 s = (ms + 500) / 1000;
    if (s < 60)
        return DashboardPage::tr("%1 s").arg(s);
    if (s < 3600)
        return DashboardPage::tr("%1 min %2 s").arg(s / 60).arg(s % 60);
    return DashboardPage::tr("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60);
}

QString statusName(const QString& status)
{
    if (status == QLatin1String("new"))
        return DashboardPage::tr("New");
    if (status == QLatin1String("texted"))
        return DashboardPage::tr("Texted");
    if (status == QLatin1String("replied"))
        return DashboardPage::tr("Replied");
    if (status == QLatin1String("qualified"))
        return DashboardPage::tr("Qualified");
    if (status == QLatin1String("booked"))
        return DashboardPage::tr("Booked");
    if (status == QLatin1String("won"))
        return DashboardPage::tr("Won");
    if (status == QLatin1String("lost"))
        return DashboardPage::tr("Lost");
    return status;
}

QString percent(qint64 part, qint64 whole)
{
    if (whole == 0)
        return QString();
    return DashboardPage::tr("%1% of missed calls").arg(qRound(100.0 * double(part) / double(whole)));
}

// A share as counted: "50", "37.5" (a rounded 38 would not match the owner's own sums).
QString percentOf(double share)
{
    const double percent = share * 100.0;
    return QLocale().toString(percent, 'f', percent == double(qRound(percent)) ? 0 : 1);
}

QString minutes(const std::optional<qint64>& ms)
{
    return ms ? duration(*ms) : QStringLiteral("\u2013");
}

} // namespace

DashboardPage::DashboardPage(Database& db, const Clock& clock, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_clock(clock)
    , m_range(new QComboBox(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_zoneNote(new QLabel(this))
    , m_error(new QLabel(this))
    , m_notTexted(new QLabel(this))
    , m_nobodyTexting(new QLabel(this))
    , m_nobodyTextingHint(new QLabel(this))
    , m_exportResult(new QLabel(this))
    , m_ratesNote(new QLabel(this))
    , m_averageJobNote(new QLabel(this))
    , m_averageJob(new QSpinBox(this))
    , m_responseTimes(new QLabel(this))
    , m_byHour(new BarChartView(this))
    , m_byWeekday(new BarChartView(this))
    , m_byStatus(new BarChartView(this))
    , m_refreshSoon(new QTimer(this))
    , m_updating(new QLabel(tr("Updating\u2026"), this))
{
    setObjectName(QStringLiteral("dashboardPage"));
    connect(&m_computing, &QFutureWatcher<Computed>::finished, this, &DashboardPage::computed);
    m_updating->setStyleSheet(QStringLiteral("color: palette(mid);"));
    m_updating->hide();
    m_refreshSoon->setSingleShot(true);
    m_refreshSoon->setInterval(2000);
    connect(m_refreshSoon, &QTimer::timeout, this, &DashboardPage::refresh);
    m_range->addItem(tr("Today"), int(Range::Today));
    m_range->addItem(tr("Last 7 days"), int(Range::Last7Days));
    m_range->addItem(tr("Last 30 days"), int(Range::Last30Days));
    m_range->addItem(tr("Choose dates"), int(Range::Custom));
    m_range->setCurrentIndex(1);
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setVisible(false);
        connect(edit, &QDateEdit::dateChanged, this, &DashboardPage::refresh);
    }
    connect(m_range, &QComboBox::currentIndexChanged, this, [this] {
        const bool custom = Range(m_range->currentData().toInt()) == Range::Custom;
        m_from->setVisible(custom);
        m_to->setVisible(custom);
        refresh();
    });
    m_zoneNote->setStyleSheet(QStringLiteral("color: palette(mid);"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();

    auto* exportFigures = new QPushButton(tr("Export figures\u2026"), this);
    connect(exportFigures, &QPushButton::clicked, this, [this] {
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        const QString date = m_clock.nowUtc().toTimeZone(m_zone).date().toString(Qt::ISODate);
        const QString file = QFileDialog::getSaveFileName(
            this, tr("Export figures"), QDir(folder).filePath(tr("ringback-figures-%1.csv").arg(date)),
            tr("CSV files (*.csv)"));
        if (!file.isEmpty())
            exportFiguresTo(file);
    });
    auto* exportLeads = new QPushButton(tr("Export leads\u2026"), this);
    auto* exportCalls = new QPushButton(tr("Export call log\u2026"), this);
    connect(exportLeads, &QPushButton::clicked, this, [this] { exportCsv(true); });
    connect(exportCalls, &QPushButton::clicked, this, [this] { exportCsv(false); });
    m_exportButtons = {exportLeads, exportCalls};
    connect(&m_exporting, &QFutureWatcher<QString>::finished, this, [this] {
        m_exportResult->setText(m_exporting.result());
        for (QPushButton* button : std::as_const(m_exportButtons))
            button->setEnabled(true);
    });

    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Show:"), this));
    top->addWidget(m_range);
    top->addWidget(m_from);
    top->addWidget(m_to);
    top->addWidget(m_zoneNote);
    top->addWidget(m_updating);
    top->addStretch();
    top->addWidget(m_exportResult);
    top->addWidget(exportFigures);
    top->addWidget(exportLeads);
    top->addWidget(exportCalls);

    // The money strip (issue 18): what Ringback won back, what is at risk, what silence costs.
    auto* money = new QGridLayout;
    money->setHorizontalSpacing(10);
    addTile(money, 0, QStringLiteral("recovered"), tr("Recovered"));
    addTile(money, 1, QStringLiteral("atRisk"), tr("At risk"));
    addTile(money, 2, QStringLiteral("silence"), tr("What silence costs a year"));
    m_averageJobNote->setObjectName(QStringLiteral("averageJobNote"));
    m_averageJobNote->setStyleSheet(QStringLiteral("color: palette(dark);"));
    m_averageJob->setObjectName(QStringLiteral("averageJob"));
    m_averageJob->setRange(1, 1'000'000);
    m_averageJob->setValue(350);
    m_averageJob->setAccelerated(true);
    m_averageJob->setToolTip(tr("Used until a job is marked won: then the average of won jobs counts."));
    m_averageJob->hide();
    connect(m_averageJob, &QSpinBox::editingFinished, this, &DashboardPage::saveAverageJob);
    auto* averageRow = new QHBoxLayout;
    averageRow->addWidget(m_averageJobNote);
    averageRow->addWidget(m_averageJob);
    averageRow->addStretch();

    auto* tiles = new QGridLayout;
    tiles->setHorizontalSpacing(10);
    addTile(tiles, 0, QStringLiteral("missed"), tr("Missed calls"));
    addTile(tiles, 1, QStringLiteral("texted"), tr("Texted back"));
    addTile(tiles, 2, QStringLiteral("replied"), tr("Replied"));
    addTile(tiles, 3, QStringLiteral("booked"), tr("Booked / won"));
    addTile(tiles, 4, QStringLiteral("value"), tr("Value of those jobs"));
    addTile(tiles, 5, QStringLiteral("timeToText"), tr("Time to text"));

    auto group = [this](const QString& title, QWidget* content) {
        auto* box = new QGroupBox(title, this);
        auto* layout = new QVBoxLayout(box);
        layout->setContentsMargins(6, 6, 6, 6);
        layout->addWidget(content);
        return box;
    };
    m_notTexted->setObjectName(QStringLiteral("notTexted"));
    m_notTexted->setWordWrap(true);
    m_notTexted->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_notTexted->setTextFormat(Qt::RichText);

    m_ratesNote->setObjectName(QStringLiteral("ratesNote"));
    m_ratesNote->setWordWrap(true);
    m_ratesNote->setStyleSheet(QStringLiteral("color: palette(dark);"));
    m_responseTimes->setObjectName(QStringLiteral("responseTimes"));
    m_responseTimes->setWordWrap(true);
    m_responseTimes->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_responseTimes->setTextFormat(Qt::RichText); // our table; the names in it are escaped

    m_nobodyTexting->setObjectName(QStringLiteral("nobodyTexting"));
    m_nobodyTextingHint->setObjectName(QStringLiteral("nobodyTextingHint"));
    m_nobodyTextingHint->setWordWrap(true);
    m_nobodyTextingHint->setStyleSheet(QStringLiteral("color: palette(dark);"));

    auto* charts = new QGridLayout;
    // Hours get the full width: 24 labels elide in anything narrower.
    charts->addWidget(group(tr("Missed calls by hour of day"), m_byHour), 0, 0, 1, 3);
    charts->addWidget(group(tr("Missed calls by weekday"), m_byWeekday), 1, 0);
    charts->addWidget(group(tr("Leads from missed calls, by status"), m_byStatus), 1, 1);
    charts->addWidget(group(tr("Why the other calls were not texted"), m_notTexted), 1, 2);
    charts->addWidget(group(tr("How fast the office answers customers' texts"), m_responseTimes), 2, 0, 1, 3);
    for (int column = 0; column < 3; ++column)
        charts->setColumnStretch(column, 1);

    auto* content = new QWidget(this);
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->addLayout(top);
    contentLayout->addWidget(m_error);
    contentLayout->addLayout(money);
    contentLayout->addLayout(averageRow);
    contentLayout->addLayout(tiles);
    contentLayout->addWidget(m_ratesNote);
    contentLayout->addWidget(m_nobodyTexting);
    contentLayout->addWidget(m_nobodyTextingHint);
    contentLayout->addLayout(charts, 1);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
}

DashboardPage::~DashboardPage()
{
    // Nothing here waits for the pool thread (its database may not be answering): the
    // computation holds no reference to this page and its result is dropped; an export that is
    // under way still finishes writing its file.
    disconnect(&m_computing, nullptr, this, nullptr);
    disconnect(&m_exporting, nullptr, this, nullptr);
    m_computing.cancel();
}

QLabel* DashboardPage::addTile(QGridLayout* grid, int column, const QString& name, const QString& title,
                               int row)
{
    auto* tile = new QFrame(this);
    tile->setObjectName(QStringLiteral("tile"));
    tile->setStyleSheet(
        QStringLiteral("QFrame#tile { background: palette(base); border: 1px solid palette(midlight); "
                       "border-radius: 6px; }"));
    auto* layout = new QVBoxLayout(tile);
    layout->setSpacing(2);
    auto* caption = new QLabel(title, tile);
    caption->setStyleSheet(QStringLiteral("color: palette(dark);"));
    auto* value = new QLabel(QStringLiteral("\u2013"), tile);
    value->setObjectName(name);
    QFont big = value->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    value->setFont(big);
    auto* detail = new QLabel(tile);
    detail->setObjectName(name + QStringLiteral("Detail"));
    detail->setStyleSheet(QStringLiteral("color: palette(dark);"));
    detail->setWordWrap(true);
    layout->addWidget(caption);
    layout->addWidget(value);
    layout->addWidget(detail);
    layout->addStretch();
    grid->addWidget(tile, row, column);
    grid->setColumnStretch(column, 1);
    return value;
}

QLabel* DashboardPage::figureLabel(const QString& name) const
{
    return findChild<QLabel*>(name);
}

// The place, as the hours page names it ("Central - Chicago"), not the IANA id.
QString DashboardPage::zoneName() const
{
    const TimeZoneEntry* e = TimeZoneCatalog(m_businessRegion).entry(m_zone.id());
    return e ? e->name : QString::fromLatin1(m_zone.id());
}

void DashboardPage::setBusinessRegion(const QString& region)
{
    if (region == m_businessRegion)
        return;
    m_businessRegion = region;
    showFigures();
}

void DashboardPage::setSettings(Settings* settings)
{
    if (m_settings)
        disconnect(m_settings, nullptr, this, nullptr);
    m_settings = settings;
    if (!m_settings)
        return;
    connect(m_settings, &Settings::changed, this, [this](SettingKey key) {
        if (key == SettingKey::AverageJobValueCents || key == SettingKey::AutomationEnabledSince)
            storeChanged();
        else if (key == SettingKey::BusinessRegion)
            setBusinessRegion(m_settings->stringValue(SettingKey::BusinessRegion));
    });
    showMoney();
}

void DashboardPage::saveAverageJob()
{
    if (!m_settings)
        return;
    const qint64 cents = qint64(m_averageJob->value()) * 100;
    if (cents == m_figures.averageJobValueCents || m_figures.averageJobValueSource != JobValueSource::Owner)
        return;
    if (m_settings->setValue(SettingKey::AverageJobValueCents, qlonglong(cents)))
        refresh();
}

void DashboardPage::setRange(Range range)
{
    m_range->setCurrentIndex(m_range->findData(int(range)));
}

ReportPeriod DashboardPage::period() const
{
    const QDateTime now = m_clock.nowUtc();
    switch (Range(m_range->currentData().toInt())) {
    case Range::Today:
        return ReportPeriod::today(now, m_zone);
    case Range::Last7Days:
        return ReportPeriod::lastDays(7, now, m_zone);
    case Range::Last30Days:
        return ReportPeriod::lastDays(30, now, m_zone);
    case Range::Custom:
        return ReportPeriod::days(m_from->date(), qMax(m_from->date(), m_to->date()), m_zone);
    }
    return {};
}

void DashboardPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void DashboardPage::storeChanged()
{
    if (isVisible()) {
        if (!m_refreshSoon->isActive())
            m_refreshSoon->start();
    } else {
        m_stale = true;
    }
}

void DashboardPage::refresh()
{
    m_stale = false;
    if (m_computing.isRunning()) {
        m_again = true; // the range or the store changed meanwhile: once more when this one is done
        return;
    }
    if (!m_zoneKnown) {
        // Once, as the page first shows (the desk has just opened the store); afterwards the
        // computation reads it with the figures, off this thread.
        auto hours = BusinessHoursStore(m_db).load();
        m_zone = hours ? hours->timeZone() : QTimeZone::systemTimeZone();
        m_zoneKnown = true;
    }
    if (m_from->date() == QDate(2000, 1, 1)) { // QDateEdit's own default: nothing chosen yet
        const QDate today = m_clock.nowUtc().toTimeZone(m_zone).date();
        const QSignalBlocker blockFrom(m_from);
        const QSignalBlocker blockTo(m_to);
        m_from->setDate(today.addDays(-13));
        m_to->setDate(today);
    }
    m_zoneNote->setText(tr("Times in %1").arg(zoneName()));
    m_updating->show();
    // A QSqlDatabase connection belongs to the thread that opened it: the pool thread opens its own.
    m_computing.setFuture(
        QtConcurrent::run([location = m_db.location(), period = period(), zone = m_zone]() -> Computed {
            static QAtomicInt runs;
            DatabaseOptions options;
            options.migrate = false;
            options.backupBeforeUpgrade = false;
            auto db = Database::open(location, QStringLiteral("dashboard-%1").arg(runs.fetchAndAddRelaxed(1)),
                                     options);
            if (!db)
                return {db.error(), zone};
            auto hours = BusinessHoursStore(*db.value()).load();
            return {DashboardReport(*db.value()).compute(period, zone),
                    hours ? hours->timeZone() : QTimeZone::systemTimeZone()};
        }));
}

void DashboardPage::computed()
{
    const Computed done = m_computing.result();
    const StoreResult<DashboardFigures>& figures = done.figures;
    if (done.figures && done.zone != m_zone) {
        // The office's time zone changed meanwhile: the figures are for the old one.
        m_zone = done.zone;
        m_zoneNote->setText(tr("Times in %1").arg(zoneName()));
        m_again = true;
    }
    if (m_again) {
        m_again = false;
        refresh();
        return;
    }
    m_updating->hide();
    m_error->setVisible(!figures);
    if (!figures) {
        m_error->setText(figures.error().message);
        return;
    }
    m_figures = figures.value();
    showFigures();
    emit figuresShown();
}

void DashboardPage::showFigures()
{
    const DashboardFigures& f = m_figures;
    const QLocale locale;
    auto set = [this](const QString& name, const QString& value, const QString& detail) {
        figureLabel(name)->setText(value);
        figureLabel(name + QStringLiteral("Detail"))->setText(detail);
    };
    set(QStringLiteral("missed"), locale.toString(f.missedCalls), QString());
    // Rates count only the calls since the switch-on: calls from before Ringback are shown apart.
    set(QStringLiteral("texted"), locale.toString(f.texted), percent(f.texted, f.missedSinceAutomation));
    const auto rate = f.replyRate();
    set(QStringLiteral("replied"), locale.toString(f.replied),
        rate ? tr("%1% reply rate").arg(qRound(*rate * 100.0)) : QString());
    set(QStringLiteral("booked"), tr("%1 / %2").arg(locale.toString(f.booked), locale.toString(f.won)),
        f.bookedShare ? tr("%1% of callers booked").arg(percentOf(*f.bookedShare)) : QString());
    if (f.missedBeforeAutomation > 0) {
        m_ratesNote->setText(
            tr("Rates count only calls since Ringback was switched on (%1); before Ringback: %2 "
               "missed call(s).",
               nullptr, int(f.missedBeforeAutomation))
                .arg(locale.toString(f.automationSince.toTimeZone(m_zone), QLocale::ShortFormat),
                     locale.toString(f.missedBeforeAutomation)));
        m_ratesNote->show();
    } else {
        m_ratesNote->hide();
    }
    set(QStringLiteral("value"), money::format(f.bookedWonValueCents, m_businessRegion, locale),
        tr("estimated, booked and won"));
    set(QStringLiteral("timeToText"),
        f.medianTimeToTextMs ? duration(*f.medianTimeToTextMs) : QStringLiteral("\u2013"),
        f.p95TimeToTextMs ? tr("median; 95% within %1").arg(duration(*f.p95TimeToTextMs))
                          : tr("nothing texted yet"));

    showNobodyTexting();
    showMoney();
    showResponseTimes();

    QStringList hours;
    QList<qint64> byHour;
    for (int h = 0; h < 24; ++h) {
        hours << QString::number(h);
        byHour << f.missedByHour[size_t(h)];
    }
    m_byHour->setBars(hours, byHour, BarChartView::Orientation::Vertical);

    QStringList days;
    QList<qint64> byDay;
    for (int d = 1; d <= 7; ++d) {
        days << QLocale().dayName(d, QLocale::ShortFormat);
        byDay << f.missedByWeekday[size_t(d - 1)];
    }
    m_byWeekday->setBars(days, byDay, BarChartView::Orientation::Horizontal);

    QStringList statuses;
    QList<qint64> byStatus;
    for (const LabelledCount& c : f.leadsByStatus) {
        statuses << statusName(c.label);
        byStatus << c.count;
    }
    m_byStatus->setBars(statuses, byStatus, BarChartView::Orientation::Horizontal);

    if (f.notTexted.isEmpty()) {
        m_notTexted->setText(f.missedCalls == 0 ? tr("No missed calls in this period.")
                                                : tr("Every missed call was texted back."));
    } else {
        QString html = QStringLiteral("<table cellspacing='4'>");
        for (const LabelledCount& c : f.notTexted)
            html += QStringLiteral("<tr><td align='right'><b>%1</b></td><td>%2</td></tr>")
                        .arg(locale.toString(c.count), c.label.toHtmlEscaped());
        m_notTexted->setText(html + QStringLiteral("</table>"));
    }
}

void DashboardPage::showMoney()
{
    const DashboardFigures& f = m_figures;
    const QLocale locale;
    auto cash = [&](qint64 cents) {
        return money::format(cents, m_businessRegion, locale, 2);
    };
    auto set = [this](const QString& name, const QString& value, const QString& detail) {
        figureLabel(name)->setText(value);
        figureLabel(name + QStringLiteral("Detail"))->setText(detail);
    };
    const QString average = cash(f.averageJobValueCents);
    QString recovered =
        tr("%n job(s) booked or won from missed calls Ringback texted back", nullptr, int(f.recoveredJobs));
    if (f.recoveredEstimated > 0)
        recovered += QLatin1Char('\n') + tr("%n of them valued at the average job (no value of their own)",
                                            nullptr, int(f.recoveredEstimated));
    set(QStringLiteral("recovered"), cash(f.recoveredCents), recovered);
    set(QStringLiteral("atRisk"), cash(f.atRiskCents),
        tr("%n missed call(s) nobody texted, answered or called back, at %1 each", nullptr,
           int(f.atRiskCalls))
            .arg(average));
    if (f.silenceCostPerYearCents && f.bookedShare) {
        // A year's estimate in whole units: its cents would be noise.
        set(QStringLiteral("silence"), money::format(*f.silenceCostPerYearCents, m_businessRegion, locale),
            tr("%1 missed calls a week \u00d7 %2% of callers who book \u00d7 %3 average job \u00d7 50 weeks")
                .arg(locale.toString(f.missedPerWeek, 'f', 1), percentOf(*f.bookedShare), average));
    } else {
        set(QStringLiteral("silence"), QStringLiteral("\u2013"),
            tr("Needs calls since Ringback was switched on: how many callers book is counted from them."));
    }
    const bool owners = f.averageJobValueSource == JobValueSource::Owner;
    m_averageJobNote->setText(
        owners
            ? tr("Average job (no job marked won yet: your own figure, in %1):")
                  .arg(money::currencySymbol(m_businessRegion))
            : tr("Average job %1: the mean of %n won job(s).", nullptr, int(f.wonJobsValued)).arg(average));
    m_averageJob->setVisible(owners && m_settings);
    if (owners && !m_averageJob->hasFocus()) {
        const QSignalBlocker quiet(m_averageJob);
        m_averageJob->setValue(
            int(qBound(qint64(1), (f.averageJobValueCents + 50) / 100, qint64(1'000'000))));
    }
}

void DashboardPage::showResponseTimes()
{
    const DashboardFigures& f = m_figures;
    if (f.staffResponse.answers == 0) {
        m_responseTimes->setText(tr("Nobody at the office answered a customer's text in this period."));
        return;
    }
    const QLocale locale;
    auto share = [&](const ResponseTimes& t) {
        const auto part = t.shareWithin5Minutes();
        return part ? tr("%1%").arg(qRound(*part * 100.0)) : QString();
    };
    auto line = [&](const QString& who, const ResponseTimes& t, bool bold) -> QString {
        const QString cell = bold ? QStringLiteral("<td><b>%1</b></td>") : QStringLiteral("<td>%1</td>");
        return QStringLiteral("<tr>") + cell.arg(who.toHtmlEscaped()) + cell.arg(locale.toString(t.answers)) +
               cell.arg(minutes(t.p50Ms)) + cell.arg(minutes(t.p90Ms)) + cell.arg(share(t)) +
               QStringLiteral("</tr>");
    };
    QString html = QStringLiteral("<table cellspacing='6'><tr>");
    for (const QString& head :
         {tr("Who answered"), tr("Answers"), tr("Median wait"), tr("90% within"), tr("Within 5 minutes")})
        html += QStringLiteral("<th align='left'>%1</th>").arg(head.toHtmlEscaped());
    html += QStringLiteral("</tr>") + line(tr("Everyone"), f.staffResponse, true);
    for (const PersonResponseTimes& p : f.staffResponseByPerson)
        html += line(p.person.isEmpty() ? tr("Sent outside Ringback") : p.person, p.times, false);
    m_responseTimes->setText(html + QStringLiteral("</table>"));
}

void DashboardPage::exportFiguresTo(const QString& file)
{
    auto written = CsvExport::summaryToFile(m_figures, period(), m_zone, m_businessRegion, file);
    m_exportResult->setText(written ? tr("Figures exported.") : written.error().message);
}

void DashboardPage::showNobodyTexting()
{
    const DashboardFigures& f = m_figures;
    const QLocale locale;
    const int count = int(f.missedWhileNobodyTexting);
    const QString n = locale.toString(f.missedWhileNobodyTexting);
    QString line;
    switch (Range(m_range->currentData().toInt())) {
    case Range::Today:
        line = tr("Missed calls while nobody was texting: %1 (today)").arg(n);
        break;
    case Range::Last7Days:
        line = tr("Missed calls while nobody was texting: %1 (this week)").arg(n);
        break;
    case Range::Last30Days:
        line = tr("Missed calls while nobody was texting: %1 (last 30 days)").arg(n);
        break;
    case Range::Custom:
        line = tr("Missed calls while nobody was texting: %1 (%2 to %3)")
                   .arg(n, locale.toString(m_from->date(), QLocale::ShortFormat),
                        locale.toString(m_to->date(), QLocale::ShortFormat));
        break;
    }
    m_nobodyTexting->setText(line);
    QFont font = m_nobodyTexting->font();
    font.setBold(count > 0);
    m_nobodyTexting->setFont(font);
    if (count == 0) {
        m_nobodyTextingHint->setText(tr("A Ringback was texting missed callers back the whole time."));
        return;
    }
    const int notTexted = int(f.missedWhileNobodyTextingNotTexted);
    m_nobodyTextingHint->setText(
        tr("Every desk was closed and no always-on worker was running. An always-on worker would have "
           "texted these %n caller(s) back within seconds; %1 of them got no text at all. See \"Keep "
           "texting when the office is closed\" in the guide.",
           nullptr, count)
            .arg(locale.toString(notTexted)));
}

void DashboardPage::exportCsv(bool leads)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString date = m_clock.nowUtc().toTimeZone(m_zone).date().toString(Qt::ISODate);
    const QString suggested = QDir(folder).filePath(leads ? tr("ringback-leads-%1.csv").arg(date)
                                                          : tr("ringback-calls-%1.csv").arg(date));
    const QString file = QFileDialog::getSaveFileName(
        this, leads ? tr("Export leads") : tr("Export call log"), suggested, tr("CSV files (*.csv)"));
    if (file.isEmpty())
        return;
    exportTo(leads, file);
}

void DashboardPage::exportTo(bool leads, const QString& file)
{
    if (m_exporting.isRunning())
        return;
    for (QPushButton* button : std::as_const(m_exportButtons))
        button->setEnabled(false);
    m_exportResult->setText(tr("Exporting\u2026"));
    // Seconds for a large call log: on a pool thread with a connection of its own.
    m_exporting.setFuture(
        QtConcurrent::run([location = m_db.location(), leads, file, zone = m_zone]() -> QString {
            static QAtomicInt runs;
            DatabaseOptions options;
            options.migrate = false;
            options.backupBeforeUpgrade = false;
            auto db = Database::open(
                location, QStringLiteral("csv-export-%1").arg(runs.fetchAndAddRelaxed(1)), options);
            if (!db)
                return db.error().message;
            auto written = CsvExport::toFile(
                *db.value(), leads ? CsvExport::Table::Leads : CsvExport::Table::Calls, file, zone);
            if (!written)
                return written.error().message;
            const int count = int(written.value());
            return leads ? tr("%Ln lead(s) exported.", nullptr, count)
                         : tr("%Ln call(s) exported.", nullptr, count);
        }));
}

} // namespace ringback::ui
