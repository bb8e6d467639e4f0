// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importroundtrip.h"

#include "bundleddata.h"
#include "decisioncsv.h"
#include "decisionimporter.h"
#include "decisionjson.h"
#include "importreader.h"
#include "importvalidator.h"

#include <QHash>

namespace {

const QList<Decision> &bundledDecisions()
{
    static const QList<Decision> decisions = [] {
        QString error;
        return BundledData::load(&error).decisions;
    }();
    return decisions;
}

// The decisions as the database holds them once `plan` is applied, and those of them that the file named.
void applyInMemory(
    const QList<Decision> &existing, const ImportPlan &plan, QList<Decision> *all, QList<Decision> *fromFile)
{
    *all = existing;
    QHash<QString, qsizetype> index;
    for (qsizetype i = 0; i < all->size(); ++i)
        index.insert(all->at(i).id, i);
    for (const Decision &d : plan.toWrite) {
        const auto it = index.constFind(d.id);
        if (it == index.cend()) {
            index.insert(d.id, all->size());
            all->append(d);
        } else {
            (*all)[*it] = d;
        }
    }
    fromFile->clear();
    for (const QString &id : plan.newIds)
        fromFile->append(all->at(index.value(id)));
    for (const DecisionUpdate &update : plan.updated)
        fromFile->append(all->at(index.value(update.id)));
    for (const QString &id : plan.unchangedIds)
        fromFile->append(all->at(index.value(id)));
}

bool safeToPrint(const QString &line)
{
    for (const QChar c : line) {
        const char16_t u = c.unicode();
        if (u < 0x20 || (u >= 0x7f && u <= 0x9f) || (u >= 0x202a && u <= 0x202e) || (u >= 0x2066 && u <= 0x2069))
            return false;
    }
    return true;
}

// Whether two decisions read from the same text are the same, to the nullness of each text (a null text equals an
// empty one for operator==, not for every reader of a decision).
bool sameTexts(const Decision &a, const Decision &b)
{
    const auto same = [](const QString &x, const QString &y) { return x == y && x.isNull() == y.isNull(); };
    const auto sameLists = [&same](const QStringList &x, const QStringList &y) {
        return std::equal(x.cbegin(), x.cend(), y.cbegin(), y.cend(), same);
    };
    for (const auto &[x, y] : { std::pair { &a.id, &b.id }, { &a.country, &b.country },
             { &a.jurisdictionName, &b.jurisdictionName }, { &a.authority, &b.authority },
             { &a.authorityType, &b.authorityType }, { &a.target, &b.target }, { &a.decisionType, &b.decisionType },
             { &a.dateNotes, &b.dateNotes }, { &a.fxRateUsed, &b.fxRateUsed }, { &a.amountNotes, &b.amountNotes },
             { &a.periodicPenalty.starts, &b.periodicPenalty.starts },
             { &a.periodicPenalty.instrument, &b.periodicPenalty.instrument },
             { &a.periodicPenalty.liquidatedIn, &b.periodicPenalty.liquidatedIn }, { &a.legalBasis.law, &b.legalBasis.law },
             { &a.legalBasis.notes, &b.legalBasis.notes }, { &a.outcome, &b.outcome }, { &a.outcomeFr, &b.outcomeFr },
             { &a.status, &b.status }, { &a.reference, &b.reference }, { &a.confidence, &b.confidence },
             { &a.summary, &b.summary }, { &a.summaryFr, &b.summaryFr } }) {
        if (!same(*x, *y))
            return false;
    }
    for (const auto &[x, y] : { std::pair { &a.legalBasis.provisionsViolated, &b.legalBasis.provisionsViolated },
             { &a.orders, &b.orders }, { &a.ordersFr, &b.ordersFr }, { &a.relatedTo, &b.relatedTo },
             { &a.facts, &b.facts }, { &a.factsFr, &b.factsFr }, { &a.lowConfidenceDetails, &b.lowConfidenceDetails } }) {
        if (!sameLists(*x, *y))
            return false;
    }
    for (qsizetype i = 0; i < a.statusChanges.size(); ++i) {
        const StatusChange &x = a.statusChanges.at(i);
        const StatusChange &y = b.statusChanges.at(i);
        if (!same(x.status, y.status) || !same(x.byDecisionId, y.byDecisionId) || !same(x.note, y.note))
            return false;
    }
    for (qsizetype i = 0; i < a.sources.size(); ++i) {
        const Source &x = a.sources.at(i);
        const Source &y = b.sources.at(i);
        if (!same(x.url, y.url) || !same(x.confirms, y.confirms) || !same(x.title, y.title)
            || !same(x.publisher, y.publisher) || !same(x.language, y.language))
            return false;
    }
    return true;
}

// How the import's reading of a JSON file differs from QJsonDocument's alone, which it must give exactly; empty when
// it does not.
QString readingDifference(const QString &fileName, const QByteArray &bytes)
{
    const ImportBatch read = ImportValidator::validate(fileName, bytes, {});
    const ImportBatch reference
        = ImportValidator::validate(fileName, bytes, {}, ImportValidator::JsonReading::QJsonDocumentOnly);
    const QStringList errors = ImportValidator::errorLines(fileName, read);
    const QStringList referenceErrors = ImportValidator::errorLines(fileName, reference);
    if (errors != referenceErrors) {
        return QStringLiteral("the problems differ from QJsonDocument's:\n") + errors.join(QLatin1Char('\n'))
            + QStringLiteral("\ninstead of\n") + referenceErrors.join(QLatin1Char('\n'));
    }
    if (read.decisions.size() != reference.decisions.size())
        return QStringLiteral("%1 decisions instead of %2").arg(read.decisions.size()).arg(reference.decisions.size());
    for (qsizetype i = 0; i < read.decisions.size(); ++i) {
        const ImportedDecision &a = read.decisions.at(i);
        const ImportedDecision &b = reference.decisions.at(i);
        if (a.line != b.line || a.decision != b.decision || !sameTexts(a.decision, b.decision))
            return QStringLiteral("decision %1 (line %2) differs from QJsonDocument's").arg(i).arg(b.line);
    }
    return {};
}

bool fail(QString *failure, const QString &what)
{
    *failure = what;
    return false;
}

} // namespace

