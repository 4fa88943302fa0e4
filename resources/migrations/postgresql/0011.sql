-- SPDX-FileCopyrightText: 2026 Relais developers
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 11: people and the roles the database enforces (issue 19). Each person has a login of
-- their own, member of one of four group roles of this newsroom, each a member of the one
-- before: <db>_contributor ⊂ _moderator ⊂ _editor ⊂ _administrator. The tables belong to
-- <db>_owner, a role nobody logs in as; grants say which tables each group may read and
-- write, and row-level security (forced, so that it binds the owner too, with USING and WITH
-- CHECK on every policy) says which rows: a contributor writes drafts of their own only. The
-- login that makes the newsroom (db init) becomes an administrator and a member of the owner
-- (it alone runs later migrations). People are added, changed and disabled by administrators
-- through the functions below, which run as the owner (CREATEROLE) and check the caller.

ALTER TABLE articles ADD COLUMN created_by text NOT NULL DEFAULT session_user;
ALTER TABLE agenda_entries ADD COLUMN created_by text NOT NULL DEFAULT session_user;

-- The group roles of this newsroom: role names are the cluster's, so each newsroom has its own.
CREATE TABLE relais_roles (
    role text PRIMARY KEY
        CHECK (role IN ('owner', 'contributor', 'moderator', 'editor', 'administrator')),
    name text NOT NULL UNIQUE
);

DO $migration$
DECLARE
    prefix text := left(current_database(), 40);
    owner text := prefix || '_owner';
    contributor text := prefix || '_contributor';
    moderator text := prefix || '_moderator';
    editor text := prefix || '_editor';
    administrator text := prefix || '_administrator';
    name text;
    t text;
    link record;
BEGIN
    FOREACH name IN ARRAY ARRAY[owner, contributor, moderator, editor, administrator] LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = name) THEN
            EXECUTE format('CREATE ROLE %I NOLOGIN', name);
        END IF;
    END LOOP;
    EXECUTE format('ALTER ROLE %I CREATEROLE', owner);
    INSERT INTO relais_roles (role, name) VALUES ('owner', owner), ('contributor', contributor),
        ('moderator', moderator), ('editor', editor), ('administrator', administrator);
    EXECUTE format('GRANT %I TO %I', contributor, moderator);
    EXECUTE format('GRANT %I TO %I', moderator, editor);
    EXECUTE format('GRANT %I TO %I', editor, administrator);
    EXECUTE format('GRANT %I, %I TO %I', owner, administrator, session_user);

    -- Everything belongs to the owner (who needs to create in the schema to own there).
    EXECUTE format('GRANT USAGE, CREATE ON SCHEMA public TO %I', owner);
    EXECUTE format('GRANT USAGE ON SCHEMA public TO %I', contributor);
    FOR t IN SELECT tablename FROM pg_tables WHERE schemaname = 'public' LOOP
        EXECUTE format('ALTER TABLE %I OWNER TO %I', t, owner);
    END LOOP;
    FOR t IN SELECT p.oid::regprocedure::text FROM pg_proc p
             JOIN pg_namespace n ON n.oid = p.pronamespace
             WHERE n.nspname = 'public' AND p.prokind IN ('f', 'a')
               AND NOT EXISTS (SELECT 1 FROM pg_depend d -- unaccent's are the extension's
                               WHERE d.objid = p.oid AND d.deptype = 'e') LOOP
        EXECUTE format('ALTER ROUTINE %s OWNER TO %I', t, owner);
    END LOOP;
    EXECUTE format('ALTER TEXT SEARCH CONFIGURATION relais_fr OWNER TO %I', owner);
    EXECUTE format('ALTER TEXT SEARCH CONFIGURATION relais_simple OWNER TO %I', owner);
    EXECUTE format('ALTER COLLATION nocase OWNER TO %I', owner);
    EXECUTE format('REVOKE ALL ON DATABASE %I FROM PUBLIC', current_database());
    EXECUTE format('GRANT CONNECT, TEMPORARY ON DATABASE %I TO %I', current_database(), contributor);

    -- Reading: everyone but the publishing targets, their state and the moderation queue.
    EXECUTE format('GRANT SELECT ON relais_schema, relais_roles, contacts, articles, '
        'article_sections, article_contacts, agenda_entries, agenda_sections, agenda_contacts, '
        'site_settings, media, changes, presence, render_cache TO %I', contributor);
    EXECUTE format('GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO %I', contributor);
    -- Contributors write articles, agenda entries (their rows: below), contacts and pictures.
    EXECUTE format('GRANT INSERT, UPDATE ON articles, agenda_entries, contacts, media TO %I',
        contributor);
    EXECUTE format('GRANT INSERT, DELETE ON article_sections, article_contacts, agenda_sections, '
        'agenda_contacts TO %I', contributor);
    EXECUTE format('GRANT INSERT, UPDATE, DELETE ON presence, render_cache TO %I', contributor);
    -- Moderators decide submissions.
    EXECUTE format('GRANT SELECT, INSERT, UPDATE ON submissions, submission_decisions TO %I',
        moderator);
    -- Editors: all content, for good too.
    EXECUTE format('GRANT DELETE ON articles, agenda_entries, contacts, media, submissions, '
        'submission_decisions TO %I', editor);
    EXECUTE format('GRANT INSERT ON changes TO %I', editor);
    -- Administrators: the site's settings, publishing and WordPress.
    EXECUTE format('GRANT INSERT, UPDATE, DELETE ON site_settings TO %I', administrator);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON publish_targets, publish_files, '
        'publish_runs, publish_steps, wordpress_posts, wordpress_media, wordpress_terms, '
        'wordpress_log TO %I', administrator);

    -- Rows: everyone reads; a contributor writes drafts they wrote; editors write everything.
    FOREACH t IN ARRAY ARRAY['articles', 'agenda_entries'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY everyone_reads ON %I FOR SELECT TO %I USING (true)',
            t, contributor);
        EXECUTE format('CREATE POLICY own_drafts_made ON %I FOR INSERT TO %I '
            'WITH CHECK (created_by = session_user AND status = ''draft'')', t, contributor);
        EXECUTE format('CREATE POLICY own_drafts_kept ON %I FOR UPDATE TO %I '
            'USING (created_by = session_user AND status = ''draft'') '
            'WITH CHECK (created_by = session_user AND status = ''draft'')', t, contributor);
        EXECUTE format('CREATE POLICY editors_write ON %I FOR ALL TO %I '
            'USING (true) WITH CHECK (true)', t, editor);
    END LOOP;
    -- The links of an article or entry follow it: written with the item the person may write.
    FOR link IN SELECT * FROM (VALUES ('article_sections', 'articles', 'article_id'),
            ('article_contacts', 'articles', 'article_id'),
            ('agenda_sections', 'agenda_entries', 'entry_id'),
            ('agenda_contacts', 'agenda_entries', 'entry_id')) AS v (link_table, parent, parent_key)
    LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', link.link_table);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', link.link_table);
        EXECUTE format('CREATE POLICY everyone_reads ON %I FOR SELECT TO %I USING (true)',
            link.link_table, contributor);
        EXECUTE format('CREATE POLICY with_the_item ON %1$I FOR ALL TO %2$I '
            'USING (EXISTS (SELECT 1 FROM %3$I p WHERE p.id = %4$I)) '
            'WITH CHECK (EXISTS (SELECT 1 FROM %3$I p WHERE p.id = %4$I '
            'AND (pg_has_role(session_user, %5$L, ''MEMBER'') '
            'OR (p.created_by = session_user AND p.status = ''draft''))))',
            link.link_table, contributor, link.parent, link.parent_key, editor);
    END LOOP;
