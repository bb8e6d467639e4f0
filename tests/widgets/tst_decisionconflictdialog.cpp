// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "decisionconflictdialog.h"
#include "fixtures.h"

#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

// The conflict dialog: theirs beside the user's, field by field, one box ticked per field, and the four ways out.
class TestDecisionConflictDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void opensWithTheUsersOwnChangesTicked();
    void space_ticksTheSelectedSideAndUnticksTheOther();
    void buttons_data();
    void buttons();
    void markupInAValue_isShownAsText();

private:
    static QList<DecisionMerge::Field> twoEdits();
    QTableWidget *table(DecisionConflictDialog &dialog) const
    {
        return dialog.findChild<QTableWidget *>(QStringLiteral("conflictFields"));
    }
};

QList<DecisionMerge::Field> TestDecisionConflictDialog::twoEdits()
{
    Decision base = Fixtures::ukFine();
    Decision theirs = base;
    theirs.amount = Money { 100, QStringLiteral("GBP") };
    theirs.summary = QStringLiteral("their summary");
    Decision mine = base;
    mine.summary = QStringLiteral("my summary");
    mine.target = QStringLiteral("Clearview AI, Inc.");
    return DecisionMerge::differences(base, theirs, mine);
}

void TestDecisionConflictDialog::opensWithTheUsersOwnChangesTicked()
{
    DecisionConflictDialog dialog;
    dialog.setConflict(QStringLiteral("gb-ico-2022-fine"), twoEdits(), QStringLiteral("alice at 03/12/2026 10:42"));
    QTableWidget *fields = table(dialog);
    QVERIFY(fields);
    QCOMPARE(fields->rowCount(), 3);
    QCOMPARE(fields->item(0, 0)->text(), QStringLiteral("amount"));
    QCOMPARE(fields->item(1, 0)->text(), QStringLiteral("summary (changed by both)"));
    QVERIFY(fields->item(1, 0)->font().bold());
    QVERIFY(!fields->item(0, 0)->font().bold());
    QCOMPARE(fields->item(1, 1)->text(), QStringLiteral("their summary"));
    QCOMPARE(fields->item(1, 2)->text(), QStringLiteral("my summary"));
    // Their amount (only they changed it) and the user's summary and target.
    QCOMPARE(fields->item(0, 1)->checkState(), Qt::Checked);
    QCOMPARE(fields->item(0, 2)->checkState(), Qt::Unchecked);
    QCOMPARE(dialog.fromMine(), (QSet<QString> { QStringLiteral("summary"), QStringLiteral("target") }));
    const auto *intro = dialog.findChild<QLabel *>(QStringLiteral("conflictIntro"));
    QVERIFY(intro->text().contains(QLatin1String("saved by alice at 03/12/2026 10:42")));
    QVERIFY(dialog.windowTitle().contains(QLatin1String("gb-ico-2022-fine")));
}

void TestDecisionConflictDialog::space_ticksTheSelectedSideAndUnticksTheOther()
{
    DecisionConflictDialog dialog;
    dialog.setConflict(QStringLiteral("gb-ico-2022-fine"), twoEdits(), {});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTableWidget *fields = table(dialog);
    // Their summary instead of the user's: the summary row, its "Theirs" cell, Space.
    fields->setFocus();
    fields->setCurrentCell(1, 1);
    QTest::keyClick(fields->viewport(), Qt::Key_Space);
    QCOMPARE(fields->item(1, 1)->checkState(), Qt::Checked);
    QCOMPARE(fields->item(1, 2)->checkState(), Qt::Unchecked);
    // The user's amount: Right to "Yours" on the amount row, Space.
    fields->setCurrentCell(0, 2);
    QTest::keyClick(fields->viewport(), Qt::Key_Space);
    QCOMPARE(fields->item(0, 1)->checkState(), Qt::Unchecked);
    QCOMPARE(dialog.fromMine(), (QSet<QString> { QStringLiteral("amount"), QStringLiteral("target") }));
    // Unticking a side ticks the other: one of the two is always kept.
    QTest::keyClick(fields->viewport(), Qt::Key_Space);
    QCOMPARE(fields->item(0, 2)->checkState(), Qt::Unchecked);
    QCOMPARE(fields->item(0, 1)->checkState(), Qt::Checked);
}

void TestDecisionConflictDialog::buttons_data()
{
    QTest::addColumn<QString>("button"); // object name; empty: Esc
    QTest::addColumn<int>("result");
    QTest::addColumn<int>("resolution");
    using R = DecisionConflictDialog::Resolution;
    QTest::newRow("save ticked fields") << QStringLiteral("conflictMerge") << int(QDialog::Accepted) << int(R::Merge);
    QTest::newRow("keep mine") << QStringLiteral("conflictKeepMine") << int(QDialog::Accepted) << int(R::KeepMine);
    QTest::newRow("keep theirs") << QStringLiteral("conflictKeepTheirs") << int(QDialog::Accepted)
                                 << int(R::KeepTheirs);
    // Closing the dialog never drops the user's edit: back to the form.
    QTest::newRow("Esc") << QString() << int(QDialog::Rejected) << int(R::EditAgain);
}

void TestDecisionConflictDialog::buttons()
{
    QFETCH(QString, button);
    QFETCH(int, result);
    QFETCH(int, resolution);
    DecisionConflictDialog dialog;
    dialog.setConflict(QStringLiteral("gb-ico-2022-fine"), twoEdits(), {});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    if (button.isEmpty()) {
        QTest::keyClick(&dialog, Qt::Key_Escape);
    } else {
        auto *push = dialog.findChild<QPushButton *>(button);
        QVERIFY(push);
        QTest::mouseClick(push, Qt::LeftButton);
    }
    QCOMPARE(dialog.result(), result);
    QCOMPARE(int(dialog.resolution()), resolution);
    QVERIFY(!dialog.isVisible());
}

void TestDecisionConflictDialog::markupInAValue_isShownAsText()
{
    Decision base = Fixtures::ukFine();
    Decision theirs = base;
    theirs.summary = QStringLiteral("<b>bold</b><img src=\"x.png\">");
    Decision mine = base;
    mine.summary = QStringLiteral("line one\nline two");
    DecisionConflictDialog dialog;
    dialog.setConflict(QStringLiteral("<i>id</i>"), DecisionMerge::differences(base, theirs, mine), QStringLiteral("<b>x</b>"));
    QTableWidget *fields = table(dialog);
    QCOMPARE(fields->item(0, 1)->text(), theirs.summary);
    QVERIFY(!fields->item(0, 1)->toolTip().contains(QLatin1String("<b>")));
    QVERIFY(fields->item(0, 1)->toolTip().contains(QLatin1String("&lt;b&gt;")));
    // One line in the cell; both lines in the tooltip.
    QCOMPARE(fields->item(0, 2)->text(), QStringLiteral("line one line two"));
    const auto *intro = dialog.findChild<QLabel *>(QStringLiteral("conflictIntro"));
    QCOMPARE(intro->textFormat(), Qt::PlainText);
    QVERIFY(intro->text().contains(QLatin1String("<b>x</b>")));
}

QTEST_MAIN(TestDecisionConflictDialog)
#include "tst_decisionconflictdialog.moc"
