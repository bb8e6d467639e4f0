// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "teamdatabase.h"

#include "bundleddata.h"
#include "casedatabase.h"
#include "caserepository.h"
#include "lecturescriptrepository.h"
#include "sqldialect.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

const QLatin1String ApplicationKey("application");
const QLatin1String SchemaVersionKey("schema_version");
const QLatin1String BundledVersionKey("bundled_version");
const QLatin1String Application("caseline");

QString resourceText(const QString &name)
{
    QFile file(QStringLiteral(":/sql/") + name);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

// The server's words without libpq's decoration: "ERROR:  role "x" does not exist\n(42704)" is said
// "role "x" does not exist".
QString serverWords(const QSqlError &error)
{
    QString text = error.databaseText().trimmed();
    if (text.isEmpty())
        return error.text();
    static const QRegularExpression severity(QStringLiteral("^(ERROR|FATAL|PANIC):\\s*"));
    static const QRegularExpression code(QStringLiteral("\\s*\\([0-9A-Z]{5}\\)$"));
    text.remove(severity);
    text.remove(code);
    return text.trimmed();
}

} // namespace

bool TeamDatabase::connect(const ServerAddress &address, const QString &name, QString *error)
{
    if (!address.isValid()) {
        *error = address.error();
        return false;
    }
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        *error = tr("Qt's PostgreSQL driver is not installed (Debian's libqt6sql6-psql)");
        return false;
    }
    bool opened = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(address.host());
        if (address.port() > 0)
            db.setPort(address.port());
        db.setUserName(address.user());
        db.setPassword(address.password());
        db.setDatabaseName(address.databaseName());
        QStringList options = address.options();
        // A server that does not answer is said so within seconds, not after the system's TCP timeout.
        const auto given = [&options](const char *key) {
            return std::any_of(options.cbegin(), options.cend(),
                [key](const QString &o) { return o.startsWith(QLatin1String(key) + QLatin1Char('=')); });
        };
        if (!given("connect_timeout"))
            options.append(QStringLiteral("connect_timeout=10"));
        // Over TCP, a server cut off by the network (no reset ever comes) is found within ten seconds rather than
        // the system's minutes, so that the window can say it is offline (ServerLink::answers).
        if (!given("tcp_user_timeout"))
            options.append(QStringLiteral("tcp_user_timeout=10000"));
        db.setConnectOptions(options.join(QLatin1Char(';')));
        opened = db.open();
        if (!opened) {
            *error = tr("cannot connect to %1: %2").arg(address.display(), serverWords(db.lastError()));
        } else {
            QSqlQuery q(db);
            for (const QString &statement : SqlDialect::connectionSetup(db))
                q.exec(statement);
        }
    }
    if (!opened)
        QSqlDatabase::removeDatabase(name);
    return opened;
}

QString TeamDatabase::checkSchema(const QSqlDatabase &db, const QString &shownAs)
{
    QSqlQuery q(db);
    if (!q.exec(SqlDialect::tableExists(db, QStringLiteral("meta"))) || !q.next())
        return tr("%1 is not a caseline team database: make it one with caseline team init %1").arg(shownAs);
    const CaseRepository repository(db);
    if (repository.meta(ApplicationKey) != Application)
        return tr("%1 is not a caseline team database (its tables belong to another application)").arg(shownAs);
    const int version = repository.meta(SchemaVersionKey).toInt();
    if (version > CaseDatabase::SchemaVersion) {
        return tr("%1 was made by a newer caseline (schema version %2, this version reads up to %3)")
            .arg(shownAs, QString::number(version), QString::number(CaseDatabase::SchemaVersion));
    }
    if (version < CaseDatabase::SchemaVersion)
        return tr("%1 has schema version %2, which this caseline cannot read").arg(shownAs, QString::number(version));
    return {};
}

QString TeamDatabase::readOnlyReason(const QSqlDatabase &db, const QString &shownAs)
{
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT current_user, has_table_privilege('decisions', 'INSERT') "
                              "AND has_table_privilege('decisions', 'UPDATE') AND has_table_privilege('decisions', 'DELETE')"))
        && q.next() && q.value(1).toBool())
        return {};
    const QString role = q.isValid() ? q.value(0).toString() : db.userName();
    return tr("%1 is read-only for you: the role %2 may read this team database but not change it. Its owner can "
              "give you edit rights with caseline team grant ADDRESS %2 edit")
        .arg(shownAs, role);
}

