// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "lecturekeys.h"
#include "lecturenavigator.h"

#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using Action = LectureKeys::Action;

class TestLectureNavigator : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void keys_data();
    void keys();
    void helpListsEveryAction();
    void moves_data();
    void moves();
    void typedNumberJumps_data();
    void typedNumberJumps();
    void blackoutReturnsOnAnyKey_data();
    void blackoutReturnsOnAnyKey();
    void autoAdvanceStopsAtTheEnd();
    void speed();
    void countChangeKeepsTheStep();
};

void TestLectureNavigator::keys_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<int>("modifiers");
    QTest::addColumn<QString>("text");
    QTest::addColumn<Action>("action");

    const int none = Qt::NoModifier;
    // What clickers send (Page Down/Up, sometimes B or . for blank) and what presenters expect.
    QTest::addRow("right") << int(Qt::Key_Right) << none << QString() << Action::Next;
    QTest::addRow("down") << int(Qt::Key_Down) << none << QString() << Action::Next;
    QTest::addRow("page down") << int(Qt::Key_PageDown) << none << QString() << Action::Next;
    QTest::addRow("space") << int(Qt::Key_Space) << none << QStringLiteral(" ") << Action::Next;
    QTest::addRow("shift space") << int(Qt::Key_Space) << int(Qt::ShiftModifier) << QStringLiteral(" ")
                                 << Action::Previous;
    QTest::addRow("n") << int(Qt::Key_N) << none << QStringLiteral("n") << Action::Next;
    QTest::addRow("return") << int(Qt::Key_Return) << none << QStringLiteral("\r") << Action::Next;
    QTest::addRow("keypad enter") << int(Qt::Key_Enter) << int(Qt::KeypadModifier) << QStringLiteral("\r")
                                  << Action::Next;
    QTest::addRow("left") << int(Qt::Key_Left) << none << QString() << Action::Previous;
    QTest::addRow("up") << int(Qt::Key_Up) << none << QString() << Action::Previous;
    QTest::addRow("page up") << int(Qt::Key_PageUp) << none << QString() << Action::Previous;
    QTest::addRow("backspace") << int(Qt::Key_Backspace) << none << QStringLiteral("\b") << Action::Previous;
    QTest::addRow("p") << int(Qt::Key_P) << none << QStringLiteral("p") << Action::Previous;
    QTest::addRow("home") << int(Qt::Key_Home) << none << QString() << Action::First;
    QTest::addRow("end") << int(Qt::Key_End) << none << QString() << Action::Last;
    QTest::addRow("7") << int(Qt::Key_7) << none << QStringLiteral("7") << Action::Digit;
    QTest::addRow("b") << int(Qt::Key_B) << none << QStringLiteral("b") << Action::Black;
    QTest::addRow("period") << int(Qt::Key_Period) << none << QStringLiteral(".") << Action::Black;
    QTest::addRow("w") << int(Qt::Key_W) << none << QStringLiteral("w") << Action::White;
    QTest::addRow("comma") << int(Qt::Key_Comma) << none << QStringLiteral(",") << Action::White;
    QTest::addRow("g") << int(Qt::Key_G) << none << QStringLiteral("g") << Action::GoTo;
    QTest::addRow("question mark, US") << int(Qt::Key_Question) << int(Qt::ShiftModifier) << QStringLiteral("?")
                                       << Action::Help;
    QTest::addRow("question mark, French") << int(Qt::Key_Comma) << int(Qt::ShiftModifier) << QStringLiteral("?")
                                           << Action::Help;
    QTest::addRow("a") << int(Qt::Key_A) << none << QStringLiteral("a") << Action::AutoAdvance;
    QTest::addRow("[") << int(Qt::Key_BracketLeft) << none << QStringLiteral("[") << Action::Slower;
    QTest::addRow("] with AltGr") << int(Qt::Key_BracketRight) << int(Qt::GroupSwitchModifier) << QStringLiteral("]")
                                  << Action::Faster;
    QTest::addRow("s") << int(Qt::Key_S) << none << QStringLiteral("s") << Action::PresenterView;
    QTest::addRow("escape") << int(Qt::Key_Escape) << none << QString() << Action::Leave;
    // The window's own shortcuts are not lecture keys.
    QTest::addRow("ctrl+n") << int(Qt::Key_N) << int(Qt::ControlModifier) << QString() << Action::None;
    QTest::addRow("alt+left") << int(Qt::Key_Left) << int(Qt::AltModifier) << QString() << Action::None;
    QTest::addRow("x") << int(Qt::Key_X) << none << QStringLiteral("x") << Action::None;
}

