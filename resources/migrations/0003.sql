-- SPDX-FileCopyrightText: 2026 Relais developers
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 3: an editor may allow raw HTML in one article's body (an embedded video, a form).
-- Off by default: raw HTML is escaped.

ALTER TABLE articles ADD COLUMN allow_raw_html INTEGER NOT NULL DEFAULT 0;
