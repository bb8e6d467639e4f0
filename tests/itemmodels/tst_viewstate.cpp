// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "themename.h"
#include "viewstate.h"

#include <QSignalSpy>
#include <QTest>

namespace {

using Range = QPair<QDate, QDate>;

// Distinct ranges, one a year, so that a test can name them by number.
Range range(int n)
{
    return { QDate(2000 + n, 1, 1), QDate(2000 + n, 12, 31) };
}

Range visible(const ViewState &state)
{
    return { state.visibleFrom(), state.visibleTo() };
}

void push(ViewState *state, const Range &r, ViewState::RangeChange change = ViewState::RangeChange::NewStep)
{
    state->setVisibleRange(r.first, r.second, change);
}

} // namespace

// The one owner of what the user looks at: the zoom history behind View > Back and Forward, theme and lane order, and
// the one reader of theme names.
class TestViewState : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initialState_fitsEverything_withNoHistory();
    void setVisibleRange_addsSteps_data();
    void setVisibleRange_addsSteps();
    void backAndForward_walkTheSteps_andSignalEachRange();
    void back_andForward_atTheEnds_doNothing();
    void newStepAfterBack_dropsTheForwardSteps();
    void canGoSignals_fireOnlyWhenTheAnswerChanges();
    void sameStep_extendsTheCurrentStep();
    void sameStep_afterBack_neverOverwritesTheStepReturnedTo();
    void sameStep_endingWhereItBegan_isNoStep();
    void history_keepsTheNewestSteps();
    void themeAndLaneOrder_signalOnlyChanges();
    void themeNames_parse_data();
    void themeNames_parse();
    void themeNames_roundTrip();
};

void TestViewState::initialState_fitsEverything_withNoHistory()
{
    const ViewState state;
    QVERIFY(!state.visibleFrom().isValid());
    QVERIFY(!state.visibleTo().isValid());
    QVERIFY(!state.canGoBack());
    QVERIFY(!state.canGoForward());
    QCOMPARE(state.historySize(), 1);
    QCOMPARE(state.themeName(), ThemeName::Light);
    QCOMPARE(state.theme(), QStringLiteral("light"));
    QCOMPARE(state.laneOrder(), TimelineLayout::LaneOrder::FirstDecision);
}

void TestViewState::setVisibleRange_addsSteps_data()
{
    QTest::addColumn<QList<int>>("ranges"); // by number; 0 is "fit everything"
    QTest::addColumn<int>("steps");
    QTest::addRow("nothing") << QList<int> {} << 1;
    QTest::addRow("one zoom") << QList<int> { 1 } << 2;
    QTest::addRow("three zooms") << QList<int> { 1, 2, 3 } << 4;
    QTest::addRow("the same range twice is one step") << QList<int> { 1, 1 } << 2;
    QTest::addRow("fitting everything while fitted is no step") << QList<int> { 0 } << 1;
    QTest::addRow("fitting everything again is a step") << QList<int> { 1, 0 } << 3;
    QTest::addRow("a range seen before, later, is a step") << QList<int> { 1, 2, 1 } << 4;
}

void TestViewState::setVisibleRange_addsSteps()
{
    QFETCH(QList<int>, ranges);
    QFETCH(int, steps);
    ViewState state;
    QSignalSpy changed(&state, &ViewState::visibleRangeChanged);
    int expectedSignals = 0;
    Range last;
    for (int n : ranges) {
        const Range r = n == 0 ? Range() : range(n);
        if (r != last)
            ++expectedSignals;
        push(&state, r);
        last = r;
        QCOMPARE(visible(state), r);
    }
    QCOMPARE(state.historySize(), steps);
    QCOMPARE(state.canGoBack(), steps > 1);
    QVERIFY(!state.canGoForward());
    QCOMPARE(changed.count(), expectedSignals);
}

