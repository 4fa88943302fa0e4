-- SPDX-FileCopyrightText: 2026 Relais developers
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 12: the editorial workflow (issue 19). A draft may be in review or approved before an
-- editor schedules it; an item may have an assigned editor. Comments on items (never
-- published), the history of every save (compressed: see storage/HistoryRepository), the
-- activity log of the newsroom and the notifications it makes for each person.

ALTER TABLE articles ADD COLUMN review TEXT NOT NULL DEFAULT ''
    CHECK (review IN ('', 'in_review', 'approved'));
ALTER TABLE articles ADD COLUMN assigned_to TEXT NOT NULL DEFAULT '';
ALTER TABLE agenda_entries ADD COLUMN review TEXT NOT NULL DEFAULT ''
    CHECK (review IN ('', 'in_review', 'approved'));
ALTER TABLE agenda_entries ADD COLUMN assigned_to TEXT NOT NULL DEFAULT '';

CREATE TABLE comments (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    item_type TEXT NOT NULL CHECK (item_type IN ('article', 'agenda')),
    item_uuid TEXT NOT NULL,
    parent_id INTEGER REFERENCES comments (id),
    author TEXT NOT NULL,
    body TEXT NOT NULL CHECK (length(body) <= 10000),
    created_at TEXT NOT NULL,
    edited_at TEXT,
    resolved_at TEXT,
    resolved_by TEXT NOT NULL DEFAULT '',
    deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    CHECK (deleted = 1 OR length(body) > 0)
);
CREATE INDEX comments_by_item ON comments (item_uuid, id);

CREATE TABLE revisions (
    id INTEGER PRIMARY KEY,
    item_type TEXT NOT NULL CHECK (item_type IN ('article', 'agenda', 'contact')),
    item_uuid TEXT NOT NULL,
    revision INTEGER NOT NULL,
    author TEXT NOT NULL,
    saved_at TEXT NOT NULL,
    fields TEXT NOT NULL DEFAULT '',
    base INTEGER NOT NULL DEFAULT 0,
    data BLOB NOT NULL,
    UNIQUE (item_uuid, revision)
);

CREATE TABLE activity (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    item_type TEXT NOT NULL DEFAULT '',
    item_uuid TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL DEFAULT '',
    detail TEXT NOT NULL DEFAULT ''
);
CREATE INDEX activity_by_time ON activity (at);
CREATE INDEX activity_by_item ON activity (item_uuid, id);

CREATE TABLE notifications (
    id INTEGER PRIMARY KEY,
    recipient TEXT NOT NULL,
    activity_id INTEGER NOT NULL REFERENCES activity (id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    read_at TEXT
);
CREATE INDEX notifications_by_recipient ON notifications (recipient, id);
