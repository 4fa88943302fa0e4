-- SPDX-FileCopyrightText: 2026 Relais developers
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 2: full-text search. Accents are folded (remove_diacritics 2) so that "eco"
-- finds "Éco-activités"; prefix indexes keep search-as-you-type fast.

CREATE VIRTUAL TABLE articles_fts USING fts5 (
    title, summary, body,
    content = 'articles', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3 4'
);
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts (rowid, title, summary, body)
    VALUES (new.id, new.title, new.summary, new.body);
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, summary, body)
    VALUES ('delete', old.id, old.title, old.summary, old.body);
END;
CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, summary, body ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, summary, body)
    VALUES ('delete', old.id, old.title, old.summary, old.body);
    INSERT INTO articles_fts (rowid, title, summary, body)
    VALUES (new.id, new.title, new.summary, new.body);
END;
INSERT INTO articles_fts (articles_fts) VALUES ('rebuild');

CREATE VIRTUAL TABLE agenda_fts USING fts5 (
    title, location_name, address, description,
    content = 'agenda_entries', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3 4'
);
CREATE TRIGGER agenda_fts_insert AFTER INSERT ON agenda_entries BEGIN
    INSERT INTO agenda_fts (rowid, title, location_name, address, description)
    VALUES (new.id, new.title, new.location_name, new.address, new.description);
END;
CREATE TRIGGER agenda_fts_delete AFTER DELETE ON agenda_entries BEGIN
    INSERT INTO agenda_fts (agenda_fts, rowid, title, location_name, address, description)
    VALUES ('delete', old.id, old.title, old.location_name, old.address, old.description);
END;
CREATE TRIGGER agenda_fts_update AFTER UPDATE OF title, location_name, address, description
ON agenda_entries BEGIN
    INSERT INTO agenda_fts (agenda_fts, rowid, title, location_name, address, description)
    VALUES ('delete', old.id, old.title, old.location_name, old.address, old.description);
    INSERT INTO agenda_fts (rowid, title, location_name, address, description)
    VALUES (new.id, new.title, new.location_name, new.address, new.description);
END;
INSERT INTO agenda_fts (agenda_fts) VALUES ('rebuild');

CREATE VIRTUAL TABLE contacts_fts USING fts5 (
    name, organization, role, emails, phones, address, website, notes,
    content = 'contacts', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3 4'
);
CREATE TRIGGER contacts_fts_insert AFTER INSERT ON contacts BEGIN
    INSERT INTO contacts_fts (rowid, name, organization, role, emails, phones, address, website, notes)
    VALUES (new.id, new.name, new.organization, new.role, new.emails, new.phones, new.address,
            new.website, new.notes);
END;
CREATE TRIGGER contacts_fts_delete AFTER DELETE ON contacts BEGIN
    INSERT INTO contacts_fts (contacts_fts, rowid, name, organization, role, emails, phones, address,
                              website, notes)
    VALUES ('delete', old.id, old.name, old.organization, old.role, old.emails, old.phones,
            old.address, old.website, old.notes);
END;
CREATE TRIGGER contacts_fts_update AFTER UPDATE OF name, organization, role, emails, phones, address,
    website, notes ON contacts BEGIN
    INSERT INTO contacts_fts (contacts_fts, rowid, name, organization, role, emails, phones, address,
                              website, notes)
    VALUES ('delete', old.id, old.name, old.organization, old.role, old.emails, old.phones,
            old.address, old.website, old.notes);
    INSERT INTO contacts_fts (rowid, name, organization, role, emails, phones, address, website, notes)
    VALUES (new.id, new.name, new.organization, new.role, new.emails, new.phones, new.address,
            new.website, new.notes);
END;
INSERT INTO contacts_fts (contacts_fts) VALUES ('rebuild');
