// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bundleddata.h"
#include "bundledmerge.h"
#include "casedatabase.h"
#include "caserepository.h"
#include "decisiondiff.h"
#include "decisionjson.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <functional>

namespace {

using Change = std::function<void(Decision &)>;

Decision decision(const char *id)
{
    Decision d;
    d.id = QString::fromLatin1(id);
    d.country = QStringLiteral("FR");
    d.authority = QStringLiteral("CNIL");
    d.decisionType = QStringLiteral("fine");
    d.decisionDate = QDate(2022, 10, 17);
    d.status = QStringLiteral("final");
    return d;
}

Decision with(Decision d, const Change &change)
{
    change(d);
    return d;
}

Decision userChanged(Decision d, const Change &change)
{
    change(d);
    d.userModified = true;
    return d;
}

const Change NewOutcome = [](Decision &d) { d.outcome = QStringLiteral("appealed"); };
const Change NewAmount = [](Decision &d) { d.amount = Money { 2000000000, QStringLiteral("EUR") }; };
const Change UserStatus = [](Decision &d) { d.status = QStringLiteral("paid"); };

// The bundled data the database was last brought up to date with.
QList<Decision> oldBundle()
{
    return { decision("a"), decision("b"), decision("c"), decision("d") };
}

QHash<QString, QString> baselineOf(const QList<Decision> &bundle)
{
    QHash<QString, QString> baseline;
    for (const Decision &d : bundle)
        baseline.insert(d.id, BundledMerge::fingerprint(d));
    return baseline;
}

// The decision of `decisions` with this id; a default one when there is none.
Decision findIn(const QList<Decision> &decisions, const QString &id)
{
    const auto it = std::find_if(decisions.cbegin(), decisions.cend(), [&id](const Decision &d) { return d.id == id; });
    return it == decisions.cend() ? Decision() : *it;
}

QStringList idsOf(const QList<Decision> &decisions)
{
    QStringList ids;
    for (const Decision &d : decisions)
        ids.append(d.id);
    return ids;
}

// The bundled data of the release before the December 2026 research update (34 decisions, 19 claims), as that
// release compiled it in: tests/data/previous-bundled-data holds copies of its two files.
BundledData previousBundle(QString *error)
{
    const QString folder = QStringLiteral(CASELINE_PREVIOUS_BUNDLE);
    QByteArray files[2];
    const char *names[2] = { "/clearview-cases.json", "/clearview-db-size.json" };
    for (int i = 0; i < 2; ++i) {
        QFile file(folder + QLatin1String(names[i]));
        if (!file.open(QIODevice::ReadOnly)) {
            *error = file.fileName() + QLatin1String(": ") + file.errorString();
            return {};
        }
        files[i] = file.readAll();
    }
    BundledData data;
    QStringList errors;
    data.decisions = DecisionJson::decisionsFromDocument(files[0], &errors);
    data.dbSizeClaims = DecisionJson::dbSizeClaimsFromDocument(files[1], &errors);
    *error = errors.join(QLatin1String("; "));
    // The version that release stored: the same digest as BundledData::load.
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(files[0]);
    hash.addData(files[1]);
    data.version = QString::fromLatin1(hash.result().toHex().left(16));
    return data;
}

// The file as the previous release left it: its decisions, claims and version (and baseline), with the user's
// own note on the BC order, which the update also corrects, and a decision of their own.
void makePreviousReleaseDatabase(
    const QString &path, const BundledData &previous, bool baselineRecorded, const Decision &own, Decision *mine)
{
    CaseDatabase database(QStringLiteral("tst_bundledmerge_previous"));
    QVERIFY2(database.open(path), qPrintable(database.errorString()));
    CaseRepository repository(database.connection());
    QVERIFY(repository.deleteDecisions(repository.decisionIds()));
    QVERIFY(repository.saveDecisions(previous.decisions));
    QVERIFY(repository.replaceDbSizeClaims(previous.dbSizeClaims));
    QVERIFY(repository.setMeta(BundledMerge::VersionKey, previous.version));
    const QString baseline = BundledMerge::baselineToText(baselineOf(previous.decisions));
    if (baselineRecorded)
        QVERIFY(repository.setMeta(BundledMerge::BaselineKey, baseline));
    QCOMPARE(repository.decisions().size(), 34);
    *mine = *repository.decision(QStringLiteral("ca-bc-2021-order"));
    QCOMPARE(mine->status, QStringLiteral("upheld_on_judicial_review"));
    mine->outcome = QStringLiteral("My note: checking whether Clearview appealed.");
    mine->userModified = true;
    QVERIFY(repository.saveDecisions({ *mine, own }));
}

// "id: field, field" or "id: deleted", for comparing in one QCOMPARE.
QStringList describe(const QList<BundledConflict> &conflicts)
{
    QStringList lines;
    for (const BundledConflict &c : conflicts)
        lines.append(c.id + QLatin1String(": ")
            + (c.deletedByUser ? QStringLiteral("deleted") : c.fields.join(QLatin1String(", "))));
    return lines;
}

} // namespace

