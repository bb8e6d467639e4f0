// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "decision.h"
#include "importbatch.h"
#include "importplan.h"

#include <QCoreApplication>
#include <QHash>
#include <QIODevice>
#include <QSet>
#include <QString>
#include <functional>

class CaseRepository;
class ImportReader;

// One import of a file, as DecisionImporter runs it: ImportReader reads and checks the file a decision at a time,
// and each decision is compared with the stored one of its id and, when it is new or changed, counted, listed,
// kept for a later apply() and/or written at once, as `Options` say.
//
// A decision of an id already stored needs the stored decision (the base of a CSV merge, of the comparison). When
// the database holds few decisions they are all read once; otherwise the file is read a second time, after its
// first reading has told which stored decisions it names, and its decisions from the first such one on are
// handled then, in file order.
class ImportRun
{
    Q_DECLARE_TR_FUNCTIONS(DecisionImporter)

public:
    struct Options
    {
        bool list = true; // the ids of new, updated and unchanged decisions
        bool changes = true; // the changed fields of updated decisions
        bool keep = true; // the decisions to write, in ImportPlan::toWrite
        // Where each decision is written as soon as it is checked, inside the caller's write transaction (which the
        // caller rolls back when the plan has errors or run() sets `error`); nullptr: nothing is written.
        CaseRepository *writeTo = nullptr;
        // Told the bytes of the file read over every reading run() makes (two when the file names many stored
        // decisions: see above); stopping it makes a plan that is `stopped`, whose caller writes nothing.
        ImportProgress progress = {};
    };
    // The stored decisions: their ids and row versions; `bases` reads the stored decisions among the ids it is
    // given. `device` is open and seekable.
    ImportRun(const QString &fileName, QIODevice *device, const QHash<QString, qint64> &versions,
        std::function<QList<Decision>(const QSet<QString> &)> bases, const Options &options);

    // The plan; with `error` set (and the plan's decisions not to be trusted) when a write failed or the file
    // changed between its two readings; `stopped`, and empty, when the progress callback stopped it.
    ImportPlan run(QString *error);

    // A decision to write, handed from the reading to the writing (in threads of their own).
    struct Write;

    // Up to this many stored decisions are read whole before the file, instead of reading the file twice when it
    // names some of them.
    static constexpr qsizetype ReadAllStoredUpTo = 5000;

private:
    struct Pass
    {
        ImportBatch batch;
        qsizetype count = 0;
        qsizetype firstDeferred = -1;
        QSet<QString> named;
    };
    Pass read(ImportReader &reader, qsizetype handleFrom, bool deferStored, const QHash<QString, Decision> &bases,
        ImportPlan *p, const std::function<void(Write &&)> &write) const;
    Pass readAndWrite(ImportReader &reader, qsizetype handleFrom, bool deferStored,
        const QHash<QString, Decision> &bases, ImportPlan *p, QString *writeError) const;

    QString m_fileName;
    QIODevice *m_device;
    const QHash<QString, qint64> &m_versions;
    std::function<QList<Decision>(const QSet<QString> &)> m_bases;
    Options m_options;
};
