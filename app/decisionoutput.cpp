// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "decisionoutput.h"

#include "commandcontext.h"
#include "decisioncsv.h"
#include "decisionjson.h"
#include "decisionjsonwriter.h"

#include <QIODevice>
#include <QTextStream>

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
    Document document(format, write);
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
