#include "BusinessHoursEditor.h"

#include "TimeRangeListEdit.h"
#include "common/Clock.h"
#include "common/OutsideText.h"
#include "common/TimeZonePicker.h"
#include "hours/BusinessHoursStore.h"
#include "hours/BusinessHoursText.h"
#include "settings/SettingRules.h"
#include "settings/Settings.h"
#include "store/ChangeHub.h"
#include "store/KeyValueStore.h"

#include <QDateEdit>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QTimeZone>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace ringback::ui {

BusinessHoursEditor::BusinessHoursEditor(Database& db, const Clock& clock, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_clock(clock)
    , m_zone(new TimeZonePicker(storedRegion(), this))
    , m_status(new QLabel(this))
    , m_closureLayout(new QVBoxLayout)
    , m_addClosure(new QPushButton(tr("Add a holiday or closure"), this))
    , m_problems(new QLabel(this))
    , m_saveResult(new QLabel(this))
    , m_save(new QPushButton(tr("Save hours"), this))
    , m_revert(new QPushButton(tr("Undo changes"), this))
{
    // Found by a city's name ("york", "London"), the business's country first (as in the wizard).
    m_zone->setObjectName(QStringLiteral("timeZone"));
    connect(m_zone, &TimeZonePicker::zoneChanged, this, [this] {
        if (!m_loading)
            m_zoneTouched = true;
    });
    // Text that names no zone is shown as a problem (and blocks saving) while it is there.
    connect(m_zone, &QComboBox::currentTextChanged, this, [this] {
        if (m_loading)
            return;
        if (m_zone->zoneId() != m_shownZone || !m_zone->problem().isEmpty())
            onEdited();
        else
            updateState();
    });

    m_status->setObjectName(QStringLiteral("hoursStatus"));
    QFont statusFont = m_status->font();
    statusFont.setPointSizeF(statusFont.pointSizeF() * 1.15);
    statusFont.setBold(true);
    m_status->setFont(statusFont);

    auto* zoneRow = new QHBoxLayout;
    zoneRow->addWidget(new QLabel(tr("Time zone:"), this));
    // Room for the longer names of other languages ("heure normale d'Europe centrale - Paris").
    zoneRow->addWidget(m_zone, 3);
    zoneRow->addStretch(1);
    zoneRow->addWidget(m_status);

    auto* week = new QGroupBox(tr("Opening hours"), this);
    auto* weekGrid = new QGridLayout(week);
    weekGrid->setVerticalSpacing(6);
    weekGrid->setColumnStretch(1, 1);
    const QLocale locale;
    for (int weekday = 1; weekday <= 7; ++weekday) {
        auto* name = new QLabel(locale.dayName(weekday, QLocale::LongFormat), week);
        name->setMinimumWidth(90);
        auto* ranges = new TimeRangeListEdit(tr("Closed"), week);
        connect(ranges, &TimeRangeListEdit::changed, this, [this, weekday] {
            if (!m_loading)
                m_touchedDays.insert(weekday);
            onEdited();
        });
        weekGrid->addWidget(name, weekday - 1, 0);
        weekGrid->addWidget(ranges, weekday - 1, 1);
        m_days << ranges;
    }

    auto* closures = new QGroupBox(tr("Holidays and closures"), this);
    auto* closuresLayout = new QVBoxLayout(closures);
    auto* closuresHelp = new QLabel(
        tr("A date here replaces that day's usual hours: no hours means closed all day."), closures);
    closuresHelp->setWordWrap(true);
    closuresLayout->addWidget(closuresHelp);
    closuresLayout->addLayout(m_closureLayout);
    auto* addRow = new QHBoxLayout;
    addRow->addWidget(m_addClosure);
    addRow->addStretch();
    closuresLayout->addLayout(addRow);
    connect(m_addClosure, &QPushButton::clicked, this, [this] {
        const QDate today = m_clock.nowUtc().toTimeZone(QTimeZone(m_zone->zoneId())).date();
        addClosureRow({today.addDays(1), QString(), {}});
        m_closuresTouched = true;
        onEdited();
    });

    m_problems->setObjectName(QStringLiteral("hoursProblems"));
    plainLabel(m_problems);
    plainLabel(m_saveResult);
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_save->setDefault(true);
    connect(m_save, &QPushButton::clicked, this, &BusinessHoursEditor::save);
    connect(m_revert, &QPushButton::clicked, this, &BusinessHoursEditor::reload);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_problems, 1);
    buttons->addWidget(m_saveResult);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);

    auto* content = new QWidget(this);
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->addLayout(zoneRow);
    contentLayout->addWidget(week);
    contentLayout->addWidget(closures);
    contentLayout->addStretch();
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addLayout(buttons);
    reload();

    // The wizard, another page or another desk saved hours: shown at once.
    const QString store = ChangeHub::storeKey(m_db);
    connect(
        &ChangeHub::instance(), &ChangeHub::changed, this,
        [this, store](const QString& changedStore, ChangeHub::Topic topic) {
            if (changedStore != store)
                return;
            if (topic == ChangeHub::Topic::BusinessHours)
                storeChanged();
            else if (topic == ChangeHub::Topic::Settings)
                m_zone->setRegion(storedRegion());
        },
        Qt::QueuedConnection);

    // "Open now" turns into "Closed" at closing time while the page is open.
    auto* tick = new QTimer(this);
    tick->setInterval(30 * 1000);
    connect(tick, &QTimer::timeout, this, [this] {
        if (isVisible())
            updateState();
    });
    tick->start();
}