void TestLectureNavigator::keys()
{
    QFETCH(int, key);
    QFETCH(int, modifiers);
    QFETCH(QString, text);
    QFETCH(Action, action);
    QCOMPARE(LectureKeys::actionFor(key, Qt::KeyboardModifiers(modifiers), text), action);
}

void TestLectureNavigator::helpListsEveryAction()
{
    const QList<LectureKeys::HelpRow> rows = LectureKeys::helpRows();
    QCOMPARE(rows.size(), 12);
    for (const LectureKeys::HelpRow &row : rows) {
        QVERIFY(!row.keys.isEmpty());
        QVERIFY(!row.action.isEmpty());
    }
}

void TestLectureNavigator::moves_data()
{
    QTest::addColumn<int>("start");
    QTest::addColumn<Action>("action");
    QTest::addColumn<int>("expected");
    QTest::addColumn<bool>("used");
    QTest::addRow("next") << 3 << Action::Next << 4 << true;
    QTest::addRow("next at the end stays") << 9 << Action::Next << 9 << false;
    QTest::addRow("previous") << 3 << Action::Previous << 2 << true;
    QTest::addRow("previous at the start stays") << 0 << Action::Previous << 0 << false;
    QTest::addRow("home") << 5 << Action::First << 0 << true;
    QTest::addRow("end") << 5 << Action::Last << 9 << true;
    QTest::addRow("go-to is the window's") << 5 << Action::GoTo << 5 << false;
    QTest::addRow("leave is the window's") << 5 << Action::Leave << 5 << false;
}

void TestLectureNavigator::moves()
{
    QFETCH(int, start);
    QFETCH(Action, action);
    QFETCH(int, expected);
    QFETCH(bool, used);
    LectureNavigator navigator;
    navigator.setCount(10);
    QVERIFY(navigator.jumpTo(start));
    QSignalSpy changed(&navigator, &LectureNavigator::currentChanged);
    QCOMPARE(navigator.perform(action), used);
    QCOMPARE(navigator.current(), expected);
    QCOMPARE(changed.size(), expected == start ? 0 : 1);
}

void TestLectureNavigator::typedNumberJumps_data()
{
    QTest::addColumn<QList<int>>("digits");
    QTest::addColumn<int>("expected");
    QTest::addRow("7 then Enter") << QList<int>{7} << 6;
    QTest::addRow("12 then Enter") << QList<int>{1, 2} << 11;
    QTest::addRow("99 is not a step") << QList<int>{9, 9} << 2;
    QTest::addRow("0 is not a step") << QList<int>{0} << 2;
}

void TestLectureNavigator::typedNumberJumps()
{
    QFETCH(QList<int>, digits);
    QFETCH(int, expected);
    LectureNavigator navigator;
    navigator.setCount(20);
    navigator.jumpTo(2);
    QSignalSpy typed(&navigator, &LectureNavigator::typedNumberChanged);
    for (int digit : digits)
        QVERIFY(navigator.perform(Action::Digit, digit));
    QCOMPARE(typed.size(), digits.size());
    QCOMPARE(navigator.current(), 2);
    navigator.perform(Action::Next);
    QCOMPARE(navigator.current(), expected);
    QCOMPARE(navigator.typedNumber(), QString());
    // With no number typed, Enter is "next" again.
    navigator.perform(Action::Next);
    QCOMPARE(navigator.current(), expected + 1);
}

