// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "accessibleevents.h"
#include "fixtures.h"
#include "timelineview.h"
#include "uilanguage.h"
#include "windowmodels.h"

#include <QAccessible>
#include <QLineEdit>
#include <QTest>
#include <QVBoxLayout>
#include <memory>

namespace {

const QString cnilFine = QStringLiteral("fr-cnil-2022-fine");

// "~" stands for the no-break space (U+00A0) that keeps a spoken number whole.
QString T(const char *utf8)
{
    return QString::fromUtf8(utf8).replace(QLatin1Char('~'), QChar::Nbsp);
}

} // namespace

// The timeline through QAccessible, as a screen reader reaches it: a list of its decisions, each named for speech,
// and the accessible focus following the keyboard.
class TestTimelineAccessible : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void view_isAListOfTheDecisionsLaidOut();
    void item_isNamedForSpeech_data();
    void item_isNamedForSpeech();
    void children_roundTripThroughIndexOfChild();
    void children_followTheOrderOfLeftAndRight();
    void item_states_data();
    void item_states();
    void item_outsideTheVisibleRange_isOffscreen();
    void keyRight_movesAccessibleFocusToTheNextDecision();
    void click_movesAccessibleFocusToTheDecision();
    void selectionElsewhere_leavesTheAccessibleFocusAlone();
    void inactiveAccessibility_sendsNothing();
    void item_isCachedByIdAndDroppedOnModelReset();
    void focus_isDrawn();

private:
    QAccessibleInterface *viewInterface() const;
    // The child index of a decision: its place in time.
    int indexOf(const QString &id) const;
    void giveFocus();

    QList<Decision> m_decisions;
    std::unique_ptr<WindowModels> m_models;
    std::unique_ptr<QWidget> m_window;
    TimelineView *m_view = nullptr;
    QLineEdit *m_elsewhere = nullptr;
};

void TestTimelineAccessible::initTestCase()
{
    m_decisions = Fixtures::bundled().decisions;
    QVERIFY(!Fixtures::bundledDecision(cnilFine).id.isEmpty());
    AccessibleEvents::start();
    QVERIFY(QAccessible::isActive());
}

void TestTimelineAccessible::cleanupTestCase()
{
    AccessibleEvents::stop();
    UiLanguage::instance()->apply(QStringLiteral("en"));
}

void TestTimelineAccessible::init()
{
    m_models = std::make_unique<WindowModels>(m_decisions);
    // A window with the timeline and a field elsewhere, to take the keyboard away from it.
    m_window = std::make_unique<QWidget>();
    m_elsewhere = new QLineEdit(m_window.get());
    m_view = new TimelineView(m_window.get());
    m_view->setLocale(QLocale(QLocale::English, QLocale::UnitedKingdom));
    m_view->setModel(&m_models->proxy);
    m_view->setSelectionModel(&m_models->selection);
    m_view->setViewState(&m_models->state);
    auto *layout = new QVBoxLayout(m_window.get());
    layout->addWidget(m_elsewhere);
    layout->addWidget(m_view, 1);
    m_window->resize(1200, 700);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    AccessibleEvents::recorded().clear();
}

void TestTimelineAccessible::cleanup()
{
    m_window.reset();
    m_models.reset();
    m_view = nullptr;
    m_elsewhere = nullptr;
}

QAccessibleInterface *TestTimelineAccessible::viewInterface() const
{
    return QAccessible::queryAccessibleInterface(m_view);
}

int TestTimelineAccessible::indexOf(const QString &id) const
{
    const TimelineLayout &layout = m_view->renderer().layout();
    return layout.timePositionOf(layout.indexOfId(id));
}

void TestTimelineAccessible::giveFocus()
{
    m_view->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(m_view->hasFocus());
    QCoreApplication::processEvents();
    AccessibleEvents::recorded().clear();
}

