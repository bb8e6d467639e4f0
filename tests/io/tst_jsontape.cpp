// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "decisionjson.h"
#include "jsonarraystream.h"
#include "jsontape.h"
#include "syntheticdecisions.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

#include <cstring>

// JsonTape reads a text only where it reads it as QJsonDocument does, and refuses the rest (the import then asks
// QJsonDocument). Every value it reads is compared with QJsonDocument's through every accessor the readers use:
// types, texts (to the UTF-16 unit, null or not), numbers (the integer, the double's bits, the digits), defaults,
// arrays in order, objects in QJsonObject's order and by key. A seeded sweep of damaged texts checks that it never
// reads a text QJsonDocument refuses, nor reads one differently.
class TestJsonTape : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void read_readsAsQJsonDocument_data();
    void read_readsAsQJsonDocument();
    void read_refusesWhatItCannotReadAsQJsonDocument_data();
    void read_refusesWhatItCannotReadAsQJsonDocument();
    void read_countsNestingUpToTheLimit();
    void read_keepsNumbersDigitsAsWritten_data();
    void read_keepsNumbersDigitsAsWritten();
    void read_readsEveryElementOfTheBundledAndExportedData();
    void read_neverReadsDamagedTextOtherwiseThanQJsonDocument();
    void values_giveQJsonValuesDefaults();
};

namespace {

constexpr int Deep = 64;

// What differs between the tape's value and QJsonDocument's at `path`; empty when nothing does.
QString difference(const JsonTapeValue &tape, const QJsonValue &qt, const QString &path)
{
    const auto differs = [&path](const QString &what) -> QString { return path + QLatin1String(": ") + what; };
    if (tape.isUndefined() != qt.isUndefined() || tape.isNull() != qt.isNull() || tape.isBool() != qt.isBool()
        || tape.isDouble() != qt.isDouble() || tape.isString() != qt.isString() || tape.isArray() != qt.isArray()
        || tape.isObject() != qt.isObject())
        return differs(QStringLiteral("type"));
    if (tape.toBool() != qt.toBool() || tape.toBool(true) != qt.toBool(true))
        return differs(QStringLiteral("toBool"));
    constexpr qint64 NoInteger = std::numeric_limits<qint64>::min();
    if (tape.toInteger(NoInteger) != qt.toInteger(NoInteger) || tape.toInteger(-7) != qt.toInteger(-7))
        return differs(QStringLiteral("toInteger: %1 and %2").arg(tape.toInteger(NoInteger)).arg(qt.toInteger(NoInteger)));
    const double tapeDouble = tape.toDouble(-1.5);
    const double qtDouble = qt.toDouble(-1.5);
    if (std::memcmp(&tapeDouble, &qtDouble, sizeof(double)) != 0)
        return differs(QStringLiteral("toDouble: %1 and %2").arg(tapeDouble, 0, 'g', 17).arg(qtDouble, 0, 'g', 17));
    const QString tapeText = tape.toString();
    const QString qtText = qt.toString();
    if (tapeText != qtText || tapeText.isNull() != qtText.isNull() || tapeText.size() != qtText.size())
        return differs(QStringLiteral("toString: '%1' and '%2'").arg(tapeText, qtText));
    if (tape.isArray()) {
        const JsonTapeArray tapeArray = tape.toArray();
        const QJsonArray qtArray = qt.toArray();
        if (tapeArray.size() != qtArray.size())
            return differs(QStringLiteral("array size %1 and %2").arg(tapeArray.size()).arg(qtArray.size()));
        qsizetype i = 0;
        for (const JsonTapeValue &item : tapeArray) {
            const QString inner = difference(item, qtArray.at(i), path + QStringLiteral("[%1]").arg(i));
            if (!inner.isEmpty())
                return inner;
            ++i;
        }
        if (!tapeArray.at(tapeArray.size()).isUndefined())
            return differs(QStringLiteral("an element past the end"));
    } else if (!tape.toArray().isEmpty()) {
        return differs(QStringLiteral("toArray of another value"));
    }
    if (tape.isObject()) {
        const JsonTapeObject tapeObject = tape.toObject();
        const QJsonObject qtObject = qt.toObject();
        if (tapeObject.size() != qtObject.size())
            return differs(QStringLiteral("object size %1 and %2").arg(tapeObject.size()).arg(qtObject.size()));
        auto qtIt = qtObject.constBegin();
        for (auto it = tapeObject.constBegin(); it != tapeObject.constEnd(); ++it, ++qtIt) {
            if (QString(it.key()) != qtIt.key())
                return differs(QStringLiteral("key '%1' where QJsonObject has '%2'").arg(it.key(), qtIt.key()));
            const QString inner = difference(it.value(), qtIt.value(), path + QLatin1Char('.') + qtIt.key());
            if (!inner.isEmpty())
                return inner;
            const QByteArray key = qtIt.key().toLatin1();
            if (!tapeObject.contains(QLatin1String(key)))
                return differs(QStringLiteral("does not find '%1'").arg(qtIt.key()));
            const QString byKey = difference(tapeObject.value(QLatin1String(key)), qtIt.value(), path + QLatin1Char('/') + qtIt.key());
            if (!byKey.isEmpty())
                return byKey;
        }
        for (const char *missing : { "", "missing", "zzzz", "a" }) {
            if (tapeObject.contains(QLatin1String(missing)) != qtObject.contains(QLatin1String(missing)))
                return differs(QStringLiteral("contains('%1')").arg(QLatin1String(missing)));
        }
    } else if (!tape.toObject().isEmpty()) {
        return differs(QStringLiteral("toObject of another value"));
    }
    return {};
}

// What differs between the tape's reading of `json` and QJsonDocument's; empty when nothing does.
QString differenceFromQJsonDocument(const JsonTape &tape, const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return QStringLiteral("QJsonDocument refuses it: %1 at %2").arg(error.errorString()).arg(error.offset);
    const QJsonValue root = document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array());
    return difference(tape.root(), root, QStringLiteral("root"));
}

