// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "colourcontrast.h"
#include "contraststyle.h"
#include "filterbar.h"
#include "theme.h"
#include "viewstate.h"

#include <QApplication>
#include <QCheckBox>
#include <QImage>
#include <QStyle>
#include <QStyleOptionButton>
#include <QTest>

using ColourContrast::GraphicsMinimum;

namespace {

// The filter bar's From and To boxes as the user sees them: the bar is its own window, so that its background is
// painted as the main window's is.
struct Fixture
{
    ViewState state;
    FilterBar bar{&state};
    QCheckBox *box = nullptr;

    explicit Fixture(const QString &boxName)
    {
        bar.resize(bar.sizeHint().expandedTo(QSize(900, 40)));
        bar.show();
        box = bar.findChild<QCheckBox *>(boxName);
    }

    // Where the style draws the box's indicator, in the bar's coordinates.
    QRect indicator() const
    {
        QStyleOptionButton option;
        option.initFrom(box);
        const QRect local = box->style()->subElementRect(QStyle::SE_CheckBoxIndicator, &option, box);
        return local.translated(box->mapTo(&bar, QPoint(0, 0)));
    }

    QImage image() { return bar.grab().toImage().convertToFormat(QImage::Format_RGB32); }
};

// The strongest contrast any pixel of `rect` has with `against`: a mark that shows has pixels that stand out.
double strongestIn(const QImage &image, const QRect &rect, const QColor &against)
{
    double strongest = 1;
    for (int y = rect.top(); y <= rect.bottom(); ++y) {
        for (int x = rect.left(); x <= rect.right(); ++x)
            strongest = qMax(strongest, ColourContrast::ratio(image.pixelColor(x, y), against));
    }
    return strongest;
}

QString describe(double ratio)
{
    return QString::number(ratio, 'f', 2) + QStringLiteral(":1");
}

} // namespace

class TestCheckBoxContrast : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanupTestCase() { Theme::named(QStringLiteral("light")).applyToApplication(); }

    void rows_data()
    {
        QTest::addColumn<QString>("theme");
        QTest::addColumn<QString>("box");
        for (const QString &theme : Theme::names()) {
            for (const char *box : {"fromCheck", "toCheck"})
                QTest::addRow("%s %s", qPrintable(theme), box) << theme << QString::fromLatin1(box);
        }
    }

    // The colours the style takes from the box's palette roles stand out from the window behind it.
    void paletteRolesGiveAVisibleBox_data() { rows_data(); }
    void paletteRolesGiveAVisibleBox()
    {
        QFETCH(QString, theme);
        QFETCH(QString, box);
        Theme::named(theme).applyToApplication();
        Fixture f(box);
        QVERIFY(f.box);
        QVERIFY(qobject_cast<const ContrastStyle *>(f.box->style()));
        const QPalette palette = f.box->palette();
        const QColor window = palette.color(QPalette::Window);
        const ContrastStyle::IndicatorColours colours = ContrastStyle::indicatorColours(palette);
        QCOMPARE(colours.field, palette.color(QPalette::Base));
        QVERIFY2(ColourContrast::ratio(colours.outline, window) >= GraphicsMinimum,
            qPrintable(describe(ColourContrast::ratio(colours.outline, window))));
        QVERIFY2(ColourContrast::ratio(colours.outline, colours.field) >= GraphicsMinimum,
            qPrintable(describe(ColourContrast::ratio(colours.outline, colours.field))));
        QVERIFY2(ColourContrast::ratio(colours.mark, colours.field) >= GraphicsMinimum,
            qPrintable(describe(ColourContrast::ratio(colours.mark, colours.field))));
    }

    // What is drawn: the box's edges stand out 3:1 from the window, and a check mark 3:1 from the box's field when
    // checked (and no mark when not).
    void drawnBoxAndMarkAreVisible_data() { rows_data(); }
    void drawnBoxAndMarkAreVisible()
    {
        QFETCH(QString, theme);
        QFETCH(QString, box);
        Theme::named(theme).applyToApplication();
        Fixture f(box);
        QVERIFY(f.box);
        QVERIFY(QTest::qWaitForWindowExposed(&f.bar));
        const QPalette palette = f.box->palette();
        const QColor window = palette.color(QPalette::Window);
        const QColor field = palette.color(QPalette::Base);
        const QRect indicator = f.indicator();
        QVERIFY(indicator.width() >= 8 && indicator.height() >= 8);

        f.box->setChecked(false);
        QImage image = f.image();
        // Beside the box is the window.
        QCOMPARE(image.pixelColor(indicator.left() - 2, indicator.center().y()), window);
        // The middle of each edge.
        const QList<QPoint> edges{QPoint(indicator.left(), indicator.center().y()),
            QPoint(indicator.right(), indicator.center().y()), QPoint(indicator.center().x(), indicator.top()),
            QPoint(indicator.center().x(), indicator.bottom())};
        for (const QPoint &edge : edges) {
            const double ratio = ColourContrast::ratio(image.pixelColor(edge), window);
            QVERIFY2(ratio >= GraphicsMinimum,
                qPrintable(QStringLiteral("edge at %1,%2: %3 on %4, %5")
                               .arg(edge.x())
                               .arg(edge.y())
                               .arg(image.pixelColor(edge).name(), window.name(), describe(ratio))));
        }
        const QRect inside = indicator.adjusted(3, 3, -3, -3);
        QVERIFY2(strongestIn(image, inside, field) < 1.5, "an unchecked box has no mark");

        f.box->setChecked(true);
        image = f.image();
        const double mark = strongestIn(image, inside, field);
        QVERIFY2(mark >= GraphicsMinimum, qPrintable(describe(mark)));
    }
};

QTEST_MAIN(TestCheckBoxContrast)
#include "tst_checkboxcontrast.moc"