void TestTimelineAccessible::view_isAListOfTheDecisionsLaidOut()
{
    QAccessibleInterface *iface = viewInterface();
    QVERIFY(iface);
    QVERIFY(iface->isValid());
    QCOMPARE(iface->role(), QAccessible::List);
    QCOMPARE(iface->text(QAccessible::Name), QStringLiteral("Timeline"));
    QCOMPARE(iface->childCount(), int(m_decisions.size()));
    QVERIFY(iface->state().focusable);

    // A filter lays out fewer decisions: the list has as many items.
    DecisionFilter filter;
    filter.countries = { QStringLiteral("FR") };
    m_models->state.setFilter(filter);
    const int french = int(std::count_if(
        m_decisions.cbegin(), m_decisions.cend(), [](const Decision &d) { return d.country == QLatin1String("FR"); }));
    QVERIFY(french > 1 && french < m_decisions.size());
    QCOMPARE(iface->childCount(), french);
    QCOMPARE(iface->childCount(), m_view->renderer().layout().itemCount());
}

void TestTimelineAccessible::item_isNamedForSpeech_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("expected");

    // The example, as a French reader hears it: words and formats in French, the amount one number.
    QTest::newRow("fr CNIL fine") << QStringLiteral("fr") << cnilFine
                                  << T("CNIL, France, amende, 20~000~000~€, 17 octobre 2022");
    QTest::newRow("en CNIL fine") << QStringLiteral("en") << cnilFine
                                  << T("CNIL, France, fine, €20,000,000, 17 October 2022");
    // Pounds as imposed; contested (remitted to the tribunal) as the timeline marks it.
    QTest::newRow("en ICO fine") << QStringLiteral("en") << QStringLiteral("gb-ico-2022-fine")
                                 << T("ICO, United Kingdom, fine, £7,552,800, 18 May 2022, contested");
    // No amount, nothing said for it.
    QTest::newRow("en OAIC determination") << QStringLiteral("en") << QStringLiteral("au-oaic-2021-determination")
                                           << T("OAIC, Australia, order, 14 October 2021");
}

void TestTimelineAccessible::item_isNamedForSpeech()
{
    QFETCH(QString, language);
    QFETCH(QString, id);
    QFETCH(QString, expected);
    QVERIFY(UiLanguage::instance()->apply(language));
    m_view->setLocale(language == QLatin1String("fr") ? QLocale(QLocale::French, QLocale::France)
                                                      : QLocale(QLocale::English, QLocale::UnitedKingdom));
    const int index = indexOf(id);
    QVERIFY(index >= 0);
    QAccessibleInterface *item = viewInterface()->child(index);
    QVERIFY(item);
    QCOMPARE(item->role(), QAccessible::ListItem);
    QCOMPARE(item->text(QAccessible::Name), expected);
}

void TestTimelineAccessible::children_roundTripThroughIndexOfChild()
{
    QAccessibleInterface *iface = viewInterface();
    const int count = iface->childCount();
    for (const int index : { 0, 1, count / 2, count - 1 }) {
        QAccessibleInterface *child = iface->child(index);
        QVERIFY2(child, qPrintable(QString::number(index)));
        QCOMPARE(iface->indexOfChild(child), index);
        QCOMPARE(child->parent(), iface);
        QCOMPARE(child->childCount(), 0);
    }
    QVERIFY(!iface->child(-1));
    QVERIFY(!iface->child(count));
    // Not one of its items.
    QCOMPARE(iface->indexOfChild(QAccessible::queryAccessibleInterface(m_elsewhere)), -1);
}

void TestTimelineAccessible::children_followTheOrderOfLeftAndRight()
{
    // The list is read in the order the arrow keys walk: Right goes to the next item, Left back.
    QAccessibleInterface *iface = viewInterface();
    giveFocus();
    QTest::keyClick(m_view, Qt::Key_Home);
    QCOMPARE(iface->focusChild(), iface->child(0));
    for (int i = 1; i < 6; ++i) {
        QTest::keyClick(m_view, Qt::Key_Right);
        QCOMPARE(iface->focusChild(), iface->child(i));
    }
    QTest::keyClick(m_view, Qt::Key_Left);
    QCOMPARE(iface->focusChild(), iface->child(4));
    QTest::keyClick(m_view, Qt::Key_End);
    QCOMPARE(iface->focusChild(), iface->child(iface->childCount() - 1));
}

void TestTimelineAccessible::item_states_data()
{
    QTest::addColumn<bool>("selected");
    QTest::addColumn<bool>("focused");
    QTest::newRow("neither") << false << false;
    QTest::newRow("selected elsewhere") << true << false;
    QTest::newRow("selected on the timeline") << true << true;
}

