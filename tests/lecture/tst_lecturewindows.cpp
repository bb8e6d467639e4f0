// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fixtures.h"
#include "lectureaudienceview.h"
#include "lecturedescription.h"
#include "lecturenavigator.h"
#include "lecturepresenterview.h"

#include <QAccessible>
#include <QListWidget>
#include <QSignalSpy>
#include <QTest>

namespace {

std::shared_ptr<const LectureDeck> deckWithNotes()
{
    LectureScript script;
    script.name = QStringLiteral("Test lecture");
    script.steps = {LectureScriptStep::titleCard(
        QStringLiteral("Clearview AI"), QStringLiteral("Before the regulators"), QStringLiteral("Welcome <b>everyone</b>"))};
    for (const QString &id : {QStringLiteral("it-garante-2022-fine"), QStringLiteral("gb-ico-2022-fine"),
             QStringLiteral("fr-cnil-2022-fine"), QStringLiteral("gb-ftt-2023-appeal")})
        script.steps.append(LectureScriptStep::decision(id, QStringLiteral("Notes on %1").arg(id)));
    return std::make_shared<const LectureDeck>(
        LectureDeck::fromScript(script, Fixtures::bundled().decisions, DateBasis::Adopted));
}

} // namespace

class TestLectureWindows : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void clickerKeys_data();
    void clickerKeys();
    void numberThenEnterJumps();
    void blackoutAndBack();
    void helpOverlay();
    void goToList();
    void leaveAndPresenterKeys();
    void glideEndsOnTheFrame();
    void pointerShowsAndFades();
    void presenterFollowsTheLecture();
    void presenterKeysDriveTheSameLecture();
    void screenReaders_hearEachStep();
};

void TestLectureWindows::clickerKeys_data()
{
    QTest::addColumn<QList<int>>("keys");
    QTest::addColumn<int>("expected");
    QTest::addRow("page down twice") << QList<int>{Qt::Key_PageDown, Qt::Key_PageDown} << 2;
    QTest::addRow("space, right, left") << QList<int>{Qt::Key_Space, Qt::Key_Right, Qt::Key_Left} << 1;
    QTest::addRow("end, then page up") << QList<int>{Qt::Key_End, Qt::Key_PageUp} << 3;
    QTest::addRow("end, home") << QList<int>{Qt::Key_End, Qt::Key_Home} << 0;
    QTest::addRow("past the end") << QList<int>{Qt::Key_End, Qt::Key_Down, Qt::Key_N} << 4;
    QTest::addRow("backspace at the start") << QList<int>{Qt::Key_Backspace} << 0;
}

void TestLectureWindows::clickerKeys()
{
    QFETCH(QList<int>, keys);
    QFETCH(int, expected);
    LectureNavigator navigator;
    const auto deck = deckWithNotes();
    navigator.setCount(deck->count());
    LectureAudienceView view(deck, &navigator);
    view.resize(640, 360);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    for (int key : keys)
        QTest::keyClick(&view, Qt::Key(key));
    QCOMPARE(navigator.current(), expected);
    QCOMPARE(view.slide().step(), expected);
}

void TestLectureWindows::numberThenEnterJumps()
{
    LectureNavigator navigator;
    const auto deck = deckWithNotes();
    navigator.setCount(deck->count());
    LectureAudienceView view(deck, &navigator);
    view.show();
    QTest::keyClick(&view, Qt::Key_4, Qt::NoModifier);
    QCOMPARE(navigator.typedNumber(), QStringLiteral("4"));
    QCOMPARE(navigator.current(), 0);
    QTest::keyClick(&view, Qt::Key_Return);
    QCOMPARE(navigator.current(), 3);
    QCOMPARE(view.slide().deck()->step(3).decision.id, QStringLiteral("fr-cnil-2022-fine"));
}

