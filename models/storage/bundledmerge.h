// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dbsizeclaim.h"
#include "decision.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class CaseRepository;
struct BundledData;

// A decision the user changed (or deleted) whose bundled version changed too: kept as the user left it, and
// listed so that the user decides (Restore bundled data takes the new version).
struct BundledConflict
{
    QString id;
    // JSON names of the fields where the user's version and the new bundled version differ; empty when deleted.
    QStringList fields;
    bool deletedByUser = false;

    bool operator==(const BundledConflict &o) const
    {
        return id == o.id && fields == o.fields && deletedByUser == o.deletedByUser;
    }
};

// What a newer bundled data set changes in a database, computed without writing.
struct BundledUpdate
{
    QString fromVersion; // the database's meta `bundled_version`
    QString toVersion; // BundledData::version
    QList<Decision> replaced; // not changed by the user: their new bundled versions
    QList<Decision> added; // new in the bundled data
    QList<BundledConflict> conflicts; // changed by the user and in the bundled data: kept, listed
    QStringList withdrawn; // bundled before, no longer in the bundled data: kept, listed
    // Fingerprint of each bundled decision of `toVersion`, stored so that the next update can tell whether the
    // bundled version of a decision the user changed has changed too.
    QHash<QString, QString> baseline;
    // True when the database has no baseline yet; apply() then at least records it.
    bool recordBaseline = false;
    // The new bundled database-size claims, set by plan() when they differ from the database's. The user cannot
    // edit claims, so they are replaced as a whole.
    std::optional<QList<DbSizeClaim>> dbSizeClaims;

    bool isNeeded() const { return fromVersion != toVersion || recordBaseline; }
    bool changesDecisions() const { return !replaced.isEmpty() || !added.isEmpty(); }
};

// Brings the bundled decisions of a database up to those compiled into this caseline, without losing anything
// the user did: decisions the user has not changed take the new bundled version, new bundled decisions are
// added, the user's changes and deletions are kept, and where the bundled version changed as well they are
// listed as conflicts. Nothing is resolved silently.
//
// Whether a bundled decision changed since the database was last brought up to date is read from a per-decision
// fingerprint kept in the meta table (`bundled_baseline`). A database without one (created before it existed)
// cannot tell, so every decision the user changed that differs from the new bundled version is a conflict.
class BundledMerge
{
    Q_DECLARE_TR_FUNCTIONS(BundledMerge)

public:
    // Meta keys; the first is the one CaseDatabase writes when it creates a file.
    static constexpr QLatin1String VersionKey { "bundled_version" };
    static constexpr QLatin1String BaselineKey { "bundled_baseline" };

    // Pure: the update from the database's decisions, version and baseline (empty when none) to the bundled ones.
    static BundledUpdate compute(const QList<Decision> &database, const QString &databaseVersion,
        const QHash<QString, QString> &baseline, const QList<Decision> &bundled, const QString &bundledVersion);

    // Reads the decisions, the database-size claims and the meta of `repository`; call apply() when isNeeded().
    static BundledUpdate plan(const CaseRepository &repository, const BundledData &bundled);

    // Writes the new and replaced decisions in one transaction, then the claims, the baseline, the version. Safe to
    // interrupt: until the version is written, the next start computes the same update again and writing it is
    // idempotent. False with `error` when the database refuses.
    static bool apply(const BundledUpdate &update, CaseRepository &repository, QString *error);

    // A short text for the start-up message: counts, then one line per conflict and withdrawn decision.
    static QStringList summary(const BundledUpdate &update);

    static QString fingerprint(const Decision &decision);
    // JSON names of the fields in which two versions of a decision differ: DecisionDiff::fields(), the same
    // comparison as the import summary's.
    static QStringList differingFields(const Decision &a, const Decision &b);

    static QString baselineToText(const QHash<QString, QString> &baseline);
    static QHash<QString, QString> baselineFromText(const QString &text);
};
