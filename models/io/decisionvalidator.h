// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "decision.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

// One problem of a decision edited in a form: the field it belongs to, by its JSON name ("id", "country",
// "decision_date", "amount", "currency", "sources", ...; never indexed), so the form can show it beside the field.
struct FieldProblem
{
    QString field;
    QString message;

    bool operator==(const FieldProblem &o) const { return field == o.field && message == o.message; }
};

// Checks one decision as the GUI adds or edits it, with the rules of an import: the checks of ImportValidator run
// on the decision as its JSON export, so a decision saved from the form can always be exported and imported
// again. On top come what only a form has: required fields named one by one, the stricter id format of new
// decisions, a unique id when adding, and amounts as typed.
class DecisionValidator
{
    Q_DECLARE_TR_FUNCTIONS(DecisionValidator)

public:
    enum class Mode { Add, Edit };

    // A problem per field at most, in the order of the form. `existingIds`: the ids in the database (when
    // editing, including the decision's own).
    static QList<FieldProblem> validate(const Decision &decision, Mode mode, const QSet<QString> &existingIds);

    // The amount typed in `field` in `currency`: nullopt without a problem when `text` is empty; otherwise the
    // exact amount, or nullopt with a problem on `field` (or on "currency" when that is what is missing).
    static std::optional<Money> parseAmount(
        const QString &text, const QString &currency, const QString &field, QList<FieldProblem> *problems);

    // New ids are lowercase slugs such as fr-cnil-2022-fine: letters a-z, digits and '-', at most 100.
    static bool isSlug(const QString &id);

    // "sources[2].url" -> "sources", "legal_basis.law" -> "legal_basis": the form field a problem belongs to.
    static QString formField(const QString &importField);
};