void TestViewState::backAndForward_walkTheSteps_andSignalEachRange()
{
    ViewState state;
    push(&state, range(1));
    push(&state, range(2));
    push(&state, range(3));
    QSignalSpy changed(&state, &ViewState::visibleRangeChanged);

    state.back();
    QCOMPARE(visible(state), range(2));
    state.back();
    QCOMPARE(visible(state), range(1));
    state.back();
    QCOMPARE(visible(state), Range());
    QVERIFY(!state.canGoBack());
    QVERIFY(state.canGoForward());
    state.forward();
    QCOMPARE(visible(state), range(1));
    state.forward();
    state.forward();
    QCOMPARE(visible(state), range(3));
    QVERIFY(!state.canGoForward());

    // Every step announced its range, so the timeline and the charts follow Back and Forward like any other change.
    const QList<Range> expected = { range(2), range(1), Range(), range(1), range(2), range(3) };
    QCOMPARE(changed.count(), expected.size());
    for (int i = 0; i < expected.size(); ++i) {
        QCOMPARE(changed.at(i).at(0).toDate(), expected.at(i).first);
        QCOMPARE(changed.at(i).at(1).toDate(), expected.at(i).second);
    }
    // Walking the history adds nothing to it.
    QCOMPARE(state.historySize(), 4);
}

void TestViewState::back_andForward_atTheEnds_doNothing()
{
    ViewState state;
    QSignalSpy changed(&state, &ViewState::visibleRangeChanged);
    state.back();
    state.forward();
    QCOMPARE(changed.count(), 0);
    push(&state, range(1));
    state.forward();
    QCOMPARE(visible(state), range(1));
    state.back();
    state.back();
    QCOMPARE(visible(state), Range());
    QCOMPARE(changed.count(), 2);
}

void TestViewState::newStepAfterBack_dropsTheForwardSteps()
{
    ViewState state;
    push(&state, range(1));
    push(&state, range(2));
    push(&state, range(3));
    state.back();
    state.back();
    QCOMPARE(visible(state), range(1));
    QSignalSpy forwardChanged(&state, &ViewState::canGoForwardChanged);

    push(&state, range(4));
    QVERIFY(!state.canGoForward());
    QCOMPARE(forwardChanged.count(), 1);
    QCOMPARE(forwardChanged.at(0).at(0).toBool(), false);
    QCOMPARE(state.historySize(), 3);
    state.forward();
    QCOMPARE(visible(state), range(4));
    state.back();
    QCOMPARE(visible(state), range(1));
    state.back();
    QCOMPARE(visible(state), Range());
}

void TestViewState::canGoSignals_fireOnlyWhenTheAnswerChanges()
{
    ViewState state;
    QSignalSpy backChanged(&state, &ViewState::canGoBackChanged);
    QSignalSpy forwardChanged(&state, &ViewState::canGoForwardChanged);
    push(&state, range(1));
    push(&state, range(2));
    QCOMPARE(backChanged.count(), 1);
    QCOMPARE(backChanged.at(0).at(0).toBool(), true);
    QCOMPARE(forwardChanged.count(), 0);

    state.back();
    QCOMPARE(backChanged.count(), 1);
    QCOMPARE(forwardChanged.count(), 1);
    QCOMPARE(forwardChanged.at(0).at(0).toBool(), true);
    state.back();
    QCOMPARE(backChanged.count(), 2);
    QCOMPARE(backChanged.at(1).at(0).toBool(), false);
    QCOMPARE(forwardChanged.count(), 1);
    state.forward();
    state.forward();
    QCOMPARE(backChanged.count(), 3);
    QCOMPARE(forwardChanged.count(), 2);
    QCOMPARE(forwardChanged.at(1).at(0).toBool(), false);
}

void TestViewState::sameStep_extendsTheCurrentStep()
{
    // One drag: its first move is a step, the rest of it moves that step.
    ViewState state;
    push(&state, range(1));
    push(&state, range(2));
    push(&state, range(3), ViewState::RangeChange::SameStep);
    push(&state, range(4), ViewState::RangeChange::SameStep);
    QCOMPARE(visible(state), range(4));
    QCOMPARE(state.historySize(), 3);
    state.back();
    QCOMPARE(visible(state), range(1));

    // The first change ever has no step to extend.
    ViewState fresh;
    push(&fresh, range(1), ViewState::RangeChange::SameStep);
    QCOMPARE(fresh.historySize(), 2);
    fresh.back();
    QCOMPARE(visible(fresh), Range());
}

void TestViewState::sameStep_afterBack_neverOverwritesTheStepReturnedTo()
{
    // A wheel turn that goes on after Back must not rewrite the range Back returned to.
    ViewState state;
    push(&state, range(1));
    push(&state, range(2));
    state.back();
    push(&state, range(3), ViewState::RangeChange::SameStep);
    QCOMPARE(state.historySize(), 3);
    QVERIFY(!state.canGoForward());
    state.back();
    QCOMPARE(visible(state), range(1));
}

