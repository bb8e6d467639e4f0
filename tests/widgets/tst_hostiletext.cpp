// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "countrychartrenderer.h"
#include "cumulativechartview.h"
#include "decisionfilterproxy.h"
#include "decisionmodel.h"
#include "detailhtml.h"
#include "fieldlimits.h"
#include "importvalidator.h"
#include "plaintext.h"
#include "theme.h"
#include "timelinetooltip.h"
#include "viewstate.h"

#include <QBarCategoryAxis>
#include <QChart>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTextDocument>
#include <memory>

// Hostile text through every view: markup in the data is shown as the characters it is, never interpreted (no bold,
// no image, no link), and no input can make text layout unbounded work.
class TestHostileText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void markup_isShownAsText_everywhere_data();
    void markup_isShownAsText_everywhere();
    void cumulativeChartHover_showsMarkupAsText();
    void withBreaks_boundsEveryUnbrokenRun_data();
    void withBreaks_boundsEveryUnbrokenRun();
    void detailPanel_ofAHugeWord_hasNoUnbrokenRunLongerThanTheBound();
    void import_refusesFieldsOverTheirLimit_data();
    void import_refusesFieldsOverTheirLimit();
};

namespace {

Decision hostileDecision(const QString &text)
{
    Decision d;
    d.id = QStringLiteral("xx-hostile-2022-fine");
    d.country = QStringLiteral("FR");
    d.authority = text;
    d.jurisdictionName = text;
    d.target = text;
    d.decisionType = QStringLiteral("fine");
    d.decisionDate = QDate(2022, 10, 17);
    d.dateNotes = text;
    d.amount = Money { 2000000000, QStringLiteral("EUR") };
    d.amountEur = d.amount;
    d.amountNotes = text;
    d.includeInCumulativeFines = true;
    d.summary = text;
    d.outcome = text;
    d.reference = text;
    d.facts = QStringList { text };
    d.sources = { Source { QStringLiteral("https://example.org/"), text, text, text, QStringLiteral("en") } };
    return d;
}

// What a rich-text widget shows for `html`, as plain text; and whether it would draw an image or a link.
struct Rendered
{
    QString text;
    bool hasImage = false;
    bool hasBold = false;
};

Rendered render(const QString &html)
{
    QTextDocument document;
    document.setHtml(html);
    Rendered r;
    // Zero-width spaces are break opportunities, not content.
    r.text = document.toPlainText().remove(QChar(0x200B));
    const QString normalised = document.toHtml();
    r.hasImage = normalised.contains(QLatin1String("<img"));
    r.hasBold = normalised.contains(QLatin1String("font-weight:700"))
        || normalised.contains(QLatin1String("font-weight:600"));
    return r;
}

} // namespace

void TestHostileText::markup_isShownAsText_everywhere_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("bold") << QStringLiteral("<b>CNIL</b>");
    QTest::newRow("image") << QStringLiteral("<img src=\"file:///etc/passwd\" width=500>");
    QTest::newRow("script") << QStringLiteral("<script>alert(1)</script>");
    QTest::newRow("link and entity") << QStringLiteral("<a href=\"javascript:x\">&amp; click</a>");
    QTest::newRow("qt rich-text marker") << QStringLiteral("<qt><h1>Big</h1></qt>");
}

void TestHostileText::markup_isShownAsText_everywhere()
{
    QFETCH(QString, text);
    const Decision d = hostileDecision(text);

    // The table: every column's tooltip.
    DecisionModel model;
    model.setDecisions({ d });
    for (int column = 0; column < model.columnCount(); ++column) {
        const QString tip = model.index(0, column).data(Qt::ToolTipRole).toString();
        if (tip.isEmpty())
            continue;
        const Rendered shown = render(tip);
        QVERIFY2(!shown.hasImage && !shown.hasBold, qPrintable(tip));
        // The date's tooltip is its notes, the amount's its notes: both exactly the text.
        if (column == DecisionModel::DateColumn || column == DecisionModel::AmountColumn)
            QCOMPARE(shown.text, text);
    }

    // The timeline's tooltip.
    const Rendered timeline = render(TimelineToolTip::escaped(text + QStringLiteral("\nsecond line")));
    QCOMPARE(timeline.text, text + QStringLiteral("\nsecond line"));
    QVERIFY(!timeline.hasImage && !timeline.hasBold);

    // The detail panel.
    const Rendered detail = render(DetailHtml(QLocale(QLocale::English)).build(d, {}));
    QVERIFY2(detail.text.contains(text), qPrintable(detail.text));
    QVERIFY(!detail.hasImage);

    // The countries chart by authority: Qt Charts draws axis labels as HTML.
    CountryChartRenderer countries({ d }, DateBasis::Adopted);
    countries.setMode(CountryChartRenderer::Mode::Totals);
    countries.setGrouping(CountryChartRenderer::Grouping::Authority);
    const std::unique_ptr<QChart> chart(countries.createChart(Theme::named(QStringLiteral("light")), QFont(), 1200));
    QStringList categories;
    for (QAbstractAxis *axis : chart->axes()) {
        if (auto *category = qobject_cast<QBarCategoryAxis *>(axis))
            categories += category->categories();
    }
    QCOMPARE(categories.size(), 1);
    const Rendered label = render(categories.constFirst());
    QVERIFY2(label.text.contains(text) || label.text.contains(QChar(0x2026)), qPrintable(label.text));
    QVERIFY(!label.hasImage && !label.hasBold);
}

