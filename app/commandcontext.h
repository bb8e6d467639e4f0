// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "datebasis.h"
#include "decision.h"
#include "decisionfilter.h"

#include <QList>

class CaseDatabase;
class QTextStream;

// What a subcommand works on, prepared by CommandLine: the open database, the shared filters, the decisions that
// match them (sorted by date on the basis, then id) and the output streams (UTF-8).
struct CommandContext
{
    CaseDatabase &database;
    DecisionFilter filter;
    DateBasis basis = DateBasis::Adopted;
    QList<Decision> decisions;
    QTextStream &out;
    QTextStream &err;
};