END $migration$;

-- The change log is written by its triggers, as the owner: a person cannot forge a row.
ALTER FUNCTION relais_note_change() SECURITY DEFINER SET search_path = public;
-- Rows older than a week, removed by whoever opens the newsroom to write.
CREATE FUNCTION relais_prune_changes(before timestamptz) RETURNS integer
    LANGUAGE sql SECURITY DEFINER SET search_path = public
    BEGIN ATOMIC
        WITH gone AS (DELETE FROM changes WHERE changed_at < before RETURNING 1)
        SELECT count(*)::integer FROM gone;
    END;

-- The Relais role of a login of this newsroom ('' when it has none), the highest it holds.
CREATE FUNCTION relais_role_of(login text) RETURNS text
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
    RETURN coalesce((SELECT r.role FROM relais_roles r
                     WHERE r.role <> 'owner' AND EXISTS (
                         SELECT 1 FROM pg_auth_members m JOIN pg_roles u ON u.oid = m.member
                         JOIN pg_roles g ON g.oid = m.roleid
                         WHERE u.rolname = login AND g.rolname = r.name)
                     ORDER BY array_position(ARRAY['administrator', 'editor', 'moderator',
                         'contributor'], r.role) LIMIT 1), '');

-- The people of this newsroom: login, role, whether they may log in.
CREATE FUNCTION relais_people() RETURNS TABLE (login text, role text, enabled boolean)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
    BEGIN ATOMIC
        SELECT u.rolname::text, relais_role_of(u.rolname::text), u.rolcanlogin
        FROM pg_roles u
        WHERE relais_role_of(u.rolname::text) <> ''
          AND NOT EXISTS (SELECT 1 FROM relais_roles r WHERE r.name = u.rolname::text)
        ORDER BY 1;
    END;

-- Only an administrator of this newsroom manages its people (the functions below run as the
-- owner: they check who called them).
CREATE FUNCTION relais_require_administrator() RETURNS void
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public AS $$
BEGIN
    IF relais_role_of(session_user) <> 'administrator' THEN
        RAISE EXCEPTION 'only an administrator may manage the people of this newsroom'
            USING ERRCODE = '42501';
    END IF;
END $$;

