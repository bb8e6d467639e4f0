// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "decisionspeech.h"
#include "uilanguage.h"

#include <QLocale>
#include <QTest>

namespace {

using Facts = DecisionSpeech::Facts;

// Expected texts, written with "~" for the no-break space (U+00A0) that a screen reader keeps inside a number.
QString T(const char *utf8)
{
    return QString::fromUtf8(utf8).replace(QLatin1Char('~'), QChar::Nbsp);
}

QLocale localeFor(const QString &language)
{
    return language == QLatin1String("fr") ? QLocale(QLocale::French, QLocale::France)
                                           : QLocale(QLocale::English, QLocale::UnitedKingdom);
}

Facts facts(const char *authority, const char *country, const char *type, std::optional<Money> amount, QDate date,
    Facts::Standing standing = Facts::Standing::Standing, bool maximum = false)
{
    Facts f;
    f.authority = QString::fromUtf8(authority);
    f.country = QString::fromLatin1(country);
    f.type = QString::fromLatin1(type);
    f.amount = amount;
    f.amountIsMaximum = maximum;
    f.date = date;
    f.standing = standing;
    return f;
}

const char *const cnil = "Commission nationale de l'informatique et des libertés (CNIL) – restricted committee "
                         "(formation restreinte)";
const char *const ico = "Information Commissioner's Office (ICO) – Information Commissioner John Edwards";
const char *const imy = "Swedish Authority for Privacy Protection (Integritetsskyddsmyndigheten, IMY)";
const char *const oaic = "Office of the Australian Information Commissioner (OAIC) – Australian Information "
                         "Commissioner and Privacy Commissioner Angelene Falk";

} // namespace

Q_DECLARE_METATYPE(DecisionSpeech::Facts)

class TestDecisionSpeech : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanupTestCase() { UiLanguage::instance()->apply(QStringLiteral("en")); }

    void decision_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<Facts>("facts");
        QTest::addColumn<QString>("expected");

        const Facts cnilFine
            = facts(cnil, "FR", "fine", Money { 2'000'000'000, QStringLiteral("EUR") }, QDate(2022, 10, 17));
        // The issue's own example: the authority's short name, the country and type in the interface language, the
        // amount grouped with no-break spaces so that it is heard as one number, the date in full.
        QTest::newRow("fr CNIL fine") << QStringLiteral("fr") << cnilFine
                                      << T("CNIL, France, amende, 20~000~000~€, 17 octobre 2022");
        QTest::newRow("en CNIL fine") << QStringLiteral("en") << cnilFine
                                      << T("CNIL, France, fine, €20,000,000, 17 October 2022");
        // The amount in its own currency, never converted; a contested decision says so.
        const Facts icoFine = facts(ico, "GB", "fine", Money { 755'280'000, QStringLiteral("GBP") }, QDate(2022, 5, 18),
            Facts::Standing::Contested);
        QTest::newRow("en ICO fine contested")
            << QStringLiteral("en") << icoFine << T("ICO, United Kingdom, fine, £7,552,800, 18 May 2022, contested");
        Facts icoStanding = icoFine;
        icoStanding.standing = Facts::Standing::Standing;
        QTest::newRow("fr ICO fine") << QStringLiteral("fr") << icoStanding
                                     << T("ICO, Royaume-Uni, amende, 7~552~800~£GB, 18 mai 2022");
        const Facts imyFine = facts(imy, "SE", "fine", Money { 250'000'000, QStringLiteral("SEK") }, QDate(2021, 2, 10),
            Facts::Standing::SetAside);
        QTest::newRow("en IMY fine set aside")
            << QStringLiteral("en") << imyFine << T("IMY, Sweden, fine, SEK~2,500,000, 10 February 2021, set aside");
        // No amount: nothing is said in its place.
        const Facts order = facts(oaic, "AU", "order", std::nullopt, QDate(2021, 10, 14));
        QTest::newRow("en order") << QStringLiteral("en") << order << T("OAIC, Australia, order, 14 October 2021");
        QTest::newRow("fr order") << QStringLiteral("fr") << order << T("OAIC, Australie, injonction, 14 octobre 2021");
        // A maximum is never said as if it had been imposed.
        const Facts maximum = facts(cnil, "FR", "fine", Money { 2'000'000'000, QStringLiteral("EUR") },
            QDate(2022, 10, 17), Facts::Standing::Standing, true);
        QTest::newRow("en maximum") << QStringLiteral("en") << maximum
                                    << T("CNIL, France, fine, up to €20,000,000, 17 October 2022");
        // A type outside the vocabulary (an import) is said as written, capitals included.
        const Facts unknown = facts(cnil, "FR", "Audit_report", std::nullopt, QDate(2022, 10, 1));
        QTest::newRow("en unknown type") << QStringLiteral("en") << unknown
                                         << T("CNIL, France, Audit_report, 1 October 2022");
        QTest::newRow("fr first of the month")
            << QStringLiteral("fr") << unknown << T("CNIL, France, Audit_report, 1er octobre 2022");
    }

    void decision()
    {
        QFETCH(QString, language);
        QFETCH(Facts, facts);
        QFETCH(QString, expected);
        QVERIFY(UiLanguage::instance()->apply(language));
        QCOMPARE(DecisionSpeech::decision(facts, localeFor(language)), expected);
    }
};

QTEST_GUILESS_MAIN(TestDecisionSpeech)
#include "tst_decisionspeech.moc"