// A decision whose texts hold what a JSON text can say of text: non-ASCII, emoji, every escape QJsonDocument writes,
// control characters, and an unpaired surrogate (kept as text, as QJsonDocument keeps it).
Decision strangeDecision()
{
    Decision d = SyntheticDecisions::generate(3).at(2);
    d.summary = QStringLiteral("D\u00e9cision \u20ac 12 \U0001F600 \"quoted\" back\\slash /slash\nnew line\ttab\r\b\f");
    d.outcome = QString(QChar(0x01)) + QStringLiteral("control") + QChar(0x1f);
    d.orders = { QStringLiteral("\u65e5\u672c\u8a9e"), QString(QChar(0xd800)) + QStringLiteral(" lone surrogate"), QString() };
    d.target = QString();
    return d;
}

QByteArray strangeDocument()
{
    return DecisionJson::toDocument({ strangeDecision() });
}

} // namespace

void TestJsonTape::read_readsAsQJsonDocument_data()
{
    QTest::addColumn<QByteArray>("json");

    QTest::newRow("empty object") << QByteArray("{}");
    QTest::newRow("empty array") << QByteArray("[]");
    QTest::newRow("white space everywhere") << QByteArray(" \t\r\n{ \"a\" \n:\t[ 1 ,\r\n2 ] , \"b\" : { } }\n\t ");
    QTest::newRow("every kind of value") << QByteArray(
        R"({"s": "text", "n": 12, "d": 1.5, "t": true, "f": false, "z": null, "a": [1, "x", null, [], {}], "o": {"k": "v"}})");
    QTest::newRow("keys out of order, as a person writes them")
        << QByteArray(R"({"zeta": 1, "alpha": 2, "mid": {"b": 1, "a": 2}, "Alpha": 3, "al": 4, "": 5})");
    QTest::newRow("keys that are prefixes of others") << QByteArray(R"({"amount_eur": 1, "amount": 2, "amoun": 3})");
    QTest::newRow("empty strings") << QByteArray(R"({"": "", "e": [""]})");
    QTest::newRow("UTF-8: accents, euro, CJK, emoji")
        << QByteArray("[\"D\xC3\xA9" "cision\", \"\xE2\x82\xAC 5\", \"\xE6\x97\xA5\xE6\x9C\xAC\", \"\xF0\x9F\x98\x80\"]");
    QTest::newRow("the escapes JSON has") << QByteArray(R"(["\" \\ \/ \b \f \n \r \t", "a\"", "\\"])");
    QTest::newRow("\\u escapes: ASCII, Latin-1, BMP, NUL") << QByteArray(R"(["\u0041\u00e9\u20AC\u0000x"])");
    QTest::newRow("\\u escapes: a surrogate pair") << QByteArray(R"(["\ud83d\ude00", "a\uD83D\uDE00b"])");
    QTest::newRow("\\u escapes: unpaired surrogates, kept as QJsonDocument keeps them")
        << QByteArray(R"(["\ud800", "\udc00x", "\ude00\ud83d", "\ud83d\u0041"])");
    QTest::newRow("escapes next to UTF-8") << QByteArray("[\"\xC3\xA9\\n\xE2\x82\xAC\\u00e9\xF0\x9F\x98\x80\"]");
    QTest::newRow("raw control characters in a string, which QJsonDocument takes")
        << QByteArray("[\"tab\there\", \"line\nbreak\", \"\x01\x1f\", \"cr\r\"]");
    QTest::newRow("a string of 70 bytes with an escape near the end")
        << "[\"" + QByteArray(66, 'x') + "\\n" + QByteArray(3, 'y') + "\"]";
    QTest::newRow("integers") << QByteArray("[0, -0, 1, -1, 42, 9007199254740993, 9223372036854775807, -9223372036854775808]");
    QTest::newRow("integers beyond 64 bits")
        << QByteArray("[9223372036854775808, -9223372036854775809, 12345678901234567890, 100000000000000000000000]");
    QTest::newRow("whole numbers written as decimals or with an exponent")
        << QByteArray("[1.0, 1.000, -2.0, 1e3, 1E+2, 2.5e1, 1e18, 1e19, 0.0, -0.0, 0e5]");
    QTest::newRow("fractions") << QByteArray("[0.1, 1.5, -1.5e-3, 1234567.891, 0.30000000000000004, 1e-7, 5e-324, 1.7976931348623157e308]");
    QTest::newRow("amounts as a decision writes them")
        << QByteArray(R"({"amount": 20000000, "amount_eur": 1234.56, "periodic_penalty": {"max_total": 0.001}})");
    QTest::newRow("nested to the limit") << QByteArray("[[[[[{\"a\": [[{}]]}]]]]]");
    QTest::newRow("a decision with strange texts, as caseline exports it") << strangeDocument();
}

