// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importroundtrip.h"

#include "bundleddata.h"
#include "decisioncsv.h"
#include "decisionimporter.h"
#include "decisionjson.h"

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
