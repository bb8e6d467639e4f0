// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bundleddata.h"
#include "datebasis.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <memory>

namespace {

struct RunResult
{
    int exitCode = -1; // -1 when the process crashed or did not finish
    QByteArray out;
    QByteArray err;
};

QJsonObject jsonObject(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

// "list --format json" -> {"list", "--format", "json"}: keeps the tables of cases readable.
QStringList words(const char *text)
{
    return QString::fromUtf8(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

} // namespace

class TestCommandLine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void statsJson_givesCountsAndExactEuroTotals_data();
    void statsJson_givesCountsAndExactEuroTotals();
    void statsJson_givesStandingCollectedAndTheCumulativeSteps_data();
    void statsJson_givesStandingCollectedAndTheCumulativeSteps();
    void statsText_isReadableWithPlainDigits();
    void exitCodes_data();
    void exitCodes();
    void refusedDatabase_failsAndIsLeftUnchanged_data();
    void refusedDatabase_failsAndIsLeftUnchanged();
    void withoutDatabaseOption_usesTheDataFolderAndFallsBackToBundled();
    void subcommandHelp_listsItsOptions();
    void output_isUtf8WhateverTheLocale_data();
    void output_isUtf8WhateverTheLocale();
    void import_listsEachDecisionOnlyWhenVerbose_data();
    void import_listsEachDecisionOnlyWhenVerbose();

private:
    RunResult run(const QStringList &arguments, const QStringList &environment = {}) const;
    // Runs with --database in this test's folder and expects success.
    QByteArray runOk(const QStringList &arguments) const;
    QString databasePath() const { return m_dir->filePath(QStringLiteral("cases.sqlite")); }

    std::unique_ptr<QTemporaryDir> m_dir;
    QList<Decision> m_bundled;
};

void TestCommandLine::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(QFile::exists(QStringLiteral(CASELINE_EXECUTABLE)), CASELINE_EXECUTABLE);
    QString error;
    m_bundled = BundledData::load(&error).decisions;
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(m_bundled.size(), 43);
}

void TestCommandLine::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestCommandLine::cleanup()
{
    m_dir.reset();
}

// The child never sees the user's folders: every XDG location points into this test's temporary folder.
RunResult TestCommandLine::run(const QStringList &arguments, const QStringList &environment) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_dir->filePath(QStringLiteral("home")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir->filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir->filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), m_dir->filePath(QStringLiteral("cache")));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    for (const QString &assignment : environment)
        env.insert(assignment.section(QLatin1Char('='), 0, 0), assignment.section(QLatin1Char('='), 1));

    QProcess process;
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(m_dir->path());
    process.start(QStringLiteral(CASELINE_EXECUTABLE), arguments);
    RunResult result;
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        result.err = "did not finish: " + process.errorString().toUtf8();
        return result;
    }
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    if (process.exitStatus() == QProcess::NormalExit)
        result.exitCode = process.exitCode();
    return result;
}

QByteArray TestCommandLine::runOk(const QStringList &arguments) const
{
    const RunResult result = run(arguments + QStringList { QStringLiteral("--database"), databasePath() });
    if (result.exitCode != 0) {
        qWarning("caseline %s exited with %d: %s", qPrintable(arguments.join(QLatin1Char(' '))), result.exitCode,
            result.err.constData());
        return {};
    }
    return result.out;
}

void TestCommandLine::statsJson_givesCountsAndExactEuroTotals_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("decisions");
    QTest::addColumn<qint64>("imposedEur");
    QTest::addColumn<int>("fines");

    QStringList allButGb;
    for (const Decision &d : std::as_const(m_bundled)) {
        if (d.country != QLatin1String("GB") && !allButGb.contains(d.country))
            allButGb.append(d.country);
    }
    QTest::addRow("everything: EUR 104,620,279") << QStringList() << 43 << qint64(104620279) << 6;
    QTest::addRow("everything but the contested UK fine: EUR 95,700,000")
        << QStringList { QStringLiteral("--country"), allButGb.join(QLatin1Char(',')) } << 39 << qint64(95700000) << 5;
    QTest::addRow("fines only") << words("--type fine") << 6 << qint64(99420279) << 6;
    QTest::addRow("up to the end of 2022") << words("--to 2022-12-31") << 26 << qint64(68920279) << 5;
    QTest::addRow("announced by mid-2024 leaves out the Dutch fine")
        << words("--to 2024-06-30 --date-basis announced") << 32 << qint64(74120279) << 5;
}

