-- SPDX-FileCopyrightText: 2026 Relais developers
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 9: the changes every session made, so that the others see them live (the lists, an
-- open editor, relais-cli watch). One row per item written, by a trigger, whoever writes
-- (Relais, relais-cli or psql); then one notification per statement on the channel
-- relais_changes, which PostgreSQL sends at commit and folds when repeated. The payload is the
-- table's name and nothing else: a listener reads the rows after the last one it saw, so a
-- notification sent by anybody else (NOTIFY is open to every login) can only cause a read.
-- Rows older than a week are removed when a writer opens the newsroom.

CREATE TABLE changes (
    seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    item_table text NOT NULL,
    item_id bigint NOT NULL,
    item_uuid text NOT NULL DEFAULT '',
    revision integer NOT NULL DEFAULT 0,
    action text NOT NULL CHECK (action IN ('insert', 'update', 'delete', 'everything')),
    -- The session (SET relais.session by each connection of Relais; '' for psql) and the login.
    session text NOT NULL DEFAULT '',
    user_name text NOT NULL DEFAULT session_user,
    changed_at timestamptz NOT NULL DEFAULT clock_timestamp()
);
CREATE INDEX changes_by_item ON changes (item_table, item_id, seq);
CREATE INDEX changes_by_time ON changes (changed_at);

CREATE FUNCTION relais_note_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    item jsonb;
BEGIN
    -- A bulk copy or import says so and notes one 'everything' change at its end.
    IF coalesce(current_setting('relais.quiet', true), '') = 'on' THEN
        RETURN NULL;
    END IF;
    IF TG_OP = 'DELETE' THEN
        item := jsonb_build_object('id', OLD.id, 'uuid', to_jsonb(OLD) -> 'uuid',
                                   'revision', to_jsonb(OLD) -> 'revision');
    ELSE
        item := jsonb_build_object('id', NEW.id, 'uuid', to_jsonb(NEW) -> 'uuid',
                                   'revision', to_jsonb(NEW) -> 'revision');
    END IF;
    INSERT INTO changes (item_table, item_id, item_uuid, revision, action, session)
    VALUES (TG_TABLE_NAME, (item ->> 'id')::bigint, coalesce(item ->> 'uuid', ''),
            coalesce((item ->> 'revision')::integer, 0), lower(TG_OP),
            coalesce(current_setting('relais.session', true), ''));
    RETURN NULL;
END $$;

CREATE FUNCTION relais_notify_changes() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF coalesce(current_setting('relais.quiet', true), '') <> 'on' THEN
        PERFORM pg_notify('relais_changes', TG_TABLE_NAME);
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER articles_changes AFTER INSERT OR UPDATE OR DELETE ON articles
    FOR EACH ROW EXECUTE FUNCTION relais_note_change();
CREATE TRIGGER agenda_entries_changes AFTER INSERT OR UPDATE OR DELETE ON agenda_entries
    FOR EACH ROW EXECUTE FUNCTION relais_note_change();
CREATE TRIGGER contacts_changes AFTER INSERT OR UPDATE OR DELETE ON contacts
    FOR EACH ROW EXECUTE FUNCTION relais_note_change();
CREATE TRIGGER submissions_changes AFTER INSERT OR UPDATE OR DELETE ON submissions
    FOR EACH ROW EXECUTE FUNCTION relais_note_change();
CREATE TRIGGER media_changes AFTER INSERT OR UPDATE OR DELETE ON media
    FOR EACH ROW EXECUTE FUNCTION relais_note_change();

CREATE TRIGGER articles_notify AFTER INSERT OR UPDATE OR DELETE ON articles
    FOR EACH STATEMENT EXECUTE FUNCTION relais_notify_changes();
CREATE TRIGGER agenda_entries_notify AFTER INSERT OR UPDATE OR DELETE ON agenda_entries
    FOR EACH STATEMENT EXECUTE FUNCTION relais_notify_changes();
CREATE TRIGGER contacts_notify AFTER INSERT OR UPDATE OR DELETE ON contacts
    FOR EACH STATEMENT EXECUTE FUNCTION relais_notify_changes();
CREATE TRIGGER submissions_notify AFTER INSERT OR UPDATE OR DELETE ON submissions
    FOR EACH STATEMENT EXECUTE FUNCTION relais_notify_changes();
CREATE TRIGGER media_notify AFTER INSERT OR UPDATE OR DELETE ON media
    FOR EACH STATEMENT EXECUTE FUNCTION relais_notify_changes();
-- The 'everything' row of a bulk copy or import wakes the listeners too.
CREATE TRIGGER changes_notify AFTER INSERT ON changes
    FOR EACH STATEMENT EXECUTE FUNCTION relais_notify_changes();
