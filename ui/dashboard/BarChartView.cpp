#include "BarChartView.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QValueAxis>

#include <algorithm>

namespace ringback::ui {

namespace {

const QColor kBarColor(0x2f, 0x6f, 0xd0);

// 1, 2, 5, 10, 20, 50... : the smallest that shows `top` in at most six steps.
qint64 roundStep(qint64 top)
{
    qint64 step = 1;
    for (qint64 decade = 1; step * 6 < top; decade *= 10) {
        for (qint64 m : {1, 2, 5}) {
            step = m * decade;
            if (step * 6 >= top)
                break;
        }
    }
    return step;
}

} // namespace

BarChartView::BarChartView(QWidget* parent)
    : QChartView(new QChart, parent)
{
    chart()->legend()->hide();
    chart()->setMargins(QMargins(4, 4, 4, 4));
    chart()->setBackgroundRoundness(0);
    chart()->setAnimationOptions(QChart::NoAnimation);
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(200);
}

void BarChartView::setBars(QStringList categories, QList<qint64> counts, Orientation orientation)
{
    const bool horizontal = orientation == Orientation::Horizontal;
    // Horizontal bars are drawn from the bottom up: reversed, the first category reads at the top.
    if (horizontal) {
        std::reverse(categories.begin(), categories.end());
        std::reverse(counts.begin(), counts.end());
    }
    QChart* c = chart();
    c->removeAllSeries();
    for (QAbstractAxis* axis : c->axes()) {
        c->removeAxis(axis);
        delete axis; // removeAxis gives up ownership
    }

    auto* set = new QBarSet(QString());
    qint64 top = 0;
    for (qint64 n : std::as_const(counts)) {
        *set << double(n);
        top = qMax(top, n);
    }
    set->setColor(kBarColor);
    set->setBorderColor(kBarColor);
    QAbstractBarSeries* series = horizontal ? static_cast<QAbstractBarSeries*>(new QHorizontalBarSeries)
                                            : static_cast<QAbstractBarSeries*>(new QBarSeries);
    series->append(set);
    series->setBarWidth(0.7);
    c->addSeries(series);

    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    auto* categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    categoryAxis->setLabelsFont(small);
    categoryAxis->setGridLineVisible(false);
    if (horizontal) {
        // Day and status names are short: shown whole. (QtCharts shortened every weekday to "..."
        // on a 1366 px screen, where this chart is a third of the page wide.)
        categoryAxis->setTruncateLabels(false);
    }
    auto* countAxis = new QValueAxis;
    countAxis->setLabelFormat(QStringLiteral("%d"));
    countAxis->setLabelsFont(small);
    const qint64 step = roundStep(top);
    const qint64 steps = qMax<qint64>(1, (top + step - 1) / step);
    countAxis->setRange(0, double(steps * step));
    countAxis->setTickCount(int(steps) + 1);
    c->addAxis(categoryAxis, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    c->addAxis(countAxis, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(categoryAxis);
    series->attachAxis(countAxis);
}

} // namespace ringback::ui
