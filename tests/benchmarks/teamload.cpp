// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
// caseline_teamload [--clients 8] [--edits 500]: several editors at once on one team database, as issue 15's load
// test asks. A PostgreSQL server of its own (TemporaryPostgres), `team init`, then each client, on a thread and a
// connection of its own, edits random decisions: read, change the summary, save only while the version read is
// still stored (saveIfUnchanged), and on a conflict read again and retry. At the end every edit a client was told
// was saved must be in the history, and each decision must hold its last saved version: anything else is a loss.
// Prints one JSON object: edits, conflicts (refused, then retried), losses, seconds, edits per second.
#include "caserepository.h"
#include "serveraddress.h"
#include "teamdatabase.h"
#include "temporarypostgres.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QSet>
#include <QRandomGenerator>
#include <QSqlDatabase>

#include <atomic>
#include <cstdio>
#include <thread>
#include <vector>

namespace {

struct ClientResult
{
    int saved = 0;
    int conflicts = 0;
    int failures = 0;
    QStringList savedSummaries; // "id\tsummary" of each edit the client was told was saved
};

ClientResult runClient(const QString &address, int client, int edits, const QStringList &ids)
{
    ClientResult result;
    const QString name = QStringLiteral("client-%1").arg(client);
    QString error;
    if (!TeamDatabase::connect(ServerAddress::parse(address), name, &error)) {
        std::fprintf(stderr, "client %d: %s\n", client, qPrintable(error));
        result.failures = edits;
        return result;
    }
    {
        CaseRepository repository(QSqlDatabase::database(name, false));
        QRandomGenerator random(quint32(client) * 7919u);
        for (int edit = 0; edit < edits; ++edit) {
            const QString id = ids.at(int(random.bounded(quint32(ids.size()))));
            const QString summary = QStringLiteral("edit %1 of client %2").arg(edit).arg(client);
            for (;;) {
                std::optional<Decision> decision = repository.decision(id);
                if (!decision) {
                    ++result.failures;
                    break;
                }
                decision->summary = summary;
                QList<Decision> save { *decision };
                if (repository.saveIfUnchanged(save)) {
                    ++result.saved;
                    result.savedSummaries.append(id + QLatin1Char('\t') + summary);
                    break;
                }
                if (repository.conflictIds().isEmpty()) {
                    std::fprintf(stderr, "client %d: %s\n", client, qPrintable(repository.lastError()));
                    ++result.failures;
                    break;
                }
                ++result.conflicts;
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

// An edit reported saved that is not in the history, or a decision whose stored summary is not that of its last
// history entry, is a loss.
int countLosses(const QSqlDatabase &db, const QStringList &ids, const QSet<QString> &reported, int *inHistory)
{
    const CaseRepository check(db);
    int losses = 0;
    for (const QString &id : ids) {
        const QList<CaseRepository::HistoryEntry> history = check.history(id);
        QSet<QString> recorded;
        for (const CaseRepository::HistoryEntry &entry : history)
            recorded.insert(id + QLatin1Char('\t') + entry.decision.summary);
        for (const QString &line : reported) {
            if (line.startsWith(id + QLatin1Char('\t'))) {
                ++*inHistory;
                if (!recorded.contains(line))
                    ++losses;
            }
        }
        const std::optional<Decision> stored = check.decision(id);
        if (!stored || history.isEmpty() || stored->summary != history.constLast().decision.summary)
            ++losses;
    }
    return losses;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption clientsOption(QStringLiteral("clients"), QStringLiteral("Editors at once (8)."),
        QStringLiteral("N"), QStringLiteral("8"));
    const QCommandLineOption editsOption(QStringLiteral("edits"), QStringLiteral("Edits per editor (500)."),
        QStringLiteral("N"), QStringLiteral("500"));
    parser.addOptions({ clientsOption, editsOption });
    parser.addHelpOption();
    parser.process(app);
    const int clients = qMax(1, parser.value(clientsOption).toInt());
    const int edits = qMax(1, parser.value(editsOption).toInt());

    TemporaryPostgres server;
    if (!server.isRunning()) {
        std::fprintf(stderr, "caseline_teamload: %s\n", qPrintable(server.error()));
        return 1;
    }
    const QString made = server.makeTeamDatabase(QStringLiteral("team"));
    if (!made.isEmpty()) {
        std::fprintf(stderr, "caseline_teamload: %s\n", qPrintable(made));
        return 1;
    }
    QString error;
    const QString address = server.uri(QStringLiteral("team"));
    if (!TeamDatabase::connect(ServerAddress::parse(address), QStringLiteral("check"), &error)) {
        std::fprintf(stderr, "caseline_teamload: %s\n", qPrintable(error));
        return 1;
    }
    QStringList ids = CaseRepository(QSqlDatabase::database(QStringLiteral("check"))).decisionIds();
    // A few decisions, so that editors meet on the same ones often: conflicts are what this measures.
    ids = ids.mid(0, 10);

    std::vector<ClientResult> results(static_cast<size_t>(clients));
    QElapsedTimer timer;
    timer.start();
    {
        std::vector<std::thread> threads;
        for (int client = 0; client < clients; ++client)
            threads.emplace_back([&, client] { results[size_t(client)] = runClient(address, client, edits, ids); });
        for (std::thread &thread : threads)
            thread.join();
    }
    const double seconds = double(timer.nsecsElapsed()) / 1e9;

    int saved = 0;
    int conflicts = 0;
    int failures = 0;
    QSet<QString> reported;
    for (const ClientResult &result : results) {
        saved += result.saved;
        conflicts += result.conflicts;
        failures += result.failures;
        for (const QString &line : result.savedSummaries)
            reported.insert(line);
    }
    int inHistory = 0;
    const int losses = countLosses(QSqlDatabase::database(QStringLiteral("check")), ids, reported, &inHistory);
    std::printf("{\"clients\": %d, \"edits_each\": %d, \"saved\": %d, \"conflicts\": %d, \"failures\": %d, "
                "\"losses\": %d, \"in_history\": %d, \"seconds\": %.2f, \"edits_per_second\": %.0f}\n",
        clients, edits, saved, conflicts, failures, losses, inHistory, seconds, double(saved) / seconds);
    QSqlDatabase::removeDatabase(QStringLiteral("check"));
    return losses == 0 && failures == 0 && saved == clients * edits ? 0 : 1;
}
