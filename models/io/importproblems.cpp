// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importproblems.h"

#include "importvalidator.h"

#include <algorithm>
#include <numeric>

ImportProblems::ImportProblems(ImportBatch *batch)
    : m_batch(batch)
{
}

void ImportProblems::add(int line, const QString &field, const QString &message)
{
    const ImportError error { line, ImportValidator::printable(field, 120), ImportValidator::printable(message) };
    const QString key = fieldKey(line, error.field);
    const QString full = key + QChar(0x1f) + error.message;
    if (m_messages.contains(full))
        return;
    m_messages.insert(full);
    m_fields.insert(key);
    if (m_batch->errors.size() >= ImportValidator::MaxErrors) {
        ++m_batch->droppedErrors;
    } else {
        m_batch->errors.append(error);
        m_phases.append(m_phase);
    }
}

void ImportProblems::sortByLine()
{
    QList<qsizetype> order(m_batch->errors.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
        const int lineA = m_batch->errors.at(a).line;
        const int lineB = m_batch->errors.at(b).line;
        return lineA != lineB ? lineA < lineB : m_phases.at(a) < m_phases.at(b);
    });
    QList<ImportError> errors;
    QList<Phase> phases;
    errors.reserve(order.size());
    phases.reserve(order.size());
    for (const qsizetype i : std::as_const(order)) {
        errors.append(m_batch->errors.at(i));
        phases.append(m_phases.at(i));
    }
    m_batch->errors = errors;
    m_phases = phases;
}

void ImportProblems::clear()
{
    m_batch->errors.clear();
    m_batch->droppedErrors = 0;
    m_phases.clear();
    m_messages.clear();
    m_fields.clear();
}

void ImportProblems::addFieldMessage(int line, const QString &fieldMessage)
{
    const qsizetype colon = fieldMessage.indexOf(QLatin1String(": "));
    const QString field = colon < 0 ? QStringLiteral("decision") : fieldMessage.left(colon);
    if (!has(line, field))
        add(line, field, colon < 0 ? fieldMessage : fieldMessage.mid(colon + 2));
}

QString ImportProblems::fieldKey(int line, const QString &field) const
{
    return QString::number(line) + QChar(0x1f) + QString::number(m_record) + QChar(0x1f) + field;
}