class TestBundledMerge : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void compute_keepsUserChangesAndListsConflicts_data();
    void compute_keepsUserChangesAndListsConflicts();
    void compute_sameVersionChangesNothing();
    void compute_sameVersionWithoutBaselineOnlyRecordsIt();
    void fingerprint_changesWithAnyFieldOnly_data();
    void fingerprint_changesWithAnyFieldOnly();
    void differingFields_namesJsonFields();
    void summary_listsCountsConflictsAndWithdrawn();
    void apply_updatesTheDatabaseAndIsIdempotent();
    void previousRelease_takesTheDecember2026Update_data();
    void previousRelease_takesTheDecember2026Update();
    void previousRelease_commandLine_takesTheUpdateOnStart();
};

void TestBundledMerge::compute_keepsUserChangesAndListsConflicts_data()
{
    QTest::addColumn<QList<Decision>>("database");
    QTest::addColumn<bool>("hasBaseline");
    QTest::addColumn<QList<Decision>>("bundled");
    QTest::addColumn<QStringList>("replaced");
    QTest::addColumn<QStringList>("added");
    QTest::addColumn<QStringList>("conflicts");
    QTest::addColumn<QStringList>("withdrawn");

    const QList<Decision> old = oldBundle();
    const Decision a = decision("a");
    const Decision b = decision("b");
    const Decision c = decision("c");
    const Decision d = decision("d");
    const Decision e = decision("e");
    const QStringList none;

    QTest::newRow("nothing changed anywhere") << old << true << old << none << none << none << none;
    QTest::newRow("unchanged decision takes the new bundled version")
        << old << true << QList<Decision> { with(a, NewOutcome), b, c, d } << QStringList { QStringLiteral("a") }
        << none << none << none;
    QTest::newRow("new bundled decision is added") << old << true << QList<Decision> { a, b, c, d, e } << none
                                                   << QStringList { QStringLiteral("e") } << none << none;
    QTest::newRow("user change kept when the bundled version did not change")
        << QList<Decision> { a, b, userChanged(c, UserStatus), d } << true
        << QList<Decision> { with(a, NewOutcome), b, c, d } << QStringList { QStringLiteral("a") } << none << none
        << none;
    QTest::newRow("user change kept and listed when the bundled version changed too")
        << QList<Decision> { a, b, userChanged(c, UserStatus), d } << true
        << QList<Decision> { a, b, with(c, NewOutcome), d } << none << none
        << QStringList { QStringLiteral("c: outcome, status") } << none;
    QTest::newRow("conflict names every differing field")
        << QList<Decision> { a, b, userChanged(c, UserStatus), d } << true
        << QList<Decision> { a, b, with(with(c, NewOutcome), NewAmount), d } << none << none
        << QStringList { QStringLiteral("c: amount, currency, outcome, status") } << none;
    QTest::newRow("user made the same change as the bundled data: no conflict")
        << QList<Decision> { a, b, userChanged(c, NewOutcome), d } << true
        << QList<Decision> { a, b, with(c, NewOutcome), d } << none << none << none << none;
    QTest::newRow("user deletion kept when the bundled version did not change")
        << QList<Decision> { a, b, d } << true << old << none << none << none << none;
    QTest::newRow("user deletion kept and listed when the bundled version changed")
        << QList<Decision> { a, b, d } << true << QList<Decision> { a, b, with(c, NewOutcome), d } << none << none
        << QStringList { QStringLiteral("c: deleted") } << none;
    QTest::newRow("user's own decision is kept and not listed")
        << QList<Decision> { a, b, c, d, userChanged(decision("mine"), UserStatus) } << true << old << none << none
        << none << none;
    QTest::newRow("user's own decision with an id the bundled data now uses is a conflict")
        << QList<Decision> { a, b, c, d, userChanged(e, UserStatus) } << true << QList<Decision> { a, b, c, d, e }
        << none << none << QStringList { QStringLiteral("e: status") } << none;
    QTest::newRow("decision withdrawn from the bundled data is kept and listed")
        << old << true << QList<Decision> { a, b, c } << none << none << none << QStringList { QStringLiteral("d") };
    QTest::newRow("everything at once") << QList<Decision> { a, userChanged(b, UserStatus), userChanged(c, UserStatus),
        userChanged(decision("mine"), UserStatus) }
                                        << true << QList<Decision> { with(a, NewOutcome), b, with(c, NewAmount), e }
                                        << QStringList { QStringLiteral("a") } << QStringList { QStringLiteral("e") }
                                        << QStringList { QStringLiteral("c: amount, currency, status") } << none;
    // A database made before baselines were kept cannot tell whether a bundled version changed.
    QTest::newRow("no baseline: every differing user change is listed")
        << QList<Decision> { a, b, userChanged(c, UserStatus), d } << false << old << none << none
        << QStringList { QStringLiteral("c: status") } << none;
    QTest::newRow("no baseline: unchanged decisions are still updated")
        << old << false << QList<Decision> { with(a, NewOutcome), b, c, d } << QStringList { QStringLiteral("a") }
        << none << none << none;
    QTest::newRow("no baseline: a missing bundled decision is added")
        << QList<Decision> { a, b, d } << false << old << none << QStringList { QStringLiteral("c") } << none << none;
    QTest::newRow("no baseline: unmarked decisions gone from the bundled data are withdrawn, own ones kept")
        << QList<Decision> { a, b, c, d, userChanged(decision("mine"), UserStatus) } << false
        << QList<Decision> { a, b, c } << none << none << none << QStringList { QStringLiteral("d") };
}

