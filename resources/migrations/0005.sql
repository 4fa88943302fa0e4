-- SPDX-FileCopyrightText: 2026 Relais developers
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 5: publishing targets, what each one holds, and the history of every publish run.
-- Passwords are never stored here: they live in the desktop keyring.

CREATE TABLE publish_targets (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL CHECK (kind IN ('webdav')),
    url TEXT NOT NULL,
    username TEXT NOT NULL DEFAULT '',
    -- SHA-256 of the one TLS certificate the user chose to trust for this target, hex.
    trusted_certificate TEXT NOT NULL DEFAULT '',
    -- The manifest this database last wrote to the server (exact bytes), to notice that
    -- somebody else published or changed files there since.
    last_manifest BLOB,
    created_at TEXT NOT NULL
);

-- What the server holds as far as this database knows: updated file by file as a run goes,
-- so that a run that stopped half-way resumes without sending anything twice.
CREATE TABLE publish_files (
    target_id INTEGER NOT NULL REFERENCES publish_targets(id) ON DELETE CASCADE,
    path TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    size INTEGER NOT NULL,
    PRIMARY KEY (target_id, path)
) WITHOUT ROWID;

CREATE TABLE publish_runs (
    id INTEGER PRIMARY KEY,
    target_id INTEGER NOT NULL REFERENCES publish_targets(id) ON DELETE CASCADE,
    started_at TEXT NOT NULL,
    finished_at TEXT,
    -- The time the site was rendered for: items due by then are in it.
    rendered_for TEXT NOT NULL,
    -- running: in progress or interrupted (the process ended without finishing it)
    state TEXT NOT NULL CHECK (state IN ('running', 'done', 'failed', 'cancelled')),
    planned_uploads INTEGER NOT NULL DEFAULT 0,
    planned_deletes INTEGER NOT NULL DEFAULT 0,
    planned_bytes INTEGER NOT NULL DEFAULT 0,
    uploaded INTEGER NOT NULL DEFAULT 0,
    deleted INTEGER NOT NULL DEFAULT 0,
    failed INTEGER NOT NULL DEFAULT 0,
    bytes INTEGER NOT NULL DEFAULT 0,
    requests INTEGER NOT NULL DEFAULT 0,
    resumed_from INTEGER REFERENCES publish_runs(id) ON DELETE SET NULL,
    errors TEXT NOT NULL DEFAULT ''
);
CREATE INDEX publish_runs_by_target ON publish_runs (target_id, started_at);

-- The plan of a run and which steps are done.
CREATE TABLE publish_steps (
    run_id INTEGER NOT NULL REFERENCES publish_runs(id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    action TEXT NOT NULL CHECK (action IN ('mkcol', 'put', 'delete')),
    path TEXT NOT NULL,
    sha256 TEXT NOT NULL DEFAULT '',
    size INTEGER NOT NULL DEFAULT 0,
    done INTEGER NOT NULL DEFAULT 0,
    error TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (run_id, seq)
) WITHOUT ROWID;

-- Detail pages already rendered, by a key of everything each is made from: a publish skips
-- rendering those the server holds already.
CREATE TABLE render_cache (
    path TEXT PRIMARY KEY,
    input_key TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    size INTEGER NOT NULL
) WITHOUT ROWID;
