-- SPDX-FileCopyrightText: 2026 Relais developers
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 8: WordPress targets. The targets table is rebuilt to allow the new kind (SQLite cannot
-- change a CHECK in place; migrations run with foreign keys off and are checked before commit),
-- and each WordPress target remembers, item by item, the post it became there.

CREATE TABLE publish_targets_v8 (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL CHECK (kind IN ('webdav', 'wordpress')),
    url TEXT NOT NULL,
    username TEXT NOT NULL DEFAULT '',
    trusted_certificate TEXT NOT NULL DEFAULT '',
    last_manifest BLOB,
    created_at TEXT NOT NULL,
    -- WordPress: who the user is and what the role allows, as the server said when last asked
    -- (JSON); empty when never asked.
    account TEXT NOT NULL DEFAULT ''
);
INSERT INTO publish_targets_v8 (id, name, kind, url, username, trusted_certificate, last_manifest, created_at)
    SELECT id, name, kind, url, username, trusted_certificate, last_manifest, created_at FROM publish_targets;
DROP TABLE publish_targets;
ALTER TABLE publish_targets_v8 RENAME TO publish_targets;

-- One row per item sent to a WordPress target.
CREATE TABLE wordpress_posts (
    target_id INTEGER NOT NULL REFERENCES publish_targets(id) ON DELETE CASCADE,
    item_uuid TEXT NOT NULL,
    item_type TEXT NOT NULL CHECK (item_type IN ('article', 'agenda')),
    -- NULL while the post is being created: a run that stopped then looks for it by slug
    -- before creating it again.
    remote_id INTEGER,
    slug TEXT NOT NULL DEFAULT '',
    -- What the server said after our last write or read: status, modified_gmt, date_gmt.
    remote_status TEXT NOT NULL DEFAULT '',
    remote_modified TEXT NOT NULL DEFAULT '',
    remote_date TEXT NOT NULL DEFAULT '',
    -- SHA-256 of what Relais last sent (or read, for an imported post): a different one means
    -- the item changed here since.
    sent_hash TEXT NOT NULL DEFAULT '',
    -- synced; conflict: changed on both sides, waiting for the user; gone: deleted on the server.
    state TEXT NOT NULL DEFAULT 'synced' CHECK (state IN ('creating', 'synced', 'conflict', 'gone')),
    -- The server's version while in conflict (JSON: title, content, excerpt, modified_gmt, status).
    theirs TEXT NOT NULL DEFAULT '',
    synced_at TEXT NOT NULL,
    PRIMARY KEY (target_id, item_uuid)
) WITHOUT ROWID;
CREATE UNIQUE INDEX wordpress_posts_by_remote ON wordpress_posts (target_id, remote_id);

-- Pictures uploaded once per target, found again by the SHA-256 of the original.
CREATE TABLE wordpress_media (
    target_id INTEGER NOT NULL REFERENCES publish_targets(id) ON DELETE CASCADE,
    sha256 TEXT NOT NULL,
    remote_id INTEGER NOT NULL,
    url TEXT NOT NULL,
    PRIMARY KEY (target_id, sha256)
) WITHOUT ROWID;

-- Categories of the target by slug.
CREATE TABLE wordpress_terms (
    target_id INTEGER NOT NULL REFERENCES publish_targets(id) ON DELETE CASCADE,
    slug TEXT NOT NULL,
    remote_id INTEGER NOT NULL,
    PRIMARY KEY (target_id, slug)
) WITHOUT ROWID;

-- What Relais did to posts beyond an ordinary write, for the history: a schedule WordPress
-- missed and Relais kept, a conflict and how it was settled, a post found deleted.
CREATE TABLE wordpress_log (
    id INTEGER PRIMARY KEY,
    target_id INTEGER NOT NULL REFERENCES publish_targets(id) ON DELETE CASCADE,
    at TEXT NOT NULL,
    item_uuid TEXT NOT NULL DEFAULT '',
    remote_id INTEGER,
    action TEXT NOT NULL,
    detail TEXT NOT NULL DEFAULT ''
);
CREATE INDEX wordpress_log_by_target ON wordpress_log (target_id, at);