void TestLectureWindows::blackoutAndBack()
{
    LectureNavigator navigator;
    const auto deck = deckWithNotes();
    navigator.setCount(deck->count());
    LectureAudienceView view(deck, &navigator);
    view.resize(320, 180);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QTest::keyClick(&view, Qt::Key_B);
    QCOMPARE(navigator.screen(), LectureNavigator::Screen::Black);
    QCOMPARE(view.grab().toImage().pixelColor(160, 90), QColor(Qt::black));
    // Any key returns, without moving on: the audience sees the step they left.
    QTest::keyClick(&view, Qt::Key_Right);
    QCOMPARE(navigator.screen(), LectureNavigator::Screen::Normal);
    QCOMPARE(navigator.current(), 0);
    QTest::keyClick(&view, Qt::Key_Comma, Qt::NoModifier);
    QCOMPARE(navigator.screen(), LectureNavigator::Screen::White);
    QCOMPARE(view.grab().toImage().pixelColor(160, 90), QColor(Qt::white));
    // Even Esc only brings the lecture back while the screen is blank.
    QSignalSpy leave(&view, &LectureAudienceView::leaveRequested);
    QTest::keyClick(&view, Qt::Key_Escape);
    QCOMPARE(navigator.screen(), LectureNavigator::Screen::Normal);
    QCOMPARE(leave.size(), 0);
}

void TestLectureWindows::helpOverlay()
{
    LectureNavigator navigator;
    const auto deck = deckWithNotes();
    navigator.setCount(deck->count());
    LectureAudienceView view(deck, &navigator);
    view.show();
    QTest::keyClick(&view, Qt::Key_Question, Qt::ShiftModifier);
    QVERIFY(view.helpVisible());
    // Any key closes it, and does nothing else.
    QTest::keyClick(&view, Qt::Key_Right);
    QVERIFY(!view.helpVisible());
    QCOMPARE(navigator.current(), 0);
}

void TestLectureWindows::goToList()
{
    LectureNavigator navigator;
    const auto deck = deckWithNotes();
    navigator.setCount(deck->count());
    LectureAudienceView view(deck, &navigator);
    view.resize(800, 450);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QTest::keyClick(&view, Qt::Key_G);
    QVERIFY(view.goToListVisible());
    auto *list = view.findChild<QListWidget *>(QStringLiteral("lectureGoToList"));
    QVERIFY(list);
    QCOMPARE(list->count(), deck->count());
    QCOMPARE(list->item(0)->text(), QStringLiteral("1. Clearview AI"));
    QTest::keyClick(list, Qt::Key_Down);
    QTest::keyClick(list, Qt::Key_Down);
    QTest::keyClick(list, Qt::Key_Return);
    QVERIFY(!view.goToListVisible());
    QCOMPARE(navigator.current(), 2);
    // Esc closes the list without moving.
    QTest::keyClick(&view, Qt::Key_G);
    QTest::keyClick(list, Qt::Key_Escape);
    QVERIFY(!view.goToListVisible());
    QCOMPARE(navigator.current(), 2);
}

void TestLectureWindows::leaveAndPresenterKeys()
{
    LectureNavigator navigator;
    const auto deck = deckWithNotes();
    navigator.setCount(deck->count());
    LectureAudienceView view(deck, &navigator);
    view.show();
    QSignalSpy leave(&view, &LectureAudienceView::leaveRequested);
    QSignalSpy presenter(&view, &LectureAudienceView::presenterViewRequested);
    QTest::keyClick(&view, Qt::Key_S);
    QCOMPARE(presenter.size(), 1);
    QTest::keyClick(&view, Qt::Key_Escape);
    QCOMPARE(leave.size(), 1);
}

void TestLectureWindows::glideEndsOnTheFrame()
{
    LectureNavigator navigator;
    const auto deck = deckWithNotes();
    navigator.setCount(deck->count());
    LectureAudienceView view(deck, &navigator);
    view.setReducedMotion(false);
    view.resize(640, 360);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QTest::keyClick(&view, Qt::Key_Right);
    QVERIFY(view.gliding());
    QTRY_VERIFY_WITH_TIMEOUT(!view.gliding(), 2000);
    // The glide ends exactly on the frame the step asked for.
    LectureSlide reference;
    reference.setDeck(deck);
    reference.setStep(1);
    QCOMPARE(view.slide().visibleFromDay(), reference.visibleFromDay());
    QCOMPARE(view.slide().visibleToDay(), reference.visibleToDay());
    QCOMPARE(view.slide().step(), 1);
    // Reduced motion: the next step is there at once.
    view.setReducedMotion(true);
    QTest::keyClick(&view, Qt::Key_Right);
    QVERIFY(!view.gliding());
    QCOMPARE(view.slide().step(), 2);
}