void TestJsonTape::read_readsAsQJsonDocument()
{
    QFETCH(QByteArray, json);
    JsonTape tape;
    QVERIFY(tape.read(json, Deep));
    const QString difference = differenceFromQJsonDocument(tape, json);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
}

void TestJsonTape::read_refusesWhatItCannotReadAsQJsonDocument_data()
{
    QTest::addColumn<QByteArray>("json");
    // Whether QJsonDocument takes it: the tape refuses some texts QJsonDocument takes, but takes none it refuses.
    QTest::addColumn<bool>("qjsonDocumentTakesIt");

    // Syntax QJsonDocument refuses.
    QTest::newRow("empty text") << QByteArray() << false;
    QTest::newRow("white space only") << QByteArray(" \n") << false;
    QTest::newRow("never closed") << QByteArray(R"({"a": 1)") << false;
    QTest::newRow("a string never closed") << QByteArray(R"(["abc)") << false;
    QTest::newRow("a string closed by an escaped quote only") << QByteArray(R"(["abc\"])") << false;
    QTest::newRow("missing colon") << QByteArray(R"({"a" 1})") << false;
    QTest::newRow("missing comma") << QByteArray(R"([1 2])") << false;
    QTest::newRow("trailing comma in an array") << QByteArray("[1,]") << false;
    QTest::newRow("trailing comma in an object") << QByteArray(R"({"a": 1,})") << false;
    QTest::newRow("a comma first") << QByteArray("[,1]") << false;
    QTest::newRow("a key that is not a string") << QByteArray("{a: 1}") << false;
    QTest::newRow("single quotes") << QByteArray("['a']") << false;
    QTest::newRow("a misspelt literal") << QByteArray("[tru]") << false;
    QTest::newRow("a literal in capitals") << QByteArray("[True]") << false;
    QTest::newRow("a literal run on") << QByteArray("[nullx]") << false;
    QTest::newRow("NaN") << QByteArray("[NaN]") << false;
    QTest::newRow("a comment") << QByteArray("[1 /* one */]") << false;
    QTest::newRow("text after the root") << QByteArray("{} x") << false;
    QTest::newRow("a second root") << QByteArray("{}{}") << false;
    QTest::newRow("a root that is a string") << QByteArray(R"("text")") << false;
    QTest::newRow("a root that is a number") << QByteArray("12") << false;
    QTest::newRow("a short \\u escape") << QByteArray(R"(["\u12"])") << false;
    QTest::newRow("a \\u escape that is not hexadecimal") << QByteArray(R"(["\u12g4"])") << false;
    QTest::newRow("a minus alone") << QByteArray("[-]") << false;
    QTest::newRow("a plus sign") << QByteArray("[+1]") << false;
    QTest::newRow("a number too large for a double") << QByteArray("[1e400]") << false;
    QTest::newRow("a number too small for a double") << QByteArray("[1e-400]") << false;
    QTest::newRow("not UTF-8: a lone continuation byte") << QByteArray("[\"a\x80\"]") << false;
    QTest::newRow("not UTF-8: an overlong slash") << QByteArray("[\"\xC0\xAF\"]") << false;
    QTest::newRow("not UTF-8: a surrogate encoded") << QByteArray("[\"\xED\xA0\x80\"]") << false;
    QTest::newRow("not UTF-8: beyond U+10FFFF") << QByteArray("[\"\xF4\x90\x80\x80\"]") << false;
    QTest::newRow("not UTF-8: cut short") << QByteArray("[\"\xE2\x82\"]") << false;
    QTest::newRow("not UTF-8: cut by an escape") << QByteArray("[\"\xC3\\n\xA9\"]") << false;
    QTest::newRow("not UTF-8: a byte outside strings") << QByteArray("[\xC3\xA9]") << false;
    // Texts QJsonDocument takes, and reads in ways of its own: left to it.
    QTest::newRow("an escape JSON does not have, which QJsonDocument reads as the letter") << QByteArray(R"(["\x"])") << true;
    QTest::newRow("an escaped UTF-8 byte") << QByteArray("[\"\\\xC3\xA9\"]") << false;
    QTest::newRow("a number ending with its point") << QByteArray("[1.]") << true;
    QTest::newRow("a number starting with its point") << QByteArray("[.5]") << true;
    QTest::newRow("a number with an exponent and no digits") << QByteArray("[1e]") << false;
    QTest::newRow("a leading zero") << QByteArray("[01]") << false;
    QTest::newRow("a repeated key, of which QJsonObject keeps the last") << QByteArray(R"({"a": 1, "a": 2})") << true;
    QTest::newRow("a repeated key in a nested object") << QByteArray(R"([{"b": {"k": 1, "j": 0, "k": 2}}])") << true;
    QTest::newRow("a key with an escape") << QByteArray(R"({"am\u006fount": 1})") << true;
    QTest::newRow("a key with an escaped quote") << QByteArray(R"({"a\"b": 1})") << true;
    QTest::newRow("a key that is not ASCII") << QByteArray("{\"cl\xC3\xA9\": 1}") << true;
    QTest::newRow("a byte order mark") << QByteArray("\xEF\xBB\xBF[]") << true;
    QTest::newRow("nested deeper than the limit") << QByteArray(Deep + 1, '[') + QByteArray(Deep + 1, ']') << true;
}

