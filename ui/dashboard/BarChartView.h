#pragma once

#include <QChartView>
#include <QList>
#include <QStringList>

namespace ringback::ui {

// A bar chart of counts: no legend, whole-number axis in round steps, one colour. Horizontal
// bars suit named categories (weekdays, statuses: their names never elide there) and list the
// first category at the top.
class BarChartView : public QChartView
{
    Q_OBJECT
public:
    enum class Orientation { Vertical, Horizontal };

    explicit BarChartView(QWidget* parent = nullptr);

    void setBars(QStringList categories, QList<qint64> counts, Orientation orientation);
};

} // namespace ringback::ui
