// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
// ChunkQueue, the writer of `export-data` on a thread of its own: every chunk written once, in order; never more
// than its depth waiting, so that memory stays flat; nothing written after a failed write, which the pushes and
// finish() then report; written buffers given back for the next chunks.
#include "chunkqueue.h"

#include <QTest>
#include <QThread>

#include <atomic>

class TestChunkQueue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesEveryChunkInOrder_data()
    {
        QTest::addColumn<int>("depth");
        QTest::addColumn<int>("chunks");
        QTest::addColumn<bool>("slowWriter");
        QTest::newRow("depth 1, a slow writer") << 1 << 50 << true;
        QTest::newRow("depth 8, a slow writer") << 8 << 50 << true;
        QTest::newRow("depth 8, a fast writer") << 8 << 2000 << false;
        QTest::newRow("nothing pushed") << 4 << 0 << false;
    }
    void writesEveryChunkInOrder()
    {
        QFETCH(int, depth);
        QFETCH(int, chunks);
        QFETCH(bool, slowWriter);
        QByteArray expected;
        QByteArray written;
        std::atomic<int> pushed { 0 };
        std::atomic<int> done { 0 };
        int mostWaiting = 0;
        {
            ChunkQueue queue(
                [&](const QByteArray &chunk) {
                    // Pushed and not yet written: this one, at most `depth` queued and one push waiting for room.
                    mostWaiting = std::max(mostWaiting, pushed - done);
                    if (slowWriter)
                        QThread::usleep(500);
                    written += chunk;
                    ++done;
                    return true;
                },
                depth);
            QByteArray chunk;
            for (int i = 0; i < chunks; ++i) {
                // Chunks of different sizes, each different from the next.
                chunk += QByteArray(1 + (i * 7919) % 3000, char('a' + i % 26)) + QByteArray::number(i);
                expected += chunk;
                ++pushed;
                QVERIFY(queue.push(chunk));
                QVERIFY(chunk.isEmpty());
            }
            QVERIFY(queue.finish());
            QCOMPARE(int(done), chunks);
        }
        QCOMPARE(written.size(), expected.size());
        QVERIFY(written == expected);
        QVERIFY2(mostWaiting <= depth + 2, qPrintable(QString::number(mostWaiting)));
        if (slowWriter && chunks > depth + 2)
            QVERIFY2(mostWaiting >= depth, qPrintable(QString::number(mostWaiting))); // the queue did fill
    }

    // A write that fails (a full disk) stops the writing: no later chunk is written, later pushes say so, and
    // finish() reports it.
    void stopsAtTheFirstFailedWrite()
    {
        QList<QByteArray> written;
        ChunkQueue queue(
            [&written](const QByteArray &chunk) {
                if (chunk == "fails")
                    return false;
                written.append(chunk);
                return true;
            },
            2);
        bool pushedAfterFailure = true;
        const QList<QByteArray> chunks = { "one", "two", "fails", "three" };
        for (const QByteArray &text : chunks) {
            QByteArray chunk = text;
            queue.push(chunk);
        }
        // The failure is seen by a push at the latest once the queue would have to wait for it.
        for (int i = 0; i < 100 && pushedAfterFailure; ++i) {
            QByteArray chunk("more");
            pushedAfterFailure = queue.push(chunk);
            QThread::usleep(200);
        }
        QVERIFY(!pushedAfterFailure);
        QVERIFY(!queue.finish());
        QCOMPARE(written, (QList<QByteArray> { "one", "two" }));
    }

    // Chunks after the first few come back in buffers already written, with their capacity: no new allocation.
    void givesWrittenBuffersBack()
    {
        std::atomic<int> written { 0 };
        ChunkQueue queue(
            [&written](const QByteArray &) {
                ++written;
                return true;
            },
            2);
        constexpr qsizetype Size = 256 * 1024;
        int reused = 0;
        for (int i = 0; i < 20; ++i) {
            // Each push after the last chunk is written, and the writer has had a moment to put its buffer aside.
            while (written < i)
                QThread::usleep(100);
            QThread::usleep(500);
            QByteArray chunk(Size, 'x');
            QVERIFY(queue.push(chunk));
            QVERIFY(chunk.isEmpty());
            if (chunk.capacity() >= Size)
                ++reused;
        }
        QVERIFY(queue.finish());
        QCOMPARE(int(written), 20);
        // The first push has no buffer to give back; nearly all the others do.
        QVERIFY2(reused > 10, qPrintable(QString::number(reused)));
    }
};

QTEST_GUILESS_MAIN(TestChunkQueue)
#include "tst_chunkqueue.moc"
