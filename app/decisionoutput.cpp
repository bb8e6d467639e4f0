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
// Room for the decision that takes a chunk past its size, so that it is rarely reallocated.
constexpr qsizetype Capacity = ChunkSize + 64 * 1024;

// The document being made: decisions added in order, handed to `write` a chunk at a time.
class Document
{
public:
    Document(DecisionOutput::Format format, const DecisionOutput::Write &write)
        : m_json(format == DecisionOutput::Format::Json)
        , m_write(write)
        , m_chunk(m_json ? DecisionJson::documentStart() : DecisionCsv::headerRow())
    {
        m_chunk.reserve(Capacity);
    }

    // False once a write failed: the document stops there.
    bool add(const Decision &decision)
    {
        // DecisionJson::documentElement()'s bytes, written straight into the chunk.
        if (m_json)
            DecisionJsonWriter::appendDocumentElement(m_chunk, decision, m_count++);
        else
            m_chunk += DecisionCsv::row(decision);
        if (m_chunk.size() < ChunkSize)
            return true;
        m_written = m_write(m_chunk);
        m_chunk.resize(0); // keeps its capacity for the next chunk
        if (m_chunk.capacity() < Capacity) // `write` kept the buffer and gave back a new one
            m_chunk.reserve(Capacity);
        return m_written;
    }
    // Writes what is left; `read` says whether every decision was read.
    DecisionOutput::Result finish(bool read)
    {
        if (!m_written)
            return DecisionOutput::Result::WriteFailed;
        // What was read before a failure is written too, as the document stood; only a complete one gets its end.
        if (m_json && read)
            m_chunk += DecisionJson::documentEnd(m_count);
        if (!m_write(m_chunk))
            return DecisionOutput::Result::WriteFailed;
        return read ? DecisionOutput::Result::Written : DecisionOutput::Result::ReadFailed;
    }

private:
    const bool m_json;
    const DecisionOutput::Write &m_write;
    QByteArray m_chunk;
    qsizetype m_count = 0;
    bool m_written = true;
};

// The decisions are read on this thread and made into the document on another, in order, a batch at a time: at
// 1,000,000 decisions reading (SQLite) and writing the text (escaping, UTF-8) each took about half the time of
// `list` and `export-data`, one after the other on one core. A few batches wait at most: memory stays flat.
DecisionOutput::Result writeOnTwoThreads(
    const DecisionOutput::Source &readDecisions, Document &document, QString *readError)
{
    constexpr std::size_t BatchSize = 128;
    constexpr std::size_t WaitingBatches = 4;
    BoundedQueue<std::vector<Decision>> batches(WaitingBatches);
    // Batches made into text come back to be emptied here: the decisions share their short texts (countries,
    // types...) with the reader's caches, and a text's count of users changed by two threads at once moved its
    // memory between the cores for every decision. Never full: there are only so many batches.
    BoundedQueue<std::vector<Decision>> spent(WaitingBatches + 2);
    std::thread formatter([&] {
        while (std::optional<std::vector<Decision>> batch = batches.pop()) {
            for (const Decision &decision : *batch) {
                if (!document.add(decision)) {
                    batches.cancel(); // the reader stops at its next batch
                    break;
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
    return document.finish(read);
}

} // namespace

namespace DecisionOutput {

Result write(const CommandContext &context, Format format, const Write &write, QString *readError)
{
    return DecisionOutput::write(
        [&context](const std::function<bool(const Decision &)> &visit, QString *error) {
            return context.readMatching(visit, CommandContext::Scope::Everything, true, error);
        },
        format, write, readError, Threads::Two);
}

Result write(const Source &readDecisions, Format format, const Write &write, QString *readError, Threads threads)
{
    Document document(format, write);
    if (threads == Threads::Two)
        return writeOnTwoThreads(readDecisions, document, readError);
    const bool read = readDecisions([&document](const Decision &decision) { return document.add(decision); }, readError);
    return document.finish(read);
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
