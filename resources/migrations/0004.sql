-- SPDX-FileCopyrightText: 2026 Relais developers
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 4: the settings of the published site (name, address, colours…), shared by everyone
-- who works on this database. Keys are those of SiteSettings; a missing key takes its default.

CREATE TABLE site_settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;
