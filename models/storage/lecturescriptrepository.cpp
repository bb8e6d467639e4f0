// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "lecturescriptrepository.h"

#include "sqldialect.h"

#include "casedatabase.h"
#include "importvalidator.h"
#include "isodate.h"
#include "lecturescriptchecks.h"
#include "lecturescriptjson.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

// Names what the meta table records: the bundled example was offered to this database (its value: the name).
const QLatin1String ExampleOfferedKey("lecture_example_offered");

const QLatin1String DecisionKind("decision");
const QLatin1String TitleKind("title");

// Qt binds a null QString as SQL NULL, which the NOT NULL DEFAULT '' columns refuse: absent texts are stored empty.
QVariant notNull(const QString &s)
{
    return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s);
}

QVariant dayOrNull(const std::optional<LectureFrame> &frame, bool from)
{
    if (!frame)
        return QVariant(QMetaType(QMetaType::QString));
    return (from ? frame->from : frame->to).toString(Qt::ISODate);
}

QString now()
{
    // Whole seconds: the column is for people ("changed 10:42"), and a fixed form sorts as text.
    const QDateTime utc = QDateTime::currentDateTimeUtc();
    return utc.addMSecs(-utc.time().msec()).toString(Qt::ISODate);
}

QString quoted(const QString &name)
{
    return ImportValidator::printable(name, 120);
}

} // namespace

LectureScriptRepository::LectureScriptRepository(const CaseDatabase &database)
    : m_db(database.connection())
{
    if (database.isReadOnly())
        setReadOnly(database.errorString());
}

LectureScriptRepository::LectureScriptRepository(const QSqlDatabase &db)
    : m_db(db)
{
}

void LectureScriptRepository::setReadOnly(const QString &reason)
{
    m_readOnly = true;
    m_readOnlyReason = reason;
}

bool LectureScriptRepository::fail(const QString &what, const QString &why) const
{
    m_lastError = what + QLatin1String(": ") + why;
    return false;
}

bool LectureScriptRepository::conflict(const QString &what, const QString &why)
{
    m_conflict = true;
    return fail(what, why);
}

bool LectureScriptRepository::refuseIfReadOnly(const QString &what)
{
    m_conflict = false;
    if (!m_readOnly)
        return false;
    fail(what,
        m_readOnlyReason.isEmpty()
            ? tr("this database is read-only: lecture scripts cannot be saved")
            : tr("this database is read-only: lecture scripts cannot be saved (%1)").arg(m_readOnlyReason));
    return true;
}

bool LectureScriptRepository::exec(const QString &statement, const QString &what)
{
    QSqlQuery q(m_db);
    if (q.exec(statement))
        return true;
    const QSqlError error = q.lastError();
    // SQLITE_BUSY (5): the busy timeout ran out while another connection held the write lock.
    if ((error.nativeErrorCode().toInt() & 0xff) == 5) {
        return fail(what,
            tr("another caseline or another program is writing to the database; try again when it has finished (%1)")
                .arg(error.text()));
    }
    return fail(what, error.text());
}

// The write lock first (SqlDialect::beginWrite), as CaseRepository: it is taken before the row version is read, so no other writer
// can commit between the check and the write. These writes never nest in another transaction.
bool LectureScriptRepository::inWriteTransaction(const QString &what, const std::function<bool()> &body)
{
    if (!SqlDialect::beginWriteWith(m_db, [&](const QString &statement) { return exec(statement, what); }))
        return false;
    if (!body()) {
        QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
        return false;
    }
    if (!exec(QStringLiteral("COMMIT"), what)) {
        QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
        return false;
    }
    return true;
}

// A file of schema version 2 opened read-only cannot be migrated, so it has no lecture tables.
bool LectureScriptRepository::hasTables() const
{
    QSqlQuery q(m_db);
    return q.exec(SqlDialect::tableExists(m_db, QStringLiteral("lecture_scripts"))) && q.next();
}

QList<LectureScriptSummary> LectureScriptRepository::scripts() const
{
    QList<LectureScriptSummary> out;
    if (!hasTables())
        return out;
    QSqlQuery q(m_db);
    SqlDialect::readForwardOnly(q);
    if (!q.exec(QStringLiteral("SELECT s.name, s.description, s.row_version, s.updated, "
                               "(SELECT count(*) FROM lecture_steps p WHERE p.script_id = s.id) "
                               "FROM lecture_scripts s ORDER BY s.name"))) {
        fail(tr("reading lecture scripts"), q.lastError().text());
        return out;
    }
    while (q.next()) {
        out.append(LectureScriptSummary { q.value(0).toString(), q.value(1).toString(), q.value(4).toInt(),
            q.value(2).toLongLong(), QDateTime::fromString(q.value(3).toString(), Qt::ISODate) });
    }
    return out;
}

