// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "casedatabase.h"
#include "caserepository.h"
#include "decisionimporter.h"
#include "decisionjson.h"
#include "fixtures.h"
#include "testfiles.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <functional>
#include <memory>

using Fixtures::trickyDecision;
using TestFiles::writeFile;

// An import runs with the schema's length-limit triggers off (LargeWriteSettings): it must refuse by itself every
// text they would refuse.
class TestImportLimits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void planAndApply_refusesWhatTheLengthTriggersRefuse_data();
    void planAndApply_refusesWhatTheLengthTriggersRefuse();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<CaseDatabase> m_db;
};

void TestImportLimits::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_db = std::make_unique<CaseDatabase>(QStringLiteral("limits"));
    QVERIFY2(m_db->open(m_dir.filePath(QStringLiteral("limits.sqlite"))), qPrintable(m_db->errorString()));
}

using TextSetter = std::function<void(Decision &, const QString &)>;
Q_DECLARE_METATYPE(TextSetter)

// Each column limits.sql guards in a table an import writes is set one character past its
// limit through each field of a decision stored in it; a column with no field here fails the test.
void TestImportLimits::planAndApply_refusesWhatTheLengthTriggersRefuse_data()
{
    QTest::addColumn<TextSetter>("set");
    QTest::addColumn<int>("length");

    const QHash<QString, QList<std::pair<const char *, TextSetter>>> fields {
        { QStringLiteral("authorities.name"), { { "authority", [](Decision &d, const QString &v) { d.authority = v; } } } },
        { QStringLiteral("authorities.authority_type"),
            { { "authority_type", [](Decision &d, const QString &v) { d.authorityType = v; } } } },
        { QStringLiteral("decisions.id"), { { "id", [](Decision &d, const QString &v) { d.id = v; } } } },
        { QStringLiteral("decisions.jurisdiction_name"),
            { { "jurisdiction_name", [](Decision &d, const QString &v) { d.jurisdictionName = v; } } } },
        { QStringLiteral("decisions.target"), { { "target", [](Decision &d, const QString &v) { d.target = v; } } } },
        { QStringLiteral("decisions.reference"),
            { { "reference", [](Decision &d, const QString &v) { d.reference = v; } } } },
        { QStringLiteral("decisions.decision_type"),
            { { "decision_type", [](Decision &d, const QString &v) { d.decisionType = v; } } } },
        { QStringLiteral("decisions.date_notes"),
            { { "date_notes", [](Decision &d, const QString &v) { d.dateNotes = v; } } } },
        { QStringLiteral("decisions.fx_rate_used"),
            { { "fx_rate_used", [](Decision &d, const QString &v) { d.fxRateUsed = v; } } } },
        { QStringLiteral("decisions.amount_notes"),
            { { "amount_notes", [](Decision &d, const QString &v) { d.amountNotes = v; } } } },
        { QStringLiteral("decisions.law"), { { "legal_basis.law", [](Decision &d, const QString &v) { d.legalBasis.law = v; } } } },
        { QStringLiteral("decisions.legal_notes"),
            { { "legal_basis.notes", [](Decision &d, const QString &v) { d.legalBasis.notes = v; } } } },
        { QStringLiteral("decisions.outcome"), { { "outcome", [](Decision &d, const QString &v) { d.outcome = v; } } } },
        { QStringLiteral("decisions.outcome_fr"),
            { { "outcome_fr", [](Decision &d, const QString &v) { d.outcomeFr = v; } } } },
        { QStringLiteral("decisions.status"), { { "status", [](Decision &d, const QString &v) { d.status = v; } } } },
        { QStringLiteral("decisions.confidence"),
            { { "confidence", [](Decision &d, const QString &v) { d.confidence = v; } } } },
        { QStringLiteral("decisions.summary"), { { "summary", [](Decision &d, const QString &v) { d.summary = v; } } } },
        { QStringLiteral("decisions.summary_fr"),
            { { "summary_fr", [](Decision &d, const QString &v) { d.summaryFr = v; } } } },
        { QStringLiteral("periodic_penalties.starts"),
            { { "periodic_penalty.starts", [](Decision &d, const QString &v) { d.periodicPenalty.starts = v; } } } },
        { QStringLiteral("periodic_penalties.instrument"),
            { { "periodic_penalty.instrument",
                [](Decision &d, const QString &v) { d.periodicPenalty.instrument = v; } } } },
        { QStringLiteral("periodic_penalties.liquidated_in"),
            { { "periodic_penalty.liquidated_in",
                [](Decision &d, const QString &v) { d.periodicPenalty.liquidatedIn = v; } } } },
        { QStringLiteral("decision_texts.text"),
            { { "legal_basis.provisions_violated",
                  [](Decision &d, const QString &v) { d.legalBasis.provisionsViolated.last() = v; } },
                { "orders", [](Decision &d, const QString &v) { d.orders.last() = v; } },
                { "orders_fr", [](Decision &d, const QString &v) { d.ordersFr.last() = v; } },
                { "facts", [](Decision &d, const QString &v) { d.facts.last() = v; } },
                { "facts_fr", [](Decision &d, const QString &v) { d.factsFr.last() = v; } },
                { "low_confidence_details", [](Decision &d, const QString &v) { d.lowConfidenceDetails.last() = v; } } } },
        { QStringLiteral("sources.url"), { { "sources.url", [](Decision &d, const QString &v) {
                                                d.sources.first().url = QStringLiteral("https://example.org/")
                                                    + v.left(v.size() - int(qstrlen("https://example.org/")));
                                            } } } },
        { QStringLiteral("sources.confirms"),
            { { "sources.confirms", [](Decision &d, const QString &v) { d.sources.first().confirms = v; } } } },
        { QStringLiteral("sources.title"),
            { { "sources.title", [](Decision &d, const QString &v) { d.sources.last().title = v; } } } },
        { QStringLiteral("sources.publisher"),
            { { "sources.publisher", [](Decision &d, const QString &v) { d.sources.last().publisher = v; } } } },
        { QStringLiteral("sources.language"),
            { { "sources.language", [](Decision &d, const QString &v) { d.sources.last().language = v; } } } },
        { QStringLiteral("relations.related_id"),
            { { "related_to", [](Decision &d, const QString &v) { d.relatedTo = { v }; } } } },
        { QStringLiteral("status_changes.status"),
            { { "status_changes.status", [](Decision &d, const QString &v) { d.statusChanges.first().status = v; } } } },
        { QStringLiteral("status_changes.by_decision_id"),
            { { "status_changes.by_decision_id",
                [](Decision &d, const QString &v) { d.statusChanges.first().byDecisionId = v; } } } },
        { QStringLiteral("status_changes.note"),
            { { "status_changes.note", [](Decision &d, const QString &v) { d.statusChanges.first().note = v; } } } },
    };

    QFile limits(QStringLiteral(":/sql/limits.sql"));
    QVERIFY(limits.open(QIODevice::ReadOnly));
    const QString sql = QString::fromUtf8(limits.readAll());
    static const QRegularExpression limit(QStringLiteral("'(\\w+)\\.(\\w+) longer than (\\d+) characters'"));
    QSet<QString> seen;
    for (const QRegularExpressionMatch &m : limit.globalMatch(sql)) {
        const QString column = m.captured(1) + QLatin1Char('.') + m.captured(2);
        // The database-size claims are written by the bundled data's merge, never by an import.
        if (m.captured(1).startsWith(QLatin1String("db_size_")) || seen.contains(column))
            continue;
        seen.insert(column);
        if (!fields.contains(column))
            QFAIL(qPrintable(QStringLiteral("no field of a decision is stored in %1").arg(column)));
        for (const auto &[name, set] : fields.value(column)) {
            QTest::addRow("%s (%s), %d characters", name, qPrintable(column), m.captured(3).toInt() + 1)
                << set << m.captured(3).toInt() + 1;
        }
    }
    QVERIFY2(seen.size() >= 30, qPrintable(QString::number(seen.size())));
}

void TestImportLimits::planAndApply_refusesWhatTheLengthTriggersRefuse()
{
    QFETCH(TextSetter, set);
    QFETCH(int, length);
    CaseRepository repo(m_db->connection());
    const QStringList idsBefore = repo.decisionIds();
    // The decision as it is imports: what refuses the long one is its length.
    const QString file = m_dir.filePath(QStringLiteral("long.json"));
    Decision d = trickyDecision();
    QVERIFY(writeFile(file, DecisionJson::toDocument({ d })));
    QVERIFY(DecisionImporter::preview(file, repo, false).canApply());

    set(d, QString(length, QLatin1Char('x')));
    QVERIFY(writeFile(file, DecisionJson::toDocument({ d })));
    QString error;
    const ImportPlan plan = DecisionImporter::planAndApply(file, repo, &error);
    QVERIFY2(!plan.errors.isEmpty(), qPrintable(error));
    QCOMPARE(repo.decisionIds(), idsBefore);
}

QTEST_GUILESS_MAIN(TestImportLimits)
#include "tst_importlimits.moc"
