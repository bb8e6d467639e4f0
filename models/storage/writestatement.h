// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QByteArray>
#include <QString>
#include <QStringEncoder>
#include <memory>
#include <vector>

// One prepared statement of CaseRepository's writes, bound and run straight through the SQLite library that Qt's
// QSQLITE driver uses where it allows (as SqliteDirect reads), through QSqlQuery otherwise. An import writes a
// dozen statements per decision: QSqlQuery makes each value a QVariant and binds it through the driver's generic
// path, which was a third of the time of writing 100,000 decisions. The direct path binds texts as UTF-8, the
// encoding of the files caseline creates, so that SQLite stores them as they are (a file in UTF-16 would convert
// them, as it did before); the driver binds UTF-16, which SQLite converts. Both store the same bytes for any text
// (unpaired surrogates aside, which the import refuses).
class WriteStatement
{
public:
    // The functions of the SQLite library, looked up once per write (nullptr in `direct()` when they cannot be).
    struct Direct;
    static std::shared_ptr<const Direct> direct(const QSqlDatabase &db);

    WriteStatement(const QSqlDatabase &db, const std::shared_ptr<const Direct> &direct, const QString &sql);
    ~WriteStatement();
    Q_DISABLE_COPY_MOVE(WriteStatement)

    // Binds parameter `i` (from 0): a text (a null QString as an empty text, for the NOT NULL DEFAULT '' columns),
    // a text or SQL NULL when it is null, a number, SQL NULL. A text is read where it is, without a copy: it must
    // stay as it is until exec() has run (bind a local, not a temporary).
    void bindText(int i, const QString &text);
    void bindTextOrNull(int i, const QString &text);
    void bindInt(int i, qint64 value);
    void bindNull(int i);

    // Runs the statement; true when it ran (a SELECT or RETURNING then has its first row, or none).
    bool exec();
    bool hasRow() const { return m_hasRow; }
    qint64 int64(int column) const;
    // Ends the run, so that the statement can be bound again (and SQLite releases what it holds).
    void finish();
    QString error() const;

private:
    void resetIfRun();

    QSqlDatabase m_db;
    std::shared_ptr<const Direct> m_direct;
    void *m_statement = nullptr; // sqlite3_stmt*
    bool m_prepared = false;
    bool m_hasRow = false;
    bool m_run = false; // stepped since the last reset: SQLite binds only after one
    QString m_directError;
    // The UTF-8 of each bound text, by parameter, kept until the parameter is bound again (SQLite reads it when the
    // statement runs); their memory is reused from one run to the next.
    std::vector<QByteArray> m_utf8;
    QStringEncoder m_encoder { QStringEncoder::Utf8, QStringConverter::Flag::Stateless };
    QSqlQuery m_query;
};
