// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Relais::HtmlMarkdown {

struct Converted
{
    QString text; // Markdown when lossless, else the HTML as it was
    bool lossless = false;
};

// HTML written in WordPress (paragraphs, headings, emphasis, links, lists, quotes, pictures,
// code, line breaks; block editor comments) to Markdown — only when the Markdown renders back
// to the same HTML. Anything else (tables, classes, styles, embeds, shortcodes…) keeps its HTML
// unchanged, so nothing of a post is lost.
Converted fromHtml(const QString &html);

// The HTML with what does not change how it reads taken away (comments, whitespace between
// tags, <b>/<i> as <strong>/<em>, entities decoded, self-closing slashes), for comparisons.
QString normalized(const QString &html);

} // namespace Relais::HtmlMarkdown
