// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
// `list` and `export-data` through the real executable: what they print, and that all of it imports again.
#include "bundleddata.h"
#include "casedatabase.h"
#include "caselineprocess.h"
#include "caserepository.h"
#include "decisionjson.h"
#include "fixtures.h"
#include "syntheticdecisions.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <csignal>
#include <memory>
#include <sys/resource.h>

namespace {

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

// A decision of the user's whose texts test the CSV and JSON writers: formulas, commas, quotes, line breaks, the
// list separator inside a url, and fields CSV does not carry.
Decision trickyDecision(const Decision &base)
{
    Decision d = base;
    d.id = QStringLiteral("zz-test-tricky");
    d.country = QStringLiteral("PT");
    d.jurisdictionName = QStringLiteral("Portugal");
    d.authority = QStringLiteral("=HYPERLINK(\"https://example.org\",\"click\")");
    d.target = QStringLiteral("The \"Acme, Inc.\" group\nand its \"data\" unit");
    d.amount = Money { 12345, QStringLiteral("EUR") };
    d.amountEur = Money { 12345, QStringLiteral("EUR") };
    d.amountIsMaximum = true;
    d.status = QStringLiteral("-final");
    d.summary = QStringLiteral("@cell\r\nsecond line, with a comma");
    d.sources = { { QStringLiteral("https://example.org/a;b?x=1"), QStringLiteral("the decision"), {}, {}, {} } };
    d.relatedTo = { base.id };
    d.userModified = true;
    return d;
}

// Every text field in several scripts, with characters outside the Basic Multilingual Plane (UTF-16 surrogate
// pairs), escapes JSON must write and line separators.
Decision unicodeDecision(const Decision &base)
{
    Decision d = base;
    d.id = QStringLiteral("zz-test-unicode-\u00e9\u4e2d");
    const QString mixed = QStringLiteral("D\u00e9cision \u00ab\u00a0n\u00b0 42\u00a0\u00bb \u4e2d\u6587 "
                                         "\U0001F600 \u0645\u0631\u062D\u0628\u0627 tab\tquote\" back\\ "
                                         "\u0001 \u2028 \u2029 end");
    d.target = mixed;
    d.summary = mixed + QStringLiteral(" (summary)");
    d.summaryFr = mixed + QStringLiteral(" (r\u00e9sum\u00e9)");
    d.outcome = mixed + QStringLiteral(" (outcome)");
    d.outcomeFr = mixed + QStringLiteral(" (issue)");
    d.orders = { mixed, QStringLiteral("\U0001F4B6 order two") };
    d.ordersFr = { mixed + QStringLiteral(" fr"), QStringLiteral("ordre deux \u00e0 \u00e9ch\u00e9ance") };
    d.facts = { mixed };
    d.factsFr = { mixed + QStringLiteral(" fait") };
    d.dateNotes = mixed;
    d.amountNotes = mixed;
    d.legalBasis.notes = mixed;
    d.legalBasis.provisionsViolated = { QStringLiteral("Art. 6 \u00a7 1 RGPD \u2013 \u00ab lic\u00e9it\u00e9 \u00bb") };
    d.lowConfidenceDetails = { mixed };
    d.reference = QStringLiteral("\u2116 2024/\u4e00");
    d.statusChanges = { StatusChange { QDate(2024, 2, 29), QStringLiteral("annulled"), false, base.id, mixed } };
    d.periodicPenalty.perDay = Money { 10050, QStringLiteral("EUR") };
    d.periodicPenalty.starts = mixed;
    d.sources = { { QStringLiteral("https://example.org/\u00e9t\u00e9?q=\u4e2d"), mixed, mixed, mixed,
        QStringLiteral("fr") } };
    return d;
}

} // namespace

class TestListExport : public QObject
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
    void listOutput_importsAgainUnchanged_data();
    void listOutput_importsAgainUnchanged();
    void exportData_writesWhatListPrints_data();
    void exportData_writesWhatListPrints();
    void exportData_ofManyChunks_writesWhatListPrints_data();
    void exportData_ofManyChunks_writesWhatListPrints();
    void exportData_onAWriteErrorHalfway_saysWhy_andKeepsTheOldFile();

private:
    // Runs with --database in this test's folder and expects success.
    QByteArray runOk(const QStringList &arguments) const;
    QString databasePath() const { return m_dir->filePath(QStringLiteral("cases.sqlite")); }
    bool addTrickyDecision() const;
    // 6,000 synthetic decisions, the tricky and the unicode decisions and the readers' edge cases: many chunks.
    bool addManyDecisions() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QList<Decision> m_bundled;
};