bool ImportRoundTrip::check(const QString &fileName, const QByteArray &bytes, QString *failure)
{
    const QList<Decision> &existing = bundledDecisions();
    if (existing.isEmpty())
        return fail(failure, QStringLiteral("the bundled decisions cannot be loaded"));
    if (ImportValidator::formatOf(fileName, bytes) == ImportBatch::Format::Json) {
        const QString difference = readingDifference(fileName, bytes);
        if (!difference.isEmpty())
            return fail(failure, difference);
    }
    const ImportPlan plan = DecisionImporter::plan(fileName, bytes, existing);
    if (!plan.canApply()) {
        if (!plan.toWrite.isEmpty())
            return fail(failure, QStringLiteral("a refused plan has decisions to write"));
        for (const QString &line : plan.errors) {
            if (!line.startsWith(fileName + QLatin1Char(':')) || !safeToPrint(line))
                return fail(failure, QStringLiteral("unsafe or unlocated error line: ") + line);
        }
        return true;
    }
    for (const QString &line : DecisionImporter::summary(plan)) {
        if (!safeToPrint(line))
            return fail(failure, QStringLiteral("unsafe summary line: ") + line);
    }
    QList<Decision> all;
    QList<Decision> fromFile;
    applyInMemory(existing, plan, &all, &fromFile);

    const QByteArray json = DecisionJson::toDocument(fromFile);
    const ImportPlan again = DecisionImporter::plan(QStringLiteral("roundtrip.json"), json, all);
    if (!again.canApply())
        return fail(failure, QStringLiteral("the JSON export is refused: ") + again.errors.join(QLatin1Char('\n')));
    if (!again.toWrite.isEmpty() || again.unchangedIds.size() != fromFile.size()) {
        return fail(failure,
            QStringLiteral("the JSON export does not read back unchanged: ")
                + DecisionImporter::summary(again).join(QLatin1Char('\n')));
    }

    const QByteArray csv = DecisionCsv::toCsv(fromFile);
    const ImportPlan fromCsv = DecisionImporter::plan(QStringLiteral("roundtrip.csv"), csv, all);
    if (!fromCsv.canApply())
        return fail(failure, QStringLiteral("the CSV export is refused: ") + fromCsv.errors.join(QLatin1Char('\n')));
    QList<Decision> allAfterCsv;
    QList<Decision> fromCsvFile;
    applyInMemory(all, fromCsv, &allAfterCsv, &fromCsvFile);
    QList<Decision> sameOrder;
    QHash<QString, Decision> byId;
    for (const Decision &d : std::as_const(fromCsvFile))
        byId.insert(d.id, d);
    for (const Decision &d : std::as_const(fromFile))
        sameOrder.append(byId.value(d.id));
    if (DecisionCsv::toCsv(sameOrder) != csv)
        return fail(failure, QStringLiteral("the CSV export is not a fixed point of import and export"));
    return true;
}
