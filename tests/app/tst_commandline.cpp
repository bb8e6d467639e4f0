// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bundleddata.h"
#include "casedatabase.h"
#include "caserepository.h"
#include "datebasis.h"
#include "decisionjson.h"

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

// A minimal RFC 4180 reader, written independently of the code under test.
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            record.append(field);
            field.clear();
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) {
            record.append(field);
            records.append(record);
            record.clear();
            field.clear();
            ++i;
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !record.isEmpty()) {
        record.append(field);
        records.append(record);
    }
    return records;
}

QJsonArray jsonArray(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isArray())
        return {};
    return document.array();
}

QJsonObject jsonObject(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

// "list --format json" -> {"list", "--format", "json"}: keeps the tables of cases readable.
QStringList words(const char *text)
{
    return QString::fromUtf8(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

QStringList idsOf(const QJsonArray &array)
{
    QStringList ids;
    for (const QJsonValue &value : array)
        ids.append(value.toObject().value(QLatin1String("id")).toString());
    return ids;
}

} // namespace

class TestCommandLine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void listJson_givesEveryBundledDecisionAsResearched();
    void listJson_keepsTheIcoFineInPoundsWithItsEuroEquivalent();
    void list_sortsByDateOnTheBasisThenId_data();
    void list_sortsByDateOnTheBasisThenId();
    void list_filtersSelectTheMatchingDecisions_data();
    void list_filtersSelectTheMatchingDecisions();
    void listCsv_hasHeaderAndOneRecordPerDecision();
    void listCsv_quotesCommasQuotesAndLineBreaks();
    void listTable_alignsColumnsAndShortensAuthorities();
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

void TestCommandLine::listJson_givesEveryBundledDecisionAsResearched()
{
    const QJsonArray array = jsonArray(runOk(words("list --format json")));
    QCOMPARE(array.size(), 43);
    QHash<QString, QJsonObject> byId;
    for (const QJsonValue &value : array)
        byId.insert(value.toObject().value(QLatin1String("id")).toString(), value.toObject());
    QCOMPARE(byId.size(), 43);
    const QStringList fields = { QStringLiteral("id"), QStringLiteral("country"), QStringLiteral("authority"),
        QStringLiteral("target"), QStringLiteral("decision_type"), QStringLiteral("decision_date"),
        QStringLiteral("announce_date"), QStringLiteral("timeline_date"), QStringLiteral("amount"),
        QStringLiteral("currency"), QStringLiteral("amount_eur"), QStringLiteral("status"),
        QStringLiteral("related_to"), QStringLiteral("sources") };
    for (const Decision &decision : std::as_const(m_bundled)) {
        QVERIFY2(byId.contains(decision.id), qPrintable(decision.id));
        const QJsonObject object = byId.value(decision.id);
        for (const QString &field : fields)
            QVERIFY2(object.contains(field), qPrintable(decision.id + QLatin1String(": ") + field));
        QCOMPARE(object, DecisionJson::toJson(decision));
    }
}

void TestCommandLine::listJson_keepsTheIcoFineInPoundsWithItsEuroEquivalent()
{
    const QJsonArray array = jsonArray(runOk(words("list --format=json")));
    const auto it = std::find_if(array.begin(), array.end(), [](const QJsonValue &value) {
        return value.toObject().value(QLatin1String("id")).toString() == QLatin1String("gb-ico-2022-fine");
    });
    QVERIFY(it != array.end());
    const QJsonObject fine = (*it).toObject();
    QVERIFY(fine.value(QLatin1String("amount")).isDouble());
    QCOMPARE(fine.value(QLatin1String("amount")).toInteger(), 7552800);
    QCOMPARE(fine.value(QLatin1String("currency")).toString(), QStringLiteral("GBP"));
    QCOMPARE(fine.value(QLatin1String("amount_eur")).toInteger(), 8920279);
    QCOMPARE(fine.value(QLatin1String("country")).toString(), QStringLiteral("GB"));
    QCOMPARE(fine.value(QLatin1String("decision_date")).toString(), QStringLiteral("2022-05-18"));
    QCOMPARE(fine.value(QLatin1String("announce_date")).toString(), QStringLiteral("2022-05-23"));
    QCOMPARE(fine.value(QLatin1String("decision_type")).toString(), QStringLiteral("fine"));
    QCOMPARE(fine.value(QLatin1String("include_in_cumulative_fines")).toBool(), true);
}

void TestCommandLine::list_sortsByDateOnTheBasisThenId_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("ids");

    // In late 2021 the CNIL notice (adopted 11-26, announced 12-16) moves past the ICO and Canadian orders.
    QTest::addRow("adopted dates, same-day ties by id")
        << words("--from 2021-11-01 --to 2021-12-31")
        << words("au-oaic-2021-afp fr-cnil-2021-formal-notice gb-ico-2021-provisional ca-ab-2021-order "
                 "ca-bc-2021-order ca-qc-cai-2021-order");
    QTest::addRow("announced dates, same-day ties by id")
        << words("--from 2021-11-01 --to 2021-12-31 --date-basis announced")
        << words("au-oaic-2021-determination au-oaic-2021-afp gb-ico-2021-provisional ca-ab-2021-order "
                 "ca-bc-2021-order ca-qc-cai-2021-order fr-cnil-2021-formal-notice");
}

void TestCommandLine::list_sortsByDateOnTheBasisThenId()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, ids);
    QCOMPARE(idsOf(jsonArray(runOk(words("list --format json") + arguments))), ids);
}

