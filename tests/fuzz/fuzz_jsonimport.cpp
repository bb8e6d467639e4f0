// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importroundtrip.h"

#include <QByteArray>
#include <QString>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

// Runs the JSON import path (read, check, plan; export and re-import when valid) on the fuzzer's bytes. Nothing is
// written; a broken promise aborts, so that libFuzzer keeps the input.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QString failure;
    if (!ImportRoundTrip::check(QStringLiteral("fuzz.json"), bytes, &failure)) {
        std::fprintf(stderr, "%s\n", failure.toLocal8Bit().constData());
        std::abort();
    }
    return 0;
}