void TestBundledMerge::compute_keepsUserChangesAndListsConflicts()
{
    QFETCH(QList<Decision>, database);
    QFETCH(bool, hasBaseline);
    QFETCH(QList<Decision>, bundled);
    QFETCH(QStringList, replaced);
    QFETCH(QStringList, added);
    QFETCH(QStringList, conflicts);
    QFETCH(QStringList, withdrawn);

    const QHash<QString, QString> baseline = hasBaseline ? baselineOf(oldBundle()) : QHash<QString, QString>();
    const BundledUpdate update
        = BundledMerge::compute(database, QStringLiteral("v1"), baseline, bundled, QStringLiteral("v2"));

    QVERIFY(update.isNeeded());
    QCOMPARE(update.fromVersion, QStringLiteral("v1"));
    QCOMPARE(update.toVersion, QStringLiteral("v2"));
    QCOMPARE(idsOf(update.replaced), replaced);
    QCOMPARE(idsOf(update.added), added);
    QCOMPARE(describe(update.conflicts), conflicts);
    QCOMPARE(update.withdrawn, withdrawn);
    QCOMPARE(update.baseline, baselineOf(bundled));
    // What is written is the bundled version itself, not marked as the user's.
    for (const Decision &written : update.replaced + update.added) {
        QVERIFY(!written.userModified);
        QVERIFY(bundled.contains(written));
    }
}

