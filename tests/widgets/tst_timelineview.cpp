// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bundleddata.h"
#include "decisionfilterproxy.h"
#include "decisionmodel.h"
#include "displayformat.h"
#include "timelineview.h"
#include "viewstate.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QItemSelectionModel>
#include <QNativeGestureEvent>
#include <QPointingDevice>
#include <QSignalSpy>
#include <QTest>
#include <QToolTip>
#include <QWheelEvent>
#include <memory>

namespace {

void sendWheel(QWidget *widget, const QPoint &pos, const QPoint &angleDelta, Qt::KeyboardModifiers modifiers = {})
{
    QWheelEvent event(QPointF(pos), QPointF(widget->mapToGlobal(pos)), QPoint(), angleDelta, Qt::NoButton, modifiers,
        Qt::NoScrollPhase, false);
    QApplication::sendEvent(widget, &event);
}

} // namespace

class TestTimelineView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void initialView_fitsAllDecisions();
    void wheel_zoomsAroundCursor_data();
    void wheel_zoomsAroundCursor();
    void wheelOut_stopsAtWholeRangeAndWritesFitToViewState();
    void drag_pansToEarlierDates();
    void horizontalScroll_pans_data();
    void horizontalScroll_pans();
    void axisDrag_zoomsIntoDraggedRange();
    void pinch_zoomsAroundFingers();
    void click_selectsDecisionInSelectionModel();
    void click_onClusterZoomsIntoIt();
    void click_onEmptySpaceClearsSelection();
    void selectionElsewhere_scrollsToDecisionAndHighlightsIt();
    void keys_moveThroughDecisionsInTime_data();
    void keys_moveThroughDecisionsInTime();
    void keys_upDownChangeLane();
    void keys_zoomAndFit_data();
    void keys_zoomAndFit();
    void enterAndDoubleClick_emitActivated();
    void dateBasis_movesMarkers();
    void filter_removesLanesOfFilteredCountries();
    void externalVisibleRange_isFollowed();
    void toolTip_describesDecisionAsEscapedText();
    void zoomToSelection_showsRelatedDecisions();
    void theme_followsViewState();
    void laneOrder_followsViewState();
    void laneOrder_ofAViewStateSetEarlier_isShown();
    void zoomedIn_selectedDecisionIsDrawnAndLabelled();

private:
    TimelineRenderer::Geometry geometry() const;
    double dayAtX(double x) const;
    QPoint positionOf(const QString &id) const;
    QString currentId() const;
    void selectRowOf(const QString &id);

    QList<Decision> m_decisions;
    std::unique_ptr<ViewState> m_state;
    std::unique_ptr<DecisionModel> m_model;
    std::unique_ptr<DecisionFilterProxy> m_proxy;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    std::unique_ptr<QItemSelectionModel> m_selection;
    std::unique_ptr<TimelineView> m_view;
};

