#include "BusinessPage.h"

#include "SetupWizard.h"
#include "common/OutsideText.h"
#include "common/TimeZonePicker.h"
#include "hours/BusinessHoursStore.h"
#include "phone/PhoneNumberService.h"
#include "settings/SettingRules.h"
#include "settings/Settings.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTimeEdit>
#include <QTimeZone>
#include <QVBoxLayout>

namespace ringback::ui {

namespace {
constexpr int kMinutesPerDay = 24 * 60;

QTime toTime(int minute)
{
    return minute >= kMinutesPerDay ? QTime(23, 59) : QTime(minute / 60, minute % 60);
}

int toMinute(const QTime& t)
{
    // 23:59 in the form means "until midnight".
    return t == QTime(23, 59) ? kMinutesPerDay : t.hour() * 60 + t.minute();
}
} // namespace

BusinessHours BusinessPage::defaultHours()
{
    BusinessHours hours(QTimeZone::systemTimeZone());
    for (int day = 1; day <= 5; ++day)
        hours.setRanges(day, {TimeRange{8 * 60, 17 * 60}});
    return hours;
}

BusinessPage::BusinessPage(SetupWizard& wizard)
    : m_wizard(wizard)
    , m_name(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_zonePicker(new TimeZonePicker(wizard.settings().stringValue(SettingKey::BusinessRegion), this))
    , m_zone(new QLabel(this))
{
    setTitle(tr("Your business"));
    setSubTitle(tr("The name goes into every text. The opening hours decide which text a caller gets: the "
                   "daytime one, or the one that says when you open again."));
    m_name->setObjectName(QStringLiteral("businessName"));
    m_name->setPlaceholderText(tr("e.g. Anderson Plumbing & Heating"));
    m_problem->setObjectName(QStringLiteral("businessProblem"));
    plainLabel(m_problem);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_zone->setObjectName(QStringLiteral("zoneHint"));
    m_zone->setWordWrap(true);
    m_zone->setForegroundRole(QPalette::PlaceholderText);
    // The same picker as Templates > Business hours: a city's name finds the zone.
    m_zonePicker->setObjectName(QStringLiteral("timeZone"));
    connect(m_zonePicker, &QComboBox::currentTextChanged, this, &BusinessPage::refresh);

    auto* nameForm = new QFormLayout;
    nameForm->addRow(tr("Business name:"), m_name);
    nameForm->addRow(tr("Time zone:"), m_zonePicker);

    auto* hoursBox = new QGroupBox(tr("Opening hours"), this);
    auto* grid = new QGridLayout(hoursBox);
    grid->setHorizontalSpacing(12);
    grid->addWidget(new QLabel(tr("Opens"), hoursBox), 0, 1);
    grid->addWidget(new QLabel(tr("Closes"), hoursBox), 0, 2);
    const QLocale locale;
    for (int day = 1; day <= 7; ++day) {
        DayRow row;
        row.open = new QCheckBox(locale.dayName(day), hoursBox);
        row.open->setObjectName(QStringLiteral("open_%1").arg(day));
        row.opens = new QTimeEdit(hoursBox);
        row.closes = new QTimeEdit(hoursBox);
        for (QTimeEdit* edit : {row.opens, row.closes}) {
            edit->setDisplayFormat(QStringLiteral("HH:mm"));
            edit->setMinimumWidth(90);
        }
        row.opens->setObjectName(QStringLiteral("opens_%1").arg(day));
        row.closes->setObjectName(QStringLiteral("closes_%1").arg(day));
        grid->addWidget(row.open, day, 0);
        grid->addWidget(row.opens, day, 1);
        grid->addWidget(row.closes, day, 2);
        const int index = day - 1;
        auto changed = [this, index] {
            m_days[index].changed = true;
            refresh();
        };
        connect(row.open, &QCheckBox::toggled, this, changed);
        connect(row.opens, &QTimeEdit::timeChanged, this, changed);
        connect(row.closes, &QTimeEdit::timeChanged, this, changed);
        m_days << row;
    }
    grid->setColumnStretch(3, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(nameForm);
    layout->addWidget(hoursBox);
    layout->addWidget(m_zone);
    layout->addWidget(m_problem);
    layout->addStretch(1);
    connect(m_name, &QLineEdit::textChanged, this, &BusinessPage::refresh);
}

void BusinessPage::initializePage()
{
    m_name->setText(m_wizard.choices().businessName);
    auto stored = BusinessHoursStore(m_wizard.database()).load();
    m_loaded = stored ? stored.value() : BusinessHours();
    bool any = false;
    for (int day = 1; day <= 7; ++day)
        any = any || !m_loaded.ranges(day).isEmpty();
    if (!any) {
        const QList<Closure> closures = m_loaded.closures();
        const QTimeZone zone = m_loaded.timeZone();
        m_loaded = defaultHours();
        m_loaded.setTimeZone(zone);
        for (const Closure& c : closures)
            m_loaded.addClosure(c);
    }
    if (m_wizard.choices().hoursChosen)
        m_loaded = m_wizard.choices().hours;
    for (int day = 1; day <= 7; ++day) {
        DayRow& row = m_days[day - 1];
        const QList<TimeRange> ranges = m_loaded.ranges(day);
        const QSignalBlocker b1(row.open), b2(row.opens), b3(row.closes);
        row.saved = ranges;
        row.changed = false;
        row.open->setChecked(!ranges.isEmpty());
        row.opens->setTime(ranges.isEmpty() ? QTime(8, 0) : toTime(ranges.first().opensMinute));
        row.closes->setTime(ranges.isEmpty() ? QTime(17, 0) : toTime(ranges.last().closesMinute));
        if (ranges.size() > 1)
            row.open->setToolTip(
                tr("This day has split shifts; they stay as they are unless you change the day here."));
    }
    // The business's country first in the list: its number's, else the region in Settings.
    m_zonePicker->setRegion(businessRegion());
    m_zonePicker->setZoneId(m_loaded.timeZone().id());
    refresh();
}

QString BusinessPage::businessRegion() const
{
    const QString fallback = m_wizard.settings().stringValue(SettingKey::BusinessRegion);
    const PhoneNumberService phones(fallback);
    for (const QString& e164 : m_wizard.choices().chosenNumbers) {
        if (const PhoneNumberInfo info = phones.parse(e164); info.isValid() && !info.regionCode.isEmpty())
            return info.regionCode;
    }
    return fallback;
}

void BusinessPage::refresh()
{
    for (DayRow& row : m_days) {
        row.opens->setEnabled(row.open->isChecked());
        row.closes->setEnabled(row.open->isChecked());
    }
    m_problem->setText(problem());
    // The place the hours are kept in, by its name ("Chicago"), and where to change it later.
    const TimeZoneEntry& zone = m_zonePicker->currentEntry();
    m_zone->setText(
        zone.city.isEmpty()
            ? tr("Opening hours follow %1. You can change the time zone above, or later in Templates > "
                 "Business hours, where split shifts, holidays and other closures are set too.")
                  .arg(zone.name)
            : tr("Opening hours follow the time in %1 (%2). You can change the time zone above, or later in "
                 "Templates > Business hours, where split shifts, holidays and other closures are set too.")
                  .arg(zone.city, zone.zoneName));
    emit completeChanged();
}

QString BusinessPage::problem() const
{
    // The same rule as the Settings page and --import-settings: not empty, not too long.
    if (auto name = SettingRules::check(SettingKey::BusinessName, m_name->text()); !name)
        return name.error();
    // Text that names no zone ("Central") is refused; the picker keeps the last zone it named.
    if (const QString zone = m_zonePicker->problem(); !zone.isEmpty())
        return zone;
    if (auto zone =
            SettingRules::check(SettingKey::BusinessTimeZone, QString::fromLatin1(m_zonePicker->zoneId()));
        !zone)
        return zone.error();
    const QLocale locale;
    bool anyOpen = false;
    for (int i = 0; i < m_days.size(); ++i) {
        const DayRow& row = m_days.at(i);
        if (!row.open->isChecked())
            continue;
        anyOpen = true;
        if (row.changed && toMinute(row.closes->time()) <= toMinute(row.opens->time()))
            return tr("On %1 the closing time must be after the opening time.").arg(locale.dayName(i + 1));
    }
    if (!anyOpen)
        return tr("Tick at least one day the business is open.");
    return {};
}

bool BusinessPage::isComplete() const
{
    return problem().isEmpty();
}

bool BusinessPage::validatePage()
{
    if (!isComplete())
        return false;
    SetupChoices& c = m_wizard.choices();
    c.businessName = m_name->text().trimmed();
    BusinessHours hours = m_loaded;
    hours.setTimeZone(QTimeZone(m_zonePicker->zoneId()));
    for (int day = 1; day <= 7; ++day) {
        const DayRow& row = m_days.at(day - 1);
        if (!row.changed)
            hours.setRanges(day, row.saved);
        else if (!row.open->isChecked())
            hours.setRanges(day, {});
        else
            hours.setRanges(day, {TimeRange{toMinute(row.opens->time()), toMinute(row.closes->time())}});
    }
    c.hours = hours;
    c.hoursChosen = true;
    return true;
}

} // namespace ringback::ui
