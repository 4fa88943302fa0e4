-- SPDX-FileCopyrightText: 2026 Relais developers
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 1: articles, agenda entries, contacts and the links between them.
-- Times are ISO 8601 UTC text; deleted_at set means "in the trash".

PRAGMA application_id = 1380273235;

CREATE TABLE contacts (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    revision INTEGER NOT NULL DEFAULT 1,
    name TEXT NOT NULL DEFAULT '',
    organization TEXT NOT NULL DEFAULT '',
    role TEXT NOT NULL DEFAULT '',
    emails TEXT NOT NULL DEFAULT '[]',   -- JSON array of strings
    phones TEXT NOT NULL DEFAULT '[]',   -- JSON array of strings
    address TEXT NOT NULL DEFAULT '',
    website TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT,
    -- What lists show and sort by: the name, else the organisation.
    display_name TEXT GENERATED ALWAYS AS (CASE WHEN name <> '' THEN name ELSE organization END) VIRTUAL
);
CREATE INDEX contacts_updated ON contacts (deleted_at, updated_at);
CREATE INDEX contacts_display_name ON contacts (deleted_at, display_name COLLATE NOCASE);
CREATE INDEX contacts_organization ON contacts (deleted_at, organization COLLATE NOCASE);
CREATE INDEX contacts_trash ON contacts (deleted_at) WHERE deleted_at IS NOT NULL;

CREATE TABLE articles (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    revision INTEGER NOT NULL DEFAULT 1,
    kind TEXT NOT NULL CHECK (kind IN ('news', 'testimonial')),
    title TEXT NOT NULL,
    slug TEXT NOT NULL,
    summary TEXT NOT NULL DEFAULT '',
    body TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL CHECK (status IN ('draft', 'scheduled', 'published', 'archived')),
    publish_at TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT,
    UNIQUE (kind, slug)
);
CREATE INDEX articles_updated ON articles (deleted_at, updated_at);
CREATE INDEX articles_publish ON articles (deleted_at, publish_at);
CREATE INDEX articles_title ON articles (deleted_at, title COLLATE NOCASE);
CREATE INDEX articles_status ON articles (deleted_at, status, updated_at);
-- The trash is found through partial indexes: "IS NOT NULL" cannot use the ones above.
CREATE INDEX articles_trash ON articles (deleted_at) WHERE deleted_at IS NOT NULL;

CREATE TABLE article_sections (
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    section TEXT NOT NULL,
    position INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (article_id, section)
) WITHOUT ROWID;
CREATE INDEX article_sections_section ON article_sections (section, article_id);

CREATE TABLE article_contacts (
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    contact_id INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
    position INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (article_id, contact_id)
) WITHOUT ROWID;
CREATE INDEX article_contacts_contact ON article_contacts (contact_id);

CREATE TABLE agenda_entries (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    revision INTEGER NOT NULL DEFAULT 1,
    title TEXT NOT NULL,
    slug TEXT NOT NULL UNIQUE,
    start_at TEXT NOT NULL,
    end_at TEXT,
    all_day INTEGER NOT NULL DEFAULT 0,
    time_zone TEXT NOT NULL DEFAULT 'Europe/Paris',
    location_name TEXT NOT NULL DEFAULT '',
    address TEXT NOT NULL DEFAULT '',
    online_url TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL CHECK (status IN ('draft', 'scheduled', 'published', 'archived')),
    state TEXT NOT NULL DEFAULT 'confirmed' CHECK (state IN ('confirmed', 'postponed', 'cancelled')),
    publish_at TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT
);
CREATE INDEX agenda_start ON agenda_entries (deleted_at, start_at);
CREATE INDEX agenda_updated ON agenda_entries (deleted_at, updated_at);
CREATE INDEX agenda_title ON agenda_entries (deleted_at, title COLLATE NOCASE);
CREATE INDEX agenda_trash ON agenda_entries (deleted_at) WHERE deleted_at IS NOT NULL;

CREATE TABLE agenda_sections (
    entry_id INTEGER NOT NULL REFERENCES agenda_entries (id) ON DELETE CASCADE,
    section TEXT NOT NULL,
    position INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (entry_id, section)
) WITHOUT ROWID;
CREATE INDEX agenda_sections_section ON agenda_sections (section, entry_id);

CREATE TABLE agenda_contacts (
    entry_id INTEGER NOT NULL REFERENCES agenda_entries (id) ON DELETE CASCADE,
    contact_id INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
    position INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (entry_id, contact_id)
) WITHOUT ROWID;
CREATE INDEX agenda_contacts_contact ON agenda_contacts (contact_id);
