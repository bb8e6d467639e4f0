-- SPDX-FileCopyrightText: 2026 caseline authors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- The schema of caseline's schema version 3 (resources/sql/schema.sql with limits.sql and lecture_limits.sql
-- included, as released before the French texts of decisions), frozen here so that tests can build a true
-- version-3 file and migrate it. Never edit it to follow the current schema: that would stop testing the migration
-- from what users have.
-- caseline database, schema version 3. Each statement ends with a double semicolon so that the loader can
-- split them without parsing SQL. Money is integer minor units with an ISO 4217 code.

CREATE TABLE countries (
    code TEXT PRIMARY KEY CHECK (length(code) = 2),
    name_en TEXT NOT NULL,
    name_fr TEXT NOT NULL
);;

CREATE TABLE authorities (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    authority_type TEXT NOT NULL DEFAULT '',
    country TEXT NOT NULL REFERENCES countries(code),
    UNIQUE (name, country)
);;

CREATE TABLE decisions (
    id TEXT PRIMARY KEY,
    country TEXT NOT NULL REFERENCES countries(code),
    jurisdiction_name TEXT NOT NULL DEFAULT '',
    authority_id INTEGER NOT NULL REFERENCES authorities(id),
    target TEXT NOT NULL DEFAULT '',
    decision_type TEXT NOT NULL,
    decision_date TEXT,
    announce_date TEXT,
    date_notes TEXT NOT NULL DEFAULT '',
    timeline_date_override TEXT,
    amount_minor INTEGER,
    currency TEXT,
    amount_eur_minor INTEGER,
    fx_rate_used TEXT NOT NULL DEFAULT '',
    amount_is_maximum INTEGER NOT NULL DEFAULT 0,
    amount_notes TEXT NOT NULL DEFAULT '',
    include_in_cumulative_fines INTEGER NOT NULL DEFAULT 0,
    law TEXT NOT NULL DEFAULT '',
    legal_notes TEXT NOT NULL DEFAULT '',
    outcome TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT '',
    reference TEXT NOT NULL DEFAULT '',
    confidence TEXT NOT NULL DEFAULT '',
    summary TEXT NOT NULL DEFAULT '',
    user_modified INTEGER NOT NULL DEFAULT 0,
    -- Raised by every write of the decision: a writer that read version N saves only while it is still N, so an
    -- edit based on a stale copy is refused as a conflict instead of silently undoing another writer's change.
    row_version INTEGER NOT NULL DEFAULT 1,
    CHECK (decision_date IS NOT NULL OR announce_date IS NOT NULL),
    CHECK ((amount_minor IS NULL) = (currency IS NULL))
);;

CREATE TABLE periodic_penalties (
    decision_id TEXT PRIMARY KEY REFERENCES decisions(id) ON DELETE CASCADE,
    per_day_minor INTEGER,
    max_total_minor INTEGER,
    currency TEXT,
    starts TEXT NOT NULL DEFAULT '',
    instrument TEXT NOT NULL DEFAULT '',
    liquidated_in TEXT NOT NULL DEFAULT '',
    is_maximum INTEGER NOT NULL DEFAULT 0
);;

-- Ordered text lists of a decision: provisions violated, orders, facts, low-confidence details.
CREATE TABLE decision_texts (
    decision_id TEXT NOT NULL REFERENCES decisions(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('provision', 'order', 'fact', 'low_confidence')),
    position INTEGER NOT NULL,
    text TEXT NOT NULL,
    PRIMARY KEY (decision_id, kind, position)
);;

-- GDPR article titles shown beside the provisions that cite them.
CREATE TABLE gdpr_articles (
    number INTEGER PRIMARY KEY,
    title TEXT NOT NULL
);;

