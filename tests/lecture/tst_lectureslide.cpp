// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fixtures.h"
#include "lectureslide.h"
#include "theme.h"

#include <QDir>
#include <QImage>
#include <QPainter>
#include <QTest>

namespace {

std::shared_ptr<const LectureDeck> bundledDeck()
{
    return std::make_shared<const LectureDeck>(LectureDeck::fromDecisions(
        Fixtures::bundled().decisions, DateBasis::Adopted, QStringLiteral("Clearview AI before the regulators")));
}

QImage rendered(const LectureSlide &slide, const QSize &size, ThemeName theme)
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    slide.render(&painter, QRectF(QPointF(0, 0), size), Theme::named(theme));
    painter.end();
    // Set CASELINE_LOOK to a folder to look at the slides as the audience would.
    const QString look = qEnvironmentVariable("CASELINE_LOOK");
    if (!look.isEmpty())
        image.save(QDir(look).filePath(QStringLiteral("slide-%1-%2x%3-%4.png")
                                           .arg(slide.step())
                                           .arg(size.width())
                                           .arg(size.height())
                                           .arg(ThemeNames::toString(theme))));
    return image;
}

} // namespace

class TestLectureSlide : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readableFromTheBackOfTheHall_data();
    void readableFromTheBackOfTheHall();
    void captionOfTheCnilFine();
    void captionInFrench();
    void totalsFollowTheAppeals();
    void titleCard();
    void headlineTotals_data();
    void headlineTotals();
    void emptyDeck();
};

void TestLectureSlide::readableFromTheBackOfTheHall_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<ThemeName>("theme");
    QTest::addRow("projector 1280x720") << QSize(1280, 720) << ThemeName::Projector;
    QTest::addRow("1920x1080 dark") << QSize(1920, 1080) << ThemeName::Dark;
    QTest::addRow("4K light") << QSize(3840, 2160) << ThemeName::Light;
    QTest::addRow("4:3 projector") << QSize(1024, 768) << ThemeName::Projector;
}

void TestLectureSlide::readableFromTheBackOfTheHall()
{
    QFETCH(QSize, size);
    QFETCH(ThemeName, theme);
    LectureSlide slide;
    slide.setLocale(QLocale(QLocale::English, QLocale::UnitedKingdom));
    slide.setDeck(bundledDeck());
    slide.setStep(slide.deck()->indexOfDecision(QStringLiteral("fr-cnil-2022-fine")));
    const QRectF target(QPointF(0, 0), size);
    const double h = size.height();
    const LectureSlide::Layout layout = slide.layout(target);
    QVERIFY(layout.captionPixels >= h / 25);
    QVERIFY(layout.headerPixels >= h / 25);
    // Lane names: the renderer's type and the lane height it leaves them (names are drawn at most 80% of a lane).
    const TimelineRenderer::Geometry g = slide.timelineGeometry(target, Theme::named(theme));
    QVERIFY2(g.fontPixels >= h / 45, qPrintable(QString::number(g.fontPixels)));
    QVERIFY2(g.laneHeight * 0.8 >= h / 45, qPrintable(QString::number(g.laneHeight)));
    // Everything inside the slide, nothing overlapping.
    QVERIFY(target.contains(layout.timeline));
    QVERIFY(target.contains(layout.caption));
    QVERIFY(target.contains(layout.totals));
    QVERIFY(layout.header.bottom() <= layout.timeline.top());
    QVERIFY(layout.timeline.bottom() <= layout.caption.top());
    QVERIFY(layout.caption.right() <= layout.totals.left());
    QVERIFY(g.plot.bottom() <= layout.timeline.bottom() + 0.5);
    // The caption has room for its five lines at full size.
    QVERIFY(layout.caption.height() >= layout.captionPixels * 1.3 * 5);

    const QImage image = rendered(slide, size, theme);
    // Painted edge to edge in the theme's background (no transparent corner left).
    QCOMPARE(image.pixelColor(2, 2), Theme::named(theme).background);
}

void TestLectureSlide::captionInFrench()
{
    // A French lecture: French formats and the record's French text, the English one only where French is missing.
    LectureSlide slide;
    slide.setLocale(QLocale(QLocale::French, QLocale::France));
    slide.setDeck(bundledDeck());
    slide.setStep(slide.deck()->indexOfDecision(QStringLiteral("fr-cnil-2022-fine")));
    const Decision cnil = Fixtures::bundledDecision(QStringLiteral("fr-cnil-2022-fine"));
    QVERIFY(!cnil.ordersFr.isEmpty());
    const QStringList lines = slide.captionLines();
    QCOMPARE(lines.size(), 5);
    QCOMPARE(lines.at(0), QStringLiteral("France · 17 octobre 2022"));
    QVERIFY2(lines.at(2).endsWith(QStringLiteral("20\u202F000\u202F000\u00A0€")), qPrintable(lines.at(2)));
    QCOMPARE(lines.at(3), cnil.ordersFr.constFirst());

    Decision english = cnil;
    english.ordersFr.clear();
    english.outcomeFr.clear();
    english.factsFr.clear();
    slide.setDeck(std::make_shared<const LectureDeck>(LectureDeck::fromDecisions({ english }, DateBasis::Adopted)));
    slide.setStep(slide.deck()->indexOfDecision(english.id));
    QCOMPARE(slide.captionLines().at(3), cnil.orders.constFirst());
}

