-- SPDX-FileCopyrightText: 2026 caseline authors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- The length limits of every text column, included by schema.sql (new files), migrate_2.sql and migrate_4.sql
-- (older files), so they are written once. (migrate_2.sql creates the triggers of decisions before migrate_4.sql adds
-- its French columns: SQLite resolves a trigger's columns when it runs, and nothing writes between the two steps;
-- migrate_4.sql then creates every trigger again.) SQLite has no trigger for both INSERT and UPDATE: each table has one of each.
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
    SELECT RAISE(ABORT, 'decisions.outcome_fr longer than 65536 characters') WHERE length(NEW.outcome_fr) > 65536;
    SELECT RAISE(ABORT, 'decisions.summary_fr longer than 65536 characters') WHERE length(NEW.summary_fr) > 65536;
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
    SELECT RAISE(ABORT, 'decisions.outcome_fr longer than 65536 characters') WHERE length(NEW.outcome_fr) > 65536;
    SELECT RAISE(ABORT, 'decisions.summary_fr longer than 65536 characters') WHERE length(NEW.summary_fr) > 65536;
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