std::optional<std::pair<qint64, qint64>> LectureScriptRepository::stored(const QString &name, bool *error) const
{
    *error = false;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id, row_version FROM lecture_scripts WHERE name = ?"));
    q.addBindValue(notNull(name));
    if (!q.exec()) {
        *error = true;
        fail(tr("reading the lecture script '%1'").arg(quoted(name)), q.lastError().text());
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    return std::make_pair(q.value(0).toLongLong(), q.value(1).toLongLong());
}

bool LectureScriptRepository::contains(const QString &name) const
{
    bool error = false;
    return hasTables() && stored(name, &error).has_value();
}

std::optional<LectureScript> LectureScriptRepository::script(const QString &name) const
{
    const QString what = tr("reading the lecture script '%1'").arg(quoted(name));
    if (!hasTables()) {
        fail(what,
            tr("this database has no lecture scripts: it was made by an older caseline and, being read-only, "
               "cannot be brought up to date"));
        return std::nullopt;
    }
    QSqlQuery head(m_db);
    head.prepare(QStringLiteral("SELECT id, description, row_version FROM lecture_scripts WHERE name = ?"));
    head.addBindValue(notNull(name));
    if (!head.exec()) {
        fail(what, head.lastError().text());
        return std::nullopt;
    }
    if (!head.next()) {
        fail(what, tr("there is no lecture script of that name"));
        return std::nullopt;
    }
    LectureScript script;
    script.name = name;
    script.description = head.value(1).toString();
    script.rowVersion = head.value(2).toLongLong();
    QSqlQuery steps(m_db);
    SqlDialect::readForwardOnly(steps);
    steps.prepare(QStringLiteral("SELECT kind, decision_id, title, text, notes, frame_from, frame_to "
                                 "FROM lecture_steps WHERE script_id = ? ORDER BY position"));
    steps.addBindValue(head.value(0));
    if (!steps.exec()) {
        fail(what, steps.lastError().text());
        return std::nullopt;
    }
    while (steps.next()) {
        LectureScriptStep step;
        step.kind = steps.value(0).toString() == DecisionKind ? LectureScriptStep::Kind::Decision
                                                              : LectureScriptStep::Kind::Title;
        step.decisionId = steps.value(1).toString();
        step.title = steps.value(2).toString();
        step.text = steps.value(3).toString();
        step.notes = steps.value(4).toString();
        if (!steps.value(5).isNull())
            step.frame
                = LectureFrame { IsoDate::parse(steps.value(5).toString()), IsoDate::parse(steps.value(6).toString()) };
        script.steps.append(step);
    }
    return script;
}

QString LectureScriptRepository::freeName(const QString &wanted) const
{
    if (!contains(wanted))
        return wanted;
    for (int n = 2;; ++n) {
        const QString candidate = QStringLiteral("%1 (%2)").arg(wanted).arg(n);
        if (!contains(candidate))
            return candidate;
    }
}

bool LectureScriptRepository::writeSteps(qint64 scriptId, const LectureScript &script)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO lecture_steps (script_id, position, kind, decision_id, title, text, notes, "
                             "frame_from, frame_to) VALUES (?,?,?,?,?,?,?,?,?)"));
    for (qsizetype i = 0; i < script.steps.size(); ++i) {
        const LectureScriptStep &step = script.steps.at(i);
        q.bindValue(0, scriptId);
        q.bindValue(1, i);
        q.bindValue(2, step.isDecision() ? DecisionKind : TitleKind);
        q.bindValue(3, step.isDecision() ? notNull(step.decisionId) : QVariant(QMetaType(QMetaType::QString)));
        q.bindValue(4, notNull(step.title));
        q.bindValue(5, notNull(step.text));
        q.bindValue(6, notNull(step.notes));
        q.bindValue(7, dayOrNull(step.frame, true));
        q.bindValue(8, dayOrNull(step.frame, false));
        if (!q.exec())
            return fail(tr("saving step %1 of the lecture script '%2'").arg(i + 1).arg(quoted(script.name)),
                q.lastError().text());
    }
    return true;
}

bool LectureScriptRepository::insertScript(const LectureScript &script, const QString &what)
{
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("INSERT INTO lecture_scripts (name, description, row_version, updated) VALUES (?, ?, 1, ?)"));
    q.addBindValue(notNull(script.name));
    q.addBindValue(notNull(script.description));
    q.addBindValue(now());
    if (!q.exec())
        return fail(what, q.lastError().text());
    return writeSteps(q.lastInsertId().toLongLong(), script);
}

