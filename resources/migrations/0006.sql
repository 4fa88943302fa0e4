-- SPDX-FileCopyrightText: 2026 Relais developers
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 6: the media store, and each article's language and featured image.
-- Images live in the database with the database's guarantees (one file to back up, every
-- write in a transaction). The original is kept as it came and never published; the site
-- gets the web copies, made without any metadata (no EXIF, so no location).

CREATE TABLE media (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    -- SHA-256 of the original bytes, hex: the same file added twice is stored once.
    sha256 TEXT NOT NULL UNIQUE,
    -- File name on the site without extension: slug of the original name + 8 hex digits.
    name TEXT NOT NULL UNIQUE,
    extension TEXT NOT NULL CHECK (extension IN ('jpg', 'png')),
    original_name TEXT NOT NULL,
    original_mime TEXT NOT NULL,
    -- Of the upright picture (EXIF orientation applied), in pixels.
    width INTEGER NOT NULL,
    height INTEGER NOT NULL,
    original_bytes INTEGER NOT NULL,
    alt TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    original BLOB NOT NULL,
    large BLOB NOT NULL, -- at most 1600 pixels wide
    small BLOB NOT NULL  -- at most 800 pixels wide
);

-- The pictures of the store a text shows (names, space-separated), kept by the repository on
-- every save: the renderer and the unused-pictures list need no body for it.
ALTER TABLE articles ADD COLUMN media_refs TEXT NOT NULL DEFAULT '';
ALTER TABLE agenda_entries ADD COLUMN media_refs TEXT NOT NULL DEFAULT '';
ALTER TABLE articles ADD COLUMN language TEXT NOT NULL DEFAULT 'fr' CHECK (language IN ('fr', 'en'));
-- The name of a media row, or ''.
ALTER TABLE articles ADD COLUMN featured_image TEXT NOT NULL DEFAULT '';

-- The renderer's light read (which pages changed?) comes from these indexes alone, without
-- reading the texts: see ArticleRepository::loadAllWithoutText.
CREATE INDEX articles_for_site ON articles (deleted_at, id, uuid, revision, created_at, updated_at, kind, slug,
                                            status, publish_at, featured_image, media_refs);
CREATE INDEX agendas_for_site ON agenda_entries (deleted_at, id, uuid, revision, created_at, updated_at, slug,
                                                 start_at, end_at, all_day, time_zone, status, publish_at, media_refs);
