// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

// The whole import path short of writing, as the fuzz targets (tests/fuzz) and the corpus replay test
// (tests/tst_fuzzcorpus) run it on arbitrary bytes: read, check and plan against the bundled decisions. For a file
// that passes, it also checks the promises of the formats: the JSON export of the imported decisions reads back
// as "all unchanged", and the CSV export is a fixed point of import then export. Any JSON file, passing or not, reads
// the same (decisions and problems) through the import's JsonTape as through QJsonDocument alone.
class ImportRoundTrip
{
public:
    // False, with `failure` saying what broke, only for a bug (a promise broken, an unsafe error message), never
    // for a bad file: bad files must simply be refused.
    static bool check(const QString &fileName, const QByteArray &bytes, QString *failure);
};