bool LectureScriptRepository::save(LectureScript &script)
{
    const QString what = tr("saving the lecture script '%1'").arg(quoted(script.name));
    if (refuseIfReadOnly(what))
        return false;
    const QList<LectureScriptProblem> problems = LectureScriptChecks::check(script);
    if (!problems.isEmpty())
        return fail(what, LectureScriptChecks::describe(problems));
    if (!hasTables())
        return fail(what, tr("this database has no lecture tables (schema version older than 3)"));
    qint64 version = 0;
    const bool saved = inWriteTransaction(what, [&] {
        bool error = false;
        const auto current = stored(script.name, &error);
        if (error)
            return false;
        if (script.rowVersion == 0) {
            if (current)
                return conflict(what, tr("another lecture script already has this name; choose another"));
            version = 1;
            return insertScript(script, what);
        }
        if (!current) {
            return conflict(what,
                tr("it was renamed or deleted by another caseline or another window since it was opened; your "
                   "version was not saved"));
        }
        if (current->second != script.rowVersion) {
            return conflict(what,
                tr("it was changed by another caseline or another window since it was opened; your version was "
                   "not saved"));
        }
        version = current->second + 1;
        QSqlQuery head(m_db);
        head.prepare(
            QStringLiteral("UPDATE lecture_scripts SET description = ?, row_version = ?, updated = ? WHERE id = ?"));
        head.addBindValue(notNull(script.description));
        head.addBindValue(version);
        head.addBindValue(now());
        head.addBindValue(current->first);
        if (!head.exec())
            return fail(what, head.lastError().text());
        QSqlQuery clear(m_db);
        clear.prepare(QStringLiteral("DELETE FROM lecture_steps WHERE script_id = ?"));
        clear.addBindValue(current->first);
        if (!clear.exec())
            return fail(what, clear.lastError().text());
        return writeSteps(current->first, script);
    });
    if (saved)
        script.rowVersion = version;
    return saved;
}

bool LectureScriptRepository::rename(const QString &name, qint64 rowVersion, const QString &newName, qint64 *newVersion)
{
    const QString what = tr("renaming the lecture script '%1'").arg(quoted(name));
    if (refuseIfReadOnly(what))
        return false;
    LectureScript named;
    named.name = newName;
    const QList<LectureScriptProblem> problems = LectureScriptChecks::check(named);
    if (!problems.isEmpty())
        return fail(what, LectureScriptChecks::describe(problems));
    if (!hasTables())
        return fail(what, tr("this database has no lecture tables (schema version older than 3)"));
    qint64 version = rowVersion;
    const bool renamed = inWriteTransaction(what, [&] {
        bool error = false;
        const auto current = stored(name, &error);
        if (error)
            return false;
        if (!current || current->second != rowVersion) {
            return conflict(
                what, tr("it was changed, renamed or deleted by another caseline or another window since it was read"));
        }
        if (newName == name)
            return true;
        const auto taken = stored(newName, &error);
        if (error)
            return false;
        if (taken)
            return conflict(what, tr("another lecture script is already named '%1'").arg(quoted(newName)));
        version = current->second + 1;
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("UPDATE lecture_scripts SET name = ?, row_version = ?, updated = ? WHERE id = ?"));
        q.addBindValue(notNull(newName));
        q.addBindValue(version);
        q.addBindValue(now());
        q.addBindValue(current->first);
        return q.exec() || fail(what, q.lastError().text());
    });
    if (renamed && newVersion)
        *newVersion = version;
    return renamed;
}

bool LectureScriptRepository::remove(const QString &name, qint64 rowVersion)
{
    const QString what = tr("deleting the lecture script '%1'").arg(quoted(name));
    if (refuseIfReadOnly(what))
        return false;
    if (!hasTables())
        return fail(what, tr("this database has no lecture tables (schema version older than 3)"));
    return inWriteTransaction(what, [&] {
        bool error = false;
        const auto current = stored(name, &error);
        if (error)
            return false;
        if (!current || current->second != rowVersion) {
            return conflict(what,
                tr("it was changed, renamed or deleted by another caseline or another window since it was read; "
                   "nothing was deleted"));
        }
        // Steps first: the cascade needs foreign keys on, which is a setting of the connection, not of the file.
        QSqlQuery steps(m_db);
        steps.prepare(QStringLiteral("DELETE FROM lecture_steps WHERE script_id = ?"));
        steps.addBindValue(current->first);
        QSqlQuery script(m_db);
        script.prepare(QStringLiteral("DELETE FROM lecture_scripts WHERE id = ?"));
        script.addBindValue(current->first);
        if (!steps.exec())
            return fail(what, steps.lastError().text());
        return script.exec() || fail(what, script.lastError().text());
    });
}

bool LectureScriptRepository::addBundledExampleOnce()
{
    const QString what = tr("adding the example lecture script");
    m_conflict = false;
    // Nothing to add to a file that may not be written; not a failure.
    if (m_readOnly)
        return true;
    const auto offered = [this] {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("SELECT 1 FROM meta WHERE key = ?"));
        q.addBindValue(ExampleOfferedKey);
        return q.exec() && q.next();
    };
    // Read first, so that an ordinary start does not wait for the write lock.
    if (offered())
        return true;
    if (!hasTables())
        return fail(what, tr("this database has no lecture tables (schema version older than 3)"));
    QString error;
    const std::optional<LectureScript> example = LectureScriptJson::bundledExample(&error);
    if (!example)
        return fail(what, error);
    return inWriteTransaction(what, [&] {
        // Another caseline opening the same file may have added it meanwhile.
        if (offered())
            return true;
        bool readError = false;
        const auto taken = stored(example->name, &readError);
        if (readError)
            return false;
        if (!taken && !insertScript(*example, what))
            return false;
        QSqlQuery mark(m_db);
        mark.prepare(SqlDialect::setMeta(m_db));
        mark.addBindValue(ExampleOfferedKey);
        mark.addBindValue(notNull(example->name));
        return mark.exec() || fail(what, mark.lastError().text());
    });
}
