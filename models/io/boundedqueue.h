// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <mutex>
#include <optional>
#include <utility>

// Values handed from one thread to another in order, at most `capacity` waiting at a time: the producer waits
// while the queue is full, so that memory stays flat however much passes through. The producer close()s it when
// it has no more; the consumer cancel()s it when it cannot go on, and the producer's next push says so.
template <typename T> class BoundedQueue
{
public:
    explicit BoundedQueue(std::size_t capacity)
        : m_capacity(capacity > 0 ? capacity : 1)
    {
    }

    // Waits for room; false (and `value` is dropped) once the consumer has cancelled.
    bool push(T value)
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        m_changed.wait(lock, [this] { return m_cancelled || m_values.size() < m_capacity; });
        if (m_cancelled)
            return false;
        m_values.push_back(std::move(value));
        lock.unlock();
        m_changed.notify_all();
        return true;
    }
    // The next value, waiting for one; nothing once the producer has closed the queue and every value is taken.
    std::optional<T> pop()
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        m_changed.wait(lock, [this] { return !m_values.empty() || m_closed || m_cancelled; });
        if (m_values.empty() || m_cancelled)
            return std::nullopt;
        T value = std::move(m_values.front());
        m_values.pop_front();
        lock.unlock();
        m_changed.notify_all();
        return value;
    }
    // The next value if there is one now, without waiting.
    std::optional<T> tryPop()
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        if (m_values.empty())
            return std::nullopt;
        T value = std::move(m_values.front());
        m_values.pop_front();
        lock.unlock();
        m_changed.notify_all();
        return value;
    }
    // The producer has pushed its last value.
    void close() { set(&BoundedQueue::m_closed); }
    // The consumer stops: what waits is dropped and later pushes fail.
    void cancel()
    {
        {
            const std::lock_guard<std::mutex> lock(m_mutex);
            m_values.clear();
        }
        set(&BoundedQueue::m_cancelled);
    }
    bool cancelled() const
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        return m_cancelled;
    }

private:
    void set(bool BoundedQueue::*flag)
    {
        {
            const std::lock_guard<std::mutex> lock(m_mutex);
            this->*flag = true;
        }
        m_changed.notify_all();
    }

    const std::size_t m_capacity;
    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<T> m_values;
    bool m_closed = false;
    bool m_cancelled = false;
};
