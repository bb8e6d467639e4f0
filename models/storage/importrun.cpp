// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importrun.h"

#include "caserepository.h"
#include "decisioncsv.h"
#include "decisiondiff.h"
#include "importreader.h"
#include "importvalidator.h"

#include <QMutex>
#include <QWaitCondition>
#include <atomic>
#include <deque>
#include <memory>
#include <optional>
#include <thread>
#include <vector>

struct ImportRun::Write
{
    Decision decision;
    bool isNew = true;
};

namespace {

// The summary is printed: its values are shown printable and shortened.
QList<FieldChange> changesBetween(const Decision &before, const Decision &after)
{
    QList<FieldChange> changes = DecisionDiff::changes(before, after);
    for (FieldChange &change : changes) {
        change.before = ImportValidator::printable(change.before, 200);
        change.after = ImportValidator::printable(change.after, 200);
    }
    return changes;
}

using Write = ImportRun::Write;

// The decisions to write, from the thread that reads and checks the file to the one that holds the database
// connection: reading and writing then take a core each. Handed over in batches (a lock and a wake-up per decision
// cost more than they save), and bounded, so that memory stays flat when one side is slower.
class WriteQueue
{
public:
    using Batch = std::vector<Write>;
    static constexpr size_t BatchSize = 64;

    void push(Batch &&batch)
    {
        // The decisions written are freed here, in the thread that made them: the writing thread, the slower of
        // the two, has no time for it, and memory freed where it was not allocated costs more.
        std::vector<Batch> spent;
        {
            QMutexLocker lock(&m_mutex);
            spent.swap(m_spent);
        }
        spent.clear();
        QMutexLocker lock(&m_mutex);
        while (m_batches.size() >= Capacity && !m_dropping)
            m_notFull.wait(&m_mutex);
        if (m_dropping)
            return;
        m_batches.push_back(std::move(batch));
        m_notEmpty.wakeOne();
    }
    // The next batch; false once the reader is done and every batch was taken.
    bool pop(Batch *batch)
    {
        QMutexLocker lock(&m_mutex);
        while (m_batches.empty() && !m_closed)
            m_notEmpty.wait(&m_mutex);
        if (m_batches.empty())
            return false;
        *batch = std::move(m_batches.front());
        m_batches.pop_front();
        m_notFull.wakeOne();
        return true;
    }
    // A batch written, handed back to be freed by the reading thread.
    void recycle(Batch &&batch)
    {
        QMutexLocker lock(&m_mutex);
        m_spent.push_back(std::move(batch));
    }
    void close()
    {
        QMutexLocker lock(&m_mutex);
        m_closed = true;
        m_notEmpty.wakeAll();
    }
    // After a failed write: the reader reads on (for the file's problems) but nothing more is queued.
    void drop()
    {
        QMutexLocker lock(&m_mutex);
        m_dropping = true;
        m_batches.clear();
        m_notFull.wakeAll();
    }

private:
    static constexpr size_t Capacity = 16;
    QMutex m_mutex;
    QWaitCondition m_notEmpty;
    QWaitCondition m_notFull;
    std::deque<Batch> m_batches;
    std::vector<Batch> m_spent;
    bool m_closed = false;
    bool m_dropping = false;
};

} // namespace

ImportRun::ImportRun(const QString &fileName, QIODevice *device, const QHash<QString, qint64> &versions,
    std::function<QList<Decision>(const QSet<QString> &)> bases, const Options &options)
    : m_fileName(fileName)
    , m_device(device)
    , m_versions(versions)
    , m_bases(std::move(bases))
    , m_options(options)
{
}

// One reading of the file. Its decisions from `handleFrom` on are compared with `bases` and counted, listed, kept
// and handed to `write` (while the file has no problem); with `deferStored`, those from the first stored id on
// are only read, the stored ids among them gathered in `named`, for a second reading.
ImportRun::Pass ImportRun::read(ImportReader &reader, qsizetype handleFrom, bool deferStored,
    const QHash<QString, Decision> &bases, ImportPlan *p, const std::function<void(Write &&)> &write) const
{
    Pass pass;
    ImportedDecision row;
    while (reader.next(&row)) {
        const qsizetype index = reader.count() - 1;
        const bool stored = m_versions.contains(row.decision.id);
        if (deferStored && stored && pass.firstDeferred < 0)
            pass.firstDeferred = index;
        if (pass.firstDeferred >= 0) {
            if (stored)
                pass.named.insert(row.decision.id);
            continue;
        }
        if (index < handleFrom)
            continue;
        const auto base = bases.constFind(row.decision.id);
        const bool isNew = base == bases.cend();
        Decision merged = row.columns.isEmpty() ? std::move(row.decision)
                                                : DecisionCsv::merge(isNew ? Decision() : *base, row);
        // The version this plan was made against: a later apply() refuses to write over a decision changed since.
        merged.rowVersion = isNew ? 0 : base->rowVersion;
        if (!isNew && merged == *base) {
            ++p->unchangedCount;
            if (m_options.list)
                p->unchangedIds.append(merged.id);
            continue;
        }
        if (isNew) {
            ++p->newCount;
            if (m_options.list)
                p->newIds.append(merged.id);
        } else {
            ++p->updatedCount;
            if (m_options.list)
                p->updated.append(DecisionUpdate {
                    merged.id, m_options.changes ? changesBetween(*base, merged) : QList<FieldChange>() });
        }
        merged.userModified = true;
        if (m_options.keep)
            p->toWrite.append(merged);
        // Once the file has a problem nothing more is written (the transaction is rolled back), but it is read on,
        // so that every problem is reported.
        if (write && !reader.hasProblems())
            write(Write { std::move(merged), isNew });
    }
    pass.batch = reader.finish();
    pass.count = reader.count();
    return pass;
}

