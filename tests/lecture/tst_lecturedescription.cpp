// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fixtures.h"
#include "lecturedescription.h"

#include <QLocale>
#include <QTest>

namespace {

const QLocale English(QLocale::English, QLocale::UnitedKingdom);
const QLocale French(QLocale::French, QLocale::France);

LectureDeck bundledDeck()
{
    return LectureDeck::fromDecisions(Fixtures::bundled().decisions, DateBasis::Adopted, QStringLiteral("Clearview AI"));
}

// A title card, two decisions with the presenter's notes, and a decision this database lacks.
LectureDeck scriptDeck()
{
    LectureScript script;
    script.name = QStringLiteral("Fines in Europe");
    script.steps = {LectureScriptStep::titleCard(QStringLiteral("Fines in Europe"), QStringLiteral("2022 to 2023"),
                        QStringLiteral("Presenter only: start slowly")),
        LectureScriptStep::decision(QStringLiteral("it-garante-2022-fine"), QStringLiteral("Presenter only: Italy")),
        LectureScriptStep::decision(QStringLiteral("gb-ico-2022-fine"), QStringLiteral("Presenter only: the UK"))};
    return LectureDeck::fromScript(script, Fixtures::bundled().decisions, DateBasis::Adopted);
}

} // namespace

// What a lecture says for screen readers: each step's spoken text with its running totals, and the deck's summary;
// never the speaker notes.
class TestLectureDescription : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void spokenText_saysWhatTheStepShowsAndItsTotals_data();
    void spokenText_saysWhatTheStepShowsAndItsTotals();
    void spokenText_ofATitleCard();
    void notes_areNeverSpoken();
    void describe_summarisesTheDeckAndListsItsSteps();
    void french_amountsAreOneWordForAScreenReader();
};

void TestLectureDescription::spokenText_saysWhatTheStepShowsAndItsTotals_data()
{
    QTest::addColumn<QString>("decision");
    QTest::addColumn<QStringList>("parts");
    QTest::addRow("Italy's fine") << QStringLiteral("it-garante-2022-fine")
        << QStringList{QStringLiteral("Italy, 10 February 2022."), QStringLiteral("Fine: €20,000,000."),
               QStringLiteral("Running totals on 10 February 2022: €20,000,000 imposed, €20,000,000 standing, €0 "
                              "collected.")};
    QTest::addRow("the UK fine, in pounds") << QStringLiteral("gb-ico-2022-fine")
        << QStringList{QStringLiteral("United Kingdom, 18 May 2022."), QStringLiteral("Fine: £7,552,800 (€8,920,279)."),
               QStringLiteral("Running totals on 18 May 2022: €28,920,279 imposed, €28,920,279 standing, €0 collected.")};
    // The ruling that set the UK fine aside: the standing total drops on its day.
    QTest::addRow("the tribunal's ruling") << QStringLiteral("gb-ftt-2023-appeal")
        << QStringList{QStringLiteral("Court ruling."),
               QStringLiteral("Running totals on 17 October 2023: €74,120,279 imposed, €65,200,000 standing, €0 "
                              "collected.")};
    QTest::addRow("a provisional amount, not counted") << QStringLiteral("gb-ico-2021-provisional")
        << QStringList{QStringLiteral("Provisional notice: £17,000,000 (€20,098,601)."),
               QStringLiteral("This amount is not in the totals.")};
}

void TestLectureDescription::spokenText_saysWhatTheStepShowsAndItsTotals()
{
    QFETCH(QString, decision);
    QFETCH(QStringList, parts);
    const LectureDeck deck = bundledDeck();
    const int index = deck.indexOfDecision(decision);
    QVERIFY(index >= 0);
    const QString text = LectureDescription::spokenText(deck, index, English);
    QVERIFY2(text.startsWith(QStringLiteral("Step %1 of 43. ").arg(index + 1)), qPrintable(text));
    for (const QString &part : parts)
        QVERIFY2(text.contains(part), qPrintable(text));
    // What the slide's caption shows of the decision is said too.
    QVERIFY(text.contains(LectureDescription::summaryLine(deck.step(index).decision, English)));
    QCOMPARE(LectureDescription::stepName(deck, index, English), QStringLiteral("Step %1 of 43").arg(index + 1));
}

void TestLectureDescription::spokenText_ofATitleCard()
{
    const LectureDeck deck = scriptDeck();
    QCOMPARE(LectureDescription::spokenText(deck, 0, English),
        QStringLiteral("Step 1 of 3. Fines in Europe. 2022 to 2023. Running totals: €0 imposed, €0 standing, €0 collected."));
    QCOMPARE(LectureDescription::spokenText(deck, 3, English), QString());
}

void TestLectureDescription::notes_areNeverSpoken()
{
    const LectureDeck deck = scriptDeck();
    QVERIFY(deck.step(1).notes.contains(QLatin1String("Presenter only")));
    for (int i = 0; i < deck.count(); ++i)
        QVERIFY(!LectureDescription::spokenText(deck, i, English).contains(QLatin1String("Presenter only")));
    QVERIFY(!LectureDescription::describe(deck, English).plainText().contains(QLatin1String("Presenter only")));
}

void TestLectureDescription::describe_summarisesTheDeckAndListsItsSteps()
{
    const LectureDeck deck = bundledDeck();
    const ViewDescription description = LectureDescription::describe(deck, English);
    QVERIFY2(description.sentences.value(0).startsWith(QStringLiteral("The lecture “Clearview AI” has 43 step")),
        qPrintable(description.summary()));
    QCOMPARE(description.sentences.value(1), QStringLiteral("Its decisions run from 24 January 2020 to 18 February 2026."));
    QCOMPARE(description.sentences.value(2),
        QStringLiteral("By its last step: €104,620,279 imposed, €104,620,279 standing, €0 collected."));
    QCOMPARE(description.passages.size(), 43);
    for (int i = 0; i < deck.count(); ++i)
        QCOMPARE(description.passages.at(i), LectureDescription::spokenText(deck, i, English));
    QCOMPARE(description.tables.size(), 1);
    const ViewDescription::Table &table = description.tables.constFirst();
    QCOMPARE(table.rows.size(), 43);
    const int italy = deck.indexOfDecision(QStringLiteral("it-garante-2022-fine"));
    QCOMPARE(table.rows.at(italy),
        (QStringList{QString::number(italy + 1), QStringLiteral("10 February 2022"), QStringLiteral("Garante, Fine, Italy"),
            QStringLiteral("€20,000,000"), QStringLiteral("€20,000,000"), QStringLiteral("€20,000,000"), QStringLiteral("€0")}));
}

void TestLectureDescription::french_amountsAreOneWordForAScreenReader()
{
    const LectureDeck deck = bundledDeck();
    const QString text = LectureDescription::spokenText(deck, deck.indexOfDecision(QStringLiteral("nl-ap-2024-fine")), French);
    QVERIFY2(text.contains(QStringLiteral("30\u00a0500\u00a0000\u00a0€")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("16 mai 2024")));
    QVERIFY(!text.contains(QChar(0x202f)));
    QVERIFY(!text.contains(QChar(0x2009)));
}

QTEST_GUILESS_MAIN(TestLectureDescription)
#include "tst_lecturedescription.moc"
