// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bundleddata.h"
#include "decisionfilterproxy.h"
#include "decisionmodel.h"
#include "timelineview.h"
#include "viewstate.h"

#include <QApplication>
#include <QTest>
#include <QWheelEvent>
#include <memory>

namespace {

void sendWheel(QWidget *widget, const QPoint &pos, const QPoint &angleDelta)
{
    QWheelEvent event(QPointF(pos), QPointF(widget->mapToGlobal(pos)), QPoint(), angleDelta, Qt::NoButton, {},
        Qt::NoScrollPhase, false);
    QApplication::sendEvent(widget, &event);
}

} // namespace

// How the timeline's gestures enter the ViewState's zoom history (View > Back and Forward): one gesture, one step.
class TestTimelineZoomHistory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void wheelTurn_isOneHistoryStep();
    void wheelTurns_apartInTime_areSeparateSteps();
    void drag_isOneHistoryStep_andBackRestoresTheRangeBeforeIt();
    void wheelAfterBack_startsANewStep();
    void keyZooms_areOneStepEach();

private:
    TimelineRenderer::Geometry geometry() const
    {
        return m_view->renderer().geometry(QRectF(m_view->rect()), m_view->theme());
    }

    QList<Decision> m_decisions;
    std::unique_ptr<ViewState> m_state;
    std::unique_ptr<DecisionModel> m_model;
    std::unique_ptr<DecisionFilterProxy> m_proxy;
    std::unique_ptr<TimelineView> m_view;
};

void TestTimelineZoomHistory::initTestCase()
{
    QString error;
    m_decisions = BundledData::load(&error).decisions;
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestTimelineZoomHistory::init()
{
    m_state = std::make_unique<ViewState>();
    m_model = std::make_unique<DecisionModel>();
    m_proxy = std::make_unique<DecisionFilterProxy>(m_state.get());
    m_proxy->setSourceModel(m_model.get());
    m_view = std::make_unique<TimelineView>();
    m_view->setModel(m_proxy.get());
    m_view->setViewState(m_state.get());
    m_model->setDecisions(m_decisions);
    m_view->resize(1200, 700);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    QCOMPARE(m_state->historySize(), 1);
}

void TestTimelineZoomHistory::cleanup()
{
    m_view.reset();
    m_proxy.reset();
    m_model.reset();
    m_state.reset();
}

void TestTimelineZoomHistory::wheelTurn_isOneHistoryStep()
{
    // Notches in quick succession are one turn of the wheel: one Back undoes all of them.
    const QPoint pos = geometry().plot.center().toPoint();
    for (int i = 0; i < 4; ++i)
        sendWheel(m_view.get(), pos, QPoint(0, 120));
    QVERIFY(!m_view->isFitAll());
    QCOMPARE(m_state->historySize(), 2);
    m_state->back();
    QVERIFY(m_view->isFitAll());
    m_state->forward();
    QVERIFY(!m_view->isFitAll());
    QCOMPARE(m_state->visibleFrom(), m_view->visibleFrom());
}

void TestTimelineZoomHistory::wheelTurns_apartInTime_areSeparateSteps()
{
    const QPoint pos = geometry().plot.center().toPoint();
    sendWheel(m_view.get(), pos, QPoint(0, 120));
    const QDate firstFrom = m_view->visibleFrom();
    const QDate firstTo = m_view->visibleTo();
    QTest::qWait(600);
    sendWheel(m_view.get(), pos, QPoint(0, 120));
    QCOMPARE(m_state->historySize(), 3);
    m_state->back();
    QCOMPARE(m_view->visibleFrom(), firstFrom);
    QCOMPARE(m_view->visibleTo(), firstTo);
}

void TestTimelineZoomHistory::drag_isOneHistoryStep_andBackRestoresTheRangeBeforeIt()
{
    const QRectF plot = geometry().plot;
    m_view->zoomIn();
    const QDate zoomedFrom = m_view->visibleFrom();
    const QDate zoomedTo = m_view->visibleTo();
    QCOMPARE(m_state->historySize(), 2);
    const QPoint start(int(plot.center().x()), int(plot.top() + 5));
    QTest::mousePress(m_view.get(), Qt::LeftButton, {}, start);
    for (int dx = 20; dx <= 200; dx += 20)
        QTest::mouseMove(m_view.get(), start + QPoint(dx, 0));
    QTest::mouseRelease(m_view.get(), Qt::LeftButton, {}, start + QPoint(200, 0));
    QVERIFY(m_view->visibleFrom() < zoomedFrom);
    QCOMPARE(m_state->historySize(), 3);
    m_state->back();
    QCOMPARE(m_view->visibleFrom(), zoomedFrom);
    QCOMPARE(m_view->visibleTo(), zoomedTo);
    m_state->back();
    QVERIFY(m_view->isFitAll());
    QVERIFY(!m_state->canGoBack());
}

void TestTimelineZoomHistory::wheelAfterBack_startsANewStep()
{
    // Back between two notches of one turn: the second notch must not overwrite the range Back returned to.
    const QPoint pos = geometry().plot.center().toPoint();
    m_view->zoomIn();
    const QDate zoomedFrom = m_view->visibleFrom();
    sendWheel(m_view.get(), pos, QPoint(0, 120));
    m_state->back();
    QCOMPARE(m_view->visibleFrom(), zoomedFrom);
    sendWheel(m_view.get(), pos, QPoint(0, 120));
    QCOMPARE(m_state->historySize(), 3);
    m_state->back();
    QCOMPARE(m_view->visibleFrom(), zoomedFrom);
}

void TestTimelineZoomHistory::keyZooms_areOneStepEach()
{
    m_view->setFocus();
    QTest::keyClick(m_view.get(), Qt::Key_Plus);
    QTest::keyClick(m_view.get(), Qt::Key_Plus);
    QTest::keyClick(m_view.get(), Qt::Key_Minus);
    QCOMPARE(m_state->historySize(), 4);
    QTest::keyClick(m_view.get(), Qt::Key_0, Qt::ControlModifier);
    QVERIFY(m_view->isFitAll());
    QCOMPARE(m_state->historySize(), 5);
    m_state->back();
    QVERIFY(!m_view->isFitAll());
}

QTEST_MAIN(TestTimelineZoomHistory)
#include "tst_timelinezoomhistory.moc"
