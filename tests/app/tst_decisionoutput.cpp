// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
// DecisionOutput, the document of `list --format json|csv`, `export-data` and File > Export Data, handed on a chunk
// at a time (export-data's writer may keep each chunk's buffer, ChunkQueue). The bytes must be those of making each
// decision's text in turn, in the order read, whatever the number of chunks; a read that fails halfway leaves the
// document as it stood, and a write that fails stops the read at once.
#include "decisioncsv.h"
#include "decisionjson.h"
#include "decisionoutput.h"
#include "fixtures.h"
#include "syntheticdecisions.h"

#include <QTest>


Q_DECLARE_METATYPE(DecisionOutput::Format)

namespace {

// The document as one decision after another makes it, on one thread: what the output must be.
QByteArray documentOf(const QList<Decision> &decisions, DecisionOutput::Format format, bool complete)
{
    const bool json = format == DecisionOutput::Format::Json;
    QByteArray document = json ? DecisionJson::documentStart() : DecisionCsv::headerRow();
    for (qsizetype i = 0; i < decisions.size(); ++i)
        document += json ? DecisionJson::documentElement(decisions.at(i), i) : DecisionCsv::row(decisions.at(i));
    if (json && complete)
        document += DecisionJson::documentEnd(decisions.size());
    return document;
}

// A source that visits `decisions` in order and then fails after `failAfter` of them (never when negative).
DecisionOutput::Source sourceOf(const QList<Decision> &decisions, qsizetype failAfter = -1,
    qsizetype *visited = nullptr)
{
    return [&decisions, failAfter, visited](const std::function<bool(const Decision &)> &visit, QString *error) {
        for (qsizetype i = 0; i < decisions.size(); ++i) {
            if (i == failAfter) {
                *error = QStringLiteral("reading decisions: database disk image is malformed");
                return false;
            }
            if (visited)
                ++*visited;
            if (!visit(decisions.at(i)))
                return true;
        }
        return true;
    };
}

} // namespace

class TestDecisionOutput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_decisions = SyntheticDecisions::generate(3000);
        m_decisions += Fixtures::bundled().decisions;
        m_decisions += Fixtures::readEdgeCases(Fixtures::bundled().decisions.constFirst());
    }

    void document_isEachDecisionInTurn_data()
    {
        QTest::addColumn<DecisionOutput::Format>("format");
        QTest::addColumn<int>("count");
        for (const auto &[name, format] : { std::pair { "json", DecisionOutput::Format::Json },
                 std::pair { "csv", DecisionOutput::Format::Csv } }) {
            QTest::addRow("%s, no decision", name) << format << 0;
            QTest::addRow("%s, one decision", name) << format << 1;
            QTest::addRow("%s, many chunks", name) << format << -1;
        }
    }
    void document_isEachDecisionInTurn()
    {
        QFETCH(DecisionOutput::Format, format);
        QFETCH(int, count);
        const QList<Decision> decisions = count < 0 ? m_decisions : m_decisions.mid(0, count);
        QByteArray document;
        int chunks = 0;
        QString error;
        const DecisionOutput::Result result = DecisionOutput::write(sourceOf(decisions), format,
            [&](QByteArray &chunk) {
                document += chunk;
                ++chunks;
                return true;
            },
            &error);
        QCOMPARE(result, DecisionOutput::Result::Written);
        QVERIFY(error.isEmpty());
        const QByteArray expected = documentOf(decisions, format, true);
        QCOMPARE(document.size(), expected.size());
        QVERIFY(document == expected);
        if (count < 0) // more than one chunk (JSON: dozens)
            QVERIFY2(chunks > 1, qPrintable(QString::number(chunks)));
    }

    // A read that fails after many chunks: every decision read before it is in the document, which has no end,
    // and the error is the reader's.
    void readFailingHalfway_leavesTheDocumentAsItStood()
    {
        const qsizetype failAfter = m_decisions.size() / 2 + 17;
        QByteArray document;
        QString error;
        const DecisionOutput::Result result = DecisionOutput::write(sourceOf(m_decisions, failAfter),
            DecisionOutput::Format::Json,
            [&](QByteArray &chunk) {
                document += chunk;
                return true;
            },
            &error);
        QCOMPARE(result, DecisionOutput::Result::ReadFailed);
        QCOMPARE(error, QStringLiteral("reading decisions: database disk image is malformed"));
        QVERIFY(document == documentOf(m_decisions.mid(0, failAfter), DecisionOutput::Format::Json, false));
    }

    // A write that fails stops the document there: nothing is written after it, and the read stops with the
    // decision that filled the chunk, long before the end.
    void writeFailing_stopsTheRead()
    {
        int calls = 0;
        int callsAfterFailure = 0;
        qsizetype visited = 0;
        QString error;
        const DecisionOutput::Result result = DecisionOutput::write(sourceOf(m_decisions, -1, &visited),
            DecisionOutput::Format::Json,
            [&](QByteArray &) {
                if (++calls > 2)
                    ++callsAfterFailure;
                return calls < 2;
            },
            &error);
        QCOMPARE(result, DecisionOutput::Result::WriteFailed);
        QCOMPARE(callsAfterFailure, 0);
        QVERIFY2(visited < m_decisions.size() / 2, qPrintable(QString::number(visited)));
    }

private:
    QList<Decision> m_decisions;
};

QTEST_GUILESS_MAIN(TestDecisionOutput)
#include "tst_decisionoutput.moc"