void TestHostileText::cumulativeChartHover_showsMarkupAsText()
{
    const QString text = QStringLiteral("<b>Bold</b><img src=\"x.png\">");
    ViewState state;
    DecisionModel model;
    DecisionFilterProxy proxy(&state);
    proxy.setSourceModel(&model);
    model.setDecisions({ hostileDecision(text) });
    CumulativeChartView view;
    view.setViewState(&state);
    view.setModel(&proxy);
    view.refresh(); // built now, not when first shown
    view.resize(1100, 650);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.refresh();
    const QPoint mark = view.markPosition(QStringLiteral("xx-hostile-2022-fine"));
    QVERIFY(!mark.isNull());
    QTest::mouseMove(view.chartViewport(), mark);
    QTRY_VERIFY(!view.hoverText().isEmpty());
    const Rendered shown = render(view.hoverText());
    QVERIFY2(shown.text.contains(text), qPrintable(shown.text));
    QVERIFY(!shown.hasImage && !shown.hasBold);
}

void TestHostileText::withBreaks_boundsEveryUnbrokenRun_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("breaksAdded");
    QTest::newRow("short words stay as they are") << QStringLiteral("CNIL fined Clearview AI") << 0;
    QTest::newRow("exactly the bound") << QString(PlainText::LongestRun - 1, QLatin1Char('a')) << 0;
    QTest::newRow("one over the bound") << QString(PlainText::LongestRun, QLatin1Char('a')) << 1;
    QTest::newRow("a 100 kB word") << QString(100000, QLatin1Char('w')) << 100000 / PlainText::LongestRun;
    QTest::newRow("spaces reset the count")
        << (QString(70, QLatin1Char('a')) + QLatin1Char(' ') + QString(70, QLatin1Char('b'))) << 0;
    // Runs count characters, not UTF-16 units: 100 emoji get one break, between two pairs, never inside one.
    QString emoji;
    for (int i = 0; i < 100; ++i)
        emoji += QString::fromUcs4(U"\U0001F600");
    QTest::newRow("surrogate pairs are kept whole") << emoji << 1;
}

void TestHostileText::withBreaks_boundsEveryUnbrokenRun()
{
    QFETCH(QString, text);
    QFETCH(int, breaksAdded);
    const QString broken = PlainText::withBreaks(text);
    QCOMPARE(broken.size() - text.size(), qsizetype(breaksAdded));
    QString back = broken;
    QCOMPARE(back.remove(QChar(0x200B)), text);
    for (qsizetype i = 0; i + 1 < broken.size(); ++i) {
        if (broken.at(i) == QChar(0x200B))
            QVERIFY2(!broken.at(i - 1).isHighSurrogate(), "a break inside a surrogate pair");
    }
}

void TestHostileText::detailPanel_ofAHugeWord_hasNoUnbrokenRunLongerThanTheBound()
{
    Decision d = hostileDecision(QStringLiteral("x"));
    d.summary = QString(FieldLimits::Text, QLatin1Char('w'));
    QTextDocument document;
    document.setHtml(DetailHtml(QLocale(QLocale::English)).build(d, {}));
    const QString shown = document.toPlainText();
    QVERIFY(shown.count(QLatin1Char('w')) >= FieldLimits::Text);
    int run = 0;
    int longest = 0;
    for (const QChar c : shown) {
        run = (c.isSpace() || c == QChar(0x200B)) ? 0 : run + 1;
        longest = std::max(longest, run);
    }
    QVERIFY2(longest <= PlainText::LongestRun, qPrintable(QString::number(longest)));
}

void TestHostileText::import_refusesFieldsOverTheirLimit_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<int>("length");
    QTest::addColumn<QString>("expected"); // empty: accepted
    QTest::newRow("summary at the limit") << "summary" << FieldLimits::Text << QString();
    QTest::newRow("a 1 MB word in a summary")
        << "summary" << 1024 * 1024 << "summary: 1048576 characters, longer than the 65536 this field may hold";
    QTest::newRow("a 5 MB URL") << "url" << 5 * 1024 * 1024
                                << "sources[0].url: 5242880 characters, longer than the 2048 this field may hold";
    QTest::newRow("a URL at the limit") << "url" << FieldLimits::Url << QString();
    QTest::newRow("a long authority name") << "authority" << FieldLimits::Short + 1
                                           << "authority: 1001 characters, longer than the 1000 this field may hold";
}

void TestHostileText::import_refusesFieldsOverTheirLimit()
{
    QFETCH(QString, field);
    QFETCH(int, length);
    QFETCH(QString, expected);
    QJsonObject source { { QStringLiteral("url"), QStringLiteral("https://example.org/") } };
    QJsonObject object { { QStringLiteral("id"), QStringLiteral("xx-long-2022-fine") },
        { QStringLiteral("country"), QStringLiteral("FR") }, { QStringLiteral("authority"), QStringLiteral("CNIL") },
        { QStringLiteral("decision_type"), QStringLiteral("fine") },
        { QStringLiteral("decision_date"), QStringLiteral("2022-10-17") } };
    if (field == QLatin1String("url")) {
        const QString prefix = QStringLiteral("https://example.org/");
        source[QStringLiteral("url")] = QString(prefix + QString(length - prefix.size(), QLatin1Char('a')));
    } else {
        object[field] = QString(length, QLatin1Char('w'));
    }
    object[QStringLiteral("sources")] = QJsonArray { source };
    const QByteArray bytes = QJsonDocument(QJsonArray { object }).toJson(QJsonDocument::Compact);
    const ImportBatch batch = ImportValidator::validate(QStringLiteral("long.json"), bytes, {});
    const QStringList errors = ImportValidator::errorLines(QStringLiteral("long.json"), batch);
    if (expected.isEmpty())
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
    else
        QCOMPARE(errors, QStringList { QStringLiteral("long.json:1: ") + expected });
}

QTEST_MAIN(TestHostileText)
#include "tst_hostiletext.moc"
