// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importbatch.h"

#include <QSet>
#include <QString>

// Collects the problems of one import file for ImportValidator: exact repeats are dropped, and beyond
// ImportValidator::MaxErrors they are only counted. Fields and messages are made printable as they are added.
class ImportProblems
{
public:
    explicit ImportProblems(ImportBatch *batch);

    // Problems are told apart by record as well as by line: a JSON file written on one line holds every record
    // on line 1, and each record's problems must still be listed.
    void beginRecord(qsizetype index) { m_record = index; }

    // What kind of check adds the next problems. A file read whole used to be checked kind by kind (its syntax, then
    // its fields, then each decision, then ids across records); read as it streams in, it is checked record by
    // record. sortByLine() orders the problems of one line by this, then as they were added, as before.
    enum class Phase { Syntax, Fields, Decision, Ids, Relations };
    void beginPhase(Phase phase) { m_phase = phase; }
    // Sorts the problems kept by line, then phase, then the order they were added in.
    void sortByLine();
    // Forgets every problem: a problem with the whole file (its encoding, its JSON syntax) is the only one said.
    void clear();

    void add(int line, const QString &field, const QString &message);

    // DecisionJson reports "field: message"; a field that already has a problem keeps the first, more precise one
    // ("'2023-02-30' is not a valid date" rather than also "a decision needs a decision_date").
    void addFieldMessage(int line, const QString &fieldMessage);

    // So that a second check of the same field does not repeat what the first one said.
    bool has(int line, const QString &field) const { return m_fields.contains(fieldKey(line, field)); }

private:
    QString fieldKey(int line, const QString &field) const;

    ImportBatch *m_batch;
    qsizetype m_record = -1;
    Phase m_phase = Phase::Syntax;
    // The phase of each problem kept, in the order of m_batch->errors.
    QList<Phase> m_phases;
    // Sets, not lists: a 100 MB file can hold millions of problems on one line.
    QSet<QString> m_messages;
    QSet<QString> m_fields;
};
