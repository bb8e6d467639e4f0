-- SPDX-FileCopyrightText: 2026 caseline authors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- caseline database, schema version 4. Each statement ends with a double semicolon so that the loader can
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
    -- The French outcome and summary (schema version 4; empty when not translated). Last, where migrate_4.sql adds
    -- them to older files.
    outcome_fr TEXT NOT NULL DEFAULT '',
    summary_fr TEXT NOT NULL DEFAULT '',
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

-- Ordered text lists of a decision: provisions violated, orders, facts, low-confidence details, and the French
-- orders and facts (schema version 4), each at the position of the English item it translates. migrate_4.sql
-- creates it exactly so.
CREATE TABLE decision_texts (
    decision_id TEXT NOT NULL REFERENCES decisions(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('provision', 'order', 'fact', 'low_confidence', 'order_fr', 'fact_fr')),
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
-- Every order's text, for the views' read of every decision (migrate_5.sql says why).
CREATE INDEX decision_texts_orders ON decision_texts(decision_id, position, text) WHERE kind = 'order';;
-- Which scripts show a decision.
CREATE INDEX lecture_steps_decision ON lecture_steps(decision_id);;

@include limits.sql
@include lecture_limits.sql
