-- SPDX-FileCopyrightText: 2026 Relais developers
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 15: search as you type on a large newsroom. Measured on 100,000 articles of generated
-- French text (bench_newsroom), a first page of a search took 145–620 ms, because:
--
-- 1. relais_search_query() was STABLE, so the planner inlined it and could neither evaluate it
--    at plan time (it guessed that 0.5 % of the rows match, whatever the word) nor, in a
--    sequential scan, avoid running unaccent, regexp_replace and to_tsquery once per row. It is
--    now IMMUTABLE: with the word known (each list query is planned with its values), the
--    planner folds it into a constant tsquery and estimates from the search column's
--    statistics how many rows match. Its results depend only on the unaccent dictionary and on
--    the two text search configurations this schema made, which change only by a migration;
--    no index is built on it, so nothing stored can go stale.
-- 2. No index gave a list's order under "deleted_at IS NULL" (IS NULL is no equality to the
--    planner), so a word found in most rows ("co", "coopérative") meant fetching all of them
--    and sorting. Partial indexes in each list's default order let such a search walk the
--    newest rows and stop at the first page; a rare word still goes through the GIN index.
--
-- Together: 1–18 ms for the first page of "co", "coopé", "recyclerie", "économie".
CREATE OR REPLACE FUNCTION relais_search_query(text) RETURNS tsquery
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN coalesce(to_tsquery('relais_simple', quote_literal(trim(relais_words($1))) || ':*'),
            ''::tsquery)
        || to_tsquery('relais_fr', quote_literal($1));

CREATE INDEX articles_recent ON articles (updated_at, id) WHERE deleted_at IS NULL;
CREATE INDEX agenda_by_start ON agenda_entries (start_at, id) WHERE deleted_at IS NULL;
CREATE INDEX contacts_by_name ON contacts (display_name COLLATE nocase, id)
    WHERE deleted_at IS NULL;
