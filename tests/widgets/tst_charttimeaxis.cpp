// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The charts' time axis is the timeline's scale, and a new range or selection changes the chart in place.
#include "fixtures.h"
#include "chartbuilder.h"
#include "chartpoints.h"
#include "cumulativechartrenderer.h"
#include "cumulativechartview.h"
#include "decisionfilterproxy.h"
#include "decisionmodel.h"
#include "theme.h"
#include "timelinescale.h"
#include "viewstate.h"
#include "windowmodels.h"

#include <QAbstractSeries>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QItemSelectionModel>
#include <QTest>

using ChartPoints::x;
using ChartPoints::ys;

namespace {

// The labels the time axis shows: without the zero-width spaces that keep repeated labels apart, and without the
// labels left out at the edges.
QStringList timeLabels(const QChart *chart)
{
    QStringList labels;
    auto *axis = qobject_cast<QCategoryAxis *>(ChartBuilder::timeAxis(chart));
    if (!axis)
        return labels;
    const QStringList categories = axis->categoriesLabels();
    for (QString label : categories) {
        label.remove(QChar(0x200B));
        if (!label.isEmpty())
            labels << label;
    }
    return labels;
}

} // namespace

class TestChartTimeAxis : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cumulative_selectionAndRange_updateTheChartInPlace();
    void cumulative_timeAxis_hasTheTimelinesLocalizedTicks();

private:
    QList<Decision> m_decisions;
};

void TestChartTimeAxis::initTestCase()
{
    QString error;
    m_decisions = BundledData::load(&error).decisions;
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(m_decisions.size(), 43);
}

void TestChartTimeAxis::cumulative_selectionAndRange_updateTheChartInPlace()
{
    WindowModels window(m_decisions);
    CumulativeChartView view;
    view.setLocale(QLocale(QLocale::English, QLocale::UnitedKingdom));
    view.setViewState(&window.state);
    view.setModel(&window.proxy);
    view.refresh(); // built now, not when first shown
    view.setSelectionModel(&window.selection);
    view.resize(1100, 650);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.refresh();
    const QChartView *chartView = view.findChild<QChartView *>();
    QVERIFY(chartView);
    QChart *chart = chartView->chart();
    const QList<QAbstractSeries *> series = chart->series();
    const QValueAxis *time = ChartBuilder::timeAxis(chart);
    QVERIFY(time);
    QCOMPARE(time->min(), TimelineScale::dayOf(QDate(2019, 10, 1)));
    // Six years and more: a tick a year.
    QVERIFY2(timeLabels(chart).contains(QStringLiteral("2022")), qPrintable(timeLabels(chart).join(u'|')));

    window.selection.setCurrentIndex(window.indexOf(QStringLiteral("gb-ico-2022-fine")),
        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QTRY_COMPARE(ys(view.linePoints(QStringLiteral("selection"))), (QList<qint64> { 28920279, 65200000, 104620279 }));
    QCOMPARE(chartView->chart(), chart);
    QCOMPARE(chart->series(), series);

    // The timeline zooms to 2022: the same chart shows it, with the timeline's ticks for it.
    window.state.setVisibleRange(QDate(2022, 1, 1), QDate(2022, 12, 31));
    QTRY_COMPARE(time->min(), TimelineScale::dayOf(QDate(2022, 1, 1)));
    QCOMPARE(time->max(), TimelineScale::dayOf(QDate(2022, 12, 31)) + 1);
    QCOMPARE(chartView->chart(), chart);
    QCOMPARE(chart->series(), series);
    // The level before the first fine starts at the range's start.
    QCOMPARE(view.linePoints(QStringLiteral("imposed")).constFirst().x(), x(QDate(2022, 1, 1)));
    QCOMPARE(ys(view.linePoints(QStringLiteral("selection"))), (QList<qint64> { 28920279, 65200000, 104620279 }));
    // Months or quarters of 2022, on the first of each; the year is named, no other year is.
    auto *categories = qobject_cast<QCategoryAxis *>(ChartBuilder::timeAxis(chart));
    QTRY_VERIFY(categories->count() >= 3);
    const QStringList keys = categories->categoriesLabels();
    for (const QString &key : keys) {
        const QDate tick = TimelineScale::dateOf(categories->endValue(key));
        QVERIFY2(tick.day() == 1 && tick.year() == 2022, qPrintable(tick.toString(Qt::ISODate)));
    }
    const QStringList labels = timeLabels(chart);
    QVERIFY2(labels.constFirst().contains(QStringLiteral("2022")), qPrintable(labels.join(u'|')));
    for (const QString &year : { QStringLiteral("2020"), QStringLiteral("2021"), QStringLiteral("2023") })
        QVERIFY2(!labels.join(u'|').contains(year), qPrintable(labels.join(u'|')));

    window.selection.clear();
    QTRY_VERIFY(view.linePoints(QStringLiteral("selection")).isEmpty());
    QCOMPARE(chartView->chart(), chart);
}

void TestChartTimeAxis::cumulative_timeAxis_hasTheTimelinesLocalizedTicks()
{
    const QLocale german(QLocale::German, QLocale::Germany);
    CumulativeChartRenderer renderer(m_decisions, DateBasis::Adopted);
    renderer.setLocale(german);
    renderer.setRange(QDate(2022, 1, 15), QDate(2022, 12, 20));
    const QSize size(1280, 720);
    const Theme light = Theme::named(QStringLiteral("light"));
    QGraphicsScene scene;
    QChart *chart = renderer.createChart(light, ChartBuilder::exportFont(size, light), size.width());
    scene.addItem(chart);
    for (int round = 0; round < 3; ++round) {
        chart->setGeometry(QRectF(QPointF(0, 0), size));
        chart->layout()->activate();
    }

    // As on the timeline: German month names, and the year only where it starts to count (the first label).
    QStringList months;
    for (int month = 1; month <= 12; ++month)
        months << german.toString(QDate(2022, month, 1), QStringLiteral("MMM"));
    const QStringList labels = timeLabels(chart);
    QVERIFY2(labels.size() >= 6, qPrintable(labels.join(u'|')));
    QCOMPARE(labels.constFirst(), german.toString(QDate(2022, 2, 1), QStringLiteral("MMM yyyy")));
    for (const QString &label : labels.mid(1))
        QVERIFY2(months.contains(label), qPrintable(labels.join(u'|')));
    QVERIFY2(labels.contains(german.toString(QDate(2022, 3, 1), QStringLiteral("MMM"))), qPrintable(labels.join(u'|')));

    // Every shown label fits in the plot and clears its neighbours.
    const QFontMetricsF metrics(ChartBuilder::timeAxis(chart)->labelsFont());
    const TimelineScale scale = ChartBuilder::timeScale(chart);
    const QRectF plot = chart->plotArea();
    qreal previousRight = plot.left();
    auto *axis = qobject_cast<QCategoryAxis *>(ChartBuilder::timeAxis(chart));
    const QStringList keys = axis->categoriesLabels();
    for (const QString &key : keys) {
        QString label = key;
        label.remove(QChar(0x200B));
        if (label.isEmpty())
            continue;
        const qreal centre = scale.xForDay(axis->endValue(key));
        const qreal half = metrics.horizontalAdvance(label) / 2;
        QVERIFY2(centre - half >= previousRight && centre + half <= plot.right(), qPrintable(label));
        previousRight = centre + half;
    }
}

QTEST_MAIN(TestChartTimeAxis)
#include "tst_charttimeaxis.moc"
