// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The window keeps its rows without their long texts (Decision::omitLongTexts) and reads a decision whole where
// the texts matter: what it shows, edits, exports, presents and searches. These tests hold that no text is ever
// lost that way: not by a search, not by an edit, not by deleting and undoing.
#include "bundleddata.h"
#include "casedatabase.h"
#include "caserepository.h"
#include "decisionfilter.h"
#include "decisionfilterproxy.h"
#include "decisionmodel.h"
#include "decisionstore.h"
#include "textfolding.h"
#include "viewstate.h"
#include "wholedecisions.h"

#include <QAbstractItemModelTester>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

namespace {

// The bundled decisions as a database would give them, counting the reads so that a test can tell one read for
// many rows from one per row.
class CountingSource final : public WholeDecisions
{
public:
    explicit CountingSource(const QList<Decision> &decisions) : m_decisions(decisions) { }

    QList<Decision> among(const QSet<QString> &ids) const override
    {
        ++amongCalls;
        QList<Decision> out;
        for (const Decision &d : m_decisions) {
            if (ids.contains(d.id))
                out.append(d);
        }
        return out;
    }
    bool forEach(const std::function<bool(const Decision &)> &visit) const override
    {
        ++forEachCalls;
        for (const Decision &d : m_decisions) {
            if (!visit(d))
                break;
        }
        return true;
    }

    mutable int amongCalls = 0;
    mutable int forEachCalls = 0;

private:
    QList<Decision> m_decisions;
};

QList<Decision> withoutLongTexts(QList<Decision> decisions)
{
    for (Decision &d : decisions)
        d.omitLongTexts();
    return decisions;
}

const QString Cnil = QStringLiteral("fr-cnil-2022-fine");

} // namespace

class TestWholeDecisions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void omitLongTexts_keepsWhatTheViewsShow();
    void wholeDecision_readsTheTextsBack_data();
    void wholeDecision_readsTheTextsBack();
    void wholeDecisions_oneReadForManyRowsInTheirOrder();
    void wholeDecision_rowKeptWholeIsNotRead();
    void wholeDecision_keepsTheModelsRowVersion();
    void search_findsTextsTheModelDoesNotKeep_data();
    void search_findsTextsTheModelDoesNotKeep();
    void search_oneReadThenEditsFoldOnlyTheirRow();

    void repository_manyIdsInOnePassGiveTheSameDecisions();
    void store_deleteAndUndoBringsBackEveryText();
    void store_editAndUndoKeepsTheTextsNotEdited();

private:
    QList<Decision> m_bundled;
    DecisionModel *m_model = nullptr;
    std::shared_ptr<CountingSource> m_source;
    QTemporaryDir m_dir;
    int m_run = 0;
};

void TestWholeDecisions::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QString error;
    m_bundled = BundledData::load(&error).decisions;
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(m_bundled.size() > 40);
}

void TestWholeDecisions::init()
{
    m_model = new DecisionModel(this);
    new QAbstractItemModelTester(m_model, QAbstractItemModelTester::FailureReportingMode::QtTest, m_model);
    m_source = std::make_shared<CountingSource>(m_bundled);
    m_model->setWholeDecisions(m_source);
    m_model->setDecisions(withoutLongTexts(m_bundled));
}

void TestWholeDecisions::cleanup()
{
    delete m_model;
    m_model = nullptr;
    m_source.reset();
}

void TestWholeDecisions::omitLongTexts_keepsWhatTheViewsShow()
{
    const Decision whole = *std::find_if(
        m_bundled.cbegin(), m_bundled.cend(), [](const Decision &d) { return d.id == Cnil; });
    QVERIFY(!whole.summary.isEmpty() || !whole.outcome.isEmpty());
    QVERIFY(!whole.sources.isEmpty());
    Decision kept = whole;
    kept.omitLongTexts();
    QVERIFY(kept.longTextsOmitted);
    QVERIFY(kept.summary.isEmpty() && kept.outcome.isEmpty() && kept.sources.isEmpty() && kept.facts.isEmpty());
    // Every French text goes too, the French orders with them: the timeline reads its deadlines from the English.
    QVERIFY(!whole.outcomeFr.isEmpty() && !whole.ordersFr.isEmpty() && !whole.factsFr.isEmpty());
    QVERIFY(kept.outcomeFr.isEmpty() && kept.ordersFr.isEmpty() && kept.factsFr.isEmpty() && kept.summaryFr.isEmpty());
    // What the table, timeline and charts read is all there.
    QCOMPARE(kept.id, whole.id);
    QCOMPARE(kept.country, whole.country);
    QCOMPARE(kept.authority, whole.authority);
    QCOMPARE(kept.decisionType, whole.decisionType);
    QCOMPARE(kept.timelineDate(), whole.timelineDate());
    QCOMPARE(kept.amount, whole.amount);
    QCOMPARE(kept.amountEur, whole.amountEur);
    QCOMPARE(kept.status, whole.status);
    QCOMPARE(kept.statusChanges, whole.statusChanges);
    QCOMPARE(kept.periodicPenalty, whole.periodicPenalty);
    QCOMPARE(kept.relatedTo, whole.relatedTo);
    QCOMPARE(kept.orders, whole.orders);
    QCOMPARE(kept.dateNotes, whole.dateNotes);
    QCOMPARE(kept.amountNotes, whole.amountNotes);
    QVERIFY(kept != whole);
}

