-- SPDX-FileCopyrightText: 2026 Relais developers
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 13: `db copy --from FILE` into an empty newsroom carries the history, comments,
-- activity log and notifications of everyone who worked in the file. Row-level security lets a
-- person write only their own such rows (migration 12), so the copy was refused at its first
-- revision. An administrator's copy now opens a window for its own transaction:
-- relais_copy_begin() (run as the owner) checks that the newsroom holds nothing at all and
-- notes the transaction; while that transaction lasts, its rows may be written and read as they
-- were. The window is the transaction's own (txid_current() is never reused) and
-- relais_copy_end() closes it before the commit; a newsroom with content never opens one.
-- Administrators also read every notification, so that a backup is whole.

CREATE TABLE relais_copying (
    txid bigint PRIMARY KEY
);

CREATE FUNCTION relais_copying() RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
    RETURN EXISTS (SELECT 1 FROM relais_copying WHERE txid = txid_current());

CREATE FUNCTION relais_copy_begin() RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
    t text;
    found boolean;
BEGIN
    IF relais_role_of(session_user) <> 'administrator' THEN
        RAISE EXCEPTION 'only an administrator may copy a database into this newsroom'
            USING ERRCODE = '42501';
    END IF;
    FOREACH t IN ARRAY ARRAY['contacts', 'articles', 'agenda_entries', 'media', 'submissions',
            'submission_decisions', 'publish_targets', 'comments', 'revisions', 'activity',
            'notifications'] LOOP
        EXECUTE format('SELECT EXISTS (SELECT 1 FROM %I)', t) INTO found;
        IF found THEN
            RAISE EXCEPTION 'this newsroom is not empty (its table % holds rows)', t
                USING ERRCODE = '55000', HINT = 'relais-not-empty';
        END IF;
    END LOOP;
    INSERT INTO relais_copying (txid) VALUES (txid_current()) ON CONFLICT DO NOTHING;
END $$;

CREATE FUNCTION relais_copy_end() RETURNS void
    LANGUAGE sql SECURITY DEFINER SET search_path = public
    BEGIN ATOMIC
        DELETE FROM relais_copying WHERE txid = txid_current();
    END;

DO $migration$
DECLARE
    owner text := (SELECT name FROM relais_roles WHERE role = 'owner');
    administrator text := (SELECT name FROM relais_roles WHERE role = 'administrator');
    f text;
    t text;
BEGIN
    EXECUTE format('ALTER TABLE relais_copying OWNER TO %I', owner);
    FOREACH f IN ARRAY ARRAY['relais_copying()', 'relais_copy_begin()', 'relais_copy_end()'] LOOP
        EXECUTE format('ALTER FUNCTION %s OWNER TO %I', f, owner);
        EXECUTE format('REVOKE EXECUTE ON FUNCTION %s FROM PUBLIC', f);
        EXECUTE format('GRANT EXECUTE ON FUNCTION %s TO %I', f, administrator);
    END LOOP;
    -- Policies are OR'ed: these add the copy's rows to what each person may already write.
    FOREACH t IN ARRAY ARRAY['comments', 'revisions', 'activity', 'notifications'] LOOP
        EXECUTE format('CREATE POLICY copied_in ON %I FOR INSERT TO %I '
            'WITH CHECK (relais_copying())', t, administrator);
    END LOOP;
    -- An administrator's backup (`db copy --to FILE`) takes everyone's notifications too, and
    -- a copy in compares them with what it read: administrators read them all (who was told of
    -- which line of a log everyone reads, and when they read it).
    EXECUTE format('CREATE POLICY administrators_read ON notifications FOR SELECT TO %I '
        'USING (true)', administrator);
END $migration$;
