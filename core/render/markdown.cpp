// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/markdown.h"

#include "content/entities.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <QCoreApplication>

#include <cstdlib>
#include <mutex>

namespace Relais::Markdown {

namespace {

enum class Format { Html, Text };

// "media/<name>.<ext>": a picture of the media store, as the editor writes it.
bool isMediaUrl(const QByteArray &url)
{
    return url.startsWith("media/") && url.count('/') == 1
        && !Media::nameFromPath(QString::fromUtf8(url)).isEmpty();
}

QByteArray smallCopy(const QByteArray &url)
{
    const qsizetype dot = url.lastIndexOf('.');
    const QByteArray suffix = QByteArray("-800") + url.mid(dot);
    return url.endsWith(suffix) ? url : QByteArray(url.left(dot) + suffix);
}

cmark_node *parse(const QString &markdown, int options, cmark_parser **parserOut)
{
    static std::once_flag registered;
    std::call_once(registered, [] { cmark_gfm_core_extensions_ensure_registered(); });
    const QByteArray utf8 = markdown.toUtf8();
    cmark_parser *parser = cmark_parser_new(options);
    for (const char *name : { "table", "strikethrough", "autolink", "tagfilter" }) {
        if (cmark_syntax_extension *extension = cmark_find_syntax_extension(name))
            cmark_parser_attach_syntax_extension(parser, extension);
    }
    cmark_parser_feed(parser, utf8.constData(), size_t(utf8.size()));
    *parserOut = parser;
    return cmark_parser_finish(parser);
}

// Renders the document and frees it with its parser.
QByteArray finish(cmark_node *document, cmark_parser *parser, int options, Format format)
{
    char *output = format == Format::Html
        ? cmark_render_html(document, options, cmark_parser_get_syntax_extensions(parser))
        : cmark_render_plaintext(document, options, 0);
    QByteArray bytes(output);
    cmark_get_default_mem_allocator()->free(output);
    cmark_node_free(document);
    cmark_parser_free(parser);
    return bytes;
}

QString render(const QString &markdown, int options, Format format, const QString &mediaRoot = {},
    const std::function<QString(const QString &)> &mediaUrl = {})
{
    cmark_parser *parser = nullptr;
    cmark_node *document = parse(markdown, options, &parser);
    QList<QByteArray> media; // small-copy URLs given to pictures of the media store
    if (format == Format::Html && (mediaUrl || !mediaRoot.isNull())) {
        const QByteArray root = mediaRoot.toUtf8();
        cmark_iter *iter = cmark_iter_new(document);
        for (cmark_event_type ev; (ev = cmark_iter_next(iter)) != CMARK_EVENT_DONE;) {
            cmark_node *node = cmark_iter_get_node(iter);
            if (ev != CMARK_EVENT_ENTER || cmark_node_get_type(node) != CMARK_NODE_IMAGE)
                continue;
            const QByteArray url = cmark_node_get_url(node);
            if (!isMediaUrl(url))
                continue;
            if (mediaUrl) { // elsewhere than the site: its address there, no srcset
                cmark_node_set_url(node,
                    mediaUrl(Media::nameFromPath(QString::fromUtf8(url))).toUtf8().constData());
                continue;
            }
            const QByteArray small = root + smallCopy(url);
            cmark_node_set_url(node, small.constData());
            media.append(small);
        }
        cmark_iter_free(iter);
    }
    QByteArray html = finish(document, parser, options, format);
    // The 1600 px copy for wide and dense screens, beside the 800 px one.
    for (const QByteArray &small : std::as_const(media)) {
        const QByteArray large = QByteArray(small).replace("-800.", ".");
        html.replace(QByteArray("src=\"" + small + "\""),
            QByteArray("src=\"" + small + "\" srcset=\"" + small + " 800w, " + large
                + " 1600w\" sizes=\"(min-width: 50em) 46em, 100vw\""));
    }
    return QString::fromUtf8(html);
}

} // namespace

QString toHtml(const QString &markdown, const Options &options)
{
    int flags = CMARK_OPT_DEFAULT | CMARK_OPT_VALIDATE_UTF8;
    if (options.allowRawHtml)
        flags |= CMARK_OPT_UNSAFE;
    return render(markdown, flags, Format::Html, options.root, options.mediaUrl);
}

namespace {

bool isAllowedReviewUrl(const QByteArray &url)
{
    const QByteArray lower = url.trimmed().toLower();
    return lower.startsWith("http://") || lower.startsWith("https://")
        || lower.startsWith("mailto:");
}

cmark_node *textNode(const QByteArray &text, cmark_node_type type = CMARK_NODE_TEXT)
{
    cmark_node *node = cmark_node_new(type);
    cmark_node_set_literal(node, text.constData());
    return node;
}

// Puts node's children where node is, then removes node.
void unwrap(cmark_node *node)
{
    while (cmark_node *child = cmark_node_first_child(node))
        cmark_node_insert_before(node, child);
    cmark_node_free(node);
}

QByteArray plainTextOf(cmark_node *node)
{
    QByteArray text;
    cmark_iter *iter = cmark_iter_new(node);
    for (cmark_event_type ev; (ev = cmark_iter_next(iter)) != CMARK_EVENT_DONE;) {
        cmark_node *n = cmark_iter_get_node(iter);
        if (ev == CMARK_EVENT_ENTER
            && (cmark_node_get_type(n) == CMARK_NODE_TEXT
                || cmark_node_get_type(n) == CMARK_NODE_CODE))
            text += cmark_node_get_literal(n);
    }
    cmark_iter_free(iter);
    return text;
}

} // namespace

QString toReviewHtml(const QString &markdown)
{
    cmark_parser *parser = nullptr;
    const int flags = CMARK_OPT_DEFAULT | CMARK_OPT_VALIDATE_UTF8;
    cmark_node *document = parse(markdown, flags, &parser);
    // Changing the tree while iterating it is not allowed: collect first.
    QList<cmark_node *> nodes;
    cmark_iter *iter = cmark_iter_new(document);
    for (cmark_event_type ev; (ev = cmark_iter_next(iter)) != CMARK_EVENT_DONE;) {
        cmark_node *node = cmark_iter_get_node(iter);
        const auto type = cmark_node_get_type(node);
        if (ev == CMARK_EVENT_ENTER
            && (type == CMARK_NODE_HTML_BLOCK || type == CMARK_NODE_HTML_INLINE
                || type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE))
            nodes.append(node);
    }
    cmark_iter_free(iter);
    const QByteArray removed
        = QCoreApplication::translate("Relais::Markdown", "link removed").toUtf8();
    const QByteArray notLoaded
        = QCoreApplication::translate("Relais::Markdown", "picture not loaded").toUtf8();
    // Children come after their parents in document order: handle them first.
    for (auto it = nodes.rbegin(); it != nodes.rend(); ++it) {
        cmark_node *node = *it;
        switch (cmark_node_get_type(node)) {
        case CMARK_NODE_HTML_BLOCK:
            cmark_node_replace(node, textNode(cmark_node_get_literal(node), CMARK_NODE_CODE_BLOCK));
            cmark_node_free(node);
            break;
        case CMARK_NODE_HTML_INLINE:
            cmark_node_replace(node, textNode(cmark_node_get_literal(node), CMARK_NODE_CODE));
            cmark_node_free(node);
            break;
        case CMARK_NODE_IMAGE: {
            const QByteArray url = cmark_node_get_url(node);
            const QByteArray alt = plainTextOf(node);
            cmark_node *label
                = textNode("[" + notLoaded + ": " + (alt.isEmpty() ? QByteArray() : alt + " — "));
            cmark_node_replace(node, label);
            cmark_node_free(node);
            cmark_node *address = textNode(url, CMARK_NODE_CODE);
            cmark_node_insert_after(label, address);
            cmark_node_insert_after(address, textNode("]"));
            break;
        }
        case CMARK_NODE_LINK: {
            const QByteArray url = cmark_node_get_url(node);
            const QByteArray text = plainTextOf(node);
            cmark_node *after = cmark_node_next(node);
            cmark_node *parent = cmark_node_parent(node);
            auto place = [&](cmark_node *n) {
                if (after)
                    cmark_node_insert_before(after, n);
                else
                    cmark_node_append_child(parent, n);
            };
            if (!isAllowedReviewUrl(url)) {
                place(textNode(" [" + removed + ": "));
                place(textNode(url, CMARK_NODE_CODE));
                place(textNode("]"));
                unwrap(node);
            } else if (text != url && QByteArray("mailto:" + text) != url) {
                place(textNode(" <"));
                place(textNode(url, CMARK_NODE_CODE));
                place(textNode(">"));
            }
            break;
        }
        default:
            break;
        }
    }
    return QString::fromUtf8(finish(document, parser, flags, Format::Html));
}

QList<Image> images(const QString &markdown)
{
    cmark_parser *parser = nullptr;
    cmark_node *document = parse(markdown, CMARK_OPT_DEFAULT | CMARK_OPT_VALIDATE_UTF8, &parser);
    QList<Image> found;
    cmark_iter *iter = cmark_iter_new(document);
    QList<qsizetype> open; // pictures whose description is being read (they may nest)
    for (cmark_event_type ev; (ev = cmark_iter_next(iter)) != CMARK_EVENT_DONE;) {
        cmark_node *node = cmark_iter_get_node(iter);
        const auto type = cmark_node_get_type(node);
        if (type == CMARK_NODE_IMAGE) {
            if (ev == CMARK_EVENT_ENTER) {
                found.append({ QString::fromUtf8(cmark_node_get_url(node)), {} });
                open.append(found.size() - 1);
            } else if (!open.isEmpty()) {
                open.removeLast();
            }
        } else if (!open.isEmpty() && (type == CMARK_NODE_TEXT || type == CMARK_NODE_CODE)) {
            found[open.last()].alt += QString::fromUtf8(cmark_node_get_literal(node));
        }
    }
    for (Image &image : found)
        image.alt = image.alt.simplified();
    cmark_iter_free(iter);
    cmark_node_free(document);
    cmark_parser_free(parser);
    return found;
}

QString toPlainText(const QString &markdown)
{
    return render(markdown, CMARK_OPT_DEFAULT | CMARK_OPT_VALIDATE_UTF8, Format::Text).trimmed();
}

QString firstParagraph(const QString &markdown)
{
    const int options = CMARK_OPT_DEFAULT | CMARK_OPT_VALIDATE_UTF8;
    cmark_parser *parser = nullptr;
    cmark_node *document = parse(markdown, options, &parser);
    // A paragraph of the text itself first; else the first one anywhere (a list item's).
    cmark_node *found = nullptr;
    for (cmark_node *n = cmark_node_first_child(document); n && !found; n = cmark_node_next(n)) {
        if (cmark_node_get_type(n) == CMARK_NODE_PARAGRAPH)
            found = n;
    }
    if (!found) {
        cmark_iter *iter = cmark_iter_new(document);
        for (cmark_event_type ev; !found && (ev = cmark_iter_next(iter)) != CMARK_EVENT_DONE;) {
            cmark_node *n = cmark_iter_get_node(iter);
            if (ev == CMARK_EVENT_ENTER && cmark_node_get_type(n) == CMARK_NODE_PARAGRAPH)
                found = n;
        }
        cmark_iter_free(iter);
    }
    QString text;
    if (found) {
        char *output = cmark_render_plaintext(found, options, 0);
        text = QString::fromUtf8(output).simplified();
        cmark_get_default_mem_allocator()->free(output);
    }
    cmark_node_free(document);
    cmark_parser_free(parser);
    return text;
}

} // namespace Relais::Markdown
