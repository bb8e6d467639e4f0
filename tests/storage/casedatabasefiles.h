// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

class CaseDatabase;

// Preparing and inspecting database files beside CaseDatabase, for tst_casedatabase and tst_casedatabasechecks.

// Creates a caseline database at PATH from the bundled data and closes it; returns the error, empty on success.
QString createCaselineFile(const QString &path);

// Runs statements on PATH through a connection of its own, closed and removed before returning.
QString runSql(const QString &path, const QStringList &statements);

// The number of decisions the repository reads from DATABASE.
qsizetype decisionCount(const CaseDatabase &database);