void TestLectureSlide::captionOfTheCnilFine()
{
    LectureSlide slide;
    slide.setLocale(QLocale(QLocale::English, QLocale::UnitedKingdom));
    slide.setDeck(bundledDeck());
    slide.setStep(slide.deck()->indexOfDecision(QStringLiteral("fr-cnil-2022-fine")));
    const Decision cnil = Fixtures::bundledDecision(QStringLiteral("fr-cnil-2022-fine"));
    const QStringList lines = slide.captionLines();
    QCOMPARE(lines.size(), 5);
    QCOMPARE(lines.at(0), QStringLiteral("France · 17 October 2022"));
    QCOMPARE(lines.at(1), QStringLiteral("CNIL · ") + cnil.authority.simplified());
    QCOMPARE(lines.at(2), QStringLiteral("Fine · €20,000,000"));
    QCOMPARE(lines.at(3), cnil.orders.constFirst());
    QVERIFY(lines.at(4).contains(QStringLiteral("SAN-2022-019")));
    QVERIFY(lines.at(4).endsWith(QStringLiteral("legifrance.gouv.fr")));

    // A fine on police users is shown in its currency and in euros, and said to be left out of the totals.
    slide.setStep(slide.deck()->indexOfDecision(QStringLiteral("se-imy-2021-police-fine")));
    const QStringList police = slide.captionLines();
    QCOMPARE(police.at(2), QStringLiteral("Fine · SEK\u00a02,500,000 (€248,016)"));
    QVERIFY(police.at(4).startsWith(QStringLiteral("not in the totals · ")));
}

void TestLectureSlide::totalsFollowTheAppeals()
{
    LectureSlide slide;
    slide.setLocale(QLocale(QLocale::English, QLocale::UnitedKingdom));
    slide.setDeck(bundledDeck());
    const LectureDeck &deck = *slide.deck();
    slide.setStep(deck.indexOfDecision(QStringLiteral("gb-ftt-2023-appeal")));
    const QStringList setAside = slide.totalsLines();
    slide.setStep(deck.indexOfDecision(QStringLiteral("gb-ut-2025-appeal")));
    const QStringList reinstated = slide.totalsLines();
    QCOMPARE(setAside.size(), 3);
    // The standing total falls when the UK fine is set aside and comes back when it is reinstated.
    QVERIFY(setAside.at(1) != reinstated.at(1));
    QVERIFY(setAside.at(1).endsWith(QStringLiteral(" standing")));
    QCOMPARE(setAside.at(2), QStringLiteral("€0 collected"));
    const qint64 standing = deck.step(deck.indexOfDecision(QStringLiteral("gb-ut-2025-appeal"))).totals.standingMinor;
    // Millions with one decimal, computed here from the exact cents.
    QCOMPARE(reinstated.at(1),
        QStringLiteral("€%1m standing").arg(QString::number(double(standing / 100) / 1e6, 'f', 1)));
}

void TestLectureSlide::titleCard()
{
    LectureScript script;
    script.name = QStringLiteral("Lecture");
    script.steps = {LectureScriptStep::titleCard(
        QStringLiteral("Clearview AI"), QStringLiteral("Before the regulators"), QStringLiteral("notes"))};
    LectureSlide slide;
    slide.setDeck(std::make_shared<const LectureDeck>(
        LectureDeck::fromScript(script, Fixtures::bundled().decisions, DateBasis::Adopted)));
    QCOMPARE(slide.step(), 0);
    QVERIFY(slide.captionLines().isEmpty());
    const QImage image = rendered(slide, QSize(1280, 720), ThemeName::Projector);
    QVERIFY(!image.isNull());
}

void TestLectureSlide::headlineTotals_data()
{
    QTest::addColumn<qint64>("euros");
    QTest::addColumn<QString>("text");
    QTest::addRow("zero") << qint64(0) << QStringLiteral("€0 imposed");
    QTest::addRow("under a million") << qint64(950000) << QStringLiteral("€950,000 imposed");
    QTest::addRow("whole millions") << qint64(20000000) << QStringLiteral("€20m imposed");
    // Not "€105m": a lecture's headline keeps the tenth of a million.
    QTest::addRow("over a hundred millions") << qint64(104620279) << QStringLiteral("€104.6m imposed");
    QTest::addRow("tenths") << qint64(74052800) << QStringLiteral("€74.1m imposed");
}

void TestLectureSlide::headlineTotals()
{
    QFETCH(qint64, euros);
    QFETCH(QString, text);
    Decision fine = Fixtures::decision(QStringLiteral("f"), QStringLiteral("FR"), QStringLiteral("CNIL"),
        QStringLiteral("fine"), QDate(2022, 10, 17));
    fine.amount = Money{euros * 100, QStringLiteral("EUR")};
    fine.amountEur = fine.amount;
    fine.includeInCumulativeFines = true;
    LectureSlide slide;
    slide.setLocale(QLocale(QLocale::English, QLocale::UnitedKingdom));
    slide.setDeck(std::make_shared<const LectureDeck>(LectureDeck::fromDecisions({fine}, DateBasis::Adopted)));
    QCOMPARE(slide.totalsLines().constFirst(), text);
}

void TestLectureSlide::emptyDeck()
{
    LectureSlide slide;
    slide.setDeck(std::make_shared<const LectureDeck>(LectureDeck::fromDecisions({}, DateBasis::Adopted)));
    QCOMPARE(slide.step(), -1);
    QVERIFY(slide.totalsLines().isEmpty());
    const QImage image = rendered(slide, QSize(640, 360), ThemeName::Light);
    QCOMPARE(image.pixelColor(1, 1), Theme::named(ThemeName::Light).background);
}

QTEST_MAIN(TestLectureSlide)
#include "tst_lectureslide.moc"
