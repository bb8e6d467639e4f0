// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "colourcontrast.h"
#include "contraststyle.h"
#include "theme.h"
#include "timelinemarkerpainter.h"

#include <QTest>

using ColourContrast::GraphicsMinimum;
using ColourContrast::TextMinimum;

namespace {

// One colour drawn on another somewhere in caseline, and the contrast WCAG asks of it.
struct Pair
{
    QString where;
    QColor foreground;
    QColor background;
    double minimum;
};

QColor withAlpha(QColor colour, int alpha)
{
    colour.setAlpha(alpha);
    return colour;
}

QString categoricalName(int index)
{
    static const char *const names[]
        = {"orange", "sky blue", "bluish green", "yellow", "blue", "vermillion", "reddish purple", "grey"};
    return QString::fromLatin1(index < 8 ? names[index] : "extra");
}

// Where the painters draw the theme's colours on each other (widgets/timeline, charts, lecture, common/exportframe)
// and the palette roles Qt draws text and controls with. Translucent colours are measured as they come out.
QList<Pair> pairsOf(const Theme &t)
{
    const QColor bg = t.background;
    const QColor lane = t.laneAlternate;
    QList<Pair> pairs{
        // Text: titles, lane codes, labels, chart axes and legends, the lecture's slides, an export's frame.
        {QStringLiteral("text on background"), t.text, bg, TextMinimum},
        {QStringLiteral("text on alternate lane"), t.text, lane, TextMinimum},
        // Tick labels, country names, subtitles and citations, chart notes and axis titles.
        {QStringLiteral("muted text on background"), t.mutedText, bg, TextMinimum},
        {QStringLiteral("muted text on alternate lane"), t.mutedText, lane, TextMinimum},
        // The timeline's "Today" label, on a box of the background.
        {QStringLiteral("today label on background"), t.today, bg, TextMinimum},
        {QStringLiteral("cluster count on cluster disc"), t.text, TimelineMarkerPainter::clusterFill(t), TextMinimum},
        // TimelineRenderer::paintPeriods tints a strip with the accent, 45/255 (70 on a dark background).
        {QStringLiteral("period label on its strip"), t.text,
            ColourContrast::over(withAlpha(t.accent, bg.lightnessF() < 0.5 ? 70 : 45), bg), TextMinimum},
        // LectureSlide::paintCaption: a card of 6% text over the background.
        {QStringLiteral("text on lecture caption card"), t.text,
            ColourContrast::over(withAlpha(t.text, qRound(0.06 * 255)), bg), TextMinimum},
        {QStringLiteral("muted text on lecture caption card"), t.mutedText,
            ColourContrast::over(withAlpha(t.text, qRound(0.06 * 255)), bg), TextMinimum},
        // The cumulative chart's right axis (claimed database size) is labelled in purple.
        {QStringLiteral("claims axis labels on background"), t.categorical.value(6), bg, TextMinimum},

        // Lines and marks that carry meaning, on the background and across the alternate lanes.
        {QStringLiteral("accent (hover ring, focus, imposed line) on background"), t.accent, bg, GraphicsMinimum},
        {QStringLiteral("accent on alternate lane"), t.accent, lane, GraphicsMinimum},
        {QStringLiteral("selection ring on background"), t.selection, bg, GraphicsMinimum},
        {QStringLiteral("selection ring on alternate lane"), t.selection, lane, GraphicsMinimum},
        {QStringLiteral("today line on alternate lane"), t.today, lane, GraphicsMinimum},
        // Cluster edges, the charts' axis lines and the rises of amounts not imposed.
        {QStringLiteral("muted line on background"), t.mutedText, bg, GraphicsMinimum},
        {QStringLiteral("muted line on alternate lane"), t.mutedText, lane, GraphicsMinimum},
        {QStringLiteral("marker outline on background"),
            ColourContrast::over(TimelineMarkerPainter::outlineColour(t), bg), bg, GraphicsMinimum},
        {QStringLiteral("marker outline on alternate lane"),
            ColourContrast::over(TimelineMarkerPainter::outlineColour(t), lane), lane, GraphicsMinimum},
        {QStringLiteral("relation arrow on background"),
            ColourContrast::over(TimelineMarkerPainter::arrowColour(false, t), bg), bg, GraphicsMinimum},
        {QStringLiteral("relation arrow on alternate lane"),
            ColourContrast::over(TimelineMarkerPainter::arrowColour(false, t), lane), lane, GraphicsMinimum},
        {QStringLiteral("selected relation arrow on alternate lane"),
            ColourContrast::over(TimelineMarkerPainter::arrowColour(true, t), lane), lane, GraphicsMinimum},
    };
    // Every categorical colour is a line somewhere: a bar's edge or hatching, a hollow set-aside marker, a chart's
    // standing, collected or claims line.
    for (int i = 0; i < t.categorical.size(); ++i) {
        const QString name = QStringLiteral("categorical %1 (%2)").arg(i).arg(categoricalName(i));
        pairs.append({name + QStringLiteral(" on background"), t.categorical.at(i), bg, GraphicsMinimum});
        pairs.append({name + QStringLiteral(" on alternate lane"), t.categorical.at(i), lane, GraphicsMinimum});
    }

    // The palette roles Qt draws text with.
    const QPalette &p = t.palette;
    const auto role = [&p](QPalette::ColorRole r) { return p.color(QPalette::Active, r); };
    pairs += {
        {QStringLiteral("WindowText on Window"), role(QPalette::WindowText), role(QPalette::Window), TextMinimum},
        {QStringLiteral("Text on Base"), role(QPalette::Text), role(QPalette::Base), TextMinimum},
        {QStringLiteral("Text on AlternateBase"), role(QPalette::Text), role(QPalette::AlternateBase), TextMinimum},
        {QStringLiteral("ButtonText on Button"), role(QPalette::ButtonText), role(QPalette::Button), TextMinimum},
        {QStringLiteral("HighlightedText on Highlight"), role(QPalette::HighlightedText), role(QPalette::Highlight),
            TextMinimum},
        {QStringLiteral("ToolTipText on ToolTipBase"), role(QPalette::ToolTipText), role(QPalette::ToolTipBase),
            TextMinimum},
        {QStringLiteral("PlaceholderText on Base"), role(QPalette::PlaceholderText), role(QPalette::Base),
            TextMinimum},
        {QStringLiteral("Link on Base"), role(QPalette::Link), role(QPalette::Base), TextMinimum},
        {QStringLiteral("Link on Window"), role(QPalette::Link), role(QPalette::Window), TextMinimum},
        {QStringLiteral("LinkVisited on Base"), role(QPalette::LinkVisited), role(QPalette::Base), TextMinimum},
    };
    // And the controls the style draws from them: check boxes and radio buttons, and the keyboard focus.
    const ContrastStyle::IndicatorColours indicator = ContrastStyle::indicatorColours(p);
    const QColor focus = ContrastStyle::focusColour(p);
    pairs += {
        {QStringLiteral("check box outline on Window"), indicator.outline, role(QPalette::Window), GraphicsMinimum},
        {QStringLiteral("check box outline on its field"), indicator.outline, indicator.field, GraphicsMinimum},
        {QStringLiteral("check mark on its field"), indicator.mark, indicator.field, GraphicsMinimum},
        {QStringLiteral("focus outline on Window"), focus, role(QPalette::Window), GraphicsMinimum},
        {QStringLiteral("focus outline on Base"), focus, role(QPalette::Base), GraphicsMinimum},
    };
    return pairs;
}

} // namespace