void TestWholeDecisions::wholeDecision_readsTheTextsBack_data()
{
    QTest::addColumn<QString>("id");
    for (const char *id : { "fr-cnil-2022-fine", "gb-ico-2022-fine", "it-garante-2022-fine", "gr-hdpa-2022-fine" })
        QTest::newRow(id) << QString::fromLatin1(id);
}

void TestWholeDecisions::wholeDecision_readsTheTextsBack()
{
    QFETCH(QString, id);
    const int row = m_model->rowOf(id);
    QVERIFY2(row >= 0, qPrintable(id));
    QVERIFY(m_model->decisionAt(row).longTextsOmitted);
    const Decision whole = m_model->wholeDecision(row);
    const Decision expected = *std::find_if(
        m_bundled.cbegin(), m_bundled.cend(), [&id](const Decision &d) { return d.id == id; });
    QCOMPARE(whole, expected);
    QVERIFY(!whole.longTextsOmitted);
    QCOMPARE(m_model->wholeDecisionById(id).value(), expected);
    QVERIFY(!m_model->wholeDecisionById(QStringLiteral("no-such-id")).has_value());
}

void TestWholeDecisions::wholeDecisions_oneReadForManyRowsInTheirOrder()
{
    const QList<int> rows { 5, 1, 30, 1, 12 };
    const QList<Decision> whole = m_model->wholeDecisions(rows);
    QCOMPARE(m_source->amongCalls, 1);
    QCOMPARE(whole.size(), rows.size());
    for (qsizetype i = 0; i < rows.size(); ++i) {
        QCOMPARE(whole.at(i).id, m_model->decisionAt(rows.at(i)).id);
        QVERIFY(!whole.at(i).longTextsOmitted);
    }
}

void TestWholeDecisions::wholeDecision_rowKeptWholeIsNotRead()
{
    // An edit puts the whole decision in the model: it is returned as it is, without a read.
    const int row = m_model->rowOf(Cnil);
    Decision edited = m_model->wholeDecision(row);
    QCOMPARE(m_source->amongCalls, 1);
    edited.summary = QStringLiteral("Edited in the window, not yet read back");
    m_model->replaceDecision(row, edited);
    QCOMPARE(m_model->wholeDecision(row).summary, edited.summary);
    QCOMPARE(m_source->amongCalls, 1);
}

void TestWholeDecisions::wholeDecision_keepsTheModelsRowVersion()
{
    // The database moved on (another caseline saved the decision): its texts are shown, but an edit based on them
    // must carry the version the model read, so that saving it is refused as a conflict.
    QList<Decision> newer = m_bundled;
    for (Decision &d : newer)
        d.rowVersion = 7;
    m_source = std::make_shared<CountingSource>(newer);
    m_model->setWholeDecisions(m_source);
    QList<Decision> kept = withoutLongTexts(m_bundled);
    for (Decision &d : kept)
        d.rowVersion = 3;
    m_model->setDecisions(kept);
    const Decision whole = m_model->wholeDecision(m_model->rowOf(Cnil));
    QCOMPARE(whole.rowVersion, qint64(3));
    QVERIFY(!whole.longTextsOmitted);
}