CREATE TABLE sources (
    decision_id TEXT NOT NULL REFERENCES decisions(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    url TEXT,
    confirms TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL DEFAULT '',
    publisher TEXT NOT NULL DEFAULT '',
    language TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (decision_id, position)
);;

-- related_id is not a foreign key: an import may name a decision that a later row adds.
CREATE TABLE relations (
    decision_id TEXT NOT NULL REFERENCES decisions(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    related_id TEXT NOT NULL,
    PRIMARY KEY (decision_id, position)
);;

CREATE TABLE status_changes (
    decision_id TEXT NOT NULL REFERENCES decisions(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    change_date TEXT NOT NULL,
    status TEXT NOT NULL,
    standing INTEGER NOT NULL,
    by_decision_id TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (decision_id, position)
);;

CREATE TABLE db_size_claims (
    id INTEGER PRIMARY KEY,
    claim_date TEXT NOT NULL,
    images INTEGER NOT NULL,
    label TEXT NOT NULL DEFAULT '',
    claimed_by TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL DEFAULT '',
    date_note TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT '',
    confidence TEXT NOT NULL DEFAULT '',
    date_precision TEXT NOT NULL DEFAULT 'day'
);;

CREATE TABLE db_size_sources (
    claim_id INTEGER NOT NULL REFERENCES db_size_claims(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    url TEXT,
    confirms TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL DEFAULT '',
    publisher TEXT NOT NULL DEFAULT '',
    language TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (claim_id, position)
);;

-- Key/value facts about the file: bundled data version, clean shutdown flag.
CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);;

-- A lecture: a named, ordered list of steps the lecturer presents (schema version 3; migrate_3.sql adds them to
-- older files, and must create them exactly as here).
CREATE TABLE lecture_scripts (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE CHECK (trim(name) <> ''),
    description TEXT NOT NULL DEFAULT '',
    -- Raised by every write of the script, as decisions.row_version: a save of a stale copy is refused as a conflict.
    row_version INTEGER NOT NULL DEFAULT 1,
    -- When the script was last written, UTC, ISO 8601 with seconds ("2026-03-01T10:00:00Z").
    updated TEXT NOT NULL
);;

-- One row per step, numbered from 0 in the order shown. A decision step has a decision_id and an empty title and
-- text; a title step the reverse. decision_id is not a foreign key: a script keeps the steps of a decision that is
-- not, or no longer, in the database (a colleague's script, a deleted decision), so nothing written is lost.
-- A frame is both days or none.
CREATE TABLE lecture_steps (
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

CREATE INDEX decisions_country ON decisions(country);;
CREATE INDEX decisions_type ON decisions(decision_type);;
-- Which scripts show a decision.
CREATE INDEX lecture_steps_decision ON lecture_steps(decision_id);;

-- The length limits of every text column, included by schema.sql (new files) and migrate_2.sql (older files), so
-- they are written once. SQLite has no trigger for both INSERT and UPDATE: each table has one of each.
-- Length limits, the last line of defence behind the import validator and the editor (same numbers): 65536
-- characters of free text, 2048 for an address, 1000 for names, references and other short fields. A write that
-- breaks one aborts its whole transaction with the column named.
CREATE TRIGGER authorities_limits_insert BEFORE INSERT ON authorities BEGIN
    SELECT RAISE(ABORT, 'authorities.name longer than 1000 characters') WHERE length(NEW.name) > 1000;
    SELECT RAISE(ABORT, 'authorities.authority_type longer than 1000 characters') WHERE length(NEW.authority_type) > 1000;
END;;

CREATE TRIGGER authorities_limits_update BEFORE UPDATE ON authorities BEGIN
    SELECT RAISE(ABORT, 'authorities.name longer than 1000 characters') WHERE length(NEW.name) > 1000;
    SELECT RAISE(ABORT, 'authorities.authority_type longer than 1000 characters') WHERE length(NEW.authority_type) > 1000;
END;;

CREATE TRIGGER decisions_limits_insert BEFORE INSERT ON decisions BEGIN
    SELECT RAISE(ABORT, 'decisions.id longer than 1000 characters') WHERE length(NEW.id) > 1000;
    SELECT RAISE(ABORT, 'decisions.jurisdiction_name longer than 1000 characters') WHERE length(NEW.jurisdiction_name) > 1000;
    SELECT RAISE(ABORT, 'decisions.target longer than 1000 characters') WHERE length(NEW.target) > 1000;
    SELECT RAISE(ABORT, 'decisions.reference longer than 1000 characters') WHERE length(NEW.reference) > 1000;
    SELECT RAISE(ABORT, 'decisions.decision_type longer than 1000 characters') WHERE length(NEW.decision_type) > 1000;
    SELECT RAISE(ABORT, 'decisions.date_notes longer than 65536 characters') WHERE length(NEW.date_notes) > 65536;
    SELECT RAISE(ABORT, 'decisions.fx_rate_used longer than 1000 characters') WHERE length(NEW.fx_rate_used) > 1000;
    SELECT RAISE(ABORT, 'decisions.amount_notes longer than 65536 characters') WHERE length(NEW.amount_notes) > 65536;
    SELECT RAISE(ABORT, 'decisions.law longer than 65536 characters') WHERE length(NEW.law) > 65536;
    SELECT RAISE(ABORT, 'decisions.legal_notes longer than 65536 characters') WHERE length(NEW.legal_notes) > 65536;
    SELECT RAISE(ABORT, 'decisions.outcome longer than 65536 characters') WHERE length(NEW.outcome) > 65536;
    SELECT RAISE(ABORT, 'decisions.status longer than 1000 characters') WHERE length(NEW.status) > 1000;
    SELECT RAISE(ABORT, 'decisions.confidence longer than 1000 characters') WHERE length(NEW.confidence) > 1000;
    SELECT RAISE(ABORT, 'decisions.summary longer than 65536 characters') WHERE length(NEW.summary) > 65536;
END;;

CREATE TRIGGER decisions_limits_update BEFORE UPDATE ON decisions BEGIN
    SELECT RAISE(ABORT, 'decisions.id longer than 1000 characters') WHERE length(NEW.id) > 1000;
    SELECT RAISE(ABORT, 'decisions.jurisdiction_name longer than 1000 characters') WHERE length(NEW.jurisdiction_name) > 1000;
    SELECT RAISE(ABORT, 'decisions.target longer than 1000 characters') WHERE length(NEW.target) > 1000;
    SELECT RAISE(ABORT, 'decisions.reference longer than 1000 characters') WHERE length(NEW.reference) > 1000;
    SELECT RAISE(ABORT, 'decisions.decision_type longer than 1000 characters') WHERE length(NEW.decision_type) > 1000;
    SELECT RAISE(ABORT, 'decisions.date_notes longer than 65536 characters') WHERE length(NEW.date_notes) > 65536;
    SELECT RAISE(ABORT, 'decisions.fx_rate_used longer than 1000 characters') WHERE length(NEW.fx_rate_used) > 1000;
    SELECT RAISE(ABORT, 'decisions.amount_notes longer than 65536 characters') WHERE length(NEW.amount_notes) > 65536;
    SELECT RAISE(ABORT, 'decisions.law longer than 65536 characters') WHERE length(NEW.law) > 65536;
    SELECT RAISE(ABORT, 'decisions.legal_notes longer than 65536 characters') WHERE length(NEW.legal_notes) > 65536;
    SELECT RAISE(ABORT, 'decisions.outcome longer than 65536 characters') WHERE length(NEW.outcome) > 65536;
    SELECT RAISE(ABORT, 'decisions.status longer than 1000 characters') WHERE length(NEW.status) > 1000;
    SELECT RAISE(ABORT, 'decisions.confidence longer than 1000 characters') WHERE length(NEW.confidence) > 1000;
    SELECT RAISE(ABORT, 'decisions.summary longer than 65536 characters') WHERE length(NEW.summary) > 65536;
END;;

CREATE TRIGGER periodic_penalties_limits_insert BEFORE INSERT ON periodic_penalties BEGIN
    SELECT RAISE(ABORT, 'periodic_penalties.starts longer than 65536 characters') WHERE length(NEW.starts) > 65536;
    SELECT RAISE(ABORT, 'periodic_penalties.instrument longer than 65536 characters') WHERE length(NEW.instrument) > 65536;
    SELECT RAISE(ABORT, 'periodic_penalties.liquidated_in longer than 1000 characters') WHERE length(NEW.liquidated_in) > 1000;
END;;

CREATE TRIGGER periodic_penalties_limits_update BEFORE UPDATE ON periodic_penalties BEGIN
    SELECT RAISE(ABORT, 'periodic_penalties.starts longer than 65536 characters') WHERE length(NEW.starts) > 65536;
    SELECT RAISE(ABORT, 'periodic_penalties.instrument longer than 65536 characters') WHERE length(NEW.instrument) > 65536;
    SELECT RAISE(ABORT, 'periodic_penalties.liquidated_in longer than 1000 characters') WHERE length(NEW.liquidated_in) > 1000;
END;;

CREATE TRIGGER decision_texts_limits_insert BEFORE INSERT ON decision_texts BEGIN
    SELECT RAISE(ABORT, 'decision_texts.text longer than 65536 characters') WHERE length(NEW.text) > 65536;
END;;

CREATE TRIGGER decision_texts_limits_update BEFORE UPDATE ON decision_texts BEGIN
    SELECT RAISE(ABORT, 'decision_texts.text longer than 65536 characters') WHERE length(NEW.text) > 65536;
END;;

CREATE TRIGGER sources_limits_insert BEFORE INSERT ON sources BEGIN
    SELECT RAISE(ABORT, 'sources.url longer than 2048 characters') WHERE length(NEW.url) > 2048;
    SELECT RAISE(ABORT, 'sources.confirms longer than 65536 characters') WHERE length(NEW.confirms) > 65536;
    SELECT RAISE(ABORT, 'sources.title longer than 1000 characters') WHERE length(NEW.title) > 1000;
    SELECT RAISE(ABORT, 'sources.publisher longer than 1000 characters') WHERE length(NEW.publisher) > 1000;
    SELECT RAISE(ABORT, 'sources.language longer than 1000 characters') WHERE length(NEW.language) > 1000;
END;;

CREATE TRIGGER sources_limits_update BEFORE UPDATE ON sources BEGIN
    SELECT RAISE(ABORT, 'sources.url longer than 2048 characters') WHERE length(NEW.url) > 2048;
    SELECT RAISE(ABORT, 'sources.confirms longer than 65536 characters') WHERE length(NEW.confirms) > 65536;
    SELECT RAISE(ABORT, 'sources.title longer than 1000 characters') WHERE length(NEW.title) > 1000;
    SELECT RAISE(ABORT, 'sources.publisher longer than 1000 characters') WHERE length(NEW.publisher) > 1000;
    SELECT RAISE(ABORT, 'sources.language longer than 1000 characters') WHERE length(NEW.language) > 1000;
END;;

CREATE TRIGGER relations_limits_insert BEFORE INSERT ON relations BEGIN
    SELECT RAISE(ABORT, 'relations.related_id longer than 1000 characters') WHERE length(NEW.related_id) > 1000;
END;;

CREATE TRIGGER relations_limits_update BEFORE UPDATE ON relations BEGIN
    SELECT RAISE(ABORT, 'relations.related_id longer than 1000 characters') WHERE length(NEW.related_id) > 1000;
END;;

CREATE TRIGGER status_changes_limits_insert BEFORE INSERT ON status_changes BEGIN
    SELECT RAISE(ABORT, 'status_changes.status longer than 1000 characters') WHERE length(NEW.status) > 1000;
    SELECT RAISE(ABORT, 'status_changes.by_decision_id longer than 1000 characters') WHERE length(NEW.by_decision_id) > 1000;
    SELECT RAISE(ABORT, 'status_changes.note longer than 65536 characters') WHERE length(NEW.note) > 65536;
END;;

CREATE TRIGGER status_changes_limits_update BEFORE UPDATE ON status_changes BEGIN
    SELECT RAISE(ABORT, 'status_changes.status longer than 1000 characters') WHERE length(NEW.status) > 1000;
    SELECT RAISE(ABORT, 'status_changes.by_decision_id longer than 1000 characters') WHERE length(NEW.by_decision_id) > 1000;
    SELECT RAISE(ABORT, 'status_changes.note longer than 65536 characters') WHERE length(NEW.note) > 65536;
END;;

CREATE TRIGGER db_size_claims_limits_insert BEFORE INSERT ON db_size_claims BEGIN
    SELECT RAISE(ABORT, 'db_size_claims.label longer than 1000 characters') WHERE length(NEW.label) > 1000;
    SELECT RAISE(ABORT, 'db_size_claims.claimed_by longer than 1000 characters') WHERE length(NEW.claimed_by) > 1000;
    SELECT RAISE(ABORT, 'db_size_claims.kind longer than 1000 characters') WHERE length(NEW.kind) > 1000;
    SELECT RAISE(ABORT, 'db_size_claims.date_note longer than 65536 characters') WHERE length(NEW.date_note) > 65536;
    SELECT RAISE(ABORT, 'db_size_claims.note longer than 65536 characters') WHERE length(NEW.note) > 65536;
    SELECT RAISE(ABORT, 'db_size_claims.confidence longer than 1000 characters') WHERE length(NEW.confidence) > 1000;
END;;

CREATE TRIGGER db_size_claims_limits_update BEFORE UPDATE ON db_size_claims BEGIN
    SELECT RAISE(ABORT, 'db_size_claims.label longer than 1000 characters') WHERE length(NEW.label) > 1000;
    SELECT RAISE(ABORT, 'db_size_claims.claimed_by longer than 1000 characters') WHERE length(NEW.claimed_by) > 1000;
    SELECT RAISE(ABORT, 'db_size_claims.kind longer than 1000 characters') WHERE length(NEW.kind) > 1000;
    SELECT RAISE(ABORT, 'db_size_claims.date_note longer than 65536 characters') WHERE length(NEW.date_note) > 65536;
    SELECT RAISE(ABORT, 'db_size_claims.note longer than 65536 characters') WHERE length(NEW.note) > 65536;
    SELECT RAISE(ABORT, 'db_size_claims.confidence longer than 1000 characters') WHERE length(NEW.confidence) > 1000;
END;;

CREATE TRIGGER db_size_sources_limits_insert BEFORE INSERT ON db_size_sources BEGIN
    SELECT RAISE(ABORT, 'db_size_sources.url longer than 2048 characters') WHERE length(NEW.url) > 2048;
    SELECT RAISE(ABORT, 'db_size_sources.confirms longer than 65536 characters') WHERE length(NEW.confirms) > 65536;
    SELECT RAISE(ABORT, 'db_size_sources.title longer than 1000 characters') WHERE length(NEW.title) > 1000;
    SELECT RAISE(ABORT, 'db_size_sources.publisher longer than 1000 characters') WHERE length(NEW.publisher) > 1000;
    SELECT RAISE(ABORT, 'db_size_sources.language longer than 1000 characters') WHERE length(NEW.language) > 1000;
END;;

CREATE TRIGGER db_size_sources_limits_update BEFORE UPDATE ON db_size_sources BEGIN
    SELECT RAISE(ABORT, 'db_size_sources.url longer than 2048 characters') WHERE length(NEW.url) > 2048;
    SELECT RAISE(ABORT, 'db_size_sources.confirms longer than 65536 characters') WHERE length(NEW.confirms) > 65536;
    SELECT RAISE(ABORT, 'db_size_sources.title longer than 1000 characters') WHERE length(NEW.title) > 1000;
    SELECT RAISE(ABORT, 'db_size_sources.publisher longer than 1000 characters') WHERE length(NEW.publisher) > 1000;
    SELECT RAISE(ABORT, 'db_size_sources.language longer than 1000 characters') WHERE length(NEW.language) > 1000;
END;;

-- The length limits of the lecture tables, included by schema.sql (new files) and migrate_3.sql (older files), as
-- limits.sql is for the decision tables: the last line of defence behind LectureScriptChecks (same numbers, those of
-- FieldLimits). IF NOT EXISTS because migrate_3.sql may meet tables it already made (see there).
CREATE TRIGGER IF NOT EXISTS lecture_scripts_limits_insert BEFORE INSERT ON lecture_scripts BEGIN
    SELECT RAISE(ABORT, 'lecture_scripts.name longer than 1000 characters') WHERE length(NEW.name) > 1000;
    SELECT RAISE(ABORT, 'lecture_scripts.description longer than 65536 characters') WHERE length(NEW.description) > 65536;
END;;

CREATE TRIGGER IF NOT EXISTS lecture_scripts_limits_update BEFORE UPDATE ON lecture_scripts BEGIN
    SELECT RAISE(ABORT, 'lecture_scripts.name longer than 1000 characters') WHERE length(NEW.name) > 1000;
    SELECT RAISE(ABORT, 'lecture_scripts.description longer than 65536 characters') WHERE length(NEW.description) > 65536;
END;;

CREATE TRIGGER IF NOT EXISTS lecture_steps_limits_insert BEFORE INSERT ON lecture_steps BEGIN
    SELECT RAISE(ABORT, 'lecture_steps.decision_id longer than 1000 characters') WHERE length(NEW.decision_id) > 1000;
    SELECT RAISE(ABORT, 'lecture_steps.title longer than 1000 characters') WHERE length(NEW.title) > 1000;
    SELECT RAISE(ABORT, 'lecture_steps.text longer than 65536 characters') WHERE length(NEW.text) > 65536;
    SELECT RAISE(ABORT, 'lecture_steps.notes longer than 65536 characters') WHERE length(NEW.notes) > 65536;
END;;

CREATE TRIGGER IF NOT EXISTS lecture_steps_limits_update BEFORE UPDATE ON lecture_steps BEGIN
    SELECT RAISE(ABORT, 'lecture_steps.decision_id longer than 1000 characters') WHERE length(NEW.decision_id) > 1000;
    SELECT RAISE(ABORT, 'lecture_steps.title longer than 1000 characters') WHERE length(NEW.title) > 1000;
    SELECT RAISE(ABORT, 'lecture_steps.text longer than 65536 characters') WHERE length(NEW.text) > 65536;
    SELECT RAISE(ABORT, 'lecture_steps.notes longer than 65536 characters') WHERE length(NEW.notes) > 65536;
END;;

