// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importreader.h"

#include "csvstream.h"
#include "decisioncsv.h"
#include "decisionjson.h"
#include "decisionrelations.h"
#include "importchecks.h"
#include "importproblems.h"
#include "importvalidator.h"
#include "jsonarraystream.h"
#include "jsontape.h"
#include "jsontextscanner.h"

#include <QFileDevice>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <type_traits>

namespace {

const QString FileField = QStringLiteral("file");
constexpr qsizetype Chunk = 1024 * 1024;

bool isTrimmedSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
}

// What concerns the file whole, read once before its decisions: as ImportValidator checked the bytes it held.
struct FileFacts
{
    qint64 size = 0;
    bool tooLarge = false;
    bool readFailed = false;
    bool stopped = false;
    bool empty = true;
    bool bom = false;
    int nulLine = 0;
    QList<int> badLines; // lines that are not UTF-8
    QByteArray head; // the first bytes, for the format
};

// The lines of `piece` (starting on `line`, cut where a character starts) that are not UTF-8, each line once.
void findBadLines(QByteArrayView piece, int line, QList<int> *badLines)
{
    qsizetype start = 0;
    while (start <= piece.size()) {
        qsizetype end = piece.indexOf('\n', start);
        if (end < 0)
            end = piece.size();
        if (!piece.sliced(start, end - start).isValidUtf8() && (badLines->isEmpty() || badLines->constLast() != line))
            badLines->append(line);
        start = end + 1;
        ++line;
    }
}

// The line breaks in `bytes`, counted in a loop the compiler vectorizes: QByteArrayView::count('\n') searches for a
// one-byte text at seven instructions a byte, most of the time of the first reading of a file.
int lineBreaks(QByteArrayView bytes)
{
    qsizetype breaks = 0;
    for (const char c : bytes)
        breaks += c == '\n';
    return int(breaks);
}

// How many bytes at the end of `bytes` start a character that continues past them.
qsizetype cutCharacter(QByteArrayView bytes)
{
    for (qsizetype back = 1; back <= 3 && back <= bytes.size(); ++back) {
        const uchar c = uchar(bytes.at(bytes.size() - back));
        if ((c & 0xc0) == 0x80)
            continue; // a continuation byte: look further back for the start
        const qsizetype length = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : c >= 0xc0 ? 2 : 1;
        return length > back ? back : 0;
    }
    return 0;
}

// `goOn` is asked before each chunk whether to read on.
FileFacts readFacts(QIODevice *device, const std::function<bool()> &goOn)
{
    FileFacts facts;
    QByteArray carry;
    int line = 1;
    for (bool first = true;; first = false) {
        if (!goOn()) {
            facts.stopped = true;
            return facts;
        }
        const QByteArray read = device->read(Chunk);
        const bool end = read.isEmpty();
        facts.size += read.size();
        if (facts.size > ImportValidator::MaxImportFileSize) {
            facts.tooLarge = true;
            return facts;
        }
        QByteArray bytes = carry + read;
        if (first) {
            facts.head = bytes.left(4096);
            facts.bom = bytes.startsWith("\xEF\xBB\xBF");
            if (facts.bom)
                bytes.remove(0, 3);
        }
        // Each piece ends before a character that continues in the next read, so that none is cut in two.
        const qsizetype cut = end ? 0 : cutCharacter(bytes);
        const QByteArrayView piece = QByteArrayView(bytes).first(bytes.size() - cut);
        for (qsizetype i = 0; facts.empty && i < piece.size(); ++i)
            facts.empty = isTrimmedSpace(piece.at(i));
        const qsizetype nul = piece.indexOf('\0');
        if (nul >= 0) {
            facts.nulLine = line + lineBreaks(piece.first(nul));
            return facts;
        }
        if (!piece.isValidUtf8())
            findBadLines(piece, line, &facts.badLines);
        line += lineBreaks(piece);
        carry = bytes.right(cut);
        if (end)
            break;
    }
    if (const auto *file = qobject_cast<QFileDevice *>(device))
        facts.readFailed = file->error() != QFileDevice::NoError;
    return facts;
}

struct DeferredRelations
{
    qsizetype index;
    int line;
    QString id;
    QList<DecisionRelations::Reference> references;
};

} // namespace

