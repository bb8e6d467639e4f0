// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

// Writes chunks of bytes on a thread of its own, in the order they are pushed, while the caller makes the next
// ones: `export-data` reads and formats on one core while its file is written (and handed to the disk) on the
// other. At 1,000,000 decisions the 2.2 GB file took as long to write as the document took to make, one after the
// other. At most `depth` chunks wait at a time, so memory stays flat however large the file; a push waits while
// the queue is full. Written chunks keep their buffers for the next pushes: no allocation per chunk.
class ChunkQueue
{
public:
    // Called on the queue's thread with each chunk, in order; returns false when it cannot write (then no later
    // chunk is written).
    using Write = std::function<bool(const QByteArray &chunk)>;

    explicit ChunkQueue(Write write, int depth = 8);
    // Waits for the chunks pushed to be written (finish()).
    ~ChunkQueue();
    ChunkQueue(const ChunkQueue &) = delete;
    ChunkQueue &operator=(const ChunkQueue &) = delete;

    // Queues `chunk` for writing and leaves in its place an empty buffer, with the capacity of one already written
    // when there is one. False once a write has failed: the caller can stop making chunks.
    bool push(QByteArray &chunk);
    // Waits until every chunk pushed is written; false when a write failed. No chunk may be pushed afterwards.
    bool finish();

private:
    void run();

    Write m_write;
    const size_t m_depth;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<QByteArray> m_queued;
    std::vector<QByteArray> m_spare; // written, emptied, kept for their capacity
    bool m_finishing = false;
    bool m_failed = false;
    std::thread m_thread;
};
