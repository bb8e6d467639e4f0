// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importproblems.h"

#include "importvalidator.h"

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
    if (m_batch->errors.size() >= ImportValidator::MaxErrors)
        ++m_batch->droppedErrors;
    else
        m_batch->errors.append(error);
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