void TestCommandLine::list_filtersSelectTheMatchingDecisions_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("ids");

    QTest::addRow("France and fine") << words("--country FR --type fine") << words("fr-cnil-2022-fine");
    QTest::addRow("search grece finds the Greek decision by its French country name")
        << words("--search grece") << words("gr-hdpa-2022-fine");
    QTest::addRow("search with accents and capitals") << words("--search GRÈCE") << words("gr-hdpa-2022-fine");
    QTest::addRow("search without accents finds an accented authority")
        << words("--search forvaltningsratten") << words("se-fr-2021-police-appeal");
    QTest::addRow("lower-case country list")
        << words("--country fr,it")
        << words("fr-cnil-2021-formal-notice it-garante-2022-fine fr-cnil-2022-fine fr-cnil-2023-penalty");
    QTest::addRow("repeated country option")
        << words("--country NL --country GR") << words("gr-hdpa-2022-fine nl-ap-2024-fine");
    QTest::addRow("types and from") << words("--type penalty_payment,fine --from 2023-01-01")
                                    << words("fr-cnil-2023-penalty nl-ap-2024-fine");
    QTest::addRow("2024 H2 adopted leaves out the Dutch fine signed in May")
        << words("--from 2024-06-01 --to 2024-12-31") << words("es-an-2024-aepd-competence ca-bcsc-2024-jr");
    // The Spanish ruling has no announcement date: it stays at its adoption date on either basis.
    QTest::addRow("2024 H2 announced includes the Dutch fine announced in September")
        << words("--from 2024-06-01 --to 2024-12-31 --date-basis announced")
        << words("es-an-2024-aepd-competence nl-ap-2024-fine ca-bcsc-2024-jr");
    QTest::addRow("target police")
        << words("--target police")
        << words("se-imy-2021-police-fine ca-opc-2021-rcmp-report fi-tsv-2021-police-reprimand "
                 "se-fr-2021-police-appeal au-oaic-2021-afp be-coc-2022-police se-kr-2022-police-appeal");
    QTest::addRow("nothing matches") << words("--country PT") << QStringList();
}

void TestCommandLine::list_filtersSelectTheMatchingDecisions()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, ids);
    const QByteArray json = runOk(words("list --format json") + arguments);
    QVERIFY2(QJsonDocument::fromJson(json).isArray(), json.constData());
    QCOMPARE(idsOf(jsonArray(json)), ids);
}