void TestListExport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(QFile::exists(CaselineProcess::executable()), qPrintable(CaselineProcess::executable()));
    QString error;
    m_bundled = BundledData::load(&error).decisions;
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(m_bundled.size(), 43);
}

void TestListExport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestListExport::cleanup()
{
    m_dir.reset();
}

QByteArray TestListExport::runOk(const QStringList &arguments) const
{
    const CaselineProcess::Result result
        = CaselineProcess(m_dir->path()).run(arguments + QStringList { QStringLiteral("--database"), databasePath() });
    if (result.exitCode != 0) {
        qWarning("caseline %s exited with %d: %s", qPrintable(arguments.join(QLatin1Char(' '))), result.exitCode,
            result.err.constData());
        return {};
    }
    return result.out;
}

bool TestListExport::addManyDecisions() const
{
    CaseDatabase database(QStringLiteral("tst_listexport_many"));
    if (!database.open(databasePath()))
        return false;
    CaseRepository repository(database.connection());
    QList<Decision> decisions = SyntheticDecisions::generate(6000);
    decisions << trickyDecision(m_bundled.constFirst()) << unicodeDecision(m_bundled.constFirst());
    decisions += Fixtures::readEdgeCases(m_bundled.constFirst());
    return repository.saveDecisions(decisions);
}

bool TestListExport::addTrickyDecision() const
{
    CaseDatabase database(QStringLiteral("tst_listexport_setup"));
    if (!database.open(databasePath()))
        return false;
    CaseRepository repository(database.connection());
    return repository.saveDecisions({ trickyDecision(m_bundled.constFirst()) });
}

void TestListExport::listJson_givesEveryBundledDecisionAsResearched()
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

void TestListExport::listJson_keepsTheIcoFineInPoundsWithItsEuroEquivalent()
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

void TestListExport::list_sortsByDateOnTheBasisThenId_data()
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

void TestListExport::list_sortsByDateOnTheBasisThenId()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, ids);
    QCOMPARE(idsOf(jsonArray(runOk(words("list --format json") + arguments))), ids);
}

void TestListExport::list_filtersSelectTheMatchingDecisions_data()
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

void TestListExport::list_filtersSelectTheMatchingDecisions()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, ids);
    const QByteArray json = runOk(words("list --format json") + arguments);
    QVERIFY2(QJsonDocument::fromJson(json).isArray(), json.constData());
    QCOMPARE(idsOf(jsonArray(json)), ids);
}

void TestListExport::listCsv_hasHeaderAndOneRecordPerDecision()
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

void TestListExport::listCsv_quotesCommasQuotesAndLineBreaks()
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

void TestListExport::listTable_alignsColumnsAndShortensAuthorities()
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

void TestListExport::listOutput_importsAgainUnchanged_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QStringList>("filters");
    QTest::addColumn<bool>("tricky");

    for (const char *format : { "csv", "json" }) {
        const QString name = QString::fromLatin1(format);
        QTest::addRow("%s, bundled data", format) << name << QStringList() << false;
        QTest::addRow("%s, filtered", format) << name << words("--country FR,GB --to 2023-12-31") << false;
        QTest::addRow("%s, with formulas, quotes, line breaks and a ';' in a url", format)
            << name << QStringList() << true;
    }
}

// `caseline list --format F > x.F && caseline import x.F --dry-run`: nothing new, nothing updated.
void TestListExport::listOutput_importsAgainUnchanged()
{
    QFETCH(QString, format);
    QFETCH(QStringList, filters);
    QFETCH(bool, tricky);
    if (tricky)
        QVERIFY(addTrickyDecision());
    const QByteArray listed
        = runOk(QStringList { QStringLiteral("list"), QStringLiteral("--format"), format } + filters);
    const qsizetype count
        = format == QLatin1String("json") ? jsonArray(listed).size() : parseCsv(QString::fromUtf8(listed)).size() - 1;
    QVERIFY(count > 0);
    const QString fileName = QStringLiteral("listed.") + format;
    QFile file(m_dir->filePath(fileName));
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(listed), listed.size());
    file.close();

    const CaselineProcess::Result result = CaselineProcess(m_dir->path())
                                               .run({ QStringLiteral("import"), fileName, QStringLiteral("--dry-run"),
                                                   QStringLiteral("--database"), databasePath() });
    QVERIFY2(result.exitCode == 0, result.err.constData());
    // Any new or updated decision would be listed, with each changed field, between these two lines.
    const QStringList expected = { QStringLiteral("%1: 0 new, 0 updated, %2 unchanged").arg(fileName).arg(count),
        QStringLiteral("Dry run: nothing was written.") };
    QCOMPARE(QString::fromUtf8(result.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts), expected);
}