class ImportReader::Private
{
public:
    QString fileName;
    QIODevice *device;
    std::function<bool(const QString &)> isStored;
    ImportBatch batch;
    ImportProblems problems { &batch };
    bool started = false;
    bool done = false;
    std::unique_ptr<CsvStream> csv;
    std::unique_ptr<DecisionCsv::Records> csvRecords;
    QList<ImportError> csvErrors; // what csvRecords reports
    std::unique_ptr<JsonArrayStream> json;
    JsonTape tape; // reused: its lists keep their room from one element to the next
    bool tapeRefused = false; // readJsonThroughQJsonDocument()
    qsizetype count = 0;
    qsizetype elements = 0;
    ImportProgress progress;
    qint64 size = 0;
    qint64 reported = -1;
    bool stopped = false;
    QHash<QString, int> firstLine;
    QList<DeferredRelations> deferred;

    bool start();
    // Reports how far the decisions have been read when it moved; false once the progress callback says stop.
    bool report(qint64 read);
    bool nextCsv(ImportedDecision *decision);
    bool nextJson(ImportedDecision *decision);
    template<typename Object>
    void readDecision(const Object &object, int line, const JsonTextElement *text, ImportedDecision *decision);
    void jsonEnded();
    void checkRecord(const ImportedDecision &record, qsizetype index, bool csv);
    bool known(const QString &id) const { return firstLine.contains(id) || isStored(id); }
    void wholeFile(int line, const QString &message)
    {
        problems.clear();
        problems.beginRecord(-1);
        problems.add(line, FileField, message);
        done = true;
    }
};

// The checks of the file whole; false when it cannot be read as decisions.
bool ImportReader::Private::start()
{
    started = true;
    size = device->size();
    const FileFacts facts = readFacts(device, [this] { return !progress || progress(0, size); });
    if (facts.stopped) {
        stopped = true;
        return false;
    }
    if (facts.tooLarge) {
        problems.add(1, FileField, ImportValidator::tooLargeMessage());
        return false;
    }
    if (facts.readFailed) {
        problems.add(1, FileField, ImportValidator::tr("cannot be read: %1").arg(device->errorString()));
        return false;
    }
    if (facts.empty) {
        problems.add(1, FileField, ImportValidator::tr("the file is empty"));
        return false;
    }
    if (facts.nulLine > 0) {
        problems.add(facts.nulLine, FileField,
            ImportValidator::tr(
                "contains NUL bytes: a binary or UTF-16 file is neither CSV nor JSON (save it as UTF-8 text)"));
        return false;
    }
    batch.format = ImportValidator::formatOf(fileName, facts.head);
    for (const int line : facts.badLines)
        problems.add(line, FileField, ImportValidator::tr("not valid UTF-8 text: save the file as UTF-8"));
    if (!facts.badLines.isEmpty())
        return false;
    if (batch.format == ImportBatch::Format::Unknown) {
        problems.add(1, FileField,
            ImportValidator::tr("neither CSV (a header row of comma-separated column names) nor JSON (an array "
                                "of decisions)"));
        return false;
    }
    if (!device->seek(0) || (facts.bom && device->read(3).size() != 3)) {
        problems.add(1, FileField, ImportValidator::tr("cannot be read: %1").arg(device->errorString()));
        return false;
    }
    if (batch.format == ImportBatch::Format::Csv) {
        csv = std::make_unique<CsvStream>(device, ImportValidator::MaxRecordSize, Chunk);
        csvRecords = std::make_unique<DecisionCsv::Records>(&csvErrors);
    } else {
        json = std::make_unique<JsonArrayStream>(device, ImportValidator::MaxJsonDepth, ImportValidator::MaxRecordSize,
            Chunk);
    }
    return true;
}

// The checks of one decision on its own and of its id against the records before it; relations to ids not read
// yet wait for the end.
void ImportReader::Private::checkRecord(const ImportedDecision &record, qsizetype index, bool csvRecord)
{
    problems.beginRecord(index);
    problems.beginPhase(ImportProblems::Phase::Decision);
    ImportChecks::checkDecision(problems, record, csvRecord);
    const QString &id = record.decision.id;
    if (!id.isEmpty()) {
        problems.beginPhase(ImportProblems::Phase::Ids);
        const auto it = firstLine.constFind(id);
        if (it != firstLine.cend())
            ImportChecks::checkDuplicate(problems, record.line, id, *it);
        else
            firstLine.insert(id, record.line);
    }
    QList<DecisionRelations::Reference> references = DecisionRelations::references(record.decision);
    for (const DecisionRelations::Reference &reference : std::as_const(references)) {
        if (reference.id == id || !known(reference.id)) {
            deferred.append({ index, record.line, id, std::move(references) });
            break;
        }
    }
}

