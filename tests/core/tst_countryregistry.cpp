// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "countryregistry.h"

#include <QLocale>
#include <QTest>

// Country names come from ICU's CLDR data in the interface language, for every ISO 3166-1 code.
class TestCountryRegistry : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void names_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<QString>("expected");
        const QLocale en(QLocale::English, QLocale::UnitedKingdom);
        const QLocale fr(QLocale::French, QLocale::France);
        QTest::newRow("GB en") << QString::fromUtf8("GB") << en << QString::fromUtf8("United Kingdom");
        QTest::newRow("GB fr") << QString::fromUtf8("GB") << fr << QString::fromUtf8("Royaume-Uni");
        QTest::newRow("US fr") << QString::fromUtf8("US") << fr << QString::fromUtf8("États-Unis");
        QTest::newRow("NL fr") << QString::fromUtf8("NL") << fr << QString::fromUtf8("Pays-Bas");
        QTest::newRow("GR fr") << QString::fromUtf8("GR") << fr << QString::fromUtf8("Grèce");
        QTest::newRow("KR fr: the common name, not the ISO list's") << QString::fromUtf8("KR") << fr << QString::fromUtf8("Corée du Sud");
        QTest::newRow("DE in German") << QString::fromUtf8("DE") << QLocale(QLocale::German, QLocale::Germany) << QString::fromUtf8("Deutschland");
        QTest::newRow("C locale reads English") << QString::fromUtf8("FR") << QLocale::c() << QString::fromUtf8("France");
        QTest::newRow("unknown code is shown as itself") << QString::fromUtf8("ZZ") << fr << QString::fromUtf8("ZZ");
    }

    void names()
    {
        QFETCH(QString, code);
        QFETCH(QLocale, locale);
        QFETCH(QString, expected);
        QCOMPARE(CountryRegistry::name(code, locale), expected);
    }

    void everyCodeHasBothNames()
    {
        const QList<Country> &all = CountryRegistry::all();
        // ISO 3166-1 has 249 codes; ICU may add or retire a few between releases.
        QVERIFY2(all.size() >= 240, qPrintable(QString::number(all.size())));
        for (const Country &country : all) {
            QCOMPARE(country.code.size(), 2);
            QVERIFY2(!country.nameEn.isEmpty() && !country.nameFr.isEmpty(), qPrintable(country.code));
            QVERIFY(CountryRegistry::isKnown(country.code));
        }
        QVERIFY(!CountryRegistry::isKnown(QStringLiteral("ZZ")));
        QVERIFY(!CountryRegistry::isKnown(QStringLiteral("fr")));
    }
};

QTEST_APPLESS_MAIN(TestCountryRegistry)
#include "tst_countryregistry.moc"
