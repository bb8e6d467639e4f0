// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "casedatabase.h"
#include "caserepository.h"
#include "decisionimporter.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTextStream>

// tst_importworker_bin DATABASE FILE [--spill]: imports FILE into DATABASE the way `caseline import` does
// (DecisionImporter::planAndApply), saying "applying" on stdout when the write has begun and "done" after it, so
// that tst_importkill can kill it half-way through the transaction. --spill keeps SQLite's memory small, so that
// pages of the open transaction reach the file (or its write-ahead log) long before it commits, as they do when
// a million decisions outgrow the write's page cache.
int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QStringList args = QCoreApplication::arguments();
    const bool spill = args.size() == 4 && args.at(3) == QLatin1String("--spill");
    if (args.size() != 3 && !spill) {
        err << "usage: tst_importworker_bin DATABASE FILE [--spill]\n";
        return 2;
    }
    // The soft heap limit below needs SQLite to count its memory, which CaseDatabase turns off before SQLite's first
    // use in the process: a connection of Qt's own, opened first, keeps the count on.
    if (spill) {
        QSqlDatabase counting = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("counting"));
        counting.setDatabaseName(QStringLiteral(":memory:"));
        if (!counting.open()) {
            err << "cannot open SQLite\n";
            return 1;
        }
    }
    CaseDatabase database(QStringLiteral("importworker"));
    if (!database.open(args.at(1))) {
        err << database.errorString() << '\n';
        return 1;
    }
    // SQLite's own heap, for the whole process: its page cache gives pages back (writing them out) past it.
    if (spill && !QSqlQuery(database.connection()).exec(QStringLiteral("PRAGMA soft_heap_limit = 2000000"))) {
        err << "cannot limit SQLite's memory\n";
        return 1;
    }
    CaseRepository repository(database.connection());
    bool said = false;
    QString error;
    const ImportPlan plan = DecisionImporter::planAndApply(args.at(2), repository, &error, false,
        [&](qint64 done, qint64) {
            if (done > 0 && !said) {
                out << "applying" << Qt::endl;
                said = true;
            }
            return true;
        });
    if (!plan.errors.isEmpty() || !error.isEmpty()) {
        err << plan.errors.join(QLatin1Char('\n')) << error << '\n';
        return 1;
    }
    out << "done" << Qt::endl;
    return 0;
}
