// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Type is shown by shape and colour, never colour alone: every decision type has a shape of its own on the
// timeline, and the legend draws it; the cumulative chart's kinds of mark differ by more than colour.
#include "chartbuilder.h"
#include "cumulativechartrenderer.h"
#include "decisiontype.h"
#include "fixtures.h"
#include "theme.h"
#include "timelinelegend.h"
#include "timelinemarkerpainter.h"

#include <QChart>
#include <QFont>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QImage>
#include <QPainter>
#include <QScatterSeries>
#include <QSet>
#include <QTest>

namespace {

// The light theme with one colour for every type: what a reader who cannot tell the colours apart sees.
Theme oneColour()
{
    Theme theme = Theme::named(QStringLiteral("light"));
    theme.categorical = QList<QColor>(theme.categorical.size(), QColor(0x55, 0x55, 0x55));
    return theme;
}

// The legend's entry for `type`, without its text, drawn as the timeline draws its legend.
QImage legendSymbol(const QString &type, const Theme &theme)
{
    QImage image(QSize(60, 40), QImage::Format_ARGB32_Premultiplied);
    image.fill(theme.background);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    QFont font;
    font.setPixelSize(24);
    TimelineLegend::Entry entry;
    entry.kind = TimelineLegend::Entry::Kind::Type;
    entry.type = type;
    TimelineLegend::paint(&painter, {entry}, QRectF(0, 0, 60, 40), font, theme);
    painter.end();
    return image;
}

int inkedPixels(const QImage &image, const QColor &background)
{
    int inked = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            inked += image.pixelColor(x, y) != background ? 1 : 0;
    }
    return inked;
}

} // namespace

class TestDecisionShapes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyTypeHasAShapeOfItsOwn_data()
    {
        QTest::addColumn<QString>("type");
        for (const QString &type : DecisionType::all())
            QTest::addRow("%s", qPrintable(type)) << type;
    }

    void everyTypeHasAShapeOfItsOwn()
    {
        QFETCH(QString, type);
        const TimelineMarkerPainter::Shape shape = TimelineMarkerPainter::styleFor(type).shape;
        for (const QString &other : DecisionType::all()) {
            if (other != type)
                QVERIFY2(TimelineMarkerPainter::styleFor(other).shape != shape, qPrintable(other));
        }
    }

    // Drawn in one colour, the legend's symbol of a type still differs from every other type's: the shape is drawn.
    void legendDrawsTheShape_data() { everyTypeHasAShapeOfItsOwn_data(); }
    void legendDrawsTheShape()
    {
        QFETCH(QString, type);
        const Theme theme = oneColour();
        const QImage symbol = legendSymbol(type, theme);
        QVERIFY(inkedPixels(symbol, theme.background) > 40);
        for (const QString &other : DecisionType::all()) {
            if (other != type)
                QVERIFY2(legendSymbol(other, theme) != symbol, qPrintable(other));
        }
        // What makes them differ is the shape and nothing else: a type the legend does not know is drawn as a
        // circle, as fines are, and in one colour the two symbols are the same.
        if (TimelineMarkerPainter::styleFor(type).shape == TimelineMarkerPainter::Shape::Circle)
            QCOMPARE(legendSymbol(QStringLiteral("not_a_type"), theme), symbol);
    }

    // The cumulative chart's series of marks (imposed, set aside or collected, each kind not imposed) each have a
    // shape and fill of their own: none differs from another only in colour.
    void cumulativeChartMarksDifferInShapeOrFill()
    {
        const Theme theme = Theme::named(QStringLiteral("light"));
        CumulativeChartRenderer renderer(
            Fixtures::bundled().decisions, DateBasis::Adopted, Fixtures::bundled().dbSizeClaims);
        renderer.setDbSizeClaimsVisible(true);
        QGraphicsScene scene;
        const QSize size(1600, 900);
        QChart *chart = renderer.createChart(theme, ChartBuilder::exportFont(size, theme), size.width());
        scene.addItem(chart);
        QSet<QString> looks;
        int marks = 0;
        const QList<QAbstractSeries *> series = chart->series();
        for (const QAbstractSeries *one : series) {
            const auto *scatter = qobject_cast<const QScatterSeries *>(one);
            if (!scatter || scatter->objectName() == QLatin1String("selection"))
                continue;
            ++marks;
            const bool hollow = scatter->brush().style() == Qt::NoBrush || scatter->brush().color() == theme.background;
            const QString look = QString::number(int(scatter->markerShape())) + (hollow ? u'o' : u'x');
            QVERIFY2(!looks.contains(look), qPrintable(scatter->objectName()));
            looks.insert(look);
        }
        // Imposed, changes, claims and at least one kind not imposed in the bundled data.
        QVERIFY2(marks >= 4, qPrintable(QString::number(marks)));
    }
};

QTEST_MAIN(TestDecisionShapes)
#include "tst_decisionshapes.moc"