class TestThemeContrast : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void luminance_data()
    {
        QTest::addColumn<QColor>("colour");
        QTest::addColumn<double>("expected");
        QTest::newRow("black") << QColor(Qt::black) << 0.0;
        QTest::newRow("white") << QColor(Qt::white) << 1.0;
        // 128/255 through the sRGB curve: ((0.50196 + 0.055) / 1.055)^2.4.
        QTest::newRow("mid grey") << QColor(0x80, 0x80, 0x80) << 0.2158605;
        QTest::newRow("pure red") << QColor(Qt::red) << 0.2126;
        QTest::newRow("pure green") << QColor(Qt::green) << 0.7152;
        QTest::newRow("pure blue") << QColor(Qt::blue) << 0.0722;
        // Below the curve's threshold the channel is divided by 12.92: 10/255/12.92.
        QTest::newRow("near black") << QColor(10, 10, 10) << 0.0030353;
    }

    void luminance()
    {
        QFETCH(QColor, colour);
        QFETCH(double, expected);
        QVERIFY2(qAbs(ColourContrast::relativeLuminance(colour) - expected) < 1e-6,
            qPrintable(QString::number(ColourContrast::relativeLuminance(colour), 'g', 8)));
    }

    void ratio_data()
    {
        QTest::addColumn<QColor>("a");
        QTest::addColumn<QColor>("b");
        QTest::addColumn<double>("expected");
        QTest::newRow("black on white") << QColor(Qt::black) << QColor(Qt::white) << 21.0;
        QTest::newRow("white on black, same ratio") << QColor(Qt::white) << QColor(Qt::black) << 21.0;
        QTest::newRow("a colour on itself") << QColor(0x12, 0x34, 0x56) << QColor(0x12, 0x34, 0x56) << 1.0;
        // The lightest grey with 4.5:1 on white, and the next one, which has not.
        QTest::newRow("#767676 on white") << QColor(0x76, 0x76, 0x76) << QColor(Qt::white) << 4.5422;
        QTest::newRow("#777777 on white") << QColor(0x77, 0x77, 0x77) << QColor(Qt::white) << 4.4781;
    }

    void ratio()
    {
        QFETCH(QColor, a);
        QFETCH(QColor, b);
        QFETCH(double, expected);
        QVERIFY2(qAbs(ColourContrast::ratio(a, b) - expected) < 1e-4,
            qPrintable(QString::number(ColourContrast::ratio(a, b), 'f', 5)));
    }

    void overBlendsByAlpha()
    {
        QCOMPARE(ColourContrast::over(QColor(0, 0, 0, 0), QColor(Qt::white)), QColor(Qt::white));
        QCOMPARE(ColourContrast::over(QColor(0, 0, 0, 255), QColor(Qt::white)), QColor(Qt::black));
        QCOMPARE(ColourContrast::over(QColor(0, 0, 0, 51), QColor(Qt::white)), QColor(204, 204, 204));
    }

    void reachingStopsAtTheFirstColourThatPasses()
    {
        // Already enough: unchanged.
        QCOMPARE(ColourContrast::reaching(QColor(0x60, 0x60, 0x60), Qt::black, {Qt::white}, 4.5),
            QColor(0x60, 0x60, 0x60));
        // From light grey towards black, the first grey with 4.5:1 on white is #767676.
        QCOMPARE(ColourContrast::reaching(QColor(0xc0, 0xc0, 0xc0), Qt::black, {Qt::white}, 4.5),
            QColor(0x76, 0x76, 0x76));
        // Against two backgrounds at once, the harder one decides: a darker grey than for white alone.
        const QColor grey(0xc0, 0xc0, 0xc0);
        const QColor onWhite = ColourContrast::reaching(grey, Qt::black, {Qt::white}, 3.0);
        const QColor onBoth = ColourContrast::reaching(grey, Qt::black, {Qt::white, QColor(0xe6, 0xe6, 0xe6)}, 3.0);
        QVERIFY(ColourContrast::ratio(onBoth, QColor(0xe6, 0xe6, 0xe6)) >= 3.0);
        QVERIFY(ColourContrast::relativeLuminance(onBoth) < ColourContrast::relativeLuminance(onWhite));
        // Out of reach: the far end.
        QCOMPARE(ColourContrast::reaching(QColor(0xc0, 0xc0, 0xc0), QColor(0x80, 0x80, 0x80), {Qt::white}, 21),
            QColor(0x80, 0x80, 0x80));
    }

    void everyThemeHasItsPairs()
    {
        for (const QString &name : Theme::names()) {
            const Theme theme = Theme::named(name);
            QCOMPARE(theme.name, name);
            QCOMPARE(theme.categorical.size(), 8);
            QVERIFY(pairsOf(theme).size() > 40);
        }
    }

    void pairMeetsWcagAA_data()
    {
        QTest::addColumn<QColor>("foreground");
        QTest::addColumn<QColor>("background");
        QTest::addColumn<double>("minimum");
        for (const QString &name : Theme::names()) {
            for (const Pair &pair : pairsOf(Theme::named(name))) {
                QTest::addRow("%s: %s", qPrintable(name), qPrintable(pair.where))
                    << pair.foreground << pair.background << pair.minimum;
            }
        }
    }

    void pairMeetsWcagAA()
    {
        QFETCH(QColor, foreground);
        QFETCH(QColor, background);
        QFETCH(double, minimum);
        const double ratio = ColourContrast::ratio(foreground, background);
        QVERIFY2(ratio >= minimum,
            qPrintable(QStringLiteral("%1 on %2: %3:1, needs %4:1")
                           .arg(foreground.name(), background.name(), QString::number(ratio, 'f', 2),
                               QString::number(minimum))));
    }
};

QTEST_MAIN(TestThemeContrast)
#include "tst_themecontrast.moc"