void TestViewState::sameStep_endingWhereItBegan_isNoStep()
{
    // Panning away and back to the same days leaves nothing for Back to do, so it leaves no step.
    ViewState state;
    push(&state, range(1));
    push(&state, range(2));
    push(&state, range(1), ViewState::RangeChange::SameStep);
    QCOMPARE(state.historySize(), 2);
    QCOMPARE(visible(state), range(1));
    // The rest of that gesture is a step of its own, after the range it returned to.
    push(&state, range(3), ViewState::RangeChange::SameStep);
    QCOMPARE(state.historySize(), 3);
    state.back();
    QCOMPARE(visible(state), range(1));
}

void TestViewState::history_keepsTheNewestSteps()
{
    ViewState state;
    const int pushes = ViewState::MaximumHistory + 50;
    for (int n = 1; n <= pushes; ++n)
        push(&state, range(n));
    QCOMPARE(state.historySize(), ViewState::MaximumHistory);
    QCOMPARE(visible(state), range(pushes));
    while (state.canGoBack())
        state.back();
    QCOMPARE(visible(state), range(pushes - ViewState::MaximumHistory + 1));
}

void TestViewState::themeAndLaneOrder_signalOnlyChanges()
{
    ViewState state;
    QSignalSpy theme(&state, &ViewState::themeChanged);
    QSignalSpy lanes(&state, &ViewState::laneOrderChanged);
    state.setTheme(ThemeName::Light);
    state.setLaneOrder(TimelineLayout::LaneOrder::FirstDecision);
    QCOMPARE(theme.count(), 0);
    QCOMPARE(lanes.count(), 0);
    state.setTheme(ThemeName::Projector);
    state.setLaneOrder(TimelineLayout::LaneOrder::Alphabetical);
    QCOMPARE(theme.count(), 1);
    QCOMPARE(theme.at(0).at(0).value<ThemeName>(), ThemeName::Projector);
    QCOMPARE(state.theme(), QStringLiteral("projector"));
    QCOMPARE(lanes.count(), 1);
    QCOMPARE(lanes.at(0).at(0).value<TimelineLayout::LaneOrder>(), TimelineLayout::LaneOrder::Alphabetical);
    QCOMPARE(state.laneOrder(), TimelineLayout::LaneOrder::Alphabetical);
    // Neither touches the zoom history.
    QCOMPARE(state.historySize(), 1);
}

void TestViewState::themeNames_parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("theme"); // -1: refused
    QTest::addRow("light") << QStringLiteral("light") << int(ThemeName::Light);
    QTest::addRow("dark") << QStringLiteral("dark") << int(ThemeName::Dark);
    QTest::addRow("projector") << QStringLiteral("projector") << int(ThemeName::Projector);
    QTest::addRow("surrounding spaces") << QStringLiteral(" dark\t") << int(ThemeName::Dark);
    QTest::addRow("capitalised") << QStringLiteral("Dark") << -1;
    QTest::addRow("empty") << QString() << -1;
    QTest::addRow("unknown") << QStringLiteral("neon") << -1;
    QTest::addRow("two names") << QStringLiteral("light dark") << -1;
    QTest::addRow("the display name") << QStringLiteral("Projector (high contrast)") << -1;
}

void TestViewState::themeNames_parse()
{
    QFETCH(QString, text);
    QFETCH(int, theme);
    const std::optional<ThemeName> parsed = ThemeNames::parse(text);
    QCOMPARE(parsed.has_value(), theme >= 0);
    if (parsed)
        QCOMPARE(int(*parsed), theme);
}

void TestViewState::themeNames_roundTrip()
{
    QCOMPARE(ThemeNames::names(),
        (QStringList { QStringLiteral("light"), QStringLiteral("dark"), QStringLiteral("projector") }));
    for (ThemeName theme : ThemeNames::all())
        QCOMPARE(ThemeNames::parse(ThemeNames::toString(theme)), std::optional<ThemeName>(theme));
    QCOMPARE(ThemeNames::expectation(), QStringLiteral("light, dark or projector"));
}

QTEST_GUILESS_MAIN(TestViewState)
#include "tst_viewstate.moc"