void TestJsonTape::read_refusesWhatItCannotReadAsQJsonDocument()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, qjsonDocumentTakesIt);
    QJsonParseError error;
    QJsonDocument::fromJson(json, &error);
    QCOMPARE(error.error == QJsonParseError::NoError, qjsonDocumentTakesIt);
    JsonTape tape;
    QVERIFY(!tape.read(json, Deep));
    QVERIFY(tape.root().isUndefined());
}

void TestJsonTape::read_countsNestingUpToTheLimit()
{
    JsonTape tape;
    QVERIFY(tape.read("[{\"a\": [{}]}]", 4));
    QVERIFY(!tape.read("[{\"a\": [{}]}]", 3));
    QVERIFY(tape.read("[{\"a\": [], \"b\": {}, \"c\": [1, 2]}]", 3));
    QVERIFY(tape.read("{}", 1));
    QVERIFY(!tape.read("{}", 0));
    // A refused text leaves nothing behind from an earlier one.
    QVERIFY(tape.read("[1]", 1));
    QVERIFY(!tape.read("[[1]]", 1));
    QVERIFY(tape.root().isUndefined());
}

void TestJsonTape::read_keepsNumbersDigitsAsWritten_data()
{
    QTest::addColumn<QByteArray>("digits");
    for (const char *digits : { "0", "-0", "12", "1234.50", "0.001", "1e3", "-2.5E-3", "12345678901234567890", "1.000" })
        QTest::newRow(digits) << QByteArray(digits);
}

