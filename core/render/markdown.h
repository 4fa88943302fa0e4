// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <functional>

namespace Relais::Markdown {

struct Options
{
    // Raw HTML in the text is kept as written only when an editor allowed it for the item;
    // otherwise it is escaped, and javascript:, vbscript:, file: and data: links are dropped.
    bool allowRawHtml = false;
    // Pictures of the media store ("media/<name>.jpg") are shown from the site's media folder:
    // relative path from the page to the site's root ("../../"), their 800 px copy as src and
    // the 1600 px copy in srcset for wide and dense screens.
    QString root;
    // Elsewhere than the site (WordPress): the address of a picture of the store by its name;
    // it then has no srcset (the server makes its own sizes). Takes precedence over root.
    std::function<QString(const QString &name)> mediaUrl;
};

struct Image
{
    QString url;
    QString alt; // the text between ![ and ]
};

// GitHub-flavoured Markdown (tables, strikethrough, autolinks) to HTML, with cmark-gfm.
QString toHtml(const QString &markdown, const Options &options);
inline QString toHtml(const QString &markdown)
{
    return toHtml(markdown, Options {});
}

// Untrusted text (a submission from the public) for a moderator to read: raw HTML shown as
// text, links kept only for http, https and mailto and followed by their real address (others
// become text saying what was removed), pictures never loaded but named with their address.
QString toReviewHtml(const QString &markdown);

// Every picture of the text, in order.
QList<Image> images(const QString &markdown);

// The text without its markup, for summaries, feeds and calendar descriptions.
QString toPlainText(const QString &markdown);
// The first paragraph of the text as plain text (no list marks, no heading): what a lead says
// when none was written. A text without a paragraph gives the first one inside a list or a
// quote; empty when there is none.
QString firstParagraph(const QString &markdown);

} // namespace Relais::Markdown