void TestListExport::exportData_writesWhatListPrints_data()
{
    QTest::addColumn<QString>("format");
    QTest::addRow("csv") << QStringLiteral("csv");
    QTest::addRow("json") << QStringLiteral("json");
}

// One dialect per format: export-data writes byte for byte what list prints, and that imports again unchanged.
void TestListExport::exportData_writesWhatListPrints()
{
    QFETCH(QString, format);
    QVERIFY(addTrickyDecision());
    const QString fileName = QStringLiteral("exported.") + format;
    runOk({ QStringLiteral("export-data"), QStringLiteral("-o"), m_dir->filePath(fileName) });
    QFile file(m_dir->filePath(fileName));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray exported = file.readAll();
    QVERIFY(!exported.isEmpty());
    QCOMPARE(exported, runOk({ QStringLiteral("list"), QStringLiteral("--format"), format }));
    const QStringList expected = { QStringLiteral("%1: 0 new, 0 updated, 44 unchanged").arg(fileName),
        QStringLiteral("Dry run: nothing was written.") };
    QCOMPARE(QString::fromUtf8(runOk({ QStringLiteral("import"), fileName, QStringLiteral("--dry-run") }))
                 .split(QLatin1Char('\n'), Qt::SkipEmptyParts),
        expected);
}

void TestListExport::exportData_ofManyChunks_writesWhatListPrints_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<int>("leastBytes");
    // Chunks are 256 KiB and at most 8 wait: JSON is several times what the queue holds; CSV, without the long
    // texts, several chunks.
    QTest::addRow("csv") << QStringLiteral("csv") << 600 * 1024;
    QTest::addRow("json") << QStringLiteral("json") << 6 * 1024 * 1024;
}

// export-data writes its file on another thread, a chunk at a time, while it makes the next (ChunkQueue): over a
// file of many more chunks than the queue holds, with every field and child row, many scripts and escapes, it
// writes byte for byte what `list` prints straight to its output.
void TestListExport::exportData_ofManyChunks_writesWhatListPrints()
{
    QFETCH(QString, format);
    QFETCH(int, leastBytes);
    QVERIFY(addManyDecisions());
    const QString fileName = QStringLiteral("exported.") + format;
    runOk({ QStringLiteral("export-data"), QStringLiteral("-o"), m_dir->filePath(fileName) });
    QFile file(m_dir->filePath(fileName));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray exported = file.readAll();
    QVERIFY2(exported.size() > leastBytes, qPrintable(QString::number(exported.size())));
    QVERIFY(exported.contains(QStringLiteral("\U0001F600").toUtf8()));
    const QByteArray listed = runOk({ QStringLiteral("list"), QStringLiteral("--format"), format });
    QCOMPARE(exported.size(), listed.size());
    QVERIFY(exported == listed);
}

// The file is written on another thread: a write that fails after several chunks (a file size limit fails it as a
// full disk does) still stops the export, says why, and leaves the file that was there whole.
void TestListExport::exportData_onAWriteErrorHalfway_saysWhy_andKeepsTheOldFile()
{
    QVERIFY(addManyDecisions());
    // Read-only, so that the limit hits the export and not the database's own writes.
    QVERIFY(QFile::setPermissions(databasePath(), QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    const QString target = m_dir->filePath(QStringLiteral("exported.json"));
    {
        QFile old(target);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("[\"the old export\"]");
    }
    const CaselineProcess::Result failed = CaselineProcess(m_dir->path())
                                               .run({ QStringLiteral("export-data"), QStringLiteral("-o"), target,
                                                        QStringLiteral("--database"), databasePath() },
                                                   [] {
                                                       std::signal(SIGXFSZ, SIG_IGN);
                                                       const rlimit limit { 3 * 1024 * 1024, 3 * 1024 * 1024 };
                                                       ::setrlimit(RLIMIT_FSIZE, &limit);
                                                   });
    QCOMPARE(failed.exitCode, 1);
    QVERIFY2(failed.err.contains(QByteArray("cannot write " + QFile::encodeName(target) + ": File too large")),
        failed.err.constData());
    QFile old(target);
    QVERIFY(old.open(QIODevice::ReadOnly));
    QCOMPARE(old.readAll(), QByteArray("[\"the old export\"]"));
    QCOMPARE(QDir(m_dir->path()).entryList({ QStringLiteral("exported*") }, QDir::Files | QDir::Hidden).size(), 1);
}

QTEST_GUILESS_MAIN(TestListExport)
#include "tst_listexport.moc"