void TestCommandLine::statsJson_givesCountsAndExactEuroTotals()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, decisions);
    QFETCH(qint64, imposedEur);
    QFETCH(int, fines);

    const QByteArray json = runOk(words("stats --format json") + arguments);
    const QJsonObject stats = jsonObject(json);
    QVERIFY2(!stats.isEmpty(), json.constData());
    QCOMPARE(stats.value(QLatin1String("decisions")).toInt(), decisions);
    QVERIFY(stats.value(QLatin1String("imposed_eur")).isDouble());
    QCOMPARE(stats.value(QLatin1String("imposed_eur")).toInteger(), imposedEur);
    const QJsonObject byType = stats.value(QLatin1String("by_type")).toObject();
    QCOMPARE(byType.value(QLatin1String("fine")).toInt(), fines);
    int typeSum = 0;
    for (const QJsonValue &count : byType)
        typeSum += count.toInt();
    QCOMPARE(typeSum, decisions);
    const QJsonObject byCountry = stats.value(QLatin1String("by_country")).toObject();
    int countrySum = 0;
    qint64 moneySum = 0;
    for (const QJsonValue &country : byCountry) {
        countrySum += country.toObject().value(QLatin1String("decisions")).toInt();
        moneySum += country.toObject().value(QLatin1String("imposed_eur")).toInteger();
    }
    QCOMPARE(countrySum, decisions);
    QCOMPARE(moneySum, imposedEur);
}

void TestCommandLine::statsJson_givesStandingCollectedAndTheCumulativeSteps_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<qint64>("imposed");
    QTest::addColumn<qint64>("standing");
    QTest::addColumn<int>("steps");
    QTest::addColumn<QString>("lastDate");
    QTest::newRow("today") << QStringList() << qint64(104620279) << qint64(104620279) << 8 << "2025-10-06";
    QTest::newRow("on 1 Jan 2024") << words("--to 2024-01-01") << qint64(74120279) << qint64(65200000) << 6
                                   << "2023-10-17";
    QTest::newRow("announced basis moves the Dutch fine")
        << words("--date-basis announced --to 2024-06-30") << qint64(74120279) << qint64(65200000) << 6 << "2023-10-18";
    QTest::newRow("without GB") << words("--country IT,GR,FR,NL") << qint64(95700000) << qint64(95700000) << 5
                                << "2024-05-16";
}

void TestCommandLine::statsJson_givesStandingCollectedAndTheCumulativeSteps()
{
    QFETCH(QStringList, arguments);
    QFETCH(qint64, imposed);
    QFETCH(qint64, standing);
    QFETCH(int, steps);
    QFETCH(QString, lastDate);
    const QJsonObject stats = jsonObject(runOk(words("stats --format json") + arguments));
    QCOMPARE(stats.value(QLatin1String("imposed_eur")).toInteger(), imposed);
    QCOMPARE(stats.value(QLatin1String("standing_eur")).toInteger(), standing);
    QCOMPARE(stats.value(QLatin1String("collected_eur")).toInteger(-1), qint64(0));
    const QJsonArray cumulative = stats.value(QLatin1String("cumulative")).toArray();
    QCOMPARE(cumulative.size(), steps);
    const QJsonObject last = cumulative.last().toObject();
    QCOMPARE(last.value(QLatin1String("date")).toString(), lastDate);
    QCOMPARE(last.value(QLatin1String("imposed_eur")).toInteger(), imposed);
    QCOMPARE(last.value(QLatin1String("standing_eur")).toInteger(), standing);
    QVERIFY(!last.value(QLatin1String("decision_id")).toString().isEmpty());
}

