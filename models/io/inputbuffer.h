// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QIODevice>

// The bytes of a device read a piece at a time, for the readers of import files that may be larger than memory
// should hold (CsvStream, JsonArrayStream): the buffer holds the record being read and what follows it. A reader
// looks at view() from its position, and when a record runs past the end asks refill() for more, keeping the
// bytes from the record's start; it then reads that record again from its start.
class InputBuffer
{
public:
    // `chunk`: how much is read at a time (tests use a few bytes, to cut records everywhere).
    explicit InputBuffer(QIODevice *device, qsizetype chunk = 1024 * 1024)
        : m_device(device)
        , m_chunk(qMax<qsizetype>(1, chunk))
    {
    }

    QByteArrayView view() const { return m_bytes; }
    qsizetype size() const { return m_bytes.size(); }
    char at(qsizetype i) const { return m_bytes.at(i); }
    // True once the device has nothing more to give.
    bool atEnd() const { return m_end; }
    // Bytes dropped from the front so far: a position in view() plus this is the offset in the device.
    qint64 dropped() const { return m_dropped; }
    bool failed() const { return m_failed; }

    // Drops the bytes before `keep` and reads more: at least one chunk, and at least as much as is kept, so that
    // reading a long record again from its start after each refill stays linear in its size. Returns how far the
    // kept bytes moved (positions in view() must be lowered by it); false in `more` at the end of the device.
    qsizetype refill(qsizetype keep, bool *more)
    {
        keep = qBound<qsizetype>(0, keep, m_bytes.size());
        if (keep > 0) {
            m_bytes.remove(0, keep);
            m_dropped += keep;
        }
        *more = false;
        if (m_end)
            return keep;
        const qsizetype want = qMax(m_chunk, m_bytes.size());
        const qsizetype old = m_bytes.size();
        m_bytes.resize(old + want);
        const qint64 got = m_device->read(m_bytes.data() + old, want);
        if (got < 0) {
            m_failed = true;
            m_end = true;
            m_bytes.resize(old);
            return keep;
        }
        m_bytes.resize(old + got);
        if (got == 0)
            m_end = true;
        *more = got > 0;
        return keep;
    }

private:
    QIODevice *m_device;
    qsizetype m_chunk;
    QByteArray m_bytes;
    qint64 m_dropped = 0;
    bool m_end = false;
    bool m_failed = false;
};
