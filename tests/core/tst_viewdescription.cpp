// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "viewdescription.h"

#include <QTest>

Q_DECLARE_METATYPE(ViewDescription)

// The plain text every description is printed, copied and written as: a paragraph of sentences, passages, then
// tables whose columns line up with spaces alone.
class TestViewDescription : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void alignedText_padsTextLeftAndFiguresRight();
    void plainText_separatesItsPartsWithBlankLines_data();
    void plainText_separatesItsPartsWithBlankLines();
    void asSentence_endsDataTextWithOneFullStop_data();
    void asSentence_endsDataTextWithOneFullStop();
};

void TestViewDescription::alignedText_padsTextLeftAndFiguresRight()
{
    ViewDescription::Table table;
    table.header = {QStringLiteral("Country"), QStringLiteral("Imposed")};
    table.figures = {false, true};
    table.rows = {{QStringLiteral("Netherlands"), QStringLiteral("€30,500,000")},
        {QStringLiteral("Italy"), QStringLiteral("€20,000,000")}, {QStringLiteral("Canada"), QStringLiteral("€0")}};
    // Two spaces between columns, nothing after the last cell: no dashes or bars for a screen reader to read out.
    QCOMPARE(ViewDescription::alignedText(table),
        QStringLiteral("Country          Imposed\n"
                       "Netherlands  €30,500,000\n"
                       "Italy        €20,000,000\n"
                       "Canada                €0\n"));
}

void TestViewDescription::plainText_separatesItsPartsWithBlankLines_data()
{
    QTest::addColumn<ViewDescription>("description");
    QTest::addColumn<QString>("expected");
    ViewDescription::Table table;
    table.header = {QStringLiteral("Step"), QStringLiteral("Shows")};
    table.figures = {true, false};
    table.rows = {{QStringLiteral("1"), QStringLiteral("Garante")}};

    ViewDescription all;
    all.sentences = {QStringLiteral("The lecture has 1 step."), QStringLiteral("It is short.")};
    all.passages = {QStringLiteral("Step 1 of 1. Italy.")};
    all.tables = {table};
    QTest::addRow("sentences, passage, table") << all
        << QStringLiteral("The lecture has 1 step. It is short.\n\nStep 1 of 1. Italy.\n\nStep  Shows\n   1  Garante\n");
    ViewDescription sentences;
    sentences.sentences = {QStringLiteral("No decision matches the filters.")};
    QTest::addRow("sentences alone") << sentences << QStringLiteral("No decision matches the filters.\n");
    QTest::addRow("nothing") << ViewDescription() << QString();
}

void TestViewDescription::plainText_separatesItsPartsWithBlankLines()
{
    QFETCH(ViewDescription, description);
    QFETCH(QString, expected);
    QCOMPARE(description.plainText(), expected);
}

void TestViewDescription::asSentence_endsDataTextWithOneFullStop_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::addRow("plain") << QStringLiteral("Garante per la protezione dei dati personali")
                           << QStringLiteral("Garante per la protezione dei dati personali.");
    QTest::addRow("already ended") << QStringLiteral("Case allowed to proceed.") << QStringLiteral("Case allowed to proceed.");
    QTest::addRow("question") << QStringLiteral("Paid?") << QStringLiteral("Paid?");
    QTest::addRow("spaces and lines") << QStringLiteral("  two\nlines  ") << QStringLiteral("two lines.");
    QTest::addRow("empty") << QStringLiteral("   ") << QString();
}

void TestViewDescription::asSentence_endsDataTextWithOneFullStop()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(ViewDescription::asSentence(text), expected);
}

QTEST_GUILESS_MAIN(TestViewDescription)
#include "tst_viewdescription.moc"
