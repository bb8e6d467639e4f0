-- SPDX-FileCopyrightText: 2026 caseline authors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 2 to 3: lecture scripts. Statements end with a double semicolon, as in schema.sql. CaseDatabase
-- runs them in one write transaction; the example script of the bundled data is added after it, on the same open
-- (LectureScriptRepository::addBundledExampleOnce), so a failure there never leaves the file half migrated.
--
-- The tables as schema.sql creates them (tst_lecturescriptrepository compares the two). IF NOT EXISTS: a file that
-- was set back to an older version number with its newer tables still in it (the migration tests of schema 2 do
-- that) migrates without losing the scripts it holds. Decisions are not touched.

CREATE TABLE IF NOT EXISTS lecture_scripts (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE CHECK (trim(name) <> ''),
    description TEXT NOT NULL DEFAULT '',
    row_version INTEGER NOT NULL DEFAULT 1,
    updated TEXT NOT NULL
);;

CREATE TABLE IF NOT EXISTS lecture_steps (
    script_id INTEGER NOT NULL REFERENCES lecture_scripts(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('decision', 'title')),
    decision_id TEXT,
    title TEXT NOT NULL DEFAULT '',
    text TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    frame_from TEXT,
    frame_to TEXT,
    PRIMARY KEY (script_id, position),
    CHECK ((kind = 'decision') = (decision_id IS NOT NULL)),
    CHECK ((frame_from IS NULL) = (frame_to IS NULL)),
    CHECK (frame_from IS NULL OR frame_from <= frame_to)
);;

CREATE INDEX IF NOT EXISTS lecture_steps_decision ON lecture_steps(decision_id);;

@include lecture_limits.sql