void TestCommandLine::statsText_isReadableWithPlainDigits()
{
    const QString text = QString::fromUtf8(runOk(words("stats")));
    QVERIFY2(text.contains(QLatin1String("Decisions: 43\n")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("EUR 104620279\n")), qPrintable(text));
    const QStringList lines = text.split(QLatin1Char('\n'));
    const auto gb = std::find_if(
        lines.cbegin(), lines.cend(), [](const QString &l) { return l.trimmed().startsWith(QLatin1String("GB ")); });
    QVERIFY2(gb != lines.cend(), qPrintable(text));
    QVERIFY2(gb->contains(QLatin1String("United Kingdom")), qPrintable(*gb));
    QVERIFY2(gb->simplified().endsWith(QLatin1String(" 4 8920279 8920279")), qPrintable(*gb));
    QVERIFY2(text.contains(QLatin1String("Standing after appeals: EUR 104620279\n")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("Collected (payments known): EUR 0\n")), qPrintable(text));
    QVERIFY2(text.contains(QRegularExpression(QStringLiteral("\\n  fine +6\\n"))), qPrintable(text));
}

void TestCommandLine::exitCodes_data()
{
    QTest::addColumn<QStringList>("arguments"); // "DB" stands for the test's database path
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("errorMentions");

    QTest::addRow("list succeeds") << words("list --database DB") << 0 << QString();
    QTest::addRow("global option before the command") << words("--database DB stats") << 0 << QString();
    QTest::addRow("filter before the command") << words("--country FR stats --database DB") << 0 << QString();
    QTest::addRow("unknown command") << words("frobnicate --database DB") << 2 << QStringLiteral("frobnicate");
    QTest::addRow("command names are not guessed") << words("lis --database DB") << 2 << QStringLiteral("lis");
    QTest::addRow("unknown command after an option")
        << words("--database DB frobnicate") << 2 << QStringLiteral("frobnicate");
    QTest::addRow("unknown option") << words("list --colour --database DB") << 2 << QStringLiteral("colour");
    QTest::addRow("Qt's GUI help is not a command option")
        << words("list --help-all") << 2 << QStringLiteral("help-all");
    QTest::addRow("unknown country") << words("list --country ZZ --database DB") << 2 << QStringLiteral("ZZ");
    QTest::addRow("empty country list") << words("stats --country , --database DB") << 2 << QStringLiteral("--country");
    QTest::addRow("unknown type") << words("list --type fines --database DB") << 2 << QStringLiteral("fines");
    QTest::addRow("impossible month") << words("list --from 2023-13-01 --database DB") << 2
                                      << QStringLiteral("2023-13-01");
    QTest::addRow("date with a time") << words("stats --to 2023-01-01T10:00 --database DB") << 2
                                      << QStringLiteral("2023-01-01T10:00");
    QTest::addRow("from after to") << words("stats --from 2024-01-01 --to 2023-01-01 --database DB") << 2
                                   << QStringLiteral("--from");
    QTest::addRow("list format xml") << words("list --format xml --database DB") << 2 << QStringLiteral("xml");
    QTest::addRow("stats format csv") << words("stats --format csv --database DB") << 2 << QStringLiteral("csv");
    QTest::addRow("unknown date basis") << words("list --date-basis signed --database DB") << 2
                                        << QStringLiteral("signed");
    QTest::addRow("missing value") << words("--database DB list --country") << 2 << QStringLiteral("country");
    QTest::addRow("empty database path") << words("list --database=") << 2 << QStringLiteral("--database");
    QTest::addRow("unexpected argument") << words("list extra --database DB") << 2 << QStringLiteral("extra");
}