void TestTimelineView::initTestCase()
{
    QString error;
    m_decisions = BundledData::load(&error).decisions;
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestTimelineView::init()
{
    m_state = std::make_unique<ViewState>();
    m_model = std::make_unique<DecisionModel>();
    m_proxy = std::make_unique<DecisionFilterProxy>(m_state.get());
    m_proxy->setSourceModel(m_model.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(m_proxy.get());
    m_selection = std::make_unique<QItemSelectionModel>(m_proxy.get());
    m_view = std::make_unique<TimelineView>();
    m_view->setLocale(QLocale(QLocale::English, QLocale::UnitedKingdom));
    m_view->setModel(m_proxy.get());
    m_view->setSelectionModel(m_selection.get());
    m_view->setViewState(m_state.get());
    m_model->setDecisions(m_decisions);
    m_view->resize(1200, 700);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
}

void TestTimelineView::cleanup()
{
    m_view.reset();
    m_selection.reset();
    m_tester.reset();
    m_proxy.reset();
    m_model.reset();
    m_state.reset();
}

TimelineRenderer::Geometry TestTimelineView::geometry() const
{
    return m_view->renderer().geometry(QRectF(m_view->rect()), m_view->theme());
}

double TestTimelineView::dayAtX(double x) const
{
    return m_view->renderer().scaleFor(geometry()).dayForX(x);
}

QPoint TestTimelineView::positionOf(const QString &id) const
{
    const std::optional<QPointF> pos = m_view->markerPosition(id);
    return pos ? pos->toPoint() : QPoint(-1, -1);
}

QString TestTimelineView::currentId() const
{
    const QModelIndex current = m_selection->currentIndex();
    if (!current.isValid() || !m_selection->isRowSelected(current.row()))
        return QString();
    return current.data(DecisionModel::DecisionIdRole).toString();
}

void TestTimelineView::selectRowOf(const QString &id)
{
    const QModelIndexList found
        = m_proxy->match(m_proxy->index(0, 0), DecisionModel::DecisionIdRole, id, 1, Qt::MatchExactly);
    QCOMPARE(found.size(), 1);
    m_selection->setCurrentIndex(found.first(), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void TestTimelineView::initialView_fitsAllDecisions()
{
    QVERIFY(m_view->isFitAll());
    QVERIFY(m_view->visibleFrom() <= QDate(2020, 1, 24));
    QVERIFY(m_view->visibleTo() >= QDate(2025, 12, 18));
    QCOMPARE(m_view->renderer().layout().itemCount(), int(m_decisions.size()));
    QVERIFY(!m_state->visibleFrom().isValid());
    QVERIFY(m_view->markerPosition(QStringLiteral("it-garante-2022-fine")));
}

void TestTimelineView::wheel_zoomsAroundCursor_data()
{
    QTest::addColumn<double>("xFraction");
    QTest::addColumn<int>("notches");
    QTest::addRow("in at the middle") << 0.5 << 3;
    QTest::addRow("in near the left") << 0.1 << 5;
    QTest::addRow("in then partly out near the right") << 0.9 << 1;
}

void TestTimelineView::wheel_zoomsAroundCursor()
{
    QFETCH(double, xFraction);
    QFETCH(int, notches);
    const QRectF plot = geometry().plot;
    const QPoint pos(int(plot.left() + plot.width() * xFraction), int(plot.center().y()));
    const double dayBefore = dayAtX(pos.x());
    const qint64 spanBefore = m_view->visibleFrom().daysTo(m_view->visibleTo());
    QSignalSpy stateSpy(m_state.get(), &ViewState::visibleRangeChanged);
    for (int i = 0; i < notches; ++i)
        sendWheel(m_view.get(), pos, QPoint(0, 120));
    QVERIFY(!m_view->isFitAll());
    QVERIFY(m_view->visibleFrom().daysTo(m_view->visibleTo()) < spanBefore);
    QVERIFY2(qAbs(dayAtX(pos.x()) - dayBefore) < 0.5, "the day under the cursor moved");
    // The charts follow: the visible range was written to the ViewState.
    QCOMPARE(stateSpy.count(), notches);
    QCOMPARE(m_state->visibleFrom(), m_view->visibleFrom());
    QCOMPARE(m_state->visibleTo(), m_view->visibleTo());
}

void TestTimelineView::wheelOut_stopsAtWholeRangeAndWritesFitToViewState()
{
    const QPoint pos = geometry().plot.center().toPoint();
    sendWheel(m_view.get(), pos, QPoint(0, 600));
    QVERIFY(!m_view->isFitAll());
    QVERIFY(m_state->visibleFrom().isValid());
    for (int i = 0; i < 20; ++i)
        sendWheel(m_view.get(), pos, QPoint(0, -120));
    QVERIFY(m_view->isFitAll());
    QVERIFY(!m_state->visibleFrom().isValid());
    QVERIFY(!m_state->visibleTo().isValid());
}

void TestTimelineView::drag_pansToEarlierDates()
{
    const QRectF plot = geometry().plot;
    sendWheel(m_view.get(), plot.center().toPoint(), QPoint(0, 480));
    const QDate from = m_view->visibleFrom();
    const qint64 span = from.daysTo(m_view->visibleTo());
    const QPoint start(int(plot.center().x()), int(plot.top() + 5));
    QTest::mousePress(m_view.get(), Qt::LeftButton, {}, start);
    QTest::mouseMove(m_view.get(), start + QPoint(60, 0));
    QTest::mouseMove(m_view.get(), start + QPoint(200, 0));
    QTest::mouseRelease(m_view.get(), Qt::LeftButton, {}, start + QPoint(200, 0));
    QVERIFY(m_view->visibleFrom() < from);
    QVERIFY(qAbs(m_view->visibleFrom().daysTo(m_view->visibleTo()) - span) <= 1);
    QCOMPARE(m_state->visibleFrom(), m_view->visibleFrom());
    // A drag is not a click: nothing was selected.
    QVERIFY(currentId().isEmpty());
}

void TestTimelineView::horizontalScroll_pans_data()
{
    QTest::addColumn<QPoint>("delta");
    QTest::addColumn<int>("modifiers");
    QTest::addRow("horizontal wheel to later dates") << QPoint(-240, 0) << int(Qt::NoModifier);
    QTest::addRow("shift and vertical wheel to later dates") << QPoint(0, -240) << int(Qt::ShiftModifier);
}

void TestTimelineView::horizontalScroll_pans()
{
    QFETCH(QPoint, delta);
    QFETCH(int, modifiers);
    const QPoint centre = geometry().plot.center().toPoint();
    sendWheel(m_view.get(), centre, QPoint(0, 480));
    const QDate from = m_view->visibleFrom();
    const qint64 span = from.daysTo(m_view->visibleTo());
    sendWheel(m_view.get(), centre, delta, Qt::KeyboardModifiers(modifiers));
    QVERIFY(m_view->visibleFrom() > from);
    QVERIFY(qAbs(m_view->visibleFrom().daysTo(m_view->visibleTo()) - span) <= 1);
}

void TestTimelineView::axisDrag_zoomsIntoDraggedRange()
{
    const TimelineRenderer::Geometry g = geometry();
    const int y = int(g.axis.center().y());
    const int left = int(g.plot.left() + g.plot.width() * 0.3);
    const int right = int(g.plot.left() + g.plot.width() * 0.5);
    const QDate expectedFrom = TimelineScale::dateOf(dayAtX(left));
    const QDate expectedTo = TimelineScale::dateOf(dayAtX(right));
    QTest::mousePress(m_view.get(), Qt::LeftButton, {}, QPoint(left, y));
    QTest::mouseMove(m_view.get(), QPoint(left + 50, y + 20));
    QTest::mouseMove(m_view.get(), QPoint(right, y + 40));
    QTest::mouseRelease(m_view.get(), Qt::LeftButton, {}, QPoint(right, y + 40));
    QVERIFY(qAbs(m_view->visibleFrom().daysTo(expectedFrom)) <= 1);
    QVERIFY(qAbs(m_view->visibleTo().daysTo(expectedTo)) <= 1);
}

void TestTimelineView::pinch_zoomsAroundFingers()
{
    const QPointF pos = geometry().plot.center();
    const double dayBefore = dayAtX(pos.x());
    const qint64 span = m_view->visibleFrom().daysTo(m_view->visibleTo());
    QNativeGestureEvent pinch(Qt::ZoomNativeGesture, QPointingDevice::primaryPointingDevice(), 2, pos, pos,
        m_view->mapToGlobal(pos), 0.5, QPointF(), 0);
    QApplication::sendEvent(m_view.get(), &pinch);
    QVERIFY(m_view->visibleFrom().daysTo(m_view->visibleTo()) < span * 0.7);
    QVERIFY(qAbs(dayAtX(pos.x()) - dayBefore) < 0.5);
}

void TestTimelineView::click_selectsDecisionInSelectionModel()
{
    const QString id = QStringLiteral("it-garante-2022-fine");
    QVERIFY(!m_view->isClustered(id));
    QTest::mouseClick(m_view.get(), Qt::LeftButton, {}, positionOf(id));
    QCOMPARE(currentId(), id);
    QCOMPARE(m_view->selectedId(), id);
    QCOMPARE(m_view->renderer().selectedItem(), m_view->renderer().layout().indexOfId(id));
    // Clicking a decision that is already in view does not move the view.
    QVERIFY(m_view->isFitAll());
}

void TestTimelineView::click_onClusterZoomsIntoIt()
{
    // Three Canadian orders within a week: one cluster at this size.
    const QString id = QStringLiteral("ca-bc-2021-order");
    QVERIFY(m_view->isClustered(id));
    QVERIFY(m_view->decisionIdAt(positionOf(id)).isEmpty());
    QTest::mouseClick(m_view.get(), Qt::LeftButton, {}, positionOf(id));
    QVERIFY(!m_view->isFitAll());
    QVERIFY(m_view->visibleFrom() <= QDate(2021, 12, 7));
    QVERIFY(m_view->visibleTo() >= QDate(2021, 12, 14));
    // Zoomed in far enough, even the two orders of the same day stand apart.
    QVERIFY(!m_view->isClustered(QStringLiteral("ca-ab-2021-order")));
    QVERIFY(!m_view->isClustered(QStringLiteral("ca-bc-2021-order")));
    QVERIFY(!m_view->isClustered(QStringLiteral("ca-qc-cai-2021-order")));
    QVERIFY(currentId().isEmpty());
}

void TestTimelineView::click_onEmptySpaceClearsSelection()
{
    selectRowOf(QStringLiteral("nl-ap-2024-fine"));
    QCOMPARE(m_view->selectedId(), QStringLiteral("nl-ap-2024-fine"));
    // Italy's lane in 2025: nothing there.
    const QPoint italy = positionOf(QStringLiteral("it-garante-2022-fine"));
    const QPoint empty(int(geometry().plot.right() - 30), italy.y());
    QVERIFY(m_view->decisionIdAt(empty).isEmpty());
    QTest::mouseClick(m_view.get(), Qt::LeftButton, {}, empty);
    QVERIFY(currentId().isEmpty());
    QVERIFY(m_view->selectedId().isEmpty());
    QCOMPARE(m_view->renderer().selectedItem(), -1);
}

void TestTimelineView::selectionElsewhere_scrollsToDecisionAndHighlightsIt()
{
    m_state->setVisibleRange(QDate(2020, 1, 1), QDate(2020, 6, 30));
    QCOMPARE(m_view->visibleFrom(), QDate(2020, 1, 1));
    QVERIFY(!m_view->markerPosition(QStringLiteral("nl-ap-2024-fine")));
    selectRowOf(QStringLiteral("nl-ap-2024-fine"));
    QVERIFY(m_view->visibleFrom() <= QDate(2024, 5, 16));
    QVERIFY(m_view->visibleTo() >= QDate(2024, 5, 16));
    QCOMPARE(
        m_view->renderer().selectedItem(), m_view->renderer().layout().indexOfId(QStringLiteral("nl-ap-2024-fine")));
    QVERIFY(m_view->markerPosition(QStringLiteral("nl-ap-2024-fine")));
    // The span was kept: the view scrolled, it did not zoom.
    QVERIFY(
        qAbs(m_view->visibleFrom().daysTo(m_view->visibleTo()) - QDate(2020, 1, 1).daysTo(QDate(2020, 6, 30))) <= 1);
    QCOMPARE(m_state->visibleFrom(), m_view->visibleFrom());
}

void TestTimelineView::keys_moveThroughDecisionsInTime_data()
{
    QTest::addColumn<QString>("start");
    QTest::addColumn<QList<int>>("keys");
    QTest::addColumn<QString>("expected");
    QTest::addRow("Home: the first decision")
        << QString() << QList<int> { Qt::Key_Home } << QStringLiteral("us-nj-ag-2020-police-moratorium");
    QTest::addRow("Right without selection: the first")
        << QString() << QList<int> { Qt::Key_Right } << QStringLiteral("us-nj-ag-2020-police-moratorium");
    QTest::addRow("Home, Right: the second")
        << QString() << QList<int> { Qt::Key_Home, Qt::Key_Right } << QStringLiteral("us-vt-2020-mtd-ruling");
    QTest::addRow("End: the last decision")
        << QString() << QList<int> { Qt::Key_End } << QStringLiteral("ca-bcca-2026-appeal");
    QTest::addRow("End, Left: the one before")
        << QString() << QList<int> { Qt::Key_End, Qt::Key_Left } << QStringLiteral("us-vt-2025-dismissal");
    QTest::addRow("Right across lanes on one day: lane order")
        << QStringLiteral("au-oaic-2021-determination") << QList<int> { Qt::Key_Right, Qt::Key_Right }
        << QStringLiteral("fr-cnil-2021-formal-notice");
    QTest::addRow("Left at the first stays")
        << QString() << QList<int> { Qt::Key_Home, Qt::Key_Left } << QStringLiteral("us-nj-ag-2020-police-moratorium");
}

void TestTimelineView::keys_moveThroughDecisionsInTime()
{
    QFETCH(QString, start);
    QFETCH(QList<int>, keys);
    QFETCH(QString, expected);
    if (!start.isEmpty())
        selectRowOf(start);
    for (const int key : keys)
        QTest::keyClick(m_view.get(), Qt::Key(key));
    QCOMPARE(currentId(), expected);
    QVERIFY(m_view->markerPosition(expected));
}

void TestTimelineView::keys_upDownChangeLane()
{
    const TimelineLayout &layout = m_view->renderer().layout();
    selectRowOf(QStringLiteral("fr-cnil-2022-fine"));
    const int lane = layout.laneOfItem(layout.indexOfId(QStringLiteral("fr-cnil-2022-fine")));
    QCOMPARE(layout.lane(lane - 1).country, QStringLiteral("AU"));
    QCOMPARE(layout.lane(lane + 1).country, QStringLiteral("GB"));
    // The nearest decision in time in the lane below: the UK fine of May 2022, not the tribunal of October 2023.
    QTest::keyClick(m_view.get(), Qt::Key_Down);
    QCOMPARE(currentId(), QStringLiteral("gb-ico-2022-fine"));
    selectRowOf(QStringLiteral("fr-cnil-2022-fine"));
    QTest::keyClick(m_view.get(), Qt::Key_Up);
    QCOMPARE(currentId(), QStringLiteral("au-aat-2023-review"));
    // Up from the first lane stays put.
    QTest::keyClick(m_view.get(), Qt::Key_Home);
    QCOMPARE(layout.laneOfItem(layout.indexOfId(currentId())), 0);
    QTest::keyClick(m_view.get(), Qt::Key_Up);
    QCOMPARE(currentId(), QStringLiteral("us-nj-ag-2020-police-moratorium"));
}

void TestTimelineView::keys_zoomAndFit_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<int>("modifiers");
    QTest::addColumn<int>("change"); // -1 narrower, +1 wider, 0 fit all
    QTest::addRow("plus zooms in") << int(Qt::Key_Plus) << int(Qt::NoModifier) << -1;
    QTest::addRow("equals zooms in") << int(Qt::Key_Equal) << int(Qt::NoModifier) << -1;
    QTest::addRow("minus zooms out") << int(Qt::Key_Minus) << int(Qt::NoModifier) << 1;
    QTest::addRow("ctrl+0 fits all") << int(Qt::Key_0) << int(Qt::ControlModifier) << 0;
}

void TestTimelineView::keys_zoomAndFit()
{
    QFETCH(int, key);
    QFETCH(int, modifiers);
    QFETCH(int, change);
    m_state->setVisibleRange(QDate(2022, 1, 1), QDate(2022, 12, 31));
    const qint64 span = m_view->visibleFrom().daysTo(m_view->visibleTo());
    QTest::keyClick(m_view.get(), Qt::Key(key), Qt::KeyboardModifiers(modifiers));
    const qint64 after = m_view->visibleFrom().daysTo(m_view->visibleTo());
    if (change < 0)
        QVERIFY(after < span);
    else if (change > 0)
        QVERIFY(after > span);
    else
        QVERIFY(m_view->isFitAll());
}

void TestTimelineView::enterAndDoubleClick_emitActivated()
{
    QSignalSpy spy(m_view.get(), &TimelineView::activated);
    QTest::keyClick(m_view.get(), Qt::Key_Return);
    QCOMPARE(spy.count(), 0);
    selectRowOf(QStringLiteral("gr-hdpa-2022-fine"));
    QTest::keyClick(m_view.get(), Qt::Key_Return);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("gr-hdpa-2022-fine"));
    QTest::mouseDClick(m_view.get(), Qt::LeftButton, {}, positionOf(QStringLiteral("it-garante-2022-fine")));
    QCOMPARE(spy.last().at(0).toString(), QStringLiteral("it-garante-2022-fine"));
}

void TestTimelineView::dateBasis_movesMarkers()
{
    // The Dutch fine was signed 2024-05-16 and announced 2024-09-03. Lanes in alphabetical order stay in place: by
    // first decision, the Spanish lane (2024-06-27 on both bases) would move ahead of the Dutch one.
    m_state->setLaneOrder(TimelineLayout::LaneOrder::Alphabetical);
    const QPoint adopted = positionOf(QStringLiteral("nl-ap-2024-fine"));
    m_state->setDateBasis(DateBasis::Announced);
    const QPoint announced = positionOf(QStringLiteral("nl-ap-2024-fine"));
    QVERIFY(announced.x() > adopted.x());
    QCOMPARE(announced.y(), adopted.y());
    m_state->setDateBasis(DateBasis::Adopted);
    QCOMPARE(positionOf(QStringLiteral("nl-ap-2024-fine")), adopted);
}

void TestTimelineView::filter_removesLanesOfFilteredCountries()
{
    const int lanes = m_view->renderer().layout().laneCount();
    const int laneHeightBefore = int(geometry().laneHeight);
    DecisionFilter filter;
    filter.countries = { QStringLiteral("FR"), QStringLiteral("GB") };
    m_state->setFilter(filter);
    QCOMPARE(m_view->renderer().layout().laneCount(), 2);
    QVERIFY(lanes > 2);
    // Fewer lanes, taller lanes.
    QVERIFY(int(geometry().laneHeight) > laneHeightBefore);
    QVERIFY(!m_view->markerPosition(QStringLiteral("it-garante-2022-fine")));
    m_state->setFilter(DecisionFilter());
    QCOMPARE(m_view->renderer().layout().laneCount(), lanes);
}

void TestTimelineView::externalVisibleRange_isFollowed()
{
    QSignalSpy viewSpy(m_view.get(), &TimelineView::visibleRangeChanged);
    m_state->setVisibleRange(QDate(2022, 1, 1), QDate(2022, 12, 31));
    QCOMPARE(m_view->visibleFrom(), QDate(2022, 1, 1));
    QCOMPARE(m_view->visibleTo(), QDate(2022, 12, 31));
    QCOMPARE(viewSpy.count(), 1);
    QVERIFY(!m_view->markerPosition(QStringLiteral("nl-ap-2024-fine")));
    m_state->setVisibleRange(QDate(), QDate());
    QVERIFY(m_view->isFitAll());
}

void TestTimelineView::toolTip_describesDecisionAsEscapedText()
{
    const QString text = m_view->toolTipTextAt(positionOf(QStringLiteral("gb-ico-2022-fine")));
    QVERIFY2(text.contains(QStringLiteral("18 May 2022")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Information Commissioner's Office")));
    QVERIFY(text.contains(QStringLiteral("Fine (contested)")));
    // The original amount first, then its euro equivalent.
    QVERIFY(text.contains(DisplayFormat::money(755280000, QStringLiteral("GBP"), m_view->locale())));
    QVERIFY(text.contains(QStringLiteral("(about %1)")
                              .arg(DisplayFormat::money(892027900, QStringLiteral("EUR"), m_view->locale()))));
    QVERIFY(m_view->toolTipTextAt(QPoint(2, 2)).isEmpty());

    // Text from the data is shown as text: markup in it is escaped, not interpreted.
    QList<Decision> decisions = m_decisions;
    for (Decision &d : decisions) {
        if (d.id == QLatin1String("gr-hdpa-2022-fine"))
            d.authority = QStringLiteral("<b>Hellenic</b> DPA");
    }
    m_model->setDecisions(decisions);
    const QPoint pos = positionOf(QStringLiteral("gr-hdpa-2022-fine"));
    QVERIFY(m_view->toolTipTextAt(pos).contains(QStringLiteral("<b>Hellenic</b> DPA")));
    QHelpEvent help(QEvent::ToolTip, pos, m_view->mapToGlobal(pos));
    QApplication::sendEvent(m_view.get(), &help);
    QTRY_VERIFY(QToolTip::isVisible());
    QVERIFY2(
        QToolTip::text().contains(QStringLiteral("&lt;b&gt;Hellenic&lt;/b&gt; DPA")), qPrintable(QToolTip::text()));
    QToolTip::hideText();
}

void TestTimelineView::zoomToSelection_showsRelatedDecisions()
{
    QVERIFY(!m_view->zoomToSelectionAction()->isEnabled());
    selectRowOf(QStringLiteral("fr-cnil-2022-fine"));
    QVERIFY(m_view->zoomToSelectionAction()->isEnabled());
    m_view->zoomToSelectionAction()->trigger();
    QVERIFY(!m_view->isFitAll());
    // The formal notice before it and the penalty payment after it.
    QVERIFY(m_view->visibleFrom() <= QDate(2021, 11, 26));
    QVERIFY(m_view->visibleTo() >= QDate(2023, 4, 13));
    QVERIFY(m_view->visibleFrom() > QDate(2021, 1, 1));
    QVERIFY(m_view->visibleTo() < QDate(2024, 1, 1));
}

void TestTimelineView::theme_followsViewState()
{
    QCOMPARE(m_view->theme().name, QStringLiteral("light"));
    m_state->setTheme(ThemeName::Dark);
    QCOMPARE(m_view->theme().name, QStringLiteral("dark"));
    const QImage image = m_view->grab().toImage();
    QCOMPARE(image.pixelColor(2, 2), Theme::named(QStringLiteral("dark")).background);
}

void TestTimelineView::laneOrder_followsViewState()
{
    m_state->setLaneOrder(TimelineLayout::LaneOrder::Alphabetical);
    QCOMPARE(m_view->renderer().laneOrder(), TimelineLayout::LaneOrder::Alphabetical);
    QCOMPARE(m_view->renderer().layout().lane(0).country, QStringLiteral("AU"));
    m_state->setLaneOrder(TimelineLayout::LaneOrder::TotalFines);
    QCOMPARE(m_view->renderer().layout().lane(0).country, QStringLiteral("NL"));
    // The order survives a rebuild of the items.
    m_state->setDateBasis(DateBasis::Announced);
    QCOMPARE(m_view->renderer().layout().lane(0).country, QStringLiteral("NL"));
}

void TestTimelineView::laneOrder_ofAViewStateSetEarlier_isShown()
{
    // A window restores the remembered lane order before or after its timeline exists; either way it is drawn.
    ViewState state;
    state.setLaneOrder(TimelineLayout::LaneOrder::Alphabetical);
    m_view->setViewState(&state);
    QCOMPARE(m_view->renderer().layout().lane(0).country, QStringLiteral("AU"));
    m_view->setViewState(m_state.get());
    QCOMPARE(m_view->renderer().laneOrder(), TimelineLayout::LaneOrder::FirstDecision);
}

void TestTimelineView::zoomedIn_selectedDecisionIsDrawnAndLabelled()
{
    m_state->setVisibleRange(QDate(2021, 9, 1), QDate(2023, 6, 30));
    selectRowOf(QStringLiteral("fr-cnil-2022-fine"));
    m_view->setFocus();
    const TimelineRenderer::Geometry g = geometry();
    const TimelineFrame frame = m_view->renderer().frame(g, m_view->theme());
    const int item = m_view->renderer().layout().indexOfId(QStringLiteral("fr-cnil-2022-fine"));
    const int marker = frame.markerOfItem(item);
    QVERIFY(marker >= 0);
    QVERIFY(!frame.markers().at(marker).isCluster());
    bool labelled = false;
    for (const TimelineFrame::Label &label : frame.labels())
        labelled = labelled || label.marker == marker;
    QVERIFY(labelled);
    // Its arrows are drawn: from the formal notice, and to the penalty payment.
    int arrows = 0;
    for (const TimelineFrame::Arrow &arrow : frame.arrows())
        arrows += arrow.emphasised ? 1 : 0;
    QCOMPARE(arrows, 2);

    const QString snapshots = qEnvironmentVariable("CASELINE_TIMELINE_SNAPSHOTS");
    if (!snapshots.isEmpty())
        m_view->grab().save(snapshots + QStringLiteral("/timeline-view-zoomed.png"));
}

QTEST_MAIN(TestTimelineView)
#include "tst_timelineview.moc"
