// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "temporarypostgres.h"

#include "casedatabase.h"
#include "teamdatabase.h"

#include <QCollator>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QUrl>

#include <algorithm>
#include <pwd.h>
#include <unistd.h>

namespace {

// Debian installs each major version's programs in /usr/lib/postgresql/VERSION/bin: the newest is taken.
QString newestBinaries()
{
    QStringList versions = QDir(QStringLiteral("/usr/lib/postgresql")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    QCollator numeric;
    numeric.setNumericMode(true);
    std::sort(versions.begin(), versions.end(), numeric);
    for (auto it = versions.crbegin(); it != versions.crend(); ++it) {
        const QString bin = QStringLiteral("/usr/lib/postgresql/%1/bin").arg(*it);
        if (QFile::exists(bin + QStringLiteral("/pg_ctl")))
            return bin;
    }
    return {};
}

} // namespace

TemporaryPostgres::TemporaryPostgres()
{
    m_binaries = newestBinaries();
    if (m_binaries.isEmpty()) {
        m_error = QStringLiteral("PostgreSQL's programs are not installed (Debian's postgresql package): "
                                 "no /usr/lib/postgresql/*/bin/pg_ctl");
        return;
    }
    m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/caseline-pg-XXXXXX"));
    if (!m_dir->isValid()) {
        m_error = QStringLiteral("cannot create a temporary folder: ") + m_dir->errorString();
        return;
    }
    // initdb refuses to run as root: the server then belongs to the postgres user, who must own its folder.
    m_asPostgresUser = geteuid() == 0;
    if (m_asPostgresUser) {
        const passwd *postgres = getpwnam("postgres");
        if (!postgres || chown(QFile::encodeName(m_dir->path()).constData(), postgres->pw_uid, postgres->pw_gid) != 0) {
            m_error = QStringLiteral("running as root, but there is no postgres user to run the server as");
            return;
        }
    }
    QString output;
    if (!runTool(QStringLiteral("initdb"),
            { QStringLiteral("--pgdata=") + m_dir->filePath(QStringLiteral("data")), QStringLiteral("--auth=trust"),
                QStringLiteral("--username=postgres"), QStringLiteral("--encoding=UTF8"),
                QStringLiteral("--locale=C.UTF-8"), QStringLiteral("--no-sync") },
            &output)) {
        m_error = QStringLiteral("initdb failed: ") + output;
        return;
    }
    start();
}

TemporaryPostgres::~TemporaryPostgres()
{
    if (m_running)
        runTool(QStringLiteral("pg_ctl"),
            { QStringLiteral("stop"), QStringLiteral("--pgdata=") + m_dir->filePath(QStringLiteral("data")),
                QStringLiteral("--mode=fast"), QStringLiteral("--wait") });
}

bool TemporaryPostgres::start()
{
    // No TCP at all: the socket in the temporary folder is the only way in, so parallel tests never meet.
    const QString options = QStringLiteral("-c listen_addresses='' -k %1 -p %2 -c fsync=off")
                                .arg(socketDirectory())
                                .arg(Port);
    QString output;
    m_running = runTool(QStringLiteral("pg_ctl"),
        { QStringLiteral("start"), QStringLiteral("--pgdata=") + m_dir->filePath(QStringLiteral("data")),
            QStringLiteral("--options=") + options, QStringLiteral("--log=") + m_dir->filePath(QStringLiteral("log")),
            QStringLiteral("--wait") },
        &output);
    if (!m_running) {
        QFile log(m_dir->filePath(QStringLiteral("log")));
        m_error = QStringLiteral("pg_ctl start failed: ") + output
            + (log.open(QIODevice::ReadOnly) ? QString::fromLocal8Bit(log.readAll()) : QString());
    } else {
        m_error.clear();
    }
    return m_running;
}

bool TemporaryPostgres::stopAbruptly()
{
    const bool stopped = runTool(QStringLiteral("pg_ctl"),
        { QStringLiteral("stop"), QStringLiteral("--pgdata=") + m_dir->filePath(QStringLiteral("data")),
            QStringLiteral("--mode=immediate"), QStringLiteral("--wait") });
    m_running = m_running && !stopped;
    return stopped;
}

QString TemporaryPostgres::socketDirectory() const
{
    return m_dir ? m_dir->path() : QString();
}

QString TemporaryPostgres::uri(const QString &database, const QString &user) const
{
    // Joined, not QString::arg(): the encoded folder's "%2F" would be taken for a placeholder.
    return QStringLiteral("postgresql://") + user + QLatin1Char('@')
        + QString::fromLatin1(QUrl::toPercentEncoding(socketDirectory())) + QLatin1Char(':') + QString::number(Port)
        + QLatin1Char('/') + database;
}

QString TemporaryPostgres::runSql(const QString &database, const QString &sql) const
{
    QString output;
    if (runTool(QStringLiteral("psql"),
            { QStringLiteral("--no-psqlrc"), QStringLiteral("--quiet"), QStringLiteral("--set=ON_ERROR_STOP=1"),
                QStringLiteral("--host=") + socketDirectory(), QStringLiteral("--port=%1").arg(Port),
                QStringLiteral("--username=postgres"), QStringLiteral("--dbname=") + database,
                QStringLiteral("--command=") + sql },
            &output))
        return {};
    return output.isEmpty() ? QStringLiteral("psql failed") : output;
}

QString TemporaryPostgres::openNewTeamDatabase(CaseDatabase *database, const QString &name) const
{
    if (!m_running)
        return m_error;
    const QString made = makeTeamDatabase(name);
    if (!made.isEmpty())
        return made;
    return database->open(uri(name)) ? QString() : database->errorString();
}

QString TemporaryPostgres::makeTeamDatabase(const QString &name) const
{
    const QString created = runSql(QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE %1").arg(name));
    if (!created.isEmpty())
        return created;
    QString done;
    QString error;
    return TeamDatabase::init(uri(name), &done, &error) ? QString() : error;
}

QString TemporaryPostgres::toolPath(const QString &tool) const
{
    return m_binaries + QLatin1Char('/') + tool;
}

bool TemporaryPostgres::runTool(const QString &tool, const QStringList &arguments, QString *output) const
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    // The server's folder is private to its owner: the tools run from a folder anyone may enter.
    process.setWorkingDirectory(QDir::tempPath());
    if (m_asPostgresUser)
        process.start(QStringLiteral("runuser"),
            QStringList { QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"), toolPath(tool) }
                + arguments);
    else
        process.start(toolPath(tool), arguments);
    const bool finished = process.waitForFinished(120000);
    if (output)
        *output = QString::fromLocal8Bit(process.readAll());
    return finished && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}
