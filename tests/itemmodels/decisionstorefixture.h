// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
// What the DecisionStore tests share: a store over a new database file holding the bundled data, a model watched by
// QAbstractItemModelTester, and the decisions both hold.
#pragma once

#include "bundleddata.h"
#include "casedatabase.h"
#include "caserepository.h"
#include "decisionmodel.h"
#include "decisionstore.h"
#include "emptyschema.h"

#include <QAbstractItemModelTester>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <memory>

namespace DecisionStoreFixtures {

inline const QString Ico = QStringLiteral("gb-ico-2022-fine");
// Named by no other decision, so it can be deleted.
inline const QString Leaf = QStringLiteral("it-garante-2022-fine");

inline Decision newDecision()
{
    Decision d;
    d.id = QStringLiteral("zz-dpa-2025-fine");
    d.country = QStringLiteral("NL");
    d.authority = QStringLiteral("Autoriteit Persoonsgegevens");
    d.decisionType = QStringLiteral("fine");
    d.decisionDate = QDate(2025, 6, 1);
    d.amount = Money { 100000000, QStringLiteral("EUR") };
    d.amountEur = d.amount;
    d.relatedTo = QStringList { QStringLiteral("nl-ap-2024-fine") };
    d.sources
        = { Source { QStringLiteral("https://autoriteitpersoonsgegevens.nl/x"), QStringLiteral("fine"), {}, {}, {} } };
    return d;
}

inline QList<Decision> byId(QList<Decision> decisions)
{
    std::sort(decisions.begin(), decisions.end(), [](const Decision &a, const Decision &b) { return a.id < b.id; });
    return decisions;
}

// Decision::operator== leaves out the userModified flag on purpose; these tests compare it too.
inline QString differenceBetween(const QList<Decision> &actual, const QList<Decision> &expected)
{
    if (actual.size() != expected.size())
        return QStringLiteral("%1 decisions instead of %2").arg(actual.size()).arg(expected.size());
    for (qsizetype i = 0; i < actual.size(); ++i) {
        if (actual.at(i) != expected.at(i) || actual.at(i).userModified != expected.at(i).userModified)
            return QStringLiteral("differs at %1: %2 instead of %3").arg(i).arg(actual.at(i).id, expected.at(i).id);
    }
    return {};
}

} // namespace DecisionStoreFixtures

#define COMPARE_DECISIONS(actual, expected)                                                                            \
    do {                                                                                                               \
        const QString difference = DecisionStoreFixtures::differenceBetween(actual, expected);                         \
        QVERIFY2(difference.isEmpty(), qPrintable(difference));                                                        \
    } while (false)

// The test classes derive from this: QtTest runs their slots, which call these.
class DecisionStoreFixture : public QObject
{
protected:
    void loadBundled()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QString error;
        m_bundled = BundledData::load(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void openStore(const QString &name)
    {
        ++m_run;
        m_database = std::make_unique<CaseDatabase>(QStringLiteral("%1_%2").arg(name).arg(m_run));
        // A file, or (the *_postgresql runs) a new team database on a server of the test's own.
        QString where = m_dir.filePath(QStringLiteral("cases-%1.sqlite").arg(m_run));
        if (EmptySchema::onPostgres()) {
            QString error;
            where = EmptySchema::newTeamDatabase(&error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
        }
        QVERIFY2(m_database->open(where), qPrintable(m_database->errorString()));
        m_repository = std::make_unique<CaseRepository>(m_database->connection());
        m_model = new DecisionModel(this);
        // Attached before any data, so every insertion, change and removal is checked.
        new QAbstractItemModelTester(m_model, QAbstractItemModelTester::FailureReportingMode::QtTest, m_model);
        m_model->setDisplayLocale(QLocale(QLocale::English, QLocale::UnitedKingdom));
        m_model->setDecisions(m_repository->decisions());
        m_store = new DecisionStore(m_repository.get(), m_model, this);
    }

    void closeStore()
    {
        delete m_store;
        m_store = nullptr;
        delete m_model;
        m_model = nullptr;
        m_repository.reset();
        m_database.reset();
    }

    QList<Decision> stored() const { return DecisionStoreFixtures::byId(m_repository->decisions()); }
    QList<Decision> modelled() const { return DecisionStoreFixtures::byId(m_model->allDecisions()); }
    Decision current(const QString &id) const { return *m_repository->decision(id); }

    BundledData m_bundled;
    QTemporaryDir m_dir;
    int m_run = 0;
    std::unique_ptr<CaseDatabase> m_database;
    std::unique_ptr<CaseRepository> m_repository;
    DecisionModel *m_model = nullptr;
    DecisionStore *m_store = nullptr;
};
