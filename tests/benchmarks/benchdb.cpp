// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// caseline_benchdb: the data of the end-to-end benchmark (tests/benchmarks/e2e/run.sh, `.ci/dev bench --e2e`).
//
//   caseline_benchdb --count N [--seed S] [--database DB] [--json FILE.json] [--csv FILE.csv] [--fresh FRESH]
//
// Generates N seeded synthetic decisions (SyntheticDecisions, plus a summary, an outcome, a fact and a source of
// realistic length each) and writes them into a new caseline database DB (the bundled data plus the N decisions,
// written through CaseRepository in one transaction), and as JSON and CSV import files (DecisionImporter::exportTo,
// the format `export-data` writes). FRESH is a new database with the bundled data only: what `import` runs against.
// Existing output files are replaced. The same seed and count give the same files.
#include "casedatabase.h"
#include "caserepository.h"
#include "decisionimporter.h"
#include "syntheticdecisions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>

#include <cstdio>

namespace {

const char *const words[] = { "the", "authority", "found", "that", "company", "processed", "personal", "data",
    "without", "a", "lawful", "basis", "and", "failed", "to", "inform", "data", "subjects", "of", "its", "biometric",
    "images", "collected", "from", "public", "websites", "complaint", "investigation", "controller", "retention",
    "period", "access", "request", "erasure", "was", "not", "answered", "within", "one", "month", "order", "comply",
    "representative", "in", "the", "union", "cooperation", "with", "supervisory", "authorities", "facial",
    "recognition", "search", "engine", "police", "customers", "database", "billions", "photographs", "scraped",
    "social", "media", "fine", "penalty", "appeal", "court", "upheld", "annulled", "decision", "procedure" };
constexpr int wordCount = int(std::size(words));

// Words up to about `length` characters, as one sentence.
QString sentence(QRandomGenerator &random, int length)
{
    QString text;
    text.reserve(length + 16);
    while (text.size() < length) {
        if (!text.isEmpty())
            text += QLatin1Char(' ');
        text += QLatin1String(words[random.bounded(wordCount)]);
    }
    text[0] = text.at(0).toUpper();
    text += QLatin1Char('.');
    return text;
}

// The free text the researched records carry, at their lengths: an outcome of 80 to 400 characters (the
// longest researched one has 625), a summary of 150 to 650, one fact of 100 to 300, a source with a link and
// what it confirms.
void addText(QList<Decision> &decisions, quint32 seed)
{
    QRandomGenerator random(seed ^ 0x5eedu);
    for (Decision &d : decisions) {
        d.summary = sentence(random, 150 + int(random.bounded(500)));
        d.outcome = sentence(random, 80 + int(random.bounded(320)));
        d.facts = QStringList { sentence(random, 100 + int(random.bounded(200))) };
        d.confidence = QStringLiteral("high");
        Source source;
        source.url = QStringLiteral("https://www.example.org/%1/decisions/%2/%3")
                         .arg(d.country.toLower(), QString::number(d.decisionDate.year()), d.id);
        source.confirms = sentence(random, 60 + int(random.bounded(100)));
        d.sources = { source };
    }
}

bool createDatabase(const QString &path, const QList<Decision> &decisions)
{
    for (const char *suffix : { "", "-wal", "-shm", "-journal" })
        QFile::remove(path + QLatin1String(suffix));
    bool ok = false;
    {
        CaseDatabase database(QStringLiteral("benchdb"));
        if (!database.open(path)) {
            std::fprintf(stderr, "caseline_benchdb: %s\n", qPrintable(database.errorString()));
            return false;
        }
        ok = true;
        if (!decisions.isEmpty()) {
            CaseRepository repository(database.connection());
            ok = repository.saveDecisions(decisions);
            if (!ok)
                std::fprintf(stderr, "caseline_benchdb: %s\n", qPrintable(repository.lastError()));
        }
        database.close();
    }
    return ok;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("caseline"));
    QCoreApplication::setApplicationName(QStringLiteral("caseline_benchdb"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Writes seeded synthetic decisions as a caseline database and as import files."));
    parser.addHelpOption();
    const QCommandLineOption count(QStringLiteral("count"), QStringLiteral("How many decisions."), QStringLiteral("N"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("The seed (default 20260101)."), QStringLiteral("S"), QStringLiteral("20260101"));
    const QCommandLineOption database(QStringLiteral("database"), QStringLiteral("The database to write: bundled data plus N decisions."), QStringLiteral("DB"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("The JSON import file to write."), QStringLiteral("FILE"));
    const QCommandLineOption csv(QStringLiteral("csv"), QStringLiteral("The CSV import file to write."), QStringLiteral("FILE"));
    const QCommandLineOption fresh(QStringLiteral("fresh"), QStringLiteral("A database with the bundled data only."), QStringLiteral("DB"));
    parser.addOptions({ count, seed, database, json, csv, fresh });
    parser.process(app);

    bool countOk = false;
    bool seedOk = false;
    const int n = parser.value(count).toInt(&countOk);
    const quint32 s = parser.value(seed).toUInt(&seedOk);
    if (!parser.isSet(count) || !countOk || n < 0 || !seedOk) {
        std::fprintf(stderr, "caseline_benchdb: --count N (N >= 0) and a numeric --seed are required\n");
        return 2;
    }

    QElapsedTimer timer;
    timer.start();
    QList<Decision> decisions;
    if (parser.isSet(database) || parser.isSet(json) || parser.isSet(csv)) {
        decisions = SyntheticDecisions::generate(n, s);
        addText(decisions, s);
        std::fprintf(stderr, "caseline_benchdb: generated %d decisions in %lld ms\n", n, static_cast<long long>(timer.elapsed()));
    }
    if (parser.isSet(fresh) && !createDatabase(parser.value(fresh), {}))
        return 1;
    if (parser.isSet(database)) {
        timer.restart();
        if (!createDatabase(parser.value(database), decisions))
            return 1;
        std::fprintf(stderr, "caseline_benchdb: wrote %s in %lld ms\n", qPrintable(parser.value(database)), static_cast<long long>(timer.elapsed()));
    }
    for (const QCommandLineOption *file : { &json, &csv }) {
        if (!parser.isSet(*file))
            continue;
        timer.restart();
        const OutputFile::Result written = DecisionImporter::exportTo(parser.value(*file), decisions);
        if (!written.ok()) {
            std::fprintf(stderr, "caseline_benchdb: %s\n", qPrintable(written.error));
            return 1;
        }
        std::fprintf(stderr, "caseline_benchdb: wrote %s in %lld ms\n", qPrintable(parser.value(*file)), static_cast<long long>(timer.elapsed()));
    }
    return 0;
}