bool ImportReader::Private::report(qint64 read)
{
    if (!progress || read == reported)
        return true;
    reported = read;
    stopped = !progress(read, size);
    return !stopped;
}

bool ImportReader::Private::nextCsv(ImportedDecision *decision)
{
    QList<CsvError> syntax;
    CsvRecord record;
    for (;;) {
        syntax.clear();
        const bool more = csv->next(&record, &syntax);
        // CSV problems were collected before each decision had an index of its own.
        problems.beginRecord(-1);
        problems.beginPhase(ImportProblems::Phase::Syntax);
        for (const CsvError &e : std::as_const(syntax))
            problems.add(e.line, QStringLiteral("row"), e.message);
        if (!more) {
            if (csv->tooLargeLine() > 0)
                problems.add(csv->tooLargeLine(), QStringLiteral("row"), ImportValidator::tooLargeRecordMessage());
            if (csv->readFailed())
                problems.add(1, FileField, ImportValidator::tr("cannot be read: %1").arg(device->errorString()));
            csvErrors.clear();
            csvRecords->finish();
            problems.beginPhase(ImportProblems::Phase::Fields);
            for (const ImportError &e : std::as_const(csvErrors))
                problems.add(e.line, e.field, e.message);
            return false;
        }
        csvErrors.clear();
        std::optional<ImportedDecision> read = csvRecords->read(record);
        problems.beginPhase(ImportProblems::Phase::Fields);
        for (const ImportError &e : std::as_const(csvErrors))
            problems.add(e.line, e.field, e.message);
        if (!read)
            continue;
        const qsizetype index = count++;
        checkRecord(*read, index, true);
        *decision = std::move(*read);
        return true;
    }
}

// The reading of the array ended: by its end, or by a problem of the whole file that is then the only one said.
void ImportReader::Private::jsonEnded()
{
    json->finishAfterError();
    switch (json->problem()) {
    case JsonArrayStream::Problem::None:
        break;
    case JsonArrayStream::Problem::TooDeep:
        wholeFile(json->problemLine(),
            ImportValidator::tr("nested deeper than %1 levels; a decision needs at most 4").arg(ImportValidator::MaxJsonDepth));
        break;
    case JsonArrayStream::Problem::Syntax:
        wholeFile(json->problemLine(), ImportValidator::tr("not valid JSON: %1").arg(json->syntaxError()));
        break;
    case JsonArrayStream::Problem::NotAnArray:
        wholeFile(1, ImportValidator::tr("expected an array of decisions: [ {...}, {...} ]"));
        break;
    case JsonArrayStream::Problem::TooLarge:
        problems.beginRecord(-1);
        problems.add(json->problemLine(), QStringLiteral("decision"), ImportValidator::tooLargeRecordMessage());
        break;
    case JsonArrayStream::Problem::ReadFailed:
        problems.add(1, FileField, ImportValidator::tr("cannot be read: %1").arg(device->errorString()));
        break;
    }
}

// The decision of an element that is an object, with the problems of its fields: those DecisionJson says and those
// of the JSON it cannot see. `text` is what JsonTextScanner found in the element's bytes (QJsonObject only).
template<typename Object>
void ImportReader::Private::readDecision(
    const Object &object, int line, const JsonTextElement *text, ImportedDecision *decision)
{
    problems.beginPhase(ImportProblems::Phase::Fields);
    const qsizetype index = count++;
    problems.beginRecord(index);
    QStringList fieldErrors;
    ImportedDecision read { line, DecisionJson::fromJson(object, &fieldErrors), {} };
    if constexpr (std::is_same_v<Object, QJsonObject>)
        ImportChecks::checkJsonNumbers(problems, line, object, *text, read.decision);
    else
        ImportChecks::checkJsonNumbers(problems, line, object, read.decision);
    for (const QString &e : std::as_const(fieldErrors))
        problems.addFieldMessage(line, e);
    if constexpr (std::is_same_v<Object, QJsonObject>)
        ImportChecks::checkJsonObject(problems, line, object, text);
    else
        ImportChecks::checkJsonObject(problems, line, object);
    checkRecord(read, index, false);
    *decision = std::move(read);
}