void TestWholeDecisions::search_findsTextsTheModelDoesNotKeep_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<QString>("expectedId");
    // Each word is in a text the model drops: a source's note, a fact, the outcome or the reference.
    const Decision cnil = *std::find_if(
        m_bundled.cbegin(), m_bundled.cend(), [](const Decision &x) { return x.id == Cnil; });
    const auto longestWord = [](const QString &text) {
        QString longest;
        for (const QString &word : text.split(QRegularExpression(QStringLiteral("\\W+")), Qt::SkipEmptyParts)) {
            if (word.size() > longest.size())
                longest = word;
        }
        return longest;
    };
    QTest::newRow("source note") << longestWord(cnil.sources.constFirst().confirms + QLatin1Char(' ')
                                        + cnil.sources.constFirst().publisher) << Cnil;
    QTest::newRow("fact") << longestWord(cnil.facts.value(0)) << Cnil;
    QTest::newRow("outcome") << longestWord(cnil.outcome) << Cnil;
    QTest::newRow("reference") << cnil.reference << Cnil;
    // Words only in the French texts, which the model does not keep either.
    Decision english = cnil;
    english.outcomeFr.clear();
    english.ordersFr.clear();
    english.factsFr.clear();
    english.summaryFr.clear();
    const QString englishKey = DecisionFilter::searchKeyFor(english);
    const auto frenchOnlyWord = [&](const QString &text) {
        QString longest;
        for (const QString &word : text.split(QRegularExpression(QStringLiteral("\\W+")), Qt::SkipEmptyParts)) {
            if (word.size() > longest.size() && !englishKey.contains(TextFolding::fold(word)))
                longest = word;
        }
        return longest;
    };
    QTest::newRow("a word only in a French fact") << frenchOnlyWord(cnil.factsFr.value(0)) << Cnil;
    QTest::newRow("a word only in a French order") << frenchOnlyWord(cnil.ordersFr.value(0)) << Cnil;
    QTest::newRow("a word only in the French outcome") << frenchOnlyWord(cnil.outcomeFr) << Cnil;
}

void TestWholeDecisions::search_findsTextsTheModelDoesNotKeep()
{
    QFETCH(QString, search);
    QFETCH(QString, expectedId);
    QVERIFY2(!search.isEmpty(), "the bundled decision has this text");
    ViewState state;
    DecisionFilterProxy proxy(&state);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(m_model);
    DecisionFilter filter;
    filter.search = search;
    state.setFilter(filter);
    QStringList found;
    for (int row = 0; row < proxy.rowCount(); ++row)
        found.append(proxy.index(row, 0).data(DecisionModel::DecisionIdRole).toString());
    QVERIFY2(found.contains(expectedId), qPrintable(found.join(QLatin1Char(' '))));
    // The rows found are those that the same search finds in the whole decisions.
    QStringList expected;
    for (const Decision &d : m_bundled) {
        if (filter.matches(d, DateBasis::Adopted))
            expected.append(d.id);
    }
    found.sort();
    expected.sort();
    QCOMPARE(found, expected);
}

void TestWholeDecisions::search_oneReadThenEditsFoldOnlyTheirRow()
{
    for (int row = 0; row < m_model->rowCount(); ++row)
        QCOMPARE(m_model->searchKey(row), DecisionFilter::searchKeyFor(m_bundled.at(row)));
    QCOMPARE(m_source->forEachCalls, 1);
    const int row = m_model->rowOf(Cnil);
    Decision edited = m_model->wholeDecision(row);
    edited.summary = QStringLiteral("Un r\u00e9sum\u00e9 corrig\u00e9");
    m_model->replaceDecision(row, edited);
    QVERIFY(m_model->searchKey(row).contains(QLatin1String("un resume corrige")));
    QCOMPARE(m_model->searchKey(0), DecisionFilter::searchKeyFor(m_bundled.at(0)));
    // An edit of one row does not read every decision again.
    QCOMPARE(m_source->forEachCalls, 1);
    m_model->removeDecision(0);
    m_model->insertDecision(0, m_model->wholeDecision(1));
    QCOMPARE(m_model->searchKey(2), DecisionFilter::searchKeyFor(m_bundled.at(2)));
    QCOMPARE(m_source->forEachCalls, 1);
}

