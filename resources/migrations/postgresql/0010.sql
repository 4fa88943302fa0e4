-- SPDX-FileCopyrightText: 2026 Relais developers
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 10: who is editing what, now. Each window writes a heartbeat of its session every
-- 30 s with the item it has open; a row not renewed for 90 s means nobody is there any more.
-- Advice for the people, never a lock.

CREATE TABLE presence (
    session text PRIMARY KEY,
    user_name text NOT NULL,
    item_table text NOT NULL DEFAULT '',
    item_id bigint NOT NULL DEFAULT 0,
    seen_at timestamptz NOT NULL
);
CREATE INDEX presence_by_item ON presence (item_table, item_id);
