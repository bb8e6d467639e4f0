// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "decisionvalidator.h"

#include "decisionjson.h"
#include "exactamount.h"
#include "importvalidator.h"

#include <QRegularExpression>

#include <algorithm>
#include <utility>

namespace {

const QString IdField = QStringLiteral("id");
const QString CountryField = QStringLiteral("country");
const QString AuthorityField = QStringLiteral("authority");
const QString TypeField = QStringLiteral("decision_type");
const QString DecisionDateField = QStringLiteral("decision_date");
const QString AmountField = QStringLiteral("amount");
const QString CurrencyField = QStringLiteral("currency");
const QString AmountEurField = QStringLiteral("amount_eur");
// Problems that belong to no single field of the form (a whole-file message, a field the form does not show).
const QString GeneralField = QStringLiteral("decision");

// The order of the fields in the form, so that the first problem listed is the first one the user meets.
int formOrder(const QString &field)
{
    static const QStringList order = { IdField, CountryField, AuthorityField, QStringLiteral("authority_type"),
        QStringLiteral("target"), TypeField, DecisionDateField, QStringLiteral("announce_date"),
        QStringLiteral("date_notes"), AmountField, CurrencyField, AmountEurField, QStringLiteral("fx_rate_used"),
        QStringLiteral("amount_is_maximum"), QStringLiteral("include_in_cumulative_fines"), QStringLiteral("status"),
        QStringLiteral("outcome"), QStringLiteral("reference"), QStringLiteral("related_to"), QStringLiteral("sources"),
        QStringLiteral("facts"), QStringLiteral("low_confidence_details"), QStringLiteral("summary") };
    const qsizetype index = order.indexOf(field);
    return index < 0 ? int(order.size()) : int(index);
}

bool hasField(const QList<FieldProblem> &problems, const QString &field)
{
    return std::any_of(problems.cbegin(), problems.cend(), [&](const FieldProblem &p) { return p.field == field; });
}

} // namespace

bool DecisionValidator::isSlug(const QString &id)
{
    static const QRegularExpression slug(QStringLiteral("^[a-z0-9][a-z0-9-]{0,99}$"));
    return slug.match(id).hasMatch();
}

QString DecisionValidator::formField(const QString &importField)
{
    qsizetype end = importField.size();
    for (const QChar separator : { QLatin1Char('['), QLatin1Char('.') }) {
        const qsizetype at = importField.indexOf(separator);
        if (at >= 0)
            end = std::min(end, at);
    }
    const QString field = importField.left(end);
    if (field.isEmpty() || field == QLatin1String("file") || field == QLatin1String("row")
        || field == QLatin1String("header"))
        return GeneralField;
    return field;
}

std::optional<Money> DecisionValidator::parseAmount(
    const QString &text, const QString &currency, const QString &field, QList<FieldProblem> *problems)
{
    const QString typed = text.trimmed();
    if (typed.isEmpty())
        return std::nullopt;
    if (currency.isEmpty()) {
        problems->append({ CurrencyField, tr("an amount needs a currency") });
        return std::nullopt;
    }
    QString problem;
    const std::optional<Money> money = ExactAmount::parse(typed, currency, &problem);
    if (!money)
        problems->append({ Money::isKnownCurrency(currency) ? field : CurrencyField, problem });
    return money;
}

QList<FieldProblem> DecisionValidator::validate(const Decision &d, Mode mode, const QSet<QString> &existingIds)
{
    QList<FieldProblem> problems;
    const auto add = [&](const QString &field, const QString &message) {
        if (!hasField(problems, field))
            problems.append({ field, message });
    };

    // What a form has to say more precisely than a file check: which required field is empty, and why an id is
    // refused.
    if (d.id.trimmed().isEmpty())
        add(IdField, tr("an id is required, e.g. fr-cnil-2022-fine"));
    else if (mode == Mode::Add && !isSlug(d.id))
        add(IdField, tr("use only lowercase letters a-z, digits and '-' (at most 100), e.g. fr-cnil-2022-fine"));
    else if (mode == Mode::Add && existingIds.contains(d.id))
        add(IdField, tr("a decision with the id '%1' already exists").arg(d.id));
    else if (mode == Mode::Edit && !existingIds.contains(d.id))
        add(IdField, tr("no decision with the id '%1' is in the database").arg(ImportValidator::printable(d.id)));
    if (d.country.trimmed().isEmpty())
        add(CountryField, tr("choose the country of the deciding body"));
    if (d.authority.trimmed().isEmpty())
        add(AuthorityField, tr("name the authority or court that decided"));
    if (d.decisionType.trimmed().isEmpty())
        add(TypeField, tr("choose the type of decision"));
    if (!d.decisionDate.isValid() && !d.announceDate.isValid())
        add(DecisionDateField, tr("give the date it was adopted, the date it was announced, or both"));
    if (d.amount && d.amount->currency.isEmpty())
        add(CurrencyField, tr("an amount needs a currency"));
    else if (d.amount && !Money::isKnownCurrency(d.amount->currency))
        add(CurrencyField,
            tr("unknown currency '%1' (use an ISO 4217 code such as EUR)")
                .arg(ImportValidator::printable(d.amount->currency)));
    if (d.amountEur && d.amountEur->currency != QLatin1String("EUR"))
        add(AmountEurField, tr("the euro equivalent must be in EUR"));
    // The JSON below would already be rounded: check here that the export keeps each amount exactly.
    const std::pair<QString, const std::optional<Money> *> amounts[] = { { AmountField, &d.amount },
        { AmountEurField, &d.amountEur }, { QStringLiteral("periodic_penalty"), &d.periodicPenalty.perDay },
        { QStringLiteral("periodic_penalty"), &d.periodicPenalty.maxTotal } };
    for (const auto &[field, money] : amounts) {
        if (*money && (*money)->minor >= 0 && Money::isKnownCurrency((*money)->currency)
            && !ExactAmount::survivesJson(**money))
            add(field, ExactAmount::tooPreciseMessage((*money)->toDecimalString()));
    }

    // Every rule of an import, on the JSON an export would write for this decision.
    const ImportBatch batch
        = ImportValidator::validate(QStringLiteral("decision.json"), DecisionJson::toDocument({ d }), existingIds);
    const bool currencyFlagged = hasField(problems, CurrencyField);
    for (const ImportError &error : batch.errors) {
        const QString field = formField(error.field);
        // A missing or unknown currency is reported on the currency; the file check reports it again on the amount.
        if (currencyFlagged && field == AmountField)
            continue;
        add(field, error.message);
    }
    std::stable_sort(problems.begin(), problems.end(),
        [](const FieldProblem &a, const FieldProblem &b) { return formOrder(a.field) < formOrder(b.field); });
    return problems;
}