// Many ids (a data export of the whole table) are read in one pass over the table rather than by the primary key:
// the same decisions either way.
void TestWholeDecisions::repository_manyIdsInOnePassGiveTheSameDecisions()
{
    CaseDatabase database(QStringLiteral("tst_wholedecisions_%1").arg(++m_run));
    QVERIFY2(database.open(m_dir.filePath(QStringLiteral("many-%1.sqlite").arg(m_run))), qPrintable(database.errorString()));
    CaseRepository repository(database.connection());
    QList<Decision> copies;
    const Decision cnil = *repository.decision(Cnil);
    for (int i = 0; i < 1200; ++i) {
        Decision copy = cnil;
        copy.id = QStringLiteral("copy-%1").arg(i, 4, 10, QLatin1Char('0'));
        copy.summary = QStringLiteral("Copy %1 of the CNIL fine").arg(i);
        copies.append(copy);
    }
    QVERIFY2(repository.saveDecisions(copies), qPrintable(repository.lastError()));
    const RepositoryWholeDecisions whole(database.connection());
    const auto byId = [](QList<Decision> decisions) {
        std::sort(decisions.begin(), decisions.end(), [](const Decision &a, const Decision &b) { return a.id < b.id; });
        return decisions;
    };
    QSet<QString> many;
    for (const Decision &d : repository.decisions()) {
        if (d.id != QLatin1String("copy-0007"))
            many.insert(d.id);
    }
    QVERIFY(many.size() > 1000);
    const QList<Decision> read = byId(whole.among(many));
    const QList<Decision> expected = byId(repository.decisionsAmong(many));
    QCOMPARE(read.size(), many.size());
    QCOMPARE(read, expected);
    for (qsizetype i = 0; i < read.size(); ++i)
        QCOMPARE(read.at(i).rowVersion, expected.at(i).rowVersion);
    // And a few through the primary key.
    const QSet<QString> few { Cnil, QStringLiteral("copy-0007") };
    QCOMPARE(byId(whole.among(few)), byId(repository.decisionsAmong(few)));
}

// Through a real database: the store deletes what the model keeps without texts, and undo must write back the
// decision whole, not the copy the model keeps.
void TestWholeDecisions::store_deleteAndUndoBringsBackEveryText()
{
    CaseDatabase database(QStringLiteral("tst_wholedecisions_%1").arg(++m_run));
    QVERIFY2(database.open(m_dir.filePath(QStringLiteral("delete-%1.sqlite").arg(m_run))), qPrintable(database.errorString()));
    CaseRepository repository(database.connection());
    // A decision nothing refers to, with texts.
    const QString id = QStringLiteral("gr-hdpa-2022-fine");
    const Decision before = *repository.decision(id);
    QVERIFY(!before.sources.isEmpty());
    DecisionModel model;
    model.setWholeDecisions(std::make_shared<RepositoryWholeDecisions>(database.connection()));
    model.setDecisions(withoutLongTexts(repository.decisions()));
    DecisionStore store(&repository, &model);
    QString error;
    QVERIFY2(store.deleteDecision(id, &error), qPrintable(error));
    QVERIFY(!repository.decision(id).has_value());
    store.undoStack()->undo();
    const std::optional<Decision> restored = repository.decision(id);
    QVERIFY(restored.has_value());
    QCOMPARE(*restored, before);
    store.undoStack()->redo();
    QVERIFY(!repository.decision(id).has_value());
}

void TestWholeDecisions::store_editAndUndoKeepsTheTextsNotEdited()
{
    CaseDatabase database(QStringLiteral("tst_wholedecisions_%1").arg(++m_run));
    QVERIFY2(database.open(m_dir.filePath(QStringLiteral("edit-%1.sqlite").arg(m_run))), qPrintable(database.errorString()));
    CaseRepository repository(database.connection());
    const Decision before = *repository.decision(Cnil);
    DecisionModel model;
    model.setWholeDecisions(std::make_shared<RepositoryWholeDecisions>(database.connection()));
    model.setDecisions(withoutLongTexts(repository.decisions()));
    DecisionStore store(&repository, &model);
    // As the editor does: start from the whole decision, change one field.
    Decision edited = *model.wholeDecisionById(Cnil);
    edited.target = QStringLiteral("Clearview AI Inc. (edited)");
    QString error;
    QVERIFY2(store.updateDecision(edited, &error), qPrintable(error));
    Decision saved = *repository.decision(Cnil);
    QCOMPARE(saved.target, edited.target);
    QCOMPARE(saved.summary, before.summary);
    QCOMPARE(saved.sources, before.sources);
    QCOMPARE(saved.facts, before.facts);
    store.undoStack()->undo();
    QCOMPARE(*repository.decision(Cnil), before);
}

QTEST_GUILESS_MAIN(TestWholeDecisions)
#include "tst_wholedecisions.moc"