void TestJsonTape::read_keepsNumbersDigitsAsWritten()
{
    QFETCH(QByteArray, digits);
    const QByteArray json = "{\"amount\": " + digits + ", \"currency\": \"EUR\"}";
    JsonTape tape;
    QVERIFY(tape.read(json, Deep));
    const JsonTapeObject object = tape.root().toObject();
    QCOMPARE(object.value(QLatin1String("amount")).numberText(), QByteArrayView(digits));
    QVERIFY(object.value(QLatin1String("currency")).numberText().isEmpty());
    QVERIFY(object.value(QLatin1String("missing")).numberText().isEmpty());
}

// Every decision of the bundled data and of a synthetic file exported as caseline exports it is read through the
// tape, and read as QJsonDocument reads it: an import of them never needs QJsonDocument.
void TestJsonTape::read_readsEveryElementOfTheBundledAndExportedData()
{
    QFile bundled(QStringLiteral(":/data/clearview-cases.json"));
    QVERIFY(bundled.open(QIODevice::ReadOnly));
    const QList<QByteArray> files { bundled.readAll(), DecisionJson::toDocument(SyntheticDecisions::generate(500)),
        strangeDocument() };
    for (const QByteArray &file : files) {
        QByteArray bytes = file;
        QBuffer buffer(&bytes);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        JsonArrayStream stream(&buffer, 6, 1024 * 1024);
        JsonArrayStream::Element element;
        JsonTape tape;
        int elements = 0;
        while (stream.next(&element)) {
            ++elements;
            QVERIFY2(tape.read(element.bytes, 5), qPrintable(QStringLiteral("element at line %1").arg(element.line)));
            const QString difference = differenceFromQJsonDocument(tape, element.bytes);
            QVERIFY2(difference.isEmpty(), qPrintable(difference));
        }
        QCOMPARE(stream.problem(), JsonArrayStream::Problem::None);
        QVERIFY(elements > 0);
    }
}

