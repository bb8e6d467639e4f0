-- SPDX-FileCopyrightText: 2026 caseline authors
-- SPDX-License-Identifier: GPL-3.0-or-later
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
