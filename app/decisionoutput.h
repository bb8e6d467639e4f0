// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "decision.h"

#include <QByteArray>
#include <QString>
#include <functional>

struct CommandContext;
class QTextStream;

// The matching decisions as `list --format json|csv` prints them and `export-data` writes them: one document in
// the import formats (DecisionJson, DecisionCsv), made as the decisions are read and handed on in chunks, so that
// memory stays flat and both commands write the same bytes.
namespace DecisionOutput {

enum class Format { Json, Csv };

enum class Result { Written, ReadFailed, WriteFailed };
// Takes each chunk of the document; returns false when it cannot write, and the document stops there. It may keep
// the chunk's buffer, leaving another (empty) in its place: a ChunkQueue writes it on another thread.
using Write = std::function<bool(QByteArray &chunk)>;
// Makes the document of the matching decisions and gives it to `write` a chunk at a time; `write` returns false
// when it cannot write, and the document stops there (WriteFailed). ReadFailed sets `*readError`.
Result write(const CommandContext &context, Format format, const Write &write, QString *readError);

// Where the decisions of a document come from: calls `visit` with each, in order, until it returns false; false,
// with `*readError` set, when reading fails or is stopped. The matching decisions of a command, or the rows of the
// window's table (File > Export Data).
using Source = std::function<bool(const std::function<bool(const Decision &)> &visit, QString *readError)>;
Result write(const Source &read, Format format, const Write &write, QString *readError);

// Writes UTF-8 to a command's output: straight to the stream's device when it has one (stdout), so that the
// document's bytes are not decoded and encoded again, else through the stream (a string, in tests). False when the
// device refuses them; the stream's status then says so.
bool writeTo(QTextStream &out, const QByteArray &utf8);

} // namespace DecisionOutput
