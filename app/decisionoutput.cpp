// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "decisionoutput.h"

#include "boundedqueue.h"
#include "commandcontext.h"
#include "decisioncsv.h"
#include "decisionjson.h"
#include "decisionjsonwriter.h"

#include <QIODevice>
#include <QTextStream>

#include <optional>
#include <thread>
#include <vector>

namespace {

// What is gathered before it is handed on: large enough that a write costs little per decision, small enough that
// memory stays flat.
constexpr qsizetype ChunkSize = 256 * 1024;

} // namespace

namespace DecisionOutput {

Result write(const CommandContext &context, Format format, const Write &write, QString *readError)
{
    return DecisionOutput::write(
        [&context](const std::function<bool(const Decision &)> &visit, QString *error) {
            return context.readMatching(visit, CommandContext::Scope::Everything, true, error);
        },
        format, write, readError);
}

Result write(const Source &readDecisions, Format format, const Write &write, QString *readError)
{
    const bool json = format == Format::Json;
    // Room for the decision that takes a chunk past its size, so that it is rarely reallocated.
    constexpr qsizetype Capacity = ChunkSize + 64 * 1024;
    // The decisions are read on this thread and made into the document on another, in order, a batch at a time:
    // at 1,000,000 decisions reading (SQLite) and writing the text (escaping, UTF-8) each took about half the time
    // of `list` and `export-data`, one after the other on one core. A few batches wait at most: memory stays flat.
    constexpr std::size_t BatchSize = 128;
    constexpr std::size_t WaitingBatches = 4;
    BoundedQueue<std::vector<Decision>> batches(WaitingBatches);
    // Batches made into text come back to be emptied here: the decisions share their short texts (countries,
    // types...) with the reader's caches, and a text's count of users changed by two threads at once moved its
    // memory between the cores for every decision. Never full: there are only so many batches.
    BoundedQueue<std::vector<Decision>> spent(WaitingBatches + 2);
    // The document so far, and what became of it, left by the formatter for the end below.
    QByteArray chunk = json ? DecisionJson::documentStart() : DecisionCsv::headerRow();
    chunk.reserve(Capacity);
    qsizetype count = 0;
    bool written = true;
    std::thread formatter([&] {
        while (std::optional<std::vector<Decision>> batch = batches.pop()) {
            for (const Decision &decision : *batch) {
                // DecisionJson::documentElement()'s bytes, written straight into the chunk.
                if (json)
                    DecisionJsonWriter::appendDocumentElement(chunk, decision, count++);
                else
                    chunk += DecisionCsv::row(decision);
                if (chunk.size() < ChunkSize)
                    continue;
                written = write(chunk);
                chunk.resize(0); // keeps its capacity for the next chunk
                if (chunk.capacity() < Capacity) // `write` kept the buffer and gave back a new one
                    chunk.reserve(Capacity);
                if (!written) {
                    batches.cancel(); // the reader stops at its next batch
                    spent.push(std::move(*batch));
                    return;
                }
            }
            spent.push(std::move(*batch));
        }
    });
    std::vector<Decision> batch;
    batch.reserve(BatchSize);
    const bool read = readDecisions(
        [&](const Decision &decision) {
            batch.push_back(decision);
            if (batch.size() < BatchSize)
                return true;
            const bool formatting = batches.push(std::move(batch));
            std::optional<std::vector<Decision>> emptied = spent.tryPop();
            batch = emptied ? std::move(*emptied) : std::vector<Decision>();
            batch.clear();
            batch.reserve(BatchSize);
            return formatting;
        },
        readError);
    if (!batch.empty())
        batches.push(std::move(batch));
    batches.close();
    formatter.join();
    if (!written)
        return Result::WriteFailed;
    // What was read before a failure is written too, as the document stood; only a complete one gets its end.
    if (json && read)
        chunk += DecisionJson::documentEnd(count);
    if (!write(chunk))
        return Result::WriteFailed;
    return read ? Result::Written : Result::ReadFailed;
}

bool writeTo(QTextStream &out, const QByteArray &utf8)
{
    QIODevice *const device = out.device();
    if (!device) {
        out << QString::fromUtf8(utf8);
        return out.status() == QTextStream::Ok;
    }
    // What the stream holds goes first.
    out.flush();
    if (device->write(utf8) == utf8.size())
        return true;
    out.setStatus(QTextStream::WriteFailed);
    return false;
}

} // namespace DecisionOutput
