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
    QByteArray chunk = json ? DecisionJson::documentStart() : DecisionCsv::headerRow();
    // Room for the decision that takes a chunk past its size, so that it is rarely reallocated.
    constexpr qsizetype Capacity = ChunkSize + 64 * 1024;
    chunk.reserve(Capacity);
    bool written = true;
    qsizetype count = 0;
    const bool read = readDecisions(
        [&](const Decision &decision) {
            // DecisionJson::documentElement()'s bytes, written straight into the chunk.
            if (json)
                DecisionJsonWriter::appendDocumentElement(chunk, decision, count++);
            else
                chunk += DecisionCsv::row(decision);
            if (chunk.size() < ChunkSize)
                return true;
            written = write(chunk);
            chunk.resize(0); // keeps its capacity for the next chunk
            if (chunk.capacity() < Capacity) // `write` kept the buffer and gave back a new one
                chunk.reserve(Capacity);
            return written;
        },
        readError);
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
