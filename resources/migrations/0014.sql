-- SPDX-FileCopyrightText: 2026 Relais developers
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 14 (both engines): the sidebar's "Mine" counts, at every start and after every
-- change, the items a person wrote. Without an index on the writer that count read every row
-- of the articles, bodies and all: 230 ms of a 470 ms start on 100,000 articles (perf of
-- `relais --exit-after-first-page`). With it the count reads an index.
CREATE INDEX articles_by_writer ON articles (deleted_at, created_by);
CREATE INDEX agenda_by_writer ON agenda_entries (deleted_at, created_by);
