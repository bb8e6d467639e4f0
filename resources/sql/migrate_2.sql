-- SPDX-FileCopyrightText: 2026 caseline authors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 1 to 2: a row version per decision (lost-update detection) and the length limits of schema.sql.
-- Statements end with a double semicolon, as in schema.sql. CaseDatabase runs them in one write transaction.

-- Every existing decision starts at version 1, as a new one does.
ALTER TABLE decisions ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;;

@include limits.sql
