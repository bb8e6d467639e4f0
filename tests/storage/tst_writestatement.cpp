// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlitedirect.h"
#include "writestatement.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <memory>

// WriteStatement binds texts as UTF-8 straight through SQLite, and as UTF-16 through QSqlQuery where it cannot: both
// must store exactly the text they were given, as the same bytes, however it is written and whatever was bound
// before it.
class TestWriteStatement : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void direct_isTheSqliteDriversOwn();
    void bindText_storesTheTextAsUtf8_data();
    void bindText_storesTheTextAsUtf8();
    void bindText_nullIsAnEmptyTextNotNull_data();
    void bindText_nullIsAnEmptyTextNotNull();
    void bindText_eachRunStoresOnlyItsOwnText_data();
    void bindText_eachRunStoresOnlyItsOwnText();

private:
    QSqlDatabase db() const { return QSqlDatabase::database(m_connection); }
    // The statement of one row (n, a, b), straight through SQLite or through QSqlQuery.
    std::unique_ptr<WriteStatement> insert(bool direct) const;
    // Row n's column as SQLite holds it: its type, its bytes in hexadecimal, its length in characters and its text.
    struct Stored
    {
        QString type;
        QByteArray hex;
        qint64 length = -1;
        QString text;
    };
    Stored stored(int n, const QString &column = QStringLiteral("a")) const;
    static void addPaths();

    QString m_connection;
    int m_run = 0;
};

void TestWriteStatement::init()
{
    m_connection = QStringLiteral("tst_writestatement_%1").arg(++m_run);
    QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    database.setDatabaseName(QStringLiteral(":memory:"));
    QVERIFY(database.open());
    QSqlQuery q(database);
    QVERIFY(q.exec(QStringLiteral("PRAGMA encoding")) && q.next());
    // caseline's files are UTF-8 (SQLite's default): the encoding the direct path binds in.
    QCOMPARE(q.value(0).toString(), QStringLiteral("UTF-8"));
    q.finish();
    QVERIFY2(q.exec(QStringLiteral("CREATE TABLE t (n INTEGER PRIMARY KEY, a TEXT NOT NULL, b TEXT)")),
        qPrintable(q.lastError().text()));
}

void TestWriteStatement::cleanup()
{
    QSqlDatabase::database(m_connection, false).close();
    QSqlDatabase::removeDatabase(m_connection);
}

std::unique_ptr<WriteStatement> TestWriteStatement::insert(bool direct) const
{
    return std::make_unique<WriteStatement>(db(), direct ? WriteStatement::direct(db()) : nullptr,
        QStringLiteral("INSERT INTO t (n, a, b) VALUES (?, ?, ?)"));
}

TestWriteStatement::Stored TestWriteStatement::stored(int n, const QString &column) const
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT typeof(%1), hex(%1), length(%1), %1 FROM t WHERE n = ?").arg(column));
    q.addBindValue(n);
    if (!q.exec() || !q.next())
        return {};
    return { q.value(0).toString(), q.value(1).toString().toLatin1(), q.value(2).toLongLong(), q.value(3).toString() };
}

void TestWriteStatement::addPaths()
{
    QTest::addColumn<bool>("direct");
}

// The rows below test the direct path only where this build has it: it must, on Debian's Qt with libsqlite3-dev.
void TestWriteStatement::direct_isTheSqliteDriversOwn()
{
#ifdef CASELINE_SQLITE_DIRECT
    QVERIFY(WriteStatement::direct(db()) != nullptr);
#else
    QSKIP("built without sqlite3.h: every write goes through QSqlQuery");
#endif
}