void TestBundledMerge::compute_sameVersionChangesNothing()
{
    const QList<Decision> database { decision("a"), userChanged(decision("b"), UserStatus) };
    const BundledUpdate update = BundledMerge::compute(database, QStringLiteral("v2"), baselineOf(oldBundle()),
        { with(decision("a"), NewOutcome), decision("b"), decision("e") }, QStringLiteral("v2"));
    QVERIFY(!update.isNeeded());
    QVERIFY(!update.changesDecisions());
    QVERIFY(update.conflicts.isEmpty());
    QVERIFY(update.withdrawn.isEmpty());
}

void TestBundledMerge::compute_sameVersionWithoutBaselineOnlyRecordsIt()
{
    const BundledUpdate update
        = BundledMerge::compute(oldBundle(), QStringLiteral("v1"), {}, oldBundle(), QStringLiteral("v1"));
    QVERIFY(update.isNeeded());
    QVERIFY(update.recordBaseline);
    QVERIFY(!update.changesDecisions());
    QCOMPARE(update.baseline, baselineOf(oldBundle()));
}

void TestBundledMerge::fingerprint_changesWithAnyFieldOnly_data()
{
    QTest::addColumn<Decision>("other");
    QTest::addColumn<bool>("same");

    const Decision base = decision("a");
    QTest::newRow("same decision") << base << true;
    QTest::newRow("userModified is not content") << with(base, [](Decision &d) { d.userModified = true; }) << true;
    QTest::newRow("outcome") << with(base, NewOutcome) << false;
    QTest::newRow("amount") << with(base, NewAmount) << false;
    QTest::newRow("a fact") << with(base, [](Decision &d) { d.facts.append(QStringLiteral("x")); }) << false;
    QTest::newRow("a source's note") << with(base, [](Decision &d) {
        d.sources.append(Source { QStringLiteral("https://x.org"), QStringLiteral("y"), {}, {}, {} });
    }) << false;
    QTest::newRow("announcement date") << with(base, [](Decision &d) { d.announceDate = QDate(2022, 10, 20); })
                                       << false;
}

void TestBundledMerge::fingerprint_changesWithAnyFieldOnly()
{
    QFETCH(Decision, other);
    QFETCH(bool, same);
    QCOMPARE(BundledMerge::fingerprint(other) == BundledMerge::fingerprint(decision("a")), same);
}

void TestBundledMerge::differingFields_namesJsonFields()
{
    const Decision a = decision("a");
    QCOMPARE(BundledMerge::differingFields(a, a), QStringList());
    QCOMPARE(BundledMerge::differingFields(a, with(a, [](Decision &d) { d.decisionDate = QDate(2022, 10, 18); })),
        QStringList { QStringLiteral("decision_date") });
    QCOMPARE(
        BundledMerge::differingFields(a, with(a, [](Decision &d) { d.timelineDateOverride = QDate(2022, 11, 1); })),
        QStringList { QStringLiteral("timeline_date") });
    QCOMPARE(BundledMerge::differingFields(a, with(a, [](Decision &d) { d.relatedTo = { QStringLiteral("b") }; })),
        QStringList { QStringLiteral("related_to") });
}

void TestBundledMerge::summary_listsCountsConflictsAndWithdrawn()
{
    const BundledUpdate update
        = BundledMerge::compute({ decision("a"), userChanged(decision("b"), UserStatus), decision("c"), decision("d") },
            QStringLiteral("v1"), baselineOf(oldBundle()),
            { with(decision("a"), NewOutcome), with(decision("b"), NewOutcome), decision("c"), decision("e") },
            QStringLiteral("v2"));
    const QStringList lines = BundledMerge::summary(update);
    QCOMPARE(lines.at(0), QStringLiteral("1 decision(s) updated to the new bundled data"));
    QCOMPARE(lines.at(1), QStringLiteral("1 new decision(s) added"));
    QVERIFY2(lines.contains(QStringLiteral("b: differs in outcome, status")), qPrintable(lines.join(u'\n')));
    QVERIFY2(lines.contains(QStringLiteral("d: no longer in the bundled data; kept")), qPrintable(lines.join(u'\n')));
}

