#pragma once

#include "hours/BusinessHours.h"

#include <QWidget>

class QHBoxLayout;
class QLabel;
class QPushButton;
class QTimeEdit;

namespace ringback::ui {

// The opening times of one day as a row of "from - to" pairs (several for a split shift), each
// with a remove button, and "Add hours" at the end; "Closed" when there are none. An end of 0:00
// means midnight at the end of the day.
class TimeRangeListEdit : public QWidget
{
    Q_OBJECT
public:
    explicit TimeRangeListEdit(const QString& emptyText, QWidget* parent = nullptr);

    void setRanges(const QList<TimeRange>& ranges);
    QList<TimeRange> ranges() const;

    QPushButton* addButton() const { return m_add; }
    // The time edits of range i: first opens, second closes.
    std::pair<QTimeEdit*, QTimeEdit*> rangeEdits(int i) const;
    int rangeCount() const { return int(m_rows.size()); }

signals:
    void changed();

private:
    struct Row
    {
        QWidget* box;
        QTimeEdit* opens;
        QTimeEdit* closes;
    };
    void addRange(const TimeRange& range);
    void removeRow(QWidget* box);
    void updateEmptyText();

    QHBoxLayout* m_layout;
    QLabel* m_empty;
    QPushButton* m_add;
    QList<Row> m_rows;
};

} // namespace ringback::ui