bool TeamDatabase::grant(const QString &addressText, const QString &role, Rights rights, QString *done, QString *error)
{
    const ServerAddress address = ServerAddress::parse(addressText);
    const QString name = QStringLiteral("caseline-team-grant");
    if (!connect(address, name, error))
        return false;
    bool granted = false;
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        const QString problem = checkSchema(db, address.display());
        if (!problem.isEmpty()) {
            *error = problem;
        } else {
            const QString who = db.driver()->escapeIdentifier(role, QSqlDriver::FieldName);
            const QString database = db.driver()->escapeIdentifier(db.databaseName(), QSqlDriver::TableName);
            QStringList statements = { QStringLiteral("GRANT CONNECT ON DATABASE %1 TO %2").arg(database, who),
                QStringLiteral("GRANT USAGE ON SCHEMA public TO %1").arg(who),
                QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA public TO %1").arg(who) };
            if (rights == Rights::Edit) {
                statements += { QStringLiteral("GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO %1").arg(who),
                    QStringLiteral("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO %1").arg(who) };
            } else {
                statements += { QStringLiteral("REVOKE INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public FROM %1").arg(who),
                    QStringLiteral("REVOKE USAGE ON ALL SEQUENCES IN SCHEMA public FROM %1").arg(who) };
            }
            // One transaction: the role ends with all of its new rights or none.
            granted = db.transaction();
            QSqlQuery q(db);
            for (const QString &statement : std::as_const(statements)) {
                if (!granted)
                    break;
                granted = q.exec(statement);
                if (!granted)
                    *error = tr("%1: cannot change the rights of %2: %3")
                                 .arg(address.display(), role, serverWords(q.lastError()));
            }
            granted = granted ? db.commit() : (db.rollback(), false);
            if (granted) {
                *done = rights == Rights::Edit
                    ? tr("%1: the role %2 may now read and change the team database").arg(address.display(), role)
                    : tr("%1: the role %2 may now only read the team database").arg(address.display(), role);
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    return granted;
}

QStringList TeamDatabase::schemaStatements(QString *error)
{
    const QString schema = resourceText(QStringLiteral("postgres_schema.sql"));
    const QString limits
        = resourceText(QStringLiteral("limits.sql")) + resourceText(QStringLiteral("lecture_limits.sql"));
    if (schema.isEmpty() || limits.isEmpty()) {
        *error = tr("cannot read the bundled schema");
        return {};
    }
    QStringList statements = CaseDatabase::sqlStatements(schema);
    static const QRegularExpression limit(QStringLiteral("'(\\w+)\\.(\\w+) longer than (\\d+) characters'"));
    QSet<QString> made;
    for (const QRegularExpressionMatch &m : limit.globalMatch(limits)) {
        const QString name = m.captured(0).mid(1, m.captured(0).size() - 2);
        if (made.contains(name))
            continue;
        made.insert(name);
        statements.append(QStringLiteral("ALTER TABLE %1 ADD CONSTRAINT \"%2\" CHECK (length(%3) <= %4)")
                              .arg(m.captured(1), name, m.captured(2), m.captured(3)));
    }
    return statements;
}

bool TeamDatabase::init(const QString &addressText, QString *done, QString *error)
{
    const ServerAddress address = ServerAddress::parse(addressText);
    const QString name = QStringLiteral("caseline-team-init");
    if (!connect(address, name, error))
        return false;
    bool made = false;
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        QSqlQuery q(db);
        if (q.exec(SqlDialect::tableExists(db, QStringLiteral("meta"))) && q.next()) {
            const QString problem = checkSchema(db, address.display());
            *error = problem.isEmpty() ? tr("%1 is already a caseline team database: nothing was changed")
                                             .arg(address.display())
                                       : problem;
        } else {
            QString why;
            const QStringList statements = schemaStatements(&why);
            const BundledData bundled = BundledData::load(&why);
            CaseRepository repository(db);
            made = why.isEmpty() && repository.inWriteTransaction([&] {
                QSqlQuery create(db);
                for (const QString &statement : statements) {
                    if (!create.exec(statement)) {
                        why = serverWords(create.lastError());
                        return false;
                    }
                }
                return repository.setMeta(ApplicationKey, Application)
                    && repository.setMeta(SchemaVersionKey, QString::number(CaseDatabase::SchemaVersion))
                    && repository.setMeta(BundledVersionKey, bundled.version)
                    && repository.saveDecisions(bundled.decisions) && repository.replaceDbSizeClaims(bundled.dbSizeClaims);
            });
            if (!made) {
                *error = tr("%1: making the team database failed, nothing was changed: %2")
                             .arg(address.display(), why.isEmpty() ? repository.lastError() : why);
            } else {
                *done = tr("%1 is now a caseline team database (schema version %2) with the %n bundled decision(s)",
                    nullptr, int(bundled.decisions.size()))
                            .arg(address.display(), QString::number(CaseDatabase::SchemaVersion));
                // As in a new file; not having it is no reason to undo the rest.
                LectureScriptRepository lectures(db);
                if (!lectures.addBundledExampleOnce())
                    *done += QLatin1Char('\n') + tr("The example lecture could not be added: %1").arg(lectures.lastError());
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    return made;
}
