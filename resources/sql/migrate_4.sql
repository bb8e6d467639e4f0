-- SPDX-FileCopyrightText: 2026 caseline authors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 3 to 4: the French texts of a decision. Statements end with a double semicolon, as in schema.sql.
-- CaseDatabase runs them in one write transaction. Every existing decision keeps every row and value, with empty
-- French texts; the start-up merge of the bundled data then brings the French of the decisions the user left as
-- they were.

-- The French outcome and summary, empty until written.
ALTER TABLE decisions ADD COLUMN outcome_fr TEXT NOT NULL DEFAULT '';;
ALTER TABLE decisions ADD COLUMN summary_fr TEXT NOT NULL DEFAULT '';;

-- The French orders and facts are rows of decision_texts of two new kinds. SQLite cannot change a CHECK in place:
-- the rows are set aside in a table of the main file (a TEMP table would need a folder for SQLite's temporary files),
-- and the table is created again exactly as schema.sql creates it. Nothing refers to decision_texts, so dropping it
-- touches no other table; its triggers go with it and are created again below.
CREATE TABLE decision_texts_version_3 AS SELECT decision_id, kind, position, text FROM decision_texts;;
DROP TABLE decision_texts;;
CREATE TABLE decision_texts (
    decision_id TEXT NOT NULL REFERENCES decisions(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('provision', 'order', 'fact', 'low_confidence', 'order_fr', 'fact_fr')),
    position INTEGER NOT NULL,
    text TEXT NOT NULL,
    PRIMARY KEY (decision_id, kind, position)
);;
INSERT INTO decision_texts (decision_id, kind, position, text)
    SELECT decision_id, kind, position, text FROM decision_texts_version_3;;
DROP TABLE decision_texts_version_3;;

-- The length limits, with those of the new columns: every trigger of limits.sql is created again as a new file has
-- it (IF EXISTS: those of decision_texts went with the table).
DROP TRIGGER IF EXISTS authorities_limits_insert;;
DROP TRIGGER IF EXISTS authorities_limits_update;;
DROP TRIGGER IF EXISTS decisions_limits_insert;;
DROP TRIGGER IF EXISTS decisions_limits_update;;
DROP TRIGGER IF EXISTS periodic_penalties_limits_insert;;
DROP TRIGGER IF EXISTS periodic_penalties_limits_update;;
DROP TRIGGER IF EXISTS decision_texts_limits_insert;;
DROP TRIGGER IF EXISTS decision_texts_limits_update;;
DROP TRIGGER IF EXISTS sources_limits_insert;;
DROP TRIGGER IF EXISTS sources_limits_update;;
DROP TRIGGER IF EXISTS relations_limits_insert;;
DROP TRIGGER IF EXISTS relations_limits_update;;
DROP TRIGGER IF EXISTS status_changes_limits_insert;;
DROP TRIGGER IF EXISTS status_changes_limits_update;;
DROP TRIGGER IF EXISTS db_size_claims_limits_insert;;
DROP TRIGGER IF EXISTS db_size_claims_limits_update;;
DROP TRIGGER IF EXISTS db_size_sources_limits_insert;;
DROP TRIGGER IF EXISTS db_size_sources_limits_update;;

@include limits.sql