// read() in a thread of its own while this one writes what it hands over; false with `writeError` when a write
// failed (the caller rolls back).
ImportRun::Pass ImportRun::readAndWrite(ImportReader &reader, qsizetype handleFrom, bool deferStored,
    const QHash<QString, Decision> &bases, ImportPlan *p, QString *writeError) const
{
    if (!m_options.writeTo)
        return read(reader, handleFrom, deferStored, bases, p, nullptr);
    CaseRepository::Writer writer(*m_options.writeTo);
    WriteQueue queue;
    Pass pass;
    std::thread reading([&] {
        WriteQueue::Batch batch;
        pass = read(reader, handleFrom, deferStored, bases, p, [&](Write &&w) {
            batch.push_back(std::move(w));
            if (batch.size() >= WriteQueue::BatchSize) {
                queue.push(std::move(batch));
                batch = {};
                batch.reserve(WriteQueue::BatchSize);
            }
        });
        if (!batch.empty())
            queue.push(std::move(batch));
        queue.close();
    });
    WriteQueue::Batch batch;
    bool failed = false;
    while (queue.pop(&batch)) {
        for (const Write &write : batch) {
            if (failed)
                break;
            if (!(write.isNew ? writer.insert(write.decision) : writer.update(write.decision))) {
                failed = true;
                *writeError = m_options.writeTo->lastError();
                queue.drop();
            }
        }
        queue.recycle(std::move(batch));
        batch = {};
    }
    reading.join();
    return pass;
}

ImportPlan ImportRun::run(QString *error)
{
    ImportPlan p;
    p.fileName = m_fileName;
    const auto isStored = [this](const QString &id) { return m_versions.contains(id); };
    // A few stored decisions are read whole at once; with more, the file is read a second time for those it names.
    QHash<QString, Decision> bases;
    const bool readAll = m_versions.size() <= ReadAllStoredUpTo;
    if (readAll && !m_versions.isEmpty()) {
        QSet<QString> all;
        all.reserve(m_versions.size());
        for (auto it = m_versions.cbegin(); it != m_versions.cend(); ++it)
            all.insert(it.key());
        for (Decision &d : m_bases(all))
            bases.insert(d.id, std::move(d));
    }
    const auto refused = [&p] {
        p.toWrite.clear();
        p.newIds.clear();
        p.updated.clear();
        p.unchangedIds.clear();
        p.newCount = p.updatedCount = p.unchangedCount = 0;
        return p;
    };
    const auto stopped = [&] {
        p.errors.clear();
        p.stopped = true;
        return refused();
    };

    // The progress of each reading, as part of all of them: the second, when it is not needed, is counted done at
    // the end of the first, so that the bar ends full.
    const qint64 size = m_device->size();
    const qint64 readings = readAll ? 1 : 2;
    const auto progressOf = [&](qint64 reading) -> ImportProgress {
        if (!m_options.progress)
            return {};
        return [this, reading, readings, size](qint64 done, qint64) {
            return m_options.progress(reading * size + done, readings * size);
        };
    };
    const auto goOn = [&](qint64 done) { return !m_options.progress || m_options.progress(done, readings * size); };

    QString writeError;
    ImportReader reader(m_fileName, m_device, isStored);
    reader.setProgress(progressOf(0));
    Pass first = readAndWrite(reader, 0, !readAll, bases, &p, &writeError);
    if (reader.stopped())
        return stopped();
    p.format = first.batch.format;
    p.errors = ImportValidator::errorLines(m_fileName, first.batch);
    if (!p.errors.isEmpty())
        return refused();
    if (!writeError.isEmpty()) {
        *error = tr("nothing was imported from %1: %2").arg(m_fileName, writeError);
        return refused();
    }
    // Asked once more at the end, once every decision is written: the last moment a stop can still take them back.
    if (first.firstDeferred < 0)
        return goOn(readings * size) ? p : stopped();

    // The second reading, with the stored decisions the file names: its decisions from the first of them on.
    for (Decision &d : m_bases(first.named))
        bases.insert(d.id, std::move(d));
    if (!goOn(size))
        return stopped();
    if (!m_device->seek(0)) {
        *error = tr("nothing was imported from %1: it cannot be read again").arg(m_fileName);
        return refused();
    }
    ImportReader again(m_fileName, m_device, isStored);
    again.setProgress(progressOf(1));
    const Pass second = readAndWrite(again, first.firstDeferred, false, bases, &p, &writeError);
    if (again.stopped())
        return stopped();
    if (!second.batch.errors.isEmpty() || second.count != first.count) {
        *error = tr("nothing was imported from %1: it changed while it was read").arg(m_fileName);
        return refused();
    }
    if (!writeError.isEmpty()) {
        *error = tr("nothing was imported from %1: %2").arg(m_fileName, writeError);
        return refused();
    }
    return goOn(readings * size) ? p : stopped();
}