-- Whether taking login out of the administrators would leave none who may log in.
CREATE FUNCTION relais_is_last_administrator(login text) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
    RETURN relais_role_of(login) = 'administrator' AND NOT EXISTS (
        SELECT 1 FROM relais_people() p
        WHERE p.role = 'administrator' AND p.enabled AND p.login <> $1);

-- A new person: a login of their own with the password's SCRAM verifier (made by the client,
-- so that the password itself never reaches the server's logs), in the group of their role.
CREATE FUNCTION relais_person_add(login text, role text, verifier text) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
    grp text;
BEGIN
    PERFORM relais_require_administrator();
    SELECT r.name INTO grp FROM relais_roles r WHERE r.role = $2 AND r.role <> 'owner';
    IF grp IS NULL THEN
        RAISE EXCEPTION 'no role "%" (contributor, moderator, editor, administrator)', $2
            USING ERRCODE = '22023';
    END IF;
    IF $1 !~ '^[a-z_][a-z0-9_.-]{0,62}$' THEN
        RAISE EXCEPTION 'the login "%" is not a name of lower-case letters, digits, _ . -', $1
            USING ERRCODE = '22023';
    END IF;
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = $1) THEN
        RAISE EXCEPTION 'the login "%" exists already on this server', $1
            USING ERRCODE = '42710';
    END IF;
    IF $3 !~ '^SCRAM-SHA-256\$' THEN
        RAISE EXCEPTION 'a password is given as its SCRAM-SHA-256 verifier' USING ERRCODE = '22023';
    END IF;
    EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L IN ROLE %I', $1, $3, grp);
END $$;

CREATE FUNCTION relais_person_role(login text, role text) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
    grp text;
    g record;
BEGIN
    PERFORM relais_require_administrator();
    IF relais_role_of($1) = '' THEN
        RAISE EXCEPTION '"%" is not a person of this newsroom', $1 USING ERRCODE = '42704';
    END IF;
    SELECT r.name INTO grp FROM relais_roles r WHERE r.role = $2 AND r.role <> 'owner';
    IF grp IS NULL THEN
        RAISE EXCEPTION 'no role "%" (contributor, moderator, editor, administrator)', $2
            USING ERRCODE = '22023';
    END IF;
    IF $2 <> 'administrator' AND relais_is_last_administrator($1) THEN
        RAISE EXCEPTION '"%" is the last administrator of this newsroom', $1
            USING ERRCODE = '42501', HINT = 'relais-last-administrator';
    END IF;
    FOR g IN SELECT r.name FROM relais_roles r WHERE r.role <> 'owner' LOOP
        EXECUTE format('REVOKE %I FROM %I', g.name, $1);
    END LOOP;
    EXECUTE format('GRANT %I TO %I', grp, $1);
END $$;

CREATE FUNCTION relais_person_disable(login text) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
    PERFORM relais_require_administrator();
    IF relais_role_of($1) = '' THEN
        RAISE EXCEPTION '"%" is not a person of this newsroom', $1 USING ERRCODE = '42704';
    END IF;
    IF relais_is_last_administrator($1) THEN
        RAISE EXCEPTION '"%" is the last administrator of this newsroom', $1
            USING ERRCODE = '42501', HINT = 'relais-last-administrator';
    END IF;
    EXECUTE format('ALTER ROLE %I NOLOGIN', $1);
END $$;

DO $grants$
DECLARE
    contributor text := (SELECT name FROM relais_roles WHERE role = 'contributor');
    administrator text := (SELECT name FROM relais_roles WHERE role = 'administrator');
    owner text := (SELECT name FROM relais_roles WHERE role = 'owner');
    f text;
BEGIN
    FOREACH f IN ARRAY ARRAY['relais_prune_changes(timestamptz)', 'relais_role_of(text)',
            'relais_people()', 'relais_require_administrator()',
            'relais_is_last_administrator(text)', 'relais_person_add(text, text, text)',
            'relais_person_role(text, text)', 'relais_person_disable(text)'] LOOP
        EXECUTE format('ALTER FUNCTION %s OWNER TO %I', f, owner);
        EXECUTE format('REVOKE EXECUTE ON FUNCTION %s FROM PUBLIC', f);
    END LOOP;
    FOREACH f IN ARRAY ARRAY['relais_prune_changes(timestamptz)', 'relais_role_of(text)',
            'relais_people()', 'relais_require_administrator()',
            'relais_is_last_administrator(text)'] LOOP
        EXECUTE format('GRANT EXECUTE ON FUNCTION %s TO %I', f, contributor);
    END LOOP;
    FOREACH f IN ARRAY ARRAY['relais_person_add(text, text, text)',
            'relais_person_role(text, text)', 'relais_person_disable(text)'] LOOP
        EXECUTE format('GRANT EXECUTE ON FUNCTION %s TO %I', f, administrator);
    END LOOP;
    EXECUTE format('ALTER TABLE relais_roles OWNER TO %I', owner);
END $grants$;

