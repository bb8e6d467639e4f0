// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "chunkqueue.h"

#include <utility>

ChunkQueue::ChunkQueue(Write write, int depth)
    : m_write(std::move(write))
    , m_depth(size_t(depth > 0 ? depth : 1))
{
    m_thread = std::thread([this] { run(); });
}

ChunkQueue::~ChunkQueue()
{
    finish();
}

bool ChunkQueue::push(QByteArray &chunk)
{
    std::unique_lock<std::mutex> lock(m_mutex);
    m_changed.wait(lock, [this] { return m_failed || m_queued.size() < m_depth; });
    if (m_failed || m_finishing)
        return false;
    m_queued.push_back(std::move(chunk));
    chunk = QByteArray();
    if (!m_spare.empty()) {
        chunk = std::move(m_spare.back());
        m_spare.pop_back();
    }
    lock.unlock();
    m_changed.notify_all();
    return true;
}

bool ChunkQueue::finish()
{
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        m_finishing = true;
    }
    m_changed.notify_all();
    if (m_thread.joinable())
        m_thread.join();
    const std::lock_guard<std::mutex> lock(m_mutex);
    return !m_failed;
}

void ChunkQueue::run()
{
    std::unique_lock<std::mutex> lock(m_mutex);
    while (true) {
        m_changed.wait(lock, [this] { return !m_queued.empty() || m_finishing; });
        if (m_queued.empty())
            return; // finishing, and everything is written
        QByteArray chunk = std::move(m_queued.front());
        m_queued.pop_front();
        lock.unlock();
        // Once a write has failed, the rest are dropped: a file is only ever whole or refused.
        const bool written = !m_failed && m_write(chunk);
        lock.lock();
        if (!written) {
            m_failed = true;
            m_queued.clear();
        } else if (m_spare.size() < m_depth) {
            chunk.resize(0); // keeps its capacity: the buffer is no longer shared
            m_spare.push_back(std::move(chunk));
        }
        m_changed.notify_all();
    }
}