void TestWriteStatement::bindText_storesTheTextAsUtf8_data()
{
    QTest::addColumn<bool>("direct");
    QTest::addColumn<QString>("text");
    // Characters of one, two, three and four UTF-8 bytes, marks that combine with the letter before them, a
    // sequence of emoji joined into one picture, right-to-left text, and a text at the longest a field may hold.
    const QList<std::pair<const char *, QString>> texts = {
        { "empty", QString(QLatin1String("")) },
        { "ASCII", QStringLiteral("Clearview AI Inc. fined EUR 20,000,000") },
        { "French", QStringLiteral("Décision n° 2022-004 du Conseil d’État : « astreinte » de 100 000 €") },
        { "German", QStringLiteral("Datenschutzbehörde Hamburg, Straße") },
        { "Greek", QStringLiteral("Αρχή Προστασίας Δεδομένων Προσωπικού Χαρακτήρα") },
        { "Japanese", QStringLiteral("個人情報保護委員会") },
        { "emoji", QStringLiteral("fine 💶 upheld 👍🏽") },
        { "joined emoji", QStringLiteral("judge 🧑‍⚖️ flag 🇫🇷") },
        { "combining marks", QStringLiteral("e\u0301 a\u0300 n\u0303 o\u0308\u0304") },
        { "Arabic", QStringLiteral("هيئة حماية البيانات") },
        { "control characters", QStringLiteral("line one\nline two\ttabbed\r\n") },
        { "longest field", QString(65535, QLatin1Char('x')) + QStringLiteral("é") },
        { "longest field of emoji", QStringLiteral("😀").repeated(32768) },
    };
    for (const bool direct : { true, false }) {
        for (const auto &[name, text] : texts)
            QTest::addRow("%s, %s", direct ? "direct" : "QSqlQuery", name) << direct << text;
    }
}

void TestWriteStatement::bindText_storesTheTextAsUtf8()
{
    QFETCH(bool, direct);
    QFETCH(QString, text);
    const std::unique_ptr<WriteStatement> q = insert(direct);
    q->bindInt(0, 1);
    q->bindText(1, text);
    q->bindNull(2);
    QVERIFY2(q->exec(), qPrintable(q->error()));
    q->finish();

    const Stored s = stored(1);
    QCOMPARE(s.type, QStringLiteral("text"));
    QCOMPARE(s.text, text);
    // The bytes, not only the text read back: a file written by either path reads the same in any program.
    QCOMPARE(s.hex, text.toUtf8().toHex().toUpper());
    QCOMPARE(s.length, qint64(text.toUcs4().size()));
}

void TestWriteStatement::bindText_nullIsAnEmptyTextNotNull_data()
{
    addPaths();
    QTest::newRow("direct") << true;
    QTest::newRow("QSqlQuery") << false;
}

// A null QString is an absent text, which the NOT NULL DEFAULT '' columns hold as ''; bindTextOrNull keeps SQL NULL.
void TestWriteStatement::bindText_nullIsAnEmptyTextNotNull()
{
    QFETCH(bool, direct);
    const std::unique_ptr<WriteStatement> q = insert(direct);
    q->bindInt(0, 1);
    q->bindText(1, QString());
    q->bindTextOrNull(2, QString());
    QVERIFY2(q->exec(), qPrintable(q->error()));
    q->finish();
    QCOMPARE(stored(1).type, QStringLiteral("text"));
    QCOMPARE(stored(1).hex, QByteArray());
    QCOMPARE(stored(1, QStringLiteral("b")).type, QStringLiteral("null"));
}

void TestWriteStatement::bindText_eachRunStoresOnlyItsOwnText_data()
{
    addPaths();
    QTest::newRow("direct") << true;
    QTest::newRow("QSqlQuery") << false;
}

// One statement run again and again, as an import runs it: a shorter text after a longer one, a text with fewer
// bytes after one with more, and two parameters bound one after the other each keep what was bound to them.
void TestWriteStatement::bindText_eachRunStoresOnlyItsOwnText()
{
    QFETCH(bool, direct);
    const QList<std::pair<QString, QString>> runs = {
        { QStringLiteral("a much longer first text, with a few words"), QStringLiteral("b one") },
        { QStringLiteral("short"), QStringLiteral("😀😀😀😀") },
        { QStringLiteral("é"), QStringLiteral("") },
        { QString(), QStringLiteral("plain again") },
        { QStringLiteral("🇫🇷 and more after the flag"), QStringLiteral("b") },
    };
    const std::unique_ptr<WriteStatement> q = insert(direct);
    for (qsizetype i = 0; i < runs.size(); ++i) {
        q->bindInt(0, i);
        q->bindText(1, runs.at(i).first);
        q->bindText(2, runs.at(i).second);
        QVERIFY2(q->exec(), qPrintable(q->error()));
    }
    q->finish();
    for (qsizetype i = 0; i < runs.size(); ++i) {
        QCOMPARE(stored(int(i)).hex, runs.at(i).first.toUtf8().toHex().toUpper());
        QCOMPARE(stored(int(i), QStringLiteral("b")).hex, runs.at(i).second.toUtf8().toHex().toUpper());
    }
}

QTEST_GUILESS_MAIN(TestWriteStatement)
#include "tst_writestatement.moc"