bool ImportReader::Private::nextJson(ImportedDecision *decision)
{
    JsonArrayStream::Element element;
    for (;;) {
        if (!json->next(&element)) {
            jsonEnded();
            return false;
        }
        const qsizetype elementIndex = elements++;
        // An object JsonTape reads (as QJsonDocument would) is read from its bytes, without QJsonDocument's tree and
        // its copies of every text. It refuses what QJsonDocument would say more of (a syntax error, a repeated key,
        // nesting deeper than allowed: counted here with the array around the element), which is then read below.
        if (!tapeRefused && tape.read(element.bytes, ImportValidator::MaxJsonDepth - 1) && tape.root().isObject()) {
            readDecision(tape.root().toObject(), element.line, nullptr, decision);
            return true;
        }
        JsonTextElement text;
        int deepLine = 0;
        if (!JsonTextScanner::scanElement(element.bytes, element.line, ImportValidator::MaxJsonDepth, &text, &deepLine)) {
            wholeFile(deepLine,
                ImportValidator::tr("nested deeper than %1 levels; a decision needs at most 4").arg(ImportValidator::MaxJsonDepth));
            return false;
        }
        // An object is parsed as it is; any other value inside brackets, as a document must be an object or array.
        const bool container = element.bytes.startsWith('{') || element.bytes.startsWith('[');
        QJsonParseError parseError;
        const QJsonDocument doc
            = QJsonDocument::fromJson(container ? element.bytes : "[" + element.bytes + "]", &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            json->elementSyntaxError(element, parseError.offset - (container ? 0 : 1), parseError.errorString());
            jsonEnded();
            return false;
        }
        const int line = element.line;
        if (!doc.isObject()) {
            problems.beginPhase(ImportProblems::Phase::Fields);
            problems.beginRecord(-2 - elementIndex); // not a decision: an index of its own, apart from the decisions'
            problems.add(line, QStringLiteral("decision"), ImportValidator::tr("expected an object"));
            continue;
        }
        readDecision(doc.object(), line, &text, decision);
        return true;
    }
}

ImportReader::ImportReader(const QString &fileName, QIODevice *device, std::function<bool(const QString &)> isStored)
    : d(std::make_unique<Private>())
{
    d->fileName = fileName;
    d->device = device;
    d->isStored = std::move(isStored);
}

ImportReader::~ImportReader() = default;

bool ImportReader::next(ImportedDecision *decision)
{
    if (d->done)
        return false;
    if (!d->started && !d->start()) {
        d->done = true;
        return false;
    }
    const bool read = d->csv ? d->nextCsv(decision) : d->nextJson(decision);
    if (!read)
        d->done = true;
    // The streams take the device in chunks: its position moves once a chunk, and the file's end is its size.
    if (!d->report(read ? d->device->pos() : d->size)) {
        d->done = true;
        return false;
    }
    return read;
}

bool ImportReader::hasProblems() const
{
    return !d->batch.errors.isEmpty() || d->batch.droppedErrors > 0;
}

qsizetype ImportReader::count() const
{
    return d->count;
}

void ImportReader::readJsonThroughQJsonDocument()
{
    d->tapeRefused = true;
}

void ImportReader::setProgress(const ImportProgress &progress)
{
    d->progress = progress;
}

bool ImportReader::stopped() const
{
    return d->stopped;
}

ImportBatch ImportReader::finish()
{
    ImportedDecision ignored;
    while (next(&ignored)) { }
    if (d->stopped)
        return ImportBatch();
    const bool wholeFileProblem = d->json && d->json->problem() != JsonArrayStream::Problem::None
        && d->json->problem() != JsonArrayStream::Problem::TooLarge;
    if (!wholeFileProblem && (d->csv || d->json)) {
        d->problems.beginPhase(ImportProblems::Phase::Relations);
        const auto known = [this](const QString &id) { return d->known(id); };
        for (const DeferredRelations &record : std::as_const(d->deferred)) {
            d->problems.beginRecord(record.index);
            ImportChecks::checkRelations(d->problems, record.line, record.id, record.references, known);
        }
        if (d->count == 0 && d->batch.errors.isEmpty()) {
            d->problems.beginRecord(-1);
            d->problems.add(1, FileField, ImportValidator::tr("the file holds no decisions"));
        }
    }
    d->deferred.clear();
    d->problems.sortByLine();
    ImportBatch batch;
    batch.format = d->batch.format;
    batch.errors = d->batch.errors;
    batch.droppedErrors = d->batch.droppedErrors;
    return batch;
}
