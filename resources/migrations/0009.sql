-- SPDX-FileCopyrightText: 2026 Relais developers
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 9: the changes every session made, so that the others see them live (the lists, an
-- open editor, relais-cli watch). One row per item written; what changed is read from the
-- item itself. Each connection of Relais keeps its own triggers (TEMP, created when it opens
-- the file: they carry its session and user), so that other programs writing the file are not
-- hindered; rows older than a week are removed when a writer opens the database.

CREATE TABLE changes (
    -- AUTOINCREMENT: a number is never given twice, even after every row was removed, so
    -- that a reader asking for "after N" never misses one.
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    item_table TEXT NOT NULL,
    item_id INTEGER NOT NULL,
    item_uuid TEXT NOT NULL DEFAULT '',
    revision INTEGER NOT NULL DEFAULT 0,
    action TEXT NOT NULL CHECK (action IN ('insert', 'update', 'delete', 'everything')),
    -- The session (Database::sessionId) and the person who wrote it.
    session TEXT NOT NULL DEFAULT '',
    user_name TEXT NOT NULL DEFAULT '',
    changed_at TEXT NOT NULL
);
CREATE INDEX changes_by_item ON changes (item_table, item_id, seq);
CREATE INDEX changes_by_time ON changes (changed_at);
