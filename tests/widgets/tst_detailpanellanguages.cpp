// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The detail panel shows a record's texts in the interface language, and the other one, marked, where that is all
// the record has.
#include "decision.h"
#include "detailfixtures.h"
#include "detailhtml.h"
#include "detailpanel.h"
#include "detailtexts.h"

#include <QLocale>
#include <QTest>

using DetailFixtures::fullDecision;
using DetailFixtures::relatedDecisions;
using DetailFixtures::sectionOf;
using DetailTexts::normalised;

namespace {

const QLocale English = DetailTexts::english();

// The texts that exist in both languages, each in English and in French, distinct so that each can be looked for.
struct Bilingual
{
    QString englishOrder = QStringLiteral("Stop collecting data");
    QString frenchOrder = QStringLiteral("Cesser de collecter des données");
    QString englishOutcome = QStringLiteral("Not paid as of the last report.");
    QString frenchOutcome = QStringLiteral("Non payée selon les dernières informations.");
    QString englishFact = QStringLiteral("The database held 20 billion images.");
    QString frenchFact = QStringLiteral("La base contenait 20 milliards d'images.");
    QString englishSummary = QStringLiteral("Imported summary text.");
    QString frenchSummary = QStringLiteral("Résumé importé.");

    QStringList english() const { return { englishOrder, englishOutcome, englishFact, englishSummary }; }
    QStringList french() const { return { frenchOrder, frenchOutcome, frenchFact, frenchSummary }; }
};

// fullDecision() with the texts of Bilingual in the languages asked for.
Decision bilingualDecision(bool withEnglish, bool withFrench)
{
    const Bilingual texts;
    Decision d = fullDecision();
    d.orders = withEnglish ? QStringList { texts.englishOrder } : QStringList();
    d.outcome = withEnglish ? texts.englishOutcome : QString();
    d.facts = withEnglish ? QStringList { texts.englishFact } : QStringList();
    d.summary = withEnglish ? texts.englishSummary : QString();
    d.ordersFr = withFrench ? QStringList { texts.frenchOrder } : QStringList();
    d.outcomeFr = withFrench ? texts.frenchOutcome : QString();
    d.factsFr = withFrench ? QStringList { texts.frenchFact } : QStringList();
    d.summaryFr = withFrench ? texts.frenchSummary : QString();
    return d;
}

} // namespace

class TestDetailPanelLanguages : public QObject
{
    Q_OBJECT

private:
    QString shown(DetailPanel &panel) { return normalised(panel.plainText()); }

private Q_SLOTS:
    void languages_showTheInterfaceLanguageElseTheOtherMarked_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<bool>("withEnglish");
        QTest::addColumn<bool>("withFrench");
        QTest::addColumn<bool>("showsFrench");
        QTest::addColumn<QString>("marker"); // before each text shown, or none

        const QLocale french(QLocale::French, QLocale::France);
        const QLocale canadianFrench(QLocale::French, QLocale::Canada);
        const QLocale german(QLocale::German, QLocale::Germany);
        const QString inEnglish = DetailHtml::tr("(in English)");
        const QString inFrench = DetailHtml::tr("(in French)");
        QTest::newRow("French interface, both languages") << french << true << true << true << QString();
        QTest::newRow("French interface, English only: marked") << french << true << false << false << inEnglish;
        QTest::newRow("French interface, French only") << french << false << true << true << QString();
        QTest::newRow("Canadian French interface, both") << canadianFrench << true << true << true << QString();
        QTest::newRow("English interface, both languages") << English << true << true << false << QString();
        QTest::newRow("English interface, French only: marked") << English << false << true << true << inFrench;
        QTest::newRow("English interface, English only") << English << true << false << false << QString();
        QTest::newRow("German interface takes English") << german << true << true << false << QString();
        QTest::newRow("German interface, French only: marked") << german << false << true << true << inFrench;
    }

    void languages_showTheInterfaceLanguageElseTheOtherMarked()
    {
        QFETCH(QLocale, locale);
        QFETCH(bool, withEnglish);
        QFETCH(bool, withFrench);
        QFETCH(bool, showsFrench);
        QFETCH(QString, marker);
        const Bilingual texts;
        DetailPanel panel;
        panel.setLocale(locale);
        panel.setDecision(bilingualDecision(withEnglish, withFrench), relatedDecisions());
        const QString plain = shown(panel);
        const QStringList lines = plain.split(QLatin1Char('\n'));

        const QStringList expected = showsFrench ? texts.french() : texts.english();
        const QStringList hidden = showsFrench ? texts.english() : texts.french();
        const QStringList sections = { QStringLiteral("Orders"), QStringLiteral("Outcome"), QStringLiteral("Facts"),
            QStringLiteral("Summary") };
        for (qsizetype i = 0; i < expected.size(); ++i) {
            QVERIFY2(plain.contains(expected.at(i)), qPrintable(plain));
            QVERIFY2(!plain.contains(hidden.at(i)), qPrintable(hidden.at(i)));
            // In its own section, right below the marker when there is one.
            QCOMPARE(sectionOf(plain, expected.at(i)), sections.at(i));
            const qsizetype line = lines.indexOf(expected.at(i));
            QVERIFY2(line > 0, qPrintable(expected.at(i)));
            if (marker.isEmpty())
                QVERIFY(sections.contains(lines.at(line - 1).trimmed()));
            else
                QCOMPARE(lines.at(line - 1), marker);
        }
        QCOMPARE(plain.count(DetailHtml::tr("(in English)")) + plain.count(DetailHtml::tr("(in French)")),
            marker.isEmpty() ? 0 : 4);
    }

    void languages_markerIsMutedText()
    {
        const DetailHtml builder(QLocale(QLocale::French, QLocale::France));
        Decision d = bilingualDecision(true, false);
        d.outcome = QStringLiteral("<b>(in English)</b>");
        const QString html = builder.build(d, {});
        // The marker is escaped text in the muted colour, and the data beside it stays text too.
        QVERIFY2(html.contains(
                     QLatin1String("\">") + DetailHtml::tr("(in English)").toHtmlEscaped() + QLatin1String("</span>")),
            qPrintable(html));
        QVERIFY(html.contains(QLatin1String("&lt;b&gt;(in English)&lt;/b&gt;")));
        QVERIFY(!html.contains(QLatin1String("<b>(in English)</b>")));
    }

    void languages_followALocaleChange()
    {
        const Bilingual texts;
        DetailPanel panel;
        panel.setLocale(English);
        panel.setDecision(bilingualDecision(true, true), relatedDecisions());
        QVERIFY(shown(panel).contains(texts.englishFact));
        panel.setLocale(QLocale(QLocale::French, QLocale::France));
        QVERIFY2(shown(panel).contains(texts.frenchFact), qPrintable(shown(panel)));
        QVERIFY(!shown(panel).contains(texts.englishFact));
        panel.setLocale(English);
        QVERIFY(shown(panel).contains(texts.englishFact));
    }
};

QTEST_MAIN(TestDetailPanelLanguages)
#include "tst_detailpanellanguages.moc"
