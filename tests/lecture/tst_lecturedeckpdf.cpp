// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fixtures.h"
#include "lecturedeckpdf.h"
#include "lecturescriptjson.h"

#include <QBuffer>
#include <QRegularExpression>
#include <QTest>

namespace {

// The pages of a PDF as QPdfWriter writes them: one "/Type /Page" object each, with its MediaBox in points.
int pages(const QByteArray &pdf)
{
    return int(QString::fromLatin1(pdf).count(QRegularExpression(QStringLiteral("/Type\\s*/Page\\b(?!s)"))));
}

QStringList mediaBoxes(const QByteArray &pdf)
{
    QStringList boxes;
    const QRegularExpression box(QStringLiteral("/MediaBox\\s*\\[([^\\]]*)\\]"));
    auto it = box.globalMatch(QString::fromLatin1(pdf));
    while (it.hasNext())
        boxes.append(it.next().captured(1).simplified());
    boxes.removeDuplicates();
    return boxes;
}

} // namespace

class TestLectureDeckPdf : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void pagesOfTheBundledLecture_data();
    void pagesOfTheBundledLecture();
};

void TestLectureDeckPdf::pagesOfTheBundledLecture_data()
{
    QTest::addColumn<bool>("notes");
    QTest::addRow("slides") << false;
    QTest::addRow("with handout pages") << true;
}

void TestLectureDeckPdf::pagesOfTheBundledLecture()
{
    QFETCH(bool, notes);
    QString error;
    const std::optional<LectureScript> script = LectureScriptJson::bundledExample(&error);
    QVERIFY2(script, qPrintable(error));
    const LectureDeck deck = LectureDeck::fromScript(*script, Fixtures::bundled().decisions, DateBasis::Adopted);
    QVERIFY(deck.count() >= 15);

    QByteArray bytes;
    QBuffer buffer(&bytes);
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    LectureDeckPdf::Options options;
    options.notes = notes;
    options.citation = QStringLiteral("Source: test citation");
    QVERIFY2(LectureDeckPdf::write(&buffer, deck, options, &error), qPrintable(error));
    QVERIFY(bytes.startsWith("%PDF-"));
    // A title page, a page per step, and a handout page per step with notes.
    QCOMPARE(pages(bytes), 1 + deck.count() * (notes ? 2 : 1));
    QCOMPARE(pages(bytes), LectureDeckPdf::pageCount(deck, notes));
    // Every page 16:9, 13.333 x 7.5 inches (960 x 540 points).
    const QStringList boxes = mediaBoxes(bytes);
    QCOMPARE(boxes.size(), 1);
    const QStringList corners = boxes.constFirst().split(QLatin1Char(' '));
    QCOMPARE(corners.size(), 4);
    QCOMPARE(qRound(corners.at(2).toDouble()), 960);
    QCOMPARE(qRound(corners.at(3).toDouble()), 540);
}

QTEST_MAIN(TestLectureDeckPdf)
#include "tst_lecturedeckpdf.moc"