// Damaged copies of real texts (bytes deleted, inserted, replaced, slices repeated), from a fixed seed: whatever the
// tape reads, QJsonDocument must read too, to the same values. Many of them are still read (the damage falls in a
// string's text), so both sides of the comparison are exercised.
void TestJsonTape::read_neverReadsDamagedTextOtherwiseThanQJsonDocument()
{
    QFile bundled(QStringLiteral(":/data/clearview-cases.json"));
    QVERIFY(bundled.open(QIODevice::ReadOnly));
    const QByteArray first = bundled.readAll().left(6000);
    const QList<QByteArray> originals { strangeDocument(), QJsonDocument::fromJson(strangeDocument()).toJson(QJsonDocument::Compact),
        QByteArray(R"({"a": [1, -2.5e3, true, null, "x\u00e9\ud83d\ude00"], "b": {"c": 0.1, "d": ""}})"),
        first.left(first.lastIndexOf("\n  },")) + "}]" };
    for (const QByteArray &original : originals)
        QVERIFY(!QJsonDocument::fromJson(original).isNull());
    const QByteArray alphabet("{}[]\":,\\/ \n\t0123456789.eE+-tfnuabrlsx\x80\xC3\xA9\xF0\x9F");
    QRandomGenerator random(20260101);
    JsonTape tape;
    int read = 0;
    constexpr int Texts = 20000;
    for (int n = 0; n < Texts; ++n) {
        QByteArray json = originals.at(random.bounded(int(originals.size())));
        const int damages = 1 + random.bounded(3);
        for (int k = 0; k < damages && !json.isEmpty(); ++k) {
            const qsizetype at = random.bounded(int(json.size()));
            const char byte = alphabet.at(random.bounded(int(alphabet.size())));
            switch (random.bounded(4)) {
            case 0:
                json.remove(at, 1 + random.bounded(3));
                break;
            case 1:
                json.insert(at, byte);
                break;
            case 2:
                json[at] = byte;
                break;
            default:
                json.insert(at, json.mid(random.bounded(int(json.size())), 1 + random.bounded(12)));
                break;
            }
        }
        if (!tape.read(json, Deep))
            continue;
        ++read;
        const QString difference = differenceFromQJsonDocument(tape, json);
        QVERIFY2(difference.isEmpty(), qPrintable(difference + QLatin1String(" in ") + QString::fromUtf8(json.toPercentEncoding())));
    }
    qInfo("%d of %d damaged texts read", read, Texts);
    QVERIFY(read > Texts / 10);
    QVERIFY(read < Texts * 9 / 10);
}

// Asking a value for another type gives QJsonValue's answer, defaults included: DecisionJson relies on them.
void TestJsonTape::values_giveQJsonValuesDefaults()
{
    const QByteArray json = R"({"s": "x", "n": 1.5, "i": 3, "t": true, "z": null, "a": ["y"], "o": {"k": 1}})";
    JsonTape tape;
    QVERIFY(tape.read(json, Deep));
    const JsonTapeObject object = tape.root().toObject();
    const QJsonObject qt = QJsonDocument::fromJson(json).object();
    for (const char *key : { "s", "n", "i", "t", "z", "a", "o", "missing" }) {
        const QString difference
            = ::difference(object.value(QLatin1String(key)), qt.value(QLatin1String(key)), QLatin1String(key));
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
    }
    QVERIFY(JsonTapeValue().isUndefined());
    QVERIFY(JsonTapeValue().toString().isNull());
    QCOMPARE(JsonTapeValue().toBool(true), true);
    QCOMPARE(JsonTapeValue().toInteger(-1), qint64(-1));
}

QTEST_GUILESS_MAIN(TestJsonTape)
#include "tst_jsontape.moc"
