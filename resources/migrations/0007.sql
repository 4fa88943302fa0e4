-- SPDX-FileCopyrightText: 2026 Relais developers
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 7: announcements sent in by the public, and every moderator's decision on them.
-- The payload is kept verbatim (raw) beside what Relais read from it (data), until a moderator
-- purges it; the decisions are never deleted.

CREATE TABLE submissions (
    id INTEGER PRIMARY KEY,
    -- Where it came from: 'file', 'form', 'webdav:<target>'…; the payload's id is unique there.
    source TEXT NOT NULL,
    external_id TEXT NOT NULL,
    received_at TEXT NOT NULL,
    imported_at TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('event', 'news')),
    title TEXT NOT NULL,
    starts_at TEXT,
    submitter_name TEXT NOT NULL DEFAULT '',
    state TEXT NOT NULL DEFAULT 'new' CHECK (state IN ('new', 'approved', 'rejected', 'duplicate')),
    -- The submission as read and cleaned, in the format of docs/submission-format.md.
    data TEXT NOT NULL,
    -- What the reader noticed and changed, one sentence a line.
    warnings TEXT NOT NULL DEFAULT '',
    raw BLOB,
    raw_sha256 TEXT NOT NULL,
    -- The inbox file it came from, moved to done/ after the decision ('' once moved).
    remote_path TEXT NOT NULL DEFAULT '',
    -- What it became: 'article' or 'agenda' and the item's uuid.
    item_type TEXT NOT NULL DEFAULT '',
    item_uuid TEXT NOT NULL DEFAULT '',
    UNIQUE (source, external_id)
);
CREATE INDEX submissions_queue ON submissions (state, received_at);

CREATE TABLE submission_decisions (
    id INTEGER PRIMARY KEY,
    submission_id INTEGER NOT NULL REFERENCES submissions(id),
    decided_at TEXT NOT NULL,
    decided_by TEXT NOT NULL,
    action TEXT NOT NULL CHECK (action IN ('approved', 'rejected', 'duplicate', 'reopened', 'purged')),
    reason TEXT NOT NULL DEFAULT '',
    item_type TEXT NOT NULL DEFAULT '',
    item_uuid TEXT NOT NULL DEFAULT ''
);
CREATE INDEX submission_decisions_by_submission ON submission_decisions (submission_id);
CREATE INDEX submission_decisions_by_item ON submission_decisions (item_uuid) WHERE item_uuid <> '';