QString BusinessHoursEditor::storedRegion() const
{
    const SettingSpec& spec = Settings::spec(SettingKey::BusinessRegion);
    auto stored = KeyValueStore(m_db, KeyValueStore::Table::Settings).value(QString::fromLatin1(spec.name));
    return stored && stored->has_value() ? stored->value() : spec.defaultValue.toString();
}

void BusinessHoursEditor::reload()
{
    m_zone->setRegion(storedRegion());
    auto loaded = BusinessHoursStore(m_db).load();
    m_touchedDays.clear();
    m_zoneTouched = false;
    m_closuresTouched = false;
    showStored(loaded ? loaded.value() : BusinessHours(), false);
    m_dirty = false;
    m_saveResult->setText(loaded ? QString() : loaded.error().message);
    updateState();
}

void BusinessHoursEditor::storeChanged()
{
    auto loaded = BusinessHoursStore(m_db).load();
    if (!loaded)
        return; // what is shown stays; the next change or Save says what is wrong
    if (!m_dirty) {
        showStored(loaded.value(), false);
        m_saveResult->clear();
    } else {
        showStored(loaded.value(), true);
    }
    updateState();
}

void BusinessHoursEditor::showStored(const BusinessHours& stored, bool keepEdits)
{
    m_loading = true;
    if (!keepEdits || !m_zoneTouched) {
        // An alias ("Etc/UTC", "US/Central") shows as the listed zone with the same clock.
        m_zone->setZoneId(stored.timeZone().id());
        m_shownZone = m_zone->zoneId();
    }
    for (int weekday = 1; weekday <= 7; ++weekday) {
        if (!keepEdits || !m_touchedDays.contains(weekday))
            m_days.at(weekday - 1)->setRanges(stored.ranges(weekday));
    }
    if (!keepEdits || !m_closuresTouched) {
        for (const ClosureRow& row : std::as_const(m_closures))
            delete row.box;
        m_closures.clear();
        for (const Closure& closure : stored.closures())
            addClosureRow(closure);
    }
    m_loading = false;
}

