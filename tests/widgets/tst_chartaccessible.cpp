// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "accessibleevents.h"
#include "countrychartview.h"
#include "cumulativechartview.h"
#include "fixtures.h"
#include "windowmodels.h"

#include <QAccessible>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QVBoxLayout>
#include <memory>

namespace {

const QString cnilFine = QStringLiteral("fr-cnil-2022-fine");

QString T(const char *utf8)
{
    return QString::fromUtf8(utf8).replace(QLatin1Char('~'), QChar::Nbsp);
}

// A chart in a window with a field elsewhere, wired as MainWindow wires it.
template <typename View> struct ChartWindow
{
    WindowModels models;
    QWidget window;
    QLineEdit *elsewhere = new QLineEdit(&window);
    View *view = new View(&window);

    explicit ChartWindow(const QList<Decision> &decisions)
        : models(decisions)
    {
        view->setLocale(QLocale(QLocale::English, QLocale::UnitedKingdom));
        view->setViewState(&models.state);
        view->setModel(&models.proxy);
        view->setSelectionModel(&models.selection);
        auto *layout = new QVBoxLayout(&window);
        layout->addWidget(elsewhere);
        layout->addWidget(view, 1);
        window.resize(1100, 700);
    }

    bool show()
    {
        window.show();
        if (!QTest::qWaitForWindowActive(&window))
            return false;
        view->refresh();
        AccessibleEvents::recorded().clear();
        return true;
    }

    QAccessibleInterface *canvas() const { return QAccessible::queryAccessibleInterface(view->chartCanvas()); }

    bool focusCanvas()
    {
        view->chartCanvas()->setFocus(Qt::TabFocusReason);
        if (!QTest::qWaitFor([this] { return view->chartCanvas()->hasFocus(); }))
            return false;
        QCoreApplication::processEvents();
        AccessibleEvents::recorded().clear();
        return true;
    }
};

// The index of a decision's step of a kind among the steps the chart draws.
int stepItem(const CumulativeChartView &view, const QString &id, CumulativeSeries::StepKind kind)
{
    const QList<CumulativeSeries::Step> &steps = view.renderer().series().steps();
    const auto [first, end] = view.renderer().stepsInRange();
    for (int i = first; i < end; ++i) {
        if (steps.at(i).decisionId == id && steps.at(i).kind == kind)
            return i - first;
    }
    return -1;
}

} // namespace