void TestCommandLine::exitCodes()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, errorMentions);

    arguments.replaceInStrings(QRegularExpression(QStringLiteral("^DB$")), databasePath());
    const RunResult result = run(arguments);
    QVERIFY2(result.exitCode == exitCode, result.err.constData());
    if (exitCode == 0) {
        QVERIFY(!result.out.isEmpty());
        return;
    }
    QVERIFY2(result.out.isEmpty(), result.out.constData());
    QVERIFY2(QString::fromUtf8(result.err).contains(errorMentions), result.err.constData());
    // Bad usage is reported before any file is opened or created.
    QVERIFY(!QFile::exists(databasePath()));
}

void TestCommandLine::refusedDatabase_failsAndIsLeftUnchanged_data()
{
    QTest::addColumn<QByteArray>("content"); // empty: an SQLite file of another application

    QTest::addRow("not SQLite") << QByteArray("id,country\nfr-cnil-2022-fine,FR\n").repeated(100);
    QTest::addRow("SQLite header with garbage") << QByteArray("SQLite format 3\0", 16) + QByteArray(4080, '\x5a');
    QTest::addRow("another application's SQLite") << QByteArray();
}

void TestCommandLine::refusedDatabase_failsAndIsLeftUnchanged()
{
    QFETCH(QByteArray, content);

    const QString path = databasePath();
    if (content.isEmpty()) {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE notes (text TEXT)")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO notes VALUES ('keep me')")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
    } else {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    QFile before(path);
    QVERIFY(before.open(QIODevice::ReadOnly));
    const QByteArray bytes = before.readAll();
    before.close();
    const QStringList filesBefore = QDir(m_dir->path()).entryList(QDir::Files);

    for (const QString &command : { QStringLiteral("list"), QStringLiteral("stats") }) {
        const RunResult result = run({ command, QStringLiteral("--database"), path });
        QVERIFY2(result.exitCode == 1, result.err.constData());
        QVERIFY(result.out.isEmpty());
        QVERIFY2(QString::fromUtf8(result.err).contains(path), result.err.constData());
    }
    QFile after(path);
    QVERIFY(after.open(QIODevice::ReadOnly));
    QCOMPARE(after.readAll(), bytes);
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files), filesBefore);
}

void TestCommandLine::withoutDatabaseOption_usesTheDataFolderAndFallsBackToBundled()
{
    const RunResult first = run({ QStringLiteral("stats"), QStringLiteral("--format"), QStringLiteral("json") });
    QVERIFY2(first.exitCode == 0, first.err.constData());
    QCOMPARE(jsonObject(first.out).value(QLatin1String("decisions")).toInt(), 43);

    QStringList created;
    QDirIterator it(m_dir->filePath(QStringLiteral("data")), { QStringLiteral("*.sqlite") }, QDir::Files,
        QDirIterator::Subdirectories);
    while (it.hasNext())
        created.append(it.next());
    QCOMPARE(created.size(), 1);

    // A default database that cannot be trusted is left alone; the bundled data is used, with a warning.
    const QString path = created.constFirst();
    QVERIFY(QFile::remove(path));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a database");
    }
    const RunResult fallback = run({ QStringLiteral("stats"), QStringLiteral("--format"), QStringLiteral("json") });
    QVERIFY2(fallback.exitCode == 0, fallback.err.constData());
    QCOMPARE(jsonObject(fallback.out).value(QLatin1String("imposed_eur")).toInteger(), 104620279);
    QVERIFY2(QString::fromUtf8(fallback.err).contains(path), fallback.err.constData());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("not a database"));
}

void TestCommandLine::subcommandHelp_listsItsOptions()
{
    for (const QString &command : { QStringLiteral("list"), QStringLiteral("stats") }) {
        const RunResult result = run({ command, QStringLiteral("--help") });
        QVERIFY2(result.exitCode == 0, result.err.constData());
        const QString help = QString::fromUtf8(result.out);
        for (const QString &option :
            { QStringLiteral("--format"), QStringLiteral("--database"), QStringLiteral("--country"),
                QStringLiteral("--type"), QStringLiteral("--from"), QStringLiteral("--to"), QStringLiteral("--target"),
                QStringLiteral("--search"), QStringLiteral("--date-basis") })
            QVERIFY2(help.contains(option), qPrintable(command + QLatin1String(": ") + option));
    }
    QVERIFY(!QFile::exists(databasePath()));
}