void TestCommandLine::listCsv_hasHeaderAndOneRecordPerDecision()
{
    const QByteArray csv = runOk(words("list --format csv"));
    QCOMPARE(csv.count("\r\n"), 44);
    QVERIFY(csv.endsWith("\r\n"));
    const QList<QStringList> records = parseCsv(QString::fromUtf8(csv));
    QCOMPARE(records.size(), 44);
    const QStringList header = records.constFirst();
    QCOMPARE(header.mid(0, 5), words("id country authority target decision_type"));
    for (const QString &column : words("decision_date announce_date amount currency amount_eur"))
        QVERIFY2(header.contains(column), qPrintable(column));

    const QJsonArray json = jsonArray(runOk(words("list --format json")));
    QCOMPARE(json.size(), 43);
    for (qsizetype row = 1; row < records.size(); ++row) {
        const QStringList &record = records.at(row);
        QCOMPARE(record.size(), header.size());
        const QJsonObject object = json.at(row - 1).toObject();
        // Fields with commas ("Vermont Superior Court, Chittenden Unit, ...") come back whole.
        for (const QString &column : { QStringLiteral("id"), QStringLiteral("authority"), QStringLiteral("target"),
                 QStringLiteral("status"), QStringLiteral("currency") })
            QCOMPARE(record.at(header.indexOf(column)), object.value(column).toString());
        const QJsonValue amount = object.value(QLatin1String("amount_eur"));
        QCOMPARE(record.at(header.indexOf(QStringLiteral("amount_eur"))),
            amount.isNull() ? QString() : QString::number(amount.toInteger()));
    }
    const auto ico = std::find_if(records.cbegin(), records.cend(),
        [](const QStringList &r) { return r.constFirst() == QLatin1String("gb-ico-2022-fine"); });
    QVERIFY(ico != records.cend());
    QCOMPARE(ico->at(header.indexOf(QStringLiteral("amount"))), QStringLiteral("7552800"));
    QCOMPARE(ico->at(header.indexOf(QStringLiteral("amount_eur"))), QStringLiteral("8920279"));
}

void TestCommandLine::listCsv_quotesCommasQuotesAndLineBreaks()
{
    Decision tricky = m_bundled.constFirst();
    tricky.id = QStringLiteral("zz-test-quoting");
    tricky.country = QStringLiteral("PT");
    tricky.target = QStringLiteral("The \"Acme, Inc.\" group\nand its \"data\" unit");
    {
        CaseDatabase database(QStringLiteral("tst_commandline_setup"));
        QVERIFY2(database.open(databasePath()), qPrintable(database.errorString()));
        CaseRepository repository(database.connection());
        QVERIFY2(repository.saveDecisions({ tricky }), qPrintable(repository.lastError()));
    }
    const QByteArray csv = runOk(words("list --format csv --country PT"));
    QVERIFY2(csv.contains("\"The \"\"Acme, Inc.\"\" group\nand its \"\"data\"\" unit\""), csv.constData());
    const QList<QStringList> records = parseCsv(QString::fromUtf8(csv));
    QCOMPARE(records.size(), 2);
    QCOMPARE(records.at(1).at(records.at(0).indexOf(QStringLiteral("target"))), tricky.target);
}

void TestCommandLine::listTable_alignsColumnsAndShortensAuthorities()
{
    const QString table = QString::fromUtf8(runOk(words("list")));
    const QStringList lines = table.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 44);
    const QJsonArray json = jsonArray(runOk(words("list --format json")));
    QCOMPARE(json.size(), 43);

    const QString header = lines.constFirst();
    const qsizetype countryColumn = header.indexOf(QLatin1String("Country"));
    const qsizetype typeColumn = header.indexOf(QLatin1String("Type"));
    QVERIFY(countryColumn > 0 && typeColumn > countryColumn);
    for (qsizetype row = 1; row < lines.size(); ++row) {
        const QString &line = lines.at(row);
        const QJsonObject object = json.at(row - 1).toObject();
        QVERIFY2(line.startsWith(object.value(QLatin1String("timeline_date")).toString()), qPrintable(line));
        QVERIFY2(
            line.mid(countryColumn).startsWith(object.value(QLatin1String("country")).toString() + QLatin1Char(' ')),
            qPrintable(line));
        QVERIFY2(
            line.mid(typeColumn).startsWith(object.value(QLatin1String("decision_type")).toString() + QLatin1Char(' ')),
            qPrintable(line));
        // The euro column is right-aligned under its heading.
        if (!object.value(QLatin1String("amount_eur")).isNull())
            QCOMPARE(line.size(), header.size());
    }
    const auto ico = std::find_if(
        lines.cbegin(), lines.cend(), [](const QString &l) { return l.startsWith(QLatin1String("2022-05-18")); });
    QVERIFY(ico != lines.cend());
    QVERIFY2(ico->contains(QLatin1String(" ICO ")), qPrintable(*ico));
    QVERIFY2(ico->contains(QLatin1String("GBP 7,552,800")), qPrintable(*ico));
    QVERIFY2(ico->endsWith(QLatin1String(" 8,920,279")), qPrintable(*ico));
    QVERIFY(!table.contains(QLatin1String("Elizabeth Denham")));
    QVERIFY(table.contains(QLatin1String(" CNIL ")));
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

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
