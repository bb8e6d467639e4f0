// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "decision.h"

#include <QByteArray>

// The bytes of DecisionJson's documents, written straight from the decision. DecisionJson::toJson() builds a
// QJsonObject, and QJsonDocument then turns every key and value into CBOR and back into text: at 100,000
// decisions that was most of the time of `list --format json` and `export-data`. This writes the same bytes
// (the keys sorted as QJsonObject sorts them, four spaces a level, strings escaped and numbers written as
// QJsonDocument writes them) in one pass. The keys, and which of them a decision leaves out, are those of
// DecisionJson::toJson() and of DecisionFields: tst_decisionwriters compares the two writers byte for byte.
namespace DecisionJsonWriter {

// Appends the decision as an element of the document's top-level array: indented by one level, without the
// separator that comes before every element but the first.
void appendElement(QByteArray &out, const Decision &decision);
// DecisionJson::documentElement(): the element with the separator before it when `index` (from 0) is not the first.
void appendDocumentElement(QByteArray &out, const Decision &decision, qsizetype index);

// Appends `text` as a JSON string, quoted and escaped as QJsonDocument escapes it.
void appendString(QByteArray &out, QStringView text);

} // namespace DecisionJsonWriter