void TestCommandLine::output_isUtf8WhateverTheLocale_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addRow("C.UTF-8") << QStringLiteral("C.UTF-8");
    QTest::addRow("plain C") << QStringLiteral("C");
}

void TestCommandLine::output_isUtf8WhateverTheLocale()
{
    QFETCH(QString, locale);
    for (const QString &format : { QStringLiteral("table"), QStringLiteral("csv"), QStringLiteral("json") }) {
        const RunResult result
            = run({ QStringLiteral("list"), QStringLiteral("--format"), format, QStringLiteral("--search"),
                      QStringLiteral("Förvaltningsrätten"), QStringLiteral("--database"), databasePath() },
                { QStringLiteral("LC_ALL=") + locale });
        QVERIFY2(result.exitCode == 0, result.err.constData());
        // The table shows the short name ("Administrative Court in Stockholm"); CSV and JSON carry the full one.
        if (format == QLatin1String("table"))
            QVERIFY2(result.out.contains("Administrative Court in Stockholm"), result.out.constData());
        else
            QVERIFY2(result.out.contains(QStringLiteral("(Förvaltningsrätten").toUtf8()), result.out.constData());
    }
}

void TestCommandLine::import_listsEachDecisionOnlyWhenVerbose_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<bool>("perDecision");
    QTest::addRow("default: counts only") << QStringList() << false;
    QTest::addRow("--verbose: each id and changed field") << words("--verbose") << true;
    QTest::addRow("dry run") << words("--dry-run") << false;
    QTest::addRow("dry run, --verbose") << words("--dry-run --verbose") << true;
}

// A file of thousands of decisions would print thousands of lines: the per-decision lines are asked for.
void TestCommandLine::import_listsEachDecisionOnlyWhenVerbose()
{
    QFETCH(QStringList, options);
    QFETCH(bool, perDecision);
    const Decision &existing = m_bundled.constFirst();
    const auto quoted = [](const QString &text) -> QString {
        return QLatin1Char('"') + QString(text).replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1Char('"');
    };
    const auto date = [](const QDate &d) { return d.isValid() ? d.toString(Qt::ISODate) : QString(); };
    const QString newSummary = QStringLiteral("Summary from the verbose test");
    const QString csv = QStringLiteral("id,country,authority,decision_type,decision_date,announce_date,summary\n")
        + QStringLiteral("gen-verbose-1,FR,CNIL,fine,2024-01-02,,A new decision\n")
        + QStringList { existing.id, existing.country, quoted(existing.authority), existing.decisionType,
              date(existing.decisionDate), date(existing.announceDate), newSummary }
              .join(QLatin1Char(','))
        + QLatin1Char('\n');
    const QString fileName = QStringLiteral("two.csv");
    QFile file(m_dir->filePath(fileName));
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.write(csv.toUtf8()) > 0);
    file.close();

    const QString out = QString::fromUtf8(runOk(QStringList { QStringLiteral("import"), fileName } + options));
    const QStringList lines = out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY2(!lines.isEmpty(), qPrintable(out));
    QCOMPARE(lines.constFirst(), QStringLiteral("two.csv: 1 new, 1 updated, 0 unchanged"));
    const QString newLine = QStringLiteral("  new      gen-verbose-1");
    const QString updatedLine = QStringLiteral("  updated  ") + existing.id;
    QCOMPARE(lines.contains(newLine), perDecision);
    QCOMPARE(lines.contains(updatedLine), perDecision);
    QCOMPARE(out.contains(QStringLiteral(" -> ") + newSummary), perDecision);
    // Without the list, the summary says how to get it.
    QCOMPARE(out.contains(QStringLiteral("--verbose")), !perDecision);
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