void TestTimelineAccessible::item_states()
{
    QFETCH(bool, selected);
    QFETCH(bool, focused);
    if (selected)
        m_models->selection.setCurrentIndex(
            m_models->indexOf(cnilFine), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    if (focused)
        giveFocus();
    QAccessibleInterface *item = viewInterface()->child(indexOf(cnilFine));
    QVERIFY(item);
    const QAccessible::State state = item->state();
    QVERIFY(state.focusable);
    QVERIFY(state.selectable);
    QCOMPARE(bool(state.selected), selected);
    QCOMPARE(bool(state.focused), focused);
    QVERIFY(!state.offscreen);
    QVERIFY(!state.invalid);
    // The marker on screen: inside the view, where the view draws it.
    const QRect rect = item->rect();
    QVERIFY(!rect.isEmpty());
    const QRect viewOnScreen(m_view->mapToGlobal(QPoint(0, 0)), m_view->size());
    QVERIFY(viewOnScreen.contains(rect));
    QVERIFY(rect.contains(m_view->mapToGlobal(m_view->markerPosition(cnilFine)->toPoint())));
    // The list says the focus is on the item, not on itself, while one is.
    QCOMPARE(bool(viewInterface()->state().focused), false);
}

void TestTimelineAccessible::item_outsideTheVisibleRange_isOffscreen()
{
    QAccessibleInterface *item = viewInterface()->child(indexOf(cnilFine));
    QVERIFY(item);
    m_models->state.setVisibleRange(QDate(2020, 1, 1), QDate(2020, 12, 31));
    QVERIFY(item->state().offscreen);
    QVERIFY(item->rect().isEmpty());
    // Still an item of the list: the list is every decision laid out, not only those in view.
    QCOMPARE(viewInterface()->childCount(), int(m_decisions.size()));
    QCOMPARE(viewInterface()->child(indexOf(cnilFine)), item);
}

void TestTimelineAccessible::keyRight_movesAccessibleFocusToTheNextDecision()
{
    m_models->selection.setCurrentIndex(
        m_models->indexOf(cnilFine), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    giveFocus();
    const int from = indexOf(cnilFine);
    QTest::keyClick(m_view, Qt::Key_Right);
    const QString next = m_models->currentId();
    QVERIFY(next != cnilFine);
    QCOMPARE(indexOf(next), from + 1);

    const QList<AccessibleEvents::Event> focus = AccessibleEvents::of(QAccessible::Focus, m_view);
    QCOMPARE(focus.size(), 1);
    QCOMPARE(focus.constFirst().child, from + 1);
    // What the screen reader says: the decision the keyboard moved to.
    const QString name = viewInterface()->child(from + 1)->text(QAccessible::Name);
    QCOMPARE(focus.constFirst().name, name);
    const QList<AccessibleEvents::Event> renamed = AccessibleEvents::of(QAccessible::NameChanged, m_view);
    QCOMPARE(renamed.size(), 1);
    QCOMPARE(renamed.constFirst().child, from + 1);
    QCOMPARE(renamed.constFirst().name, name);
}

void TestTimelineAccessible::click_movesAccessibleFocusToTheDecision()
{
    giveFocus();
    const QPoint marker = m_view->markerPosition(cnilFine)->toPoint();
    QVERIFY(!m_view->isClustered(cnilFine));
    QTest::mouseClick(m_view, Qt::LeftButton, {}, marker);
    QCOMPARE(m_models->currentId(), cnilFine);
    const QList<AccessibleEvents::Event> focus = AccessibleEvents::of(QAccessible::Focus, m_view);
    QCOMPARE(focus.size(), 1);
    QCOMPARE(focus.constFirst().child, indexOf(cnilFine));
    QCOMPARE(focus.constFirst().name, T("CNIL, France, fine, €20,000,000, 17 October 2022"));
}

void TestTimelineAccessible::selectionElsewhere_leavesTheAccessibleFocusAlone()
{
    // The keyboard is in another field: a selection made there must not pull the screen reader to the timeline.
    m_elsewhere->setFocus();
    QTRY_VERIFY(m_elsewhere->hasFocus());
    AccessibleEvents::recorded().clear();
    m_models->selection.setCurrentIndex(
        m_models->indexOf(cnilFine), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QCOMPARE(m_view->selectedId(), cnilFine);
    QVERIFY(AccessibleEvents::of(QAccessible::Focus, m_view).isEmpty());
    QVERIFY(AccessibleEvents::of(QAccessible::NameChanged, m_view).isEmpty());
}

void TestTimelineAccessible::inactiveAccessibility_sendsNothing()
{
    giveFocus();
    AccessibleEvents::setActive(false);
    QTest::keyClick(m_view, Qt::Key_Home);
    QTest::keyClick(m_view, Qt::Key_Right);
    AccessibleEvents::setActive(true);
    QVERIFY(!m_models->currentId().isEmpty());
    QVERIFY(AccessibleEvents::recorded().isEmpty());
}

void TestTimelineAccessible::item_isCachedByIdAndDroppedOnModelReset()
{
    QAccessibleInterface *iface = viewInterface();
    QAccessibleInterface *item = iface->child(indexOf(cnilFine));
    QVERIFY(item);
    QCOMPARE(iface->child(indexOf(cnilFine)), item);
    const QAccessible::Id id = QAccessible::uniqueId(item);
    QCOMPARE(QAccessible::accessibleInterface(id), item);

    // A filter moves the decision to another index: it is the same item there.
    const int before = indexOf(cnilFine);
    DecisionFilter filter;
    filter.countries = { QStringLiteral("FR"), QStringLiteral("GB") };
    m_models->state.setFilter(filter);
    QVERIFY(indexOf(cnilFine) != before);
    QCOMPARE(iface->child(indexOf(cnilFine)), item);

    // A decision filtered away leaves an invalid item behind until it comes back.
    filter.countries = { QStringLiteral("GB") };
    m_models->state.setFilter(filter);
    QVERIFY(!item->isValid());
    QVERIFY(item->state().invalid);
    m_models->state.setFilter(DecisionFilter());
    QVERIFY(item->isValid());

    // A reset may have removed any decision: every item goes, and new ones are made when asked for.
    m_models->model.setDecisions(m_decisions);
    QVERIFY(!QAccessible::accessibleInterface(id));
    QAccessibleInterface *fresh = iface->child(indexOf(cnilFine));
    QVERIFY(fresh);
    QVERIFY(QAccessible::uniqueId(fresh) != id);
    QCOMPARE(fresh->text(QAccessible::Name), T("CNIL, France, fine, €20,000,000, 17 October 2022"));
}

void TestTimelineAccessible::focus_isDrawn()
{
    m_models->selection.setCurrentIndex(
        m_models->indexOf(cnilFine), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_elsewhere->setFocus();
    QTRY_VERIFY(!m_view->hasFocus());
    const QImage unfocused = m_view->grab().toImage();
    giveFocus();
    const QImage focused = m_view->grab().toImage();
    if (qEnvironmentVariableIsSet("CASELINE_SCREENSHOTS"))
        focused.save(qEnvironmentVariable("CASELINE_SCREENSHOTS") + QStringLiteral("/timeline-focus.png"));

    // A ring around the selected decision and a frame around the plot, in the theme's colours.
    const auto differs = [&](const QRect &area) {
        for (int y = area.top(); y <= area.bottom(); ++y) {
            for (int x = area.left(); x <= area.right(); ++x) {
                if (unfocused.pixel(x, y) != focused.pixel(x, y))
                    return true;
            }
        }
        return false;
    };
    const QRectF marker = *m_view->markerRect(cnilFine);
    const QRect ring = marker.adjusted(-12, -12, 12, 12).toAlignedRect() & m_view->rect();
    QVERIFY2(differs(ring), "no focus ring around the selected decision");
    const QRectF plot = m_view->renderer().geometry(QRectF(m_view->rect()), m_view->theme()).plot;
    const QRect leftEdge = QRect(int(plot.left()) - 2, int(plot.center().y()) - 20, 4, 40) & m_view->rect();
    QVERIFY2(differs(leftEdge), "no focus frame around the plot");
}

QTEST_MAIN(TestTimelineAccessible)
#include "tst_timelineaccessible.moc"