// The charts through QAccessible: their items (the cumulative chart's steps, the bars and bands by country) as a
// list a screen reader reads, and the keyboard moving between them.
class TestChartAccessible : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_decisions = Fixtures::bundled().decisions;
        AccessibleEvents::start();
        QVERIFY(QAccessible::isActive());
    }

    void cleanupTestCase() { AccessibleEvents::stop(); }

    void cumulative_isAListOfTheStepsInRange()
    {
        ChartWindow<CumulativeChartView> chart(m_decisions);
        QVERIFY(chart.show());
        QAccessibleInterface *iface = chart.canvas();
        QVERIFY(iface);
        QCOMPARE(iface->role(), QAccessible::List);
        QCOMPARE(iface->text(QAccessible::Name), QStringLiteral("Cumulative fines chart"));
        // Fitted, the chart draws every step.
        const int steps = int(chart.view->renderer().series().steps().size());
        QVERIFY(steps >= 6);
        QCOMPARE(iface->childCount(), steps);

        // The range follows the timeline: only 2022's steps are drawn, the four fines imposed that year.
        chart.models.state.setVisibleRange(QDate(2022, 1, 1), QDate(2022, 12, 31));
        QTRY_COMPARE(chart.view->renderer().rangeTo(), QDate(2022, 12, 31));
        QCOMPARE(iface->childCount(), 4);
        QCOMPARE(iface->child(0)->text(QAccessible::Name),
            T("10 February 2022, Garante, Italy, fine: €20,000,000 imposed; total imposed €20,000,000"));
    }

    void cumulative_stepIsNamedForSpeech()
    {
        ChartWindow<CumulativeChartView> chart(m_decisions);
        QVERIFY(chart.show());
        const int index = stepItem(*chart.view, cnilFine, CumulativeSeries::StepKind::Imposed);
        QVERIFY(index >= 0);
        QAccessibleInterface *item = chart.canvas()->child(index);
        QVERIFY(item);
        QCOMPARE(item->role(), QAccessible::ListItem);
        QCOMPARE(item->text(QAccessible::Name),
            T("17 October 2022, CNIL, France, fine: €20,000,000 imposed; total imposed €68,920,279"));
        // Pounds as imposed, with the euros the total counts.
        QCOMPARE(
            chart.canvas()
                ->child(stepItem(*chart.view, QStringLiteral("gb-ico-2022-fine"), CumulativeSeries::StepKind::Imposed))
                ->text(QAccessible::Name),
            T("18 May 2022, ICO, United Kingdom, fine: £7,552,800 (€8,920,279) imposed; total imposed €28,920,279"));
    }

    void cumulative_childrenRoundTrip()
    {
        ChartWindow<CumulativeChartView> chart(m_decisions);
        QVERIFY(chart.show());
        QAccessibleInterface *iface = chart.canvas();
        const int count = iface->childCount();
        for (int i = 0; i < count; ++i) {
            QAccessibleInterface *child = iface->child(i);
            QVERIFY(child);
            QCOMPARE(iface->indexOfChild(child), i);
            QCOMPARE(child->parent(), iface);
            // Every step drawn has a place on screen, inside the canvas.
            const QRect canvas(
                chart.view->chartViewport()->mapToGlobal(QPoint(0, 0)), chart.view->chartViewport()->size());
            QVERIFY2(canvas.contains(child->rect()), qPrintable(child->text(QAccessible::Name)));
        }
        QVERIFY(!iface->child(count));
        QVERIFY(!iface->child(-1));
    }

    void cumulative_keys_moveBetweenStepsAndSelectTheirDecisions()
    {
        ChartWindow<CumulativeChartView> chart(m_decisions);
        QVERIFY(chart.show());
        QVERIFY(chart.focusCanvas());
        QWidget *canvas = chart.view->chartCanvas();
        QAccessibleInterface *iface = chart.canvas();

        QTest::keyClick(canvas, Qt::Key_Home);
        QCOMPARE(chart.view->currentItem(), 0);
        QCOMPARE(chart.models.currentId(), QStringLiteral("it-garante-2022-fine"));
        QTest::keyClick(canvas, Qt::Key_Right);
        QCOMPARE(chart.view->currentItem(), 1);
        QCOMPARE(chart.models.currentId(), QStringLiteral("gb-ico-2022-fine"));
        QCOMPARE(iface->focusChild(), iface->child(1));

        // The screen reader is told, with the step's name.
        const QList<AccessibleEvents::Event> focus = AccessibleEvents::of(QAccessible::Focus, canvas);
        QCOMPARE(focus.size(), 2);
        QCOMPARE(focus.constLast().child, 1);
        QCOMPARE(focus.constLast().name, iface->child(1)->text(QAccessible::Name));
        const QList<AccessibleEvents::Event> renamed = AccessibleEvents::of(QAccessible::NameChanged, canvas);
        QCOMPARE(renamed.size(), 2);
        QCOMPARE(renamed.constLast().child, 1);

        QTest::keyClick(canvas, Qt::Key_Left);
        QCOMPARE(chart.view->currentItem(), 0);
        QTest::keyClick(canvas, Qt::Key_Left);
        QCOMPARE(chart.view->currentItem(), 0);
        QTest::keyClick(canvas, Qt::Key_End);
        QCOMPARE(chart.view->currentItem(), iface->childCount() - 1);

        // Enter does what a click on the step's mark does.
        QSignalSpy clicked(chart.view, &ChartViewBase::decisionClicked);
        QTest::keyClick(canvas, Qt::Key_Return);
        QCOMPARE(clicked.size(), 1);
        QCOMPARE(clicked.constFirst().constFirst().toString(), chart.models.currentId());
    }

    void cumulative_keys_startFromTheDecisionSelectedElsewhere()
    {
        ChartWindow<CumulativeChartView> chart(m_decisions);
        QVERIFY(chart.show());
        chart.models.selection.setCurrentIndex(
            chart.models.indexOf(cnilFine), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QVERIFY(chart.focusCanvas());
        const int cnil = stepItem(*chart.view, cnilFine, CumulativeSeries::StepKind::Imposed);
        QCOMPARE(chart.view->currentItem(), cnil);
        QTest::keyClick(chart.view->chartCanvas(), Qt::Key_Right);
        QCOMPARE(chart.view->currentItem(), cnil + 1);
        QCOMPARE(chart.models.currentId(), QStringLiteral("fr-cnil-2023-penalty"));
    }

    void cumulative_itemStates()
    {
        ChartWindow<CumulativeChartView> chart(m_decisions);
        QVERIFY(chart.show());
        QVERIFY(chart.focusCanvas());
        QTest::keyClick(chart.view->chartCanvas(), Qt::Key_Home);
        QAccessibleInterface *current = chart.canvas()->child(0);
        QAccessibleInterface *other = chart.canvas()->child(1);
        QVERIFY(current->state().focused);
        QVERIFY(current->state().selected);
        QVERIFY(current->state().focusable);
        QVERIFY(!other->state().focused);
        QVERIFY(!other->state().selected);
        QVERIFY(other->state().selectable);
        QVERIFY(!chart.canvas()->state().focused);
        // The item's box holds its mark.
        const QPoint mark = chart.view->markPosition(QStringLiteral("it-garante-2022-fine"));
        QVERIFY(current->rect().contains(chart.view->chartViewport()->mapToGlobal(mark)));

        // Out of the range, a step is no item any more; back in range, the same object again.
        chart.models.state.setVisibleRange(QDate(2024, 1, 1), QDate(2024, 12, 31));
        QTRY_COMPARE(chart.view->renderer().rangeFrom(), QDate(2024, 1, 1));
        QVERIFY(!current->isValid());
        QVERIFY(current->state().invalid);
        chart.models.state.setVisibleRange(QDate(), QDate());
        QTRY_VERIFY(current->isValid());
        QCOMPARE(chart.canvas()->child(0), current);
    }

    void cumulative_itemsAreDroppedOnModelReset()
    {
        ChartWindow<CumulativeChartView> chart(m_decisions);
        QVERIFY(chart.show());
        QAccessibleInterface *item = chart.canvas()->child(0);
        QVERIFY(item);
        QCOMPARE(chart.canvas()->child(0), item);
        const QAccessible::Id id = QAccessible::uniqueId(item);
        chart.models.model.setDecisions(m_decisions);
        QVERIFY(!QAccessible::accessibleInterface(id));
        QAccessibleInterface *fresh = chart.canvas()->child(0);
        QVERIFY(fresh);
        QVERIFY(QAccessible::uniqueId(fresh) != id);
    }

    void cumulative_keysElsewhere_sendNothing()
    {
        ChartWindow<CumulativeChartView> chart(m_decisions);
        QVERIFY(chart.show());
        chart.elsewhere->setFocus();
        QTRY_VERIFY(chart.elsewhere->hasFocus());
        AccessibleEvents::recorded().clear();
        chart.view->setCurrentItem(2);
        QCOMPARE(chart.view->currentItem(), 2);
        QVERIFY(AccessibleEvents::of(QAccessible::Focus, chart.view->chartCanvas()).isEmpty());
    }

    void country_totals_areAListOfTheBars_data()
    {
        QTest::addColumn<int>("grouping");
        QTest::addColumn<QString>("first");
        QTest::newRow("by country")
            << int(CountryChartRenderer::Grouping::Country)
            << T("Netherlands: €30,500,000 imposed, €30,500,000 standing after appeals; 1 decision");
        QTest::newRow("by authority")
            << int(CountryChartRenderer::Grouping::Authority)
            << T("AP (Netherlands): €30,500,000 imposed, €30,500,000 standing after appeals; 1 decision");
    }

    void country_totals_areAListOfTheBars()
    {
        QFETCH(int, grouping);
        QFETCH(QString, first);
        ChartWindow<CountryChartView> chart(m_decisions);
        chart.view->setMode(CountryChartRenderer::Mode::Totals);
        chart.view->setGrouping(CountryChartRenderer::Grouping(grouping));
        QVERIFY(chart.show());
        QAccessibleInterface *iface = chart.canvas();
        QCOMPARE(iface->text(QAccessible::Name), QStringLiteral("Money by country chart"));
        QCOMPARE(iface->childCount(), int(chart.view->renderer().bars().size()));
        QVERIFY(iface->childCount() >= 5);
        // Most money first, as the bars are listed from the top; the count's noun waits for its plural.
        QVERIFY2(iface->child(0)->text(QAccessible::Name).startsWith(first),
            qPrintable(iface->child(0)->text(QAccessible::Name)));
        for (int i = 0; i < iface->childCount(); ++i) {
            QCOMPARE(iface->indexOfChild(iface->child(i)), i);
            if (i > 0)
                QVERIFY(iface->child(i)->rect().top() > iface->child(i - 1)->rect().top());
        }
    }

    void country_keysMoveBetweenBandsWithoutSelecting()
    {
        ChartWindow<CountryChartView> chart(m_decisions);
        QVERIFY(chart.show());
        QCOMPARE(chart.view->mode(), CountryChartRenderer::Mode::OverTime);
        QAccessibleInterface *iface = chart.canvas();
        QCOMPARE(iface->childCount(), int(chart.view->renderer().bars(CountryChartRenderer::Grouping::Country).size()));
        QVERIFY2(iface->child(1)
                     ->text(QAccessible::Name)
                     .startsWith(T("France: €25,200,000 imposed, €25,200,000 standing after appeals; 3 decision")),
            qPrintable(iface->child(1)->text(QAccessible::Name)));
        QVERIFY(chart.focusCanvas());
        QTest::keyClick(chart.view->chartCanvas(), Qt::Key_Right);
        QTest::keyClick(chart.view->chartCanvas(), Qt::Key_Right);
        QCOMPARE(chart.view->currentItem(), 1);
        QVERIFY(!iface->child(1)->rect().isEmpty());
        QVERIFY(chart.models.currentId().isEmpty());
        const QList<AccessibleEvents::Event> focus
            = AccessibleEvents::of(QAccessible::Focus, chart.view->chartCanvas());
        QCOMPARE(focus.size(), 2);
        QCOMPARE(focus.constLast().child, 1);
    }

    void focus_isDrawn()
    {
        ChartWindow<CumulativeChartView> chart(m_decisions);
        QVERIFY(chart.show());
        chart.view->setCurrentItem(3);
        const QImage unfocused = chart.view->chartCanvas()->grab().toImage();
        QVERIFY(chart.focusCanvas());
        const QImage focused = chart.view->chartCanvas()->grab().toImage();
        if (qEnvironmentVariableIsSet("CASELINE_SCREENSHOTS"))
            focused.save(qEnvironmentVariable("CASELINE_SCREENSHOTS") + QStringLiteral("/chart-focus.png"));
        int changed = 0;
        const QRect ring = chart.view->itemRect(3).toAlignedRect().adjusted(-6, -6, 6, 6) & focused.rect();
        for (int y = ring.top(); y <= ring.bottom(); ++y) {
            for (int x = ring.left(); x <= ring.right(); ++x)
                changed += unfocused.pixel(x, y) != focused.pixel(x, y);
        }
        QVERIFY2(changed > 10, "no ring around the current step");
        QVERIFY(unfocused.pixel(1, focused.height() / 2) != focused.pixel(1, focused.height() / 2));
    }

private:
    QList<Decision> m_decisions;
};

QTEST_MAIN(TestChartAccessible)
#include "tst_chartaccessible.moc"
