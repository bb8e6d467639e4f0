// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartspeech.h"
#include "cumulativeseries.h"

#include <QLocale>
#include <QTest>

namespace {

using Step = CumulativeSeries::Step;
using StepKind = CumulativeSeries::StepKind;

const QLocale english(QLocale::English, QLocale::UnitedKingdom);
const QLocale french(QLocale::French, QLocale::France);

// "~" stands for the no-break space (U+00A0) that keeps a spoken number whole.
QString T(const char *utf8)
{
    return QString::fromUtf8(utf8).replace(QLatin1Char('~'), QChar::Nbsp);
}

Step makeStep(StepKind kind, const QDate &date, const char *authority, const char *country, qint64 euroCents,
    CumulativeSeries::Totals after, std::optional<Money> original = std::nullopt)
{
    Step s;
    s.kind = kind;
    s.date = date;
    s.authority = QString::fromUtf8(authority);
    s.country = QString::fromLatin1(country);
    s.decisionType = QStringLiteral("fine");
    s.amountMinor = euroCents;
    s.original = original;
    s.after = after;
    return s;
}

const char *const cnil = "Commission nationale de l'informatique et des libertés (CNIL) – restricted committee";
const char *const ico = "Information Commissioner's Office (ICO) – Information Commissioner John Edwards";

} // namespace

Q_DECLARE_METATYPE(CumulativeSeries::Step)

class TestChartSpeech : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void step_data()
    {
        QTest::addColumn<Step>("step");
        QTest::addColumn<QString>("expected");

        // The money moved, then the total it moved: the one the step's line shows.
        QTest::newRow("imposed") << makeStep(StepKind::Imposed, QDate(2022, 10, 17), cnil, "FR", 2'000'000'000,
            { 4'892'027'900, 4'892'027'900,
                0 }) << T("17 October 2022, CNIL, France, fine: €20,000,000 imposed; total imposed €48,920,279");
        // Pounds as imposed, with the euros that the total adds.
        QTest::newRow("imposed in pounds")
            << makeStep(StepKind::Imposed, QDate(2022, 5, 18), ico, "GB", 892'027'900, { 892'027'900, 892'027'900, 0 },
                   Money { 755'280'000, QStringLiteral("GBP") })
            << T("18 May 2022, ICO, United Kingdom, fine: £7,552,800 (€8,920,279) imposed; total imposed €8,920,279");
        QTest::newRow("set aside")
            << makeStep(
                   StepKind::SetAside, QDate(2023, 10, 18), ico, "GB", 892'027'900, { 6'892'027'900, 6'000'000'000, 0 })
            << T("18 October 2023, ICO, United Kingdom, fine: €8,920,279 set aside; total standing €60,000,000");
        QTest::newRow("reinstated")
            << makeStep(StepKind::Reinstated, QDate(2025, 11, 4), ico, "GB", 892'027'900,
                   { 6'892'027'900, 6'892'027'900, 0 })
            << T("4 November 2025, ICO, United Kingdom, fine: €8,920,279 reinstated; total standing €68,920,279");
        QTest::newRow("collected") << makeStep(
            StepKind::Collected, QDate(2024, 1, 2), cnil, "FR", 50'000, { 2'000'000'000, 2'000'000'000, 50'000 })
                                   << T("2 January 2024, CNIL, France, fine: €500 collected; total collected €500");
    }

    void step()
    {
        QFETCH(Step, step);
        QFETCH(QString, expected);
        QCOMPARE(ChartSpeech::step(step, english), expected);
    }

    void step_inFrench_speaksFrenchFormats()
    {
        // The words wait for their translation; the date and the amounts follow the locale already.
        const QString text = ChartSpeech::step(makeStep(StepKind::Imposed, QDate(2022, 10, 17), cnil, "FR",
                                                   2'000'000'000, { 2'000'000'000, 2'000'000'000, 0 }),
            french);
        QVERIFY2(text.startsWith(T("17 octobre 2022, CNIL, France, ")), qPrintable(text));
        QCOMPARE(text.count(T("20~000~000~€")), 2);
        // No narrow space is left in the spoken text: a screen reader would split the number there.
        QVERIFY(!text.contains(QChar(0x202F)));
    }

    void group_data()
    {
        QTest::addColumn<QString>("label");
        QTest::addColumn<qint64>("imposed");
        QTest::addColumn<qint64>("standing");
        QTest::addColumn<int>("decisions");
        QTest::addColumn<QString>("expected");

        // Up to the count's noun, whose plural comes from the English translation file.
        QTest::newRow("country") << QStringLiteral("France") << qint64(2'520'000'000) << qint64(2'520'000'000) << 3
                                 << T("France: €25,200,000 imposed, €25,200,000 standing after appeals; 3 decision");
        QTest::newRow("authority set aside")
            << QStringLiteral("ICO (United Kingdom)") << qint64(892'027'900) << qint64(0) << 1
            << T("ICO (United Kingdom): €8,920,279 imposed, €0 standing after appeals; 1 decision");
    }

    void group()
    {
        QFETCH(QString, label);
        QFETCH(qint64, imposed);
        QFETCH(qint64, standing);
        QFETCH(int, decisions);
        QFETCH(QString, expected);
        const QString text = ChartSpeech::group(label, imposed, standing, decisions, english);
        QVERIFY2(text.startsWith(expected), qPrintable(text));
    }
};

QTEST_GUILESS_MAIN(TestChartSpeech)
#include "tst_chartspeech.moc"
