-- SPDX-FileCopyrightText: 2026 caseline authors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 4 to 5: an index that holds every order's text, so that the window's read of every decision (and
-- every export drawn from it) reads the orders from it alone. Without it, the read found each order through the
-- primary key and then read its row in decision_texts, whose pages are mostly the facts: 28 MB of pages for 1.5 MB
-- of orders at 100,000 decisions, as long as the read of the decisions themselves. No row or value changes.
CREATE INDEX IF NOT EXISTS decision_texts_orders ON decision_texts(decision_id, position, text) WHERE kind = 'order';;
