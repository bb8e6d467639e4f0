// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "casedatabase.h"
#include "caserepository.h"
#include "decisionimporter.h"

#include <QCoreApplication>
#include <QTextStream>

// tst_importworker_bin DATABASE FILE: imports FILE into DATABASE the way `caseline import` does, saying
// "applying N" on stdout just before the write starts and "done" after it, so that tst_importkill can kill it
// half-way through the transaction.
int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 3) {
        err << "usage: tst_importworker_bin DATABASE FILE\n";
        return 2;
    }
    CaseDatabase database(QStringLiteral("importworker"));
    if (!database.open(args.at(1))) {
        err << database.errorString() << '\n';
        return 1;
    }
    CaseRepository repository(database.connection());
    const ImportPlan plan = DecisionImporter::plan(args.at(2), repository);
    if (!plan.canApply()) {
        err << plan.errors.join(QLatin1Char('\n')) << '\n';
        return 1;
    }
    out << "applying " << plan.toWrite.size() << Qt::endl;
    QString error;
    if (!DecisionImporter::apply(plan, repository, &error)) {
        err << error << '\n';
        return 1;
    }
    out << "done" << Qt::endl;
    return 0;
}
