-- SPDX-FileCopyrightText: 2026 Relais developers
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 11: who wrote each article and agenda entry. On a file the one local person is the
-- administrator and writes everything; the column keeps the copies between engines equal.

ALTER TABLE articles ADD COLUMN created_by TEXT NOT NULL DEFAULT '';
ALTER TABLE agenda_entries ADD COLUMN created_by TEXT NOT NULL DEFAULT '';
