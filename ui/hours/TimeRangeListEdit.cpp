#include "TimeRangeListEdit.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimeEdit>
#include <QToolButton>

namespace ringback::ui {

namespace {

QTime toTime(int minute)
{
    return minute >= 24 * 60 ? QTime(0, 0) : QTime(minute / 60, minute % 60);
}

int toMinute(const QTime& time)
{
    return time.hour() * 60 + time.minute();
}

} // namespace

TimeRangeListEdit::TimeRangeListEdit(const QString& emptyText, QWidget* parent)
    : QWidget(parent)
    , m_layout(new QHBoxLayout(this))
    , m_empty(new QLabel(emptyText, this))
    , m_add(new QPushButton(tr("Add hours"), this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(10);
    m_empty->setStyleSheet(QStringLiteral("color: palette(mid);"));
    m_layout->addWidget(m_empty);
    m_layout->addWidget(m_add);
    m_layout->addStretch();
    connect(m_add, &QPushButton::clicked, this, [this] {
        // After the last range: a lunch break's afternoon, or a normal day for the first one.
        const QList<TimeRange> current = ranges();
        if (current.isEmpty()) {
            addRange({8 * 60, 17 * 60});
        } else {
            const int start = qMin(current.last().closesMinute + 60, 23 * 60);
            addRange({start, qMin(start + 4 * 60, 24 * 60)});
        }
        emit changed();
    });
}

void TimeRangeListEdit::setRanges(const QList<TimeRange>& ranges)
{
    for (const Row& row : std::as_const(m_rows))
        delete row.box;
    m_rows.clear();
    for (const TimeRange& range : ranges)
        addRange(range);
    updateEmptyText();
}

QList<TimeRange> TimeRangeListEdit::ranges() const
{
    QList<TimeRange> out;
    for (const Row& row : m_rows) {
        const int closes = toMinute(row.closes->time());
        out << TimeRange{toMinute(row.opens->time()), closes == 0 ? 24 * 60 : closes};
    }
    return out;
}

std::pair<QTimeEdit*, QTimeEdit*> TimeRangeListEdit::rangeEdits(int i) const
{
    return {m_rows.at(i).opens, m_rows.at(i).closes};
}

void TimeRangeListEdit::addRange(const TimeRange& range)
{
    auto* box = new QWidget(this);
    auto* layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    auto makeEdit = [&](int minute) {
        auto* edit = new QTimeEdit(toTime(minute), box);
        edit->setDisplayFormat(QStringLiteral("H:mm"));
        edit->setWrapping(true);
        connect(edit, &QTimeEdit::timeChanged, this, &TimeRangeListEdit::changed);
        return edit;
    };
    Row row{box, makeEdit(range.opensMinute), makeEdit(range.closesMinute)};
    row.opens->setAccessibleName(tr("Opens"));
    row.closes->setAccessibleName(tr("Closes"));
    row.closes->setToolTip(tr("0:00 means midnight at the end of the day"));
    auto* remove = new QToolButton(box);
    remove->setText(QStringLiteral("\u2715"));
    remove->setToolTip(tr("Remove these hours"));
    remove->setAutoRaise(true);
    connect(remove, &QToolButton::clicked, this, [this, box] {
        removeRow(box);
        emit changed();
    });
    layout->addWidget(row.opens);
    layout->addWidget(new QLabel(QStringLiteral("\u2013"), box));
    layout->addWidget(row.closes);
    layout->addWidget(remove);
    m_layout->insertWidget(m_layout->indexOf(m_add), box);
    m_rows << row;
    updateEmptyText();
}

void TimeRangeListEdit::removeRow(QWidget* box)
{
    m_rows.removeIf([box](const Row& row) { return row.box == box; });
    box->deleteLater();
    box->hide();
    updateEmptyText();
}

void TimeRangeListEdit::updateEmptyText()
{
    m_empty->setVisible(m_rows.isEmpty());
}

} // namespace ringback::ui