void TestLectureNavigator::blackoutReturnsOnAnyKey_data()
{
    QTest::addColumn<Action>("out");
    QTest::addColumn<Action>("back");
    QTest::addRow("black, then next") << Action::Black << Action::Next;
    QTest::addRow("white, then a digit") << Action::White << Action::Digit;
    QTest::addRow("black, then black") << Action::Black << Action::Black;
}

void TestLectureNavigator::blackoutReturnsOnAnyKey()
{
    QFETCH(Action, out);
    QFETCH(Action, back);
    LectureNavigator navigator;
    navigator.setCount(5);
    navigator.jumpTo(1);
    QSignalSpy screens(&navigator, &LectureNavigator::screenChanged);
    QVERIFY(navigator.perform(out));
    QCOMPARE(navigator.screen(),
        out == Action::Black ? LectureNavigator::Screen::Black : LectureNavigator::Screen::White);
    // The key that brings the lecture back does nothing else: the audience sees the step they left.
    QVERIFY(navigator.perform(back, 3));
    QCOMPARE(navigator.screen(), LectureNavigator::Screen::Normal);
    QCOMPARE(navigator.current(), 1);
    QCOMPARE(navigator.typedNumber(), QString());
    QCOMPARE(screens.size(), 2);
}

void TestLectureNavigator::autoAdvanceStopsAtTheEnd()
{
    LectureNavigator navigator;
    navigator.setCount(3);
    auto *timer = navigator.findChild<QTimer *>();
    QVERIFY(timer);
    QSignalSpy toggled(&navigator, &LectureNavigator::autoAdvanceChanged);
    QVERIFY(navigator.perform(Action::AutoAdvance));
    QVERIFY(navigator.autoAdvance());
    timer->setInterval(10);
    timer->start();
    QTRY_COMPARE(navigator.current(), 2);
    // At the last step it stops rather than wrap round in front of an audience.
    QTRY_VERIFY(!navigator.autoAdvance());
    QCOMPARE(navigator.current(), 2);
    QCOMPARE(toggled.size(), 2);
    QCOMPARE(toggled.constLast().at(0).toBool(), false);
}

void TestLectureNavigator::speed()
{
    LectureNavigator navigator;
    navigator.setCount(3);
    const QList<int> speeds = LectureNavigator::autoAdvanceSpeeds();
    const int start = navigator.autoAdvanceSeconds();
    QVERIFY(speeds.contains(start));
    navigator.perform(Action::Slower);
    QCOMPARE(navigator.autoAdvanceSeconds(), speeds.at(speeds.indexOf(start) + 1));
    for (int i = 0; i < speeds.size() + 2; ++i)
        navigator.perform(Action::Faster);
    QCOMPARE(navigator.autoAdvanceSeconds(), speeds.constFirst());
    for (int i = 0; i < speeds.size() + 2; ++i)
        navigator.perform(Action::Slower);
    QCOMPARE(navigator.autoAdvanceSeconds(), speeds.constLast());
}

void TestLectureNavigator::countChangeKeepsTheStep()
{
    LectureNavigator navigator;
    QCOMPARE(navigator.current(), -1);
    navigator.setCount(10);
    QCOMPARE(navigator.current(), 0);
    navigator.jumpTo(7);
    navigator.setCount(12);
    QCOMPARE(navigator.current(), 7);
    navigator.setCount(4);
    QCOMPARE(navigator.current(), 3);
    navigator.setCount(0);
    QCOMPARE(navigator.current(), -1);
    QVERIFY(!navigator.next());
}

QTEST_GUILESS_MAIN(TestLectureNavigator)
#include "tst_lecturenavigator.moc"
