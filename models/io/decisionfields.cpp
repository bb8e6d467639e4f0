// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "decisionfields.h"

#include <QHash>
#include <algorithm>

namespace DecisionFields {

namespace {

using TextOf = const QString *(*)(const Decision &);
using TextsOf = const QStringList *(*)(const Decision &);

enum Need : bool { Optional = false, Required = true };

Field text(const char *json, TextOf get, Csv csv = Csv::None, Need need = Optional)
{
    return { QLatin1String(json), Kind::Text, csv, {}, need, false, get, nullptr, {} };
}

Field texts(const char *json, TextsOf get, Csv csv = Csv::None)
{
    return { QLatin1String(json), Kind::TextList, csv, {}, false, false, nullptr, get, {} };
}

// The French text of `english`, carried by CSV as its twin is.
Field french(Field field, const char *english)
{
    field.englishTwin = QLatin1String(english);
    return field;
}

Field other(const char *json, Kind kind, Csv csv = Csv::None, const char *csvColumn = "")
{
    return { QLatin1String(json), kind, csv, QLatin1String(csvColumn), false, false, nullptr, nullptr, {} };
}

// Items of sources and status_changes: one text per item, visited by whoever walks the items.
Field item(const char *json, Kind kind = Kind::Text)
{
    return other(json, kind);
}

QList<Field> makeTable()
{
    QList<Field> fields = {
        text(
            "id", [](const Decision &d) { return &d.id; }, Csv::Cell, Required),
        text(
            "country", [](const Decision &d) { return &d.country; }, Csv::Cell, Required),
        text("jurisdiction_name", [](const Decision &d) { return &d.jurisdictionName; }),
        text(
            "authority", [](const Decision &d) { return &d.authority; }, Csv::Cell, Required),
        text("authority_type", [](const Decision &d) { return &d.authorityType; }),
        text(
            "target", [](const Decision &d) { return &d.target; }, Csv::Cell),
        text(
            "decision_type", [](const Decision &d) { return &d.decisionType; }, Csv::Cell, Required),
        other("decision_date", Kind::Date, Csv::Cell),
        other("announce_date", Kind::Date, Csv::Cell),
        text("date_notes", [](const Decision &d) { return &d.dateNotes; }),
        other("timeline_date", Kind::Date),
        other("amount", Kind::Amount, Csv::Cell),
        other("currency", Kind::Text, Csv::Cell),
        other("amount_eur", Kind::Amount, Csv::Cell),
        text("fx_rate_used", [](const Decision &d) { return &d.fxRateUsed; }),
        other("amount_is_maximum", Kind::Flag, Csv::Cell),
        text("amount_notes", [](const Decision &d) { return &d.amountNotes; }),
        other("include_in_cumulative_fines", Kind::Flag, Csv::Cell),
        other("periodic_penalty", Kind::Object),
        other("legal_basis", Kind::Object),
        texts("orders", [](const Decision &d) { return &d.orders; }),
        french(texts("orders_fr", [](const Decision &d) { return &d.ordersFr; }), "orders"),
        text("outcome", [](const Decision &d) { return &d.outcome; }),
        french(text("outcome_fr", [](const Decision &d) { return &d.outcomeFr; }), "outcome"),
        text(
            "status", [](const Decision &d) { return &d.status; }, Csv::Cell),
        other("status_changes", Kind::ObjectList),
        text(
            "reference", [](const Decision &d) { return &d.reference; }, Csv::Cell),
        texts(
            "related_to", [](const Decision &d) { return &d.relatedTo; }, Csv::List),
        // CSV holds only the addresses of the sources.
        other("sources", Kind::ObjectList, Csv::List, "source_urls"),
        text("confidence", [](const Decision &d) { return &d.confidence; }),
        texts("facts", [](const Decision &d) { return &d.facts; }),
        french(texts("facts_fr", [](const Decision &d) { return &d.factsFr; }), "facts"),
        texts("low_confidence_details", [](const Decision &d) { return &d.lowConfidenceDetails; }),
        text(
            "summary", [](const Decision &d) { return &d.summary; }, Csv::Cell),
        french(text(
                   "summary_fr", [](const Decision &d) { return &d.summaryFr; }, Csv::Cell),
            "summary"),

        other("periodic_penalty.amount_per_day", Kind::Amount),
        other("periodic_penalty.max_total", Kind::Amount),
        other("periodic_penalty.currency", Kind::Text),
        text("periodic_penalty.starts", [](const Decision &d) { return &d.periodicPenalty.starts; }),
        text("periodic_penalty.instrument", [](const Decision &d) { return &d.periodicPenalty.instrument; }),
        text("periodic_penalty.liquidated_in", [](const Decision &d) { return &d.periodicPenalty.liquidatedIn; }),
        other("periodic_penalty.is_maximum", Kind::Flag),
        text("legal_basis.law", [](const Decision &d) { return &d.legalBasis.law; }),
        texts("legal_basis.provisions_violated", [](const Decision &d) { return &d.legalBasis.provisionsViolated; }),
        text("legal_basis.notes", [](const Decision &d) { return &d.legalBasis.notes; }),

        item("status_changes.date", Kind::Date),
        item("status_changes.status"),
        item("status_changes.standing", Kind::Flag),
        item("status_changes.by"),
        item("status_changes.note"),
        item("sources.url"),
        item("sources.confirms"),
        item("sources.title"),
        item("sources.publisher"),
        item("sources.language"),
    };
    for (Field &field : fields) {
        if (field.json == QLatin1String("timeline_date"))
            field.derived = true;
    }
    return fields;
}

} // namespace

const QList<Field> &all()
{
    static const QList<Field> table = makeTable();
    return table;
}

const QSet<QString> &keysOf(const QString &object)
{
    static const QHash<QString, QSet<QString>> keys = [] {
        QHash<QString, QSet<QString>> out;
        for (const Field &field : all()) {
            const QString name = field.json;
            const qsizetype dot = name.indexOf(QLatin1Char('.'));
            if (dot < 0)
                out[QString()].insert(name);
            else
                out[name.left(dot)].insert(name.mid(dot + 1));
        }
        return out;
    }();
    static const QSet<QString> none;
    const auto it = keys.constFind(object);
    return it == keys.cend() ? none : *it;
}

const QStringList &topLevelKeys()
{
    static const QStringList keys = [] {
        QStringList out = keysOf(QString()).values();
        std::sort(out.begin(), out.end());
        return out;
    }();
    return keys;
}

const QStringList &csvColumns()
{
    static const QStringList columns = [] {
        QStringList out;
        for (const Field &field : all()) {
            if (field.csv != Csv::None)
                out.append(field.csvName());
        }
        return out;
    }();
    return columns;
}

const QStringList &requiredCsvColumns()
{
    static const QStringList columns = [] {
        QStringList out;
        for (const Field &field : all()) {
            if (field.required && field.csv != Csv::None)
                out.append(field.csvName());
        }
        return out;
    }();
    return columns;
}

} // namespace DecisionFields
