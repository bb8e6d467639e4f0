// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
// `caseline stats` reads a large file in two parts at once (CaseRepository::forEachDecisionInParts), each into
// builders of its own, joined in order. Its output must be byte for byte the one-pass output: every count, every
// exact euro sum (cents included), the cumulative steps in their order, in text and JSON, with and without filters.
#include "commandcontext.h"
#include "fixtures.h"
#include "statscommand.h"
#include "syntheticdecisions.h"
#include "temporarydatabase.h"

#include <QCommandLineParser>
#include <QRegularExpression>
#include <QTest>
#include <QTextStream>

Q_DECLARE_METATYPE(DateBasis)

namespace {

// Fines of odd cents spread over the file's two halves, so that the sums of both parts carry cents, with a set-aside
// named by a ruling of the other half.
QList<Decision> finesWithCents(int count)
{
    QList<Decision> fines;
    for (int i = 0; i < count; ++i) {
        Decision d = Fixtures::decision(QStringLiteral("cents-%1").arg(i), i % 2 ? QStringLiteral("FR") : QStringLiteral("IT"),
            QStringLiteral("Authority (A)"), QStringLiteral("fine"), QDate(2015, 1, 1).addDays(i * 37));
        d.amountEur = Money { 1234567 + qint64(i) * 10001, QStringLiteral("EUR") };
        d.amount = d.amountEur;
        d.includeInCumulativeFines = true;
        fines << d;
    }
    return fines;
}

} // namespace

class TestStatsParts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_database.isValid(), qPrintable(m_database.errorString()));
        CaseRepository repository = m_database.repository();
        // Cents first and last in the file, the synthetic decisions (set aside, contested, in other currencies)
        // between them.
        QList<Decision> saved = finesWithCents(40);
        saved += SyntheticDecisions::generate(4000);
        saved += finesWithCents(80).mid(40);
        Decision ruling = Fixtures::decision(QStringLiteral("cents-ruling"), QStringLiteral("IT"),
            QStringLiteral("Court (C)"), QStringLiteral("court_ruling"), QDate(2024, 3, 1));
        saved << ruling;
        // The first fine, in the first half, set aside by the ruling, in the second.
        saved.first().statusChanges << StatusChange { QDate(2024, 3, 5), QStringLiteral("annulled"), false,
            ruling.id, QStringLiteral("note") };
        QVERIFY2(repository.saveDecisions(saved), qPrintable(repository.lastError()));
    }
    void cleanup() { CaseRepository::setParallelReadFrom(CaseRepository::DefaultParallelReadFrom); }

    void output_isTheOnePassOutput_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<DateBasis>("basis");
        QTest::addColumn<QStringList>("countries");
        QTest::addColumn<QDate>("to");
        for (const QString &format : { QStringLiteral("text"), QStringLiteral("json") }) {
            QTest::addRow("%s, every decision", qPrintable(format)) << format << DateBasis::Adopted << QStringList() << QDate();
            QTest::addRow("%s, announced, to 2020", qPrintable(format))
                << format << DateBasis::Announced << QStringList() << QDate(2020, 12, 31);
            QTest::addRow("%s, Italy and France", qPrintable(format))
                << format << DateBasis::Adopted << QStringList { QStringLiteral("IT"), QStringLiteral("FR") } << QDate();
        }
    }
    void output_isTheOnePassOutput()
    {
        QFETCH(QString, format);
        QFETCH(DateBasis, basis);
        QFETCH(QStringList, countries);
        QFETCH(QDate, to);
        DecisionFilter filter;
        filter.countries = countries;
        filter.to = to;
        const auto run = [&](qint64 parallelFrom, QByteArray *output) {
            CaseRepository::setParallelReadFrom(parallelFrom);
            StatsCommand command;
            QCommandLineParser parser;
            parser.addOptions(command.options());
            QString problem;
            if (!parser.parse({ QStringLiteral("caseline"), QStringLiteral("--format"), format })
                || !command.readOptions(parser, &problem))
                return false;
            QString errors;
            QTextStream out(output);
            QTextStream err(&errors);
            const CommandContext context { m_database.database(), filter, basis, out, err, QStringLiteral("stats: ") };
            const bool ok = command.run(context) == Subcommand::Success;
            out.flush();
            err.flush();
            if (!errors.isEmpty())
                qWarning("%s", qPrintable(errors));
            return ok;
        };
        QByteArray onePass;
        QByteArray inParts;
        QVERIFY(run(1000000, &onePass));
        QVERIFY(run(1000, &inParts));
        // Cents in the totals, and steps in the cumulative table: the comparison below is of real figures.
        QVERIFY2(QString::fromUtf8(onePass).contains(QRegularExpression(QStringLiteral("\\d\\.\\d\\d\\b"))), onePass.left(400).constData());
        QVERIFY(onePass.size() > 10000);
        QCOMPARE(inParts, onePass);
    }

private:
    TemporaryDatabase m_database;
};

QTEST_GUILESS_MAIN(TestStatsParts)
#include "tst_statsparts.moc"
