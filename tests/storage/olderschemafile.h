// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "decision.h"

#include <QList>
#include <QString>

// A true file of an older schema version, for the tests of its migration: the tables, triggers and version number
// of the frozen schema at FROZEN_SCHEMA (tests/data/schema-version-N.sql), holding DECISIONS as a caseline of that
// version stored them. The decisions are written by today's repository into a scratch file beside PATH, then copied
// column by column into the columns the older tables have (what the older schema cannot hold is left behind).
// Empty on success, else why it failed.
QString createOlderSchemaFile(
    const QString &path, const QString &frozenSchema, int version, const QList<Decision> &decisions);

// The decisions of the file of the previous release's bundled data (tests/data/previous-bundled-data), which has
// no French texts; empty with `error` set when it cannot be read.
QList<Decision> previousBundledDecisions(const QString &testData, QString *error);
