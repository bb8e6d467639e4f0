// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bundleddata.h"
#include "statuslabel.h"
#include "uilanguage.h"

#include <QSet>
#include <QTest>

// Statuses read as words in English and are translated in French; every status of the bundled data is known.
class TestStatusLabel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { UiLanguage::instance()->apply(QStringLiteral("en")); }

    void english_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("expected");
        QTest::newRow("known") << QStringLiteral("final_unpaid") << QStringLiteral("final unpaid");
        QTest::newRow("acronym kept") << QStringLiteral("contested_remitted_to_FTT")
                                      << QStringLiteral("contested remitted to FTT");
        QTest::newRow("an import's own code") << QStringLiteral("under_review") << QStringLiteral("under review");
        QTest::newRow("empty") << QString() << QString();
    }

    void english()
    {
        QFETCH(QString, code);
        QFETCH(QString, expected);
        QVERIFY(UiLanguage::instance()->apply(QStringLiteral("en")));
        QCOMPARE(StatusLabel::text(code), expected);
    }

    void french_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("expected");
        QTest::newRow("final unpaid") << QStringLiteral("final_unpaid") << QString::fromUtf8("définitive, impayée");
        QTest::newRow("set aside") << QStringLiteral("set_aside") << QString::fromUtf8("annulée");
        QTest::newRow("unknown code: as written, with spaces") << QStringLiteral("under_review")
                                                                << QStringLiteral("under review");
    }

    void french()
    {
        QFETCH(QString, code);
        QFETCH(QString, expected);
        QVERIFY(UiLanguage::instance()->apply(QStringLiteral("fr")));
        QCOMPARE(StatusLabel::text(code), expected);
    }

    void everyBundledStatusIsTranslated()
    {
        QString error;
        const BundledData bundled = BundledData::load(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QSet<QString> codes;
        for (const Decision &d : bundled.decisions) {
            codes.insert(d.status);
            for (const StatusChange &change : d.statusChanges)
                codes.insert(change.status);
        }
        codes.remove(QString());
        const QStringList known = StatusLabel::knownCodes();
        QVERIFY(UiLanguage::instance()->apply(QStringLiteral("fr")));
        for (const QString &code : std::as_const(codes)) {
            QVERIFY2(known.contains(code), qPrintable(code));
            const QString french = StatusLabel::text(code);
            QVERIFY2(!french.contains(QLatin1Char('_')) && french != code, qPrintable(code + QLatin1String(": ") + french));
        }
    }
};

QTEST_GUILESS_MAIN(TestStatusLabel)
#include "tst_statuslabel.moc"
