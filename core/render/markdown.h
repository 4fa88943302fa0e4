// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Relais::Markdown {

struct Options
{
    // Raw HTML in the text is kept as written only when an editor allowed it for the item;
    // otherwise it is escaped, and javascript:, vbscript:, file: and data: links are dropped.
    bool allowRawHtml = false;
};

// GitHub-flavoured Markdown (tables, strikethrough, autolinks) to HTML, with cmark-gfm.
QString toHtml(const QString &markdown, const Options &options);
inline QString toHtml(const QString &markdown) { return toHtml(markdown, Options{}); }

// The text without its markup, for summaries, feeds and calendar descriptions.
QString toPlainText(const QString &markdown);

} // namespace Relais::Markdown