void BusinessHoursEditor::addClosureRow(const Closure& closure)
{
    auto* box = new QWidget(this);
    auto* layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    ClosureRow row{box, new QDateEdit(closure.day, box), new QLineEdit(closure.label, box),
                   new TimeRangeListEdit(tr("Closed all day"), box)};
    row.day->setCalendarPopup(true);
    row.day->setDisplayFormat(QStringLiteral("ddd d MMM yyyy"));
    row.label->setPlaceholderText(tr("e.g. Christmas"));
    row.label->setMaximumWidth(180);
    row.hours->setRanges(closure.specialHours);
    auto* remove = new QToolButton(box);
    remove->setText(tr("Remove"));
    remove->setAutoRaise(true);
    const auto edited = [this] {
        if (!m_loading)
            m_closuresTouched = true;
        onEdited();
    };
    connect(row.day, &QDateEdit::dateChanged, this, edited);
    connect(row.label, &QLineEdit::textChanged, this, edited);
    connect(row.hours, &TimeRangeListEdit::changed, this, edited);
    connect(remove, &QToolButton::clicked, this, [this, box, edited] {
        m_closures.removeIf([box](const ClosureRow& r) { return r.box == box; });
        box->hide();
        box->deleteLater();
        edited();
    });
    layout->addWidget(row.day);
    layout->addWidget(row.label);
    layout->addWidget(row.hours, 1);
    layout->addWidget(remove);
    m_closureLayout->addWidget(box);
    m_closures << row;
}

BusinessHours BusinessHoursEditor::hours() const
{
    BusinessHours out(QTimeZone(m_zone->zoneId()));
    for (int weekday = 1; weekday <= 7; ++weekday)
        out.setRanges(weekday, m_days.at(weekday - 1)->ranges());
    for (const ClosureRow& row : m_closures)
        out.addClosure({row.day->date(), row.label->text().trimmed(), row.hours->ranges()});
    return out;
}

QStringList BusinessHoursEditor::problems() const
{
    QStringList out;
    // Text that names no zone ("Central" fits several) is refused; the picker keeps the last zone.
    if (const QString zone = m_zone->problem(); !zone.isEmpty())
        out << zone;
    else if (!SettingRules::check(SettingKey::BusinessTimeZone, QString::fromLatin1(m_zone->zoneId())))
        out << tr("\"%1\" is not a time zone: pick one from the list (type part of a city's name).")
                   .arg(QString::fromLatin1(m_zone->zoneId()));
    // Two closures on one date: the second would silently replace the first.
    QList<QDate> seen;
    for (const ClosureRow& row : m_closures) {
        if (seen.contains(row.day->date()))
            out << tr("%1 is listed twice under holidays and closures: remove one.")
                       .arg(QLocale().toString(row.day->date(), QLocale::ShortFormat));
        seen << row.day->date();
    }
    return out + hours().problems();
}

void BusinessHoursEditor::onEdited()
{
    if (m_loading)
        return;
    m_dirty = true;
    m_saveResult->clear();
    updateState();
}

void BusinessHoursEditor::updateState()
{
    const QStringList wrong = problems();
    m_problems->setText(wrong.join(QLatin1Char('\n')));
    m_save->setEnabled(m_dirty && wrong.isEmpty());
    m_revert->setEnabled(m_dirty);
    if (wrong.isEmpty())
        m_status->setText(BusinessHoursText::status(hours(), m_clock.nowUtc()));
    else
        m_status->clear();
}

BusinessHours BusinessHoursEditor::editsOver(const BusinessHours& stored) const
{
    const BusinessHours shown = hours();
    BusinessHours out(m_zoneTouched ? shown.timeZone() : stored.timeZone());
    for (int weekday = 1; weekday <= 7; ++weekday)
        out.setRanges(weekday,
                      m_touchedDays.contains(weekday) ? shown.ranges(weekday) : stored.ranges(weekday));
    for (const Closure& c : m_closuresTouched ? shown.closures() : stored.closures())
        out.addClosure(c);
    return out;
}

void BusinessHoursEditor::save()
{
    if (!problems().isEmpty())
        return;
    // Over what is stored now: the wizard or another desk may have saved since this was loaded.
    auto current = BusinessHoursStore(m_db).load();
    if (!current) {
        m_problems->setText(current.error().message);
        return;
    }
    const BusinessHours merged = editsOver(current.value());
    if (const QStringList wrong = merged.problems(); !wrong.isEmpty()) {
        m_problems->setText(wrong.join(QLatin1Char('\n')));
        return;
    }
    auto stored = BusinessHoursStore(m_db).save(merged, m_clock.nowUtc());
    if (!stored) {
        m_problems->setText(stored.error().message);
        return;
    }
    reload();
    m_saveResult->setText(tr("Saved."));
    emit saved();
}

} // namespace ringback::ui