void TestLectureWindows::pointerShowsAndFades()
{
    LectureNavigator navigator;
    const auto deck = deckWithNotes();
    navigator.setCount(deck->count());
    LectureAudienceView view(deck, &navigator);
    view.setReducedMotion(true);
    view.resize(640, 360);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QCOMPARE(view.pointerOpacity(), 0.0);
    QTest::mouseMove(&view, QPoint(100, 100));
    QCOMPARE(view.pointerOpacity(), 1.0);
    QCOMPARE(view.cursor().shape(), Qt::BlankCursor);
    QTRY_COMPARE_WITH_TIMEOUT(view.pointerOpacity(), 0.0, 3000);
}

void TestLectureWindows::presenterFollowsTheLecture()
{
    LectureNavigator navigator;
    const auto deck = deckWithNotes();
    navigator.setCount(deck->count());
    LecturePresenterView presenter(deck, &navigator);
    presenter.resize(1280, 720);
    presenter.show();
    // Notes are plain text: markup in a shared script is shown, never run.
    QCOMPARE(presenter.notesText(), QStringLiteral("Welcome <b>everyone</b>"));
    QCOMPARE(presenter.counterText(), QStringLiteral("1 / 5"));
    QCOMPARE(presenter.currentPreview()->slide().step(), 0);
    QCOMPARE(presenter.nextPreview()->slide().step(), 1);
    QVERIFY(presenter.elapsedText().startsWith(QStringLiteral("0:00:0")));
    navigator.last();
    QCOMPARE(presenter.counterText(), QStringLiteral("5 / 5"));
    QVERIFY(presenter.notesText().startsWith(QStringLiteral("Notes on gb-ftt-2023-appeal")));
    // After the last step there is no next one.
    QCOMPARE(presenter.nextPreview()->slide().step(), -1);
    QCOMPARE(presenter.stepList()->currentRow(), 4);
}

void TestLectureWindows::presenterKeysDriveTheSameLecture()
{
    LectureNavigator navigator;
    const auto deck = deckWithNotes();
    navigator.setCount(deck->count());
    LectureAudienceView audience(deck, &navigator);
    LecturePresenterView presenter(deck, &navigator);
    presenter.show();
    QSignalSpy actions(&presenter, &LecturePresenterView::windowActionRequested);
    QTest::keyClick(&presenter, Qt::Key_PageDown);
    QCOMPARE(audience.slide().step(), 1);
    // Arrow keys in the step list still drive the lecture, not the list's cursor.
    QTest::keyClick(presenter.stepList(), Qt::Key_Right);
    QCOMPARE(navigator.current(), 2);
    QTest::keyClick(&presenter, Qt::Key_G);
    QCOMPARE(actions.size(), 1);
    QCOMPARE(actions.constFirst().at(0).value<LectureKeys::Action>(), LectureKeys::Action::GoTo);
    // Clicking a step in the list goes there.
    Q_EMIT presenter.stepList()->itemActivated(presenter.stepList()->item(4));
    QCOMPARE(navigator.current(), 4);
}

void TestLectureWindows::screenReaders_hearEachStep()
{
    LectureNavigator navigator;
    const auto deck = deckWithNotes();
    navigator.setCount(deck->count());
    LectureAudienceView view(deck, &navigator);
    view.setLocale(QLocale(QLocale::English, QLocale::UnitedKingdom));
    view.resize(640, 360);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(&view);
    QVERIFY(accessible);
    QCOMPARE(accessible->text(QAccessible::Name), QStringLiteral("Step 1 of 5"));
    QVERIFY(accessible->text(QAccessible::Description).startsWith(QStringLiteral("Step 1 of 5. Clearview AI. Before the regulators.")));
    QTest::keyClick(&view, Qt::Key_PageDown);
    QCOMPARE(accessible->text(QAccessible::Name), QStringLiteral("Step 2 of 5"));
    const QString spoken = accessible->text(QAccessible::Description);
    QCOMPARE(spoken, LectureDescription::spokenText(*deck, 1, QLocale(QLocale::English, QLocale::UnitedKingdom)));
    QVERIFY2(spoken.contains(QStringLiteral("Fine: €20,000,000.")), qPrintable(spoken));
    // The presenter's notes stay the presenter's.
    QVERIFY(!spoken.contains(QStringLiteral("Notes on")));
    QTest::keyClick(&view, Qt::Key_End);
    QCOMPARE(accessible->text(QAccessible::Name), QStringLiteral("Step 5 of 5"));
}

QTEST_MAIN(TestLectureWindows)
#include "tst_lecturewindows.moc"
