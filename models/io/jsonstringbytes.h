// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QtAlgorithms>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

// Where the plain bytes of a JSON string end: the first quote, backslash or line break at or after `from` in `bytes`
// (its size when there is none). The two readers of an import file's JSON (JsonArrayStream, which cuts the array into
// elements, and JsonTextScanner) stop only at those inside a string; most of an element is the text of its strings,
// which they went through one byte at a time. With SSE2 (every x86-64 processor) sixteen bytes are looked at at once.
namespace JsonStringBytes {

inline qsizetype plainUntil(QByteArrayView bytes, qsizetype from)
{
    const char *data = bytes.data();
    const qsizetype size = bytes.size();
    qsizetype i = from;
#if defined(__SSE2__)
    const __m128i quote = _mm_set1_epi8('"');
    const __m128i backslash = _mm_set1_epi8('\\');
    const __m128i lineBreak = _mm_set1_epi8('\n');
    for (; i + 16 <= size; i += 16) {
        const __m128i chunk = _mm_loadu_si128(reinterpret_cast<const __m128i *>(data + i));
        const __m128i stops = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(chunk, quote), _mm_cmpeq_epi8(chunk, backslash)),
            _mm_cmpeq_epi8(chunk, lineBreak));
        const int mask = _mm_movemask_epi8(stops);
        if (mask != 0)
            return i + qCountTrailingZeroBits(uint(mask));
    }
#endif
    for (; i < size; ++i) {
        const char c = data[i];
        if (c == '"' || c == '\\' || c == '\n')
            return i;
    }
    return qMax(i, from);
}

// Where a JSON string's bytes up to its end or next escape stop: the first quote or backslash at or after `from` (the
// size of `bytes` when there is none). Line breaks are plain bytes here: JsonTape, which reads the strings, counts
// no lines. `nonAscii` is set when a byte before the stop is above 0x7f, so that only such text is checked for
// UTF-8 and plain ASCII is never looked at twice; it is never cleared.
inline qsizetype untilQuoteOrEscape(QByteArrayView bytes, qsizetype from, bool *nonAscii)
{
    const char *data = bytes.data();
    const qsizetype size = bytes.size();
    qsizetype i = from;
#if defined(__SSE2__)
    const __m128i quote = _mm_set1_epi8('"');
    const __m128i backslash = _mm_set1_epi8('\\');
    for (; i + 16 <= size; i += 16) {
        const __m128i chunk = _mm_loadu_si128(reinterpret_cast<const __m128i *>(data + i));
        const int stops = _mm_movemask_epi8(_mm_or_si128(_mm_cmpeq_epi8(chunk, quote), _mm_cmpeq_epi8(chunk, backslash)));
        // The high bit of each byte, which movemask gathers as it is.
        const int high = _mm_movemask_epi8(chunk);
        if (stops != 0) {
            const uint at = qCountTrailingZeroBits(uint(stops));
            if (high & int((1u << at) - 1))
                *nonAscii = true;
            return i + at;
        }
        if (high != 0)
            *nonAscii = true;
    }
#endif
    for (; i < size; ++i) {
        const char c = data[i];
        if (c == '"' || c == '\\')
            return i;
        if (uchar(c) >= 0x80)
            *nonAscii = true;
    }
    return qMax(i, from);
}

} // namespace JsonStringBytes