void TestBundledMerge::apply_updatesTheDatabaseAndIsIdempotent()
{
    QStandardPaths::setTestModeEnabled(true);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    CaseDatabase database(QStringLiteral("tst_bundledmerge"));
    QVERIFY2(database.open(dir.filePath(QStringLiteral("cases.sqlite"))), qPrintable(database.errorString()));
    CaseRepository repository(database.connection());
    QString error;
    const BundledData current = BundledData::load(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(repository.meta(BundledMerge::VersionKey), current.version);

    // A file made by this caseline: only the baseline is missing, and recording it changes no decision.
    BundledUpdate first = BundledMerge::plan(repository, current);
    QVERIFY(first.recordBaseline);
    QVERIFY(!first.changesDecisions());
    QVERIFY2(BundledMerge::apply(first, repository, &error), qPrintable(error));
    QVERIFY(!BundledMerge::plan(repository, current).isNeeded());

    // The user changes one decision; a newer caseline changes it and another one, and adds one.
    const QString ico = QStringLiteral("gb-ico-2022-fine");
    const QString nl = QStringLiteral("nl-ap-2024-fine");
    Decision mine = *repository.decision(ico);
    mine.status = QStringLiteral("paid");
    mine.userModified = true;
    QVERIFY(repository.saveDecisions({ mine }));
    BundledData newer = current;
    newer.version = QStringLiteral("newer");
    for (Decision &d : newer.decisions) {
        if (d.id == ico || d.id == nl)
            d.outcome = QStringLiteral("Updated by the research.");
    }
    Decision fresh = decision("zz-new-2026-fine");
    newer.decisions.append(fresh);

    const BundledUpdate update = BundledMerge::plan(repository, newer);
    QCOMPARE(idsOf(update.replaced), QStringList { nl });
    QCOMPARE(idsOf(update.added), QStringList { fresh.id });
    QCOMPARE(describe(update.conflicts), QStringList { ico + QStringLiteral(": outcome, status") });
    QVERIFY2(BundledMerge::apply(update, repository, &error), qPrintable(error));

    QCOMPARE(repository.decision(nl)->outcome, QStringLiteral("Updated by the research."));
    QVERIFY(!repository.decision(nl)->userModified);
    QVERIFY(*repository.decision(fresh.id) == fresh);
    QVERIFY(*repository.decision(ico) == mine);
    QVERIFY(repository.decision(ico)->userModified);
    QCOMPARE(repository.meta(BundledMerge::VersionKey), QStringLiteral("newer"));
    QCOMPARE(BundledMerge::baselineFromText(repository.meta(BundledMerge::BaselineKey)), update.baseline);
    QVERIFY(!BundledMerge::plan(repository, newer).isNeeded());

    // Interrupted before the version was written: the next start computes the same update and writes it again.
    QVERIFY(repository.setMeta(BundledMerge::VersionKey, current.version));
    QVERIFY(repository.setMeta(BundledMerge::BaselineKey, BundledMerge::baselineToText(first.baseline)));
    const BundledUpdate again = BundledMerge::plan(repository, newer);
    QVERIFY(!again.changesDecisions());
    QCOMPARE(describe(again.conflicts), describe(update.conflicts));
    const QList<Decision> before = repository.decisions();
    QVERIFY2(BundledMerge::apply(again, repository, &error), qPrintable(error));
    QCOMPARE(repository.decisions(), before);
}

// A database made by the release before the December 2026 research update (34 decisions, 19 claims), in which the
// user changed a decision that the update corrects and added one of their own, opened by this release.
void TestBundledMerge::previousRelease_takesTheDecember2026Update_data()
{
    QTest::addColumn<bool>("baselineRecorded");
    // The previous release's window records the baseline on its first start; its command line never does.
    QTest::newRow("opened in the previous release's window") << true;
    QTest::newRow("only used from the previous release's command line") << false;
}

void TestBundledMerge::previousRelease_takesTheDecember2026Update()
{
    QFETCH(bool, baselineRecorded);
    QStandardPaths::setTestModeEnabled(true);
    QString error;
    const BundledData previous = previousBundle(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(previous.decisions.size(), 34);
    QCOMPARE(previous.dbSizeClaims.size(), 19);
    const BundledData current = BundledData::load(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(current.version != previous.version);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("cases.sqlite"));
    const QString bcOrder = QStringLiteral("ca-bc-2021-order");
    Decision mine;
    const Decision own = userChanged(decision("zz-mine-2026-note"), UserStatus);
    makePreviousReleaseDatabase(path, previous, baselineRecorded, own, &mine);
    if (QTest::currentTestFailed())
        return;

    // Started by this release: the start-up merge of the window and the command line (Startup::takeBundledUpdate).
    CaseDatabase database(QStringLiteral("tst_bundledmerge_current"));
    QVERIFY2(database.open(path), qPrintable(database.errorString()));
    CaseRepository repository(database.connection());
    const BundledUpdate update = BundledMerge::plan(repository, current);
    QVERIFY(update.isNeeded());
    QCOMPARE(update.fromVersion, previous.version);
    QCOMPARE(update.toVersion, current.version);

    // Every decision the user did not touch takes the update (33 of the 34): the corrected ones their corrections
    // and their French texts, the other 28 their French texts alone (issue 14), which the previous release had not.
    QStringList replaced = idsOf(update.replaced);
    replaced.sort();
    QStringList untouched = idsOf(previous.decisions);
    untouched.removeOne(bcOrder);
    untouched.sort();
    QCOMPARE(replaced, untouched);
    const QStringList corrected
        = { QStringLiteral("at-dsb-2023-order"), QStringLiteral("ca-bcsc-2024-jr"), QStringLiteral("gb-ut-2025-appeal"),
              QStringLiteral("us-ndil-2025-mdl-settlement"), QStringLiteral("us-vt-2020-mtd-ruling") };
    const QStringList french = { QStringLiteral("facts_fr"), QStringLiteral("orders_fr"), QStringLiteral("outcome_fr"),
        QStringLiteral("summary_fr") };
    QStringList correctedFound;
    for (const Decision &fresh : update.replaced) {
        const QStringList changed = DecisionDiff::fields(findIn(previous.decisions, fresh.id), fresh);
        QVERIFY2(changed.contains(QStringLiteral("outcome_fr")) && changed.contains(QStringLiteral("facts_fr")),
            qPrintable(fresh.id));
        const bool onlyFrench = std::all_of(
            changed.cbegin(), changed.cend(), [&french](const QString &field) { return french.contains(field); });
        if (!onlyFrench)
            correctedFound.append(fresh.id);
    }
    correctedFound.sort();
    QCOMPARE(correctedFound, corrected);
    QStringList added = idsOf(update.added);
    added.sort();
    QCOMPARE(added,
        (QStringList { QStringLiteral("at-bvwg-2025-ban-ruling"), QStringLiteral("ca-bcca-2026-appeal"),
            QStringLiteral("ca-fc-2023-doan-certification"), QStringLiteral("ca-fca-2025-doan-certification"),
            QStringLiteral("es-an-2024-aepd-competence"), QStringLiteral("us-7cir-2021-thornley"),
            QStringLiteral("us-ca-2022-renderos-ruling"), QStringLiteral("us-ca-2025-renderos-appeal"),
            QStringLiteral("us-ndil-2022-mdl-mtd") }));
    // The user's change is kept and listed with every field in which it differs from the new bundled version: the
    // French texts too, which the user's version, made before them, does not have.
    const QString fields
        = QStringLiteral("facts_fr, low_confidence_details, orders_fr, outcome, outcome_fr, reference, "
                         "status, status_changes");
    QCOMPARE(describe(update.conflicts), QStringList { bcOrder + QStringLiteral(": ") + fields });
    QVERIFY(update.withdrawn.isEmpty());
    QVERIFY(update.dbSizeClaims.has_value());
    const QStringList summary = BundledMerge::summary(update);
    QVERIFY2(summary.contains(bcOrder + QStringLiteral(": differs in ") + fields), qPrintable(summary.join(u'\n')));

    QVERIFY2(BundledMerge::apply(update, repository, &error), qPrintable(error));

    const QList<Decision> stored = repository.decisions();
    QCOMPARE(stored.size(), 43 + 1);
    qint64 imposedEurMinor = 0;
    for (const Decision &b : current.decisions) {
        const std::optional<Decision> d = repository.decision(b.id);
        QVERIFY2(d, qPrintable(b.id));
        QVERIFY2(d->sources.size() > 0, qPrintable(b.id));
        if (d->includeInCumulativeFines)
            imposedEurMinor += d->amountEur->minor;
        if (b.id == bcOrder)
            continue;
        QVERIFY2(*d == b, qPrintable(b.id));
        QVERIFY2(!d->userModified, qPrintable(b.id));
    }
    // EUR 104,620,279 imposed, as before: none of the new decisions is a fine on Clearview.
    QCOMPARE(imposedEurMinor, qint64(10462027900));
    QVERIFY(*repository.decision(bcOrder) == mine);
    QVERIFY(repository.decision(bcOrder)->userModified);
    QVERIFY(*repository.decision(own.id) == own);
    QVERIFY(repository.decision(own.id)->userModified);
    QCOMPARE(repository.decision(QStringLiteral("ca-bcsc-2024-jr"))->status, QStringLiteral("upheld_on_appeal"));
    QCOMPARE(repository.dbSizeClaims(), current.dbSizeClaims);
    QCOMPARE(repository.dbSizeClaims().size(), 23);
    QCOMPARE(repository.meta(BundledMerge::VersionKey), current.version);
    QCOMPARE(BundledMerge::baselineFromText(repository.meta(BundledMerge::BaselineKey)), baselineOf(current.decisions));

    // The next start has nothing to do, and the user's version stays.
    const BundledUpdate next = BundledMerge::plan(repository, current);
    QVERIFY(!next.isNeeded());
    QVERIFY(!next.dbSizeClaims.has_value());
}

void TestBundledMerge::previousRelease_commandLine_takesTheUpdateOnStart()
{
    // `caseline list` on a database of the previous release shows this release's data, as the window does, and
    // keeps the user's edit, naming it on stderr for review.
    QStandardPaths::setTestModeEnabled(true);
    QString error;
    const BundledData previous = previousBundle(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("cases.sqlite"));
    Decision mine;
    makePreviousReleaseDatabase(path, previous, true, userChanged(decision("zz-mine-2026-note"), UserStatus), &mine);
    if (QTest::currentTestFailed())
        return;
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(CASELINE_EXECUTABLE),
        { QStringLiteral("--database"), path, QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json") });
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 0);
    const QByteArray err = process.readAllStandardError();
    QVERIFY2(err.contains("ships newer data") && err.contains("ca-bc-2021-order: differs in"), err.constData());
    const QJsonArray listed = QJsonDocument::fromJson(process.readAllStandardOutput()).array();
    QCOMPARE(listed.size(), 43 + 1);
    bool sawMine = false;
    bool sawAppeal = false;
    for (const QJsonValue &value : listed) {
        const QJsonObject object = value.toObject();
        const QString id = object.value(QStringLiteral("id")).toString();
        if (id == QLatin1String("ca-bc-2021-order")) {
            sawMine = true;
            QCOMPARE(object.value(QStringLiteral("outcome")).toString(), mine.outcome);
        }
        sawAppeal = sawAppeal || id == QLatin1String("ca-bcca-2026-appeal");
    }
    QVERIFY(sawMine);
    QVERIFY(sawAppeal);
}

QTEST_GUILESS_MAIN(TestBundledMerge)
#include "tst_bundledmerge.moc"
