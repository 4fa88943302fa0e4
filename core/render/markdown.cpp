// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/markdown.h"

#include "content/entities.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <cstdlib>
#include <mutex>

namespace Relais::Markdown {

namespace {

enum class Format { Html, Text };

// "media/<name>.<ext>": a picture of the media store, as the editor writes it.
bool isMediaUrl(const QByteArray &url)
{
    return url.startsWith("media/") && url.count('/') == 1 && !Media::nameFromPath(QString::fromUtf8(url)).isEmpty();
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
    for (const char *name : {"table", "strikethrough", "autolink", "tagfilter"}) {
        if (cmark_syntax_extension *extension = cmark_find_syntax_extension(name))
            cmark_parser_attach_syntax_extension(parser, extension);
    }
    cmark_parser_feed(parser, utf8.constData(), size_t(utf8.size()));
    *parserOut = parser;
    return cmark_parser_finish(parser);
}

QString render(const QString &markdown, int options, Format format, const QString &mediaRoot = {})
{
    cmark_parser *parser = nullptr;
    cmark_node *document = parse(markdown, options, &parser);
    QList<QByteArray> media; // small-copy URLs given to pictures of the media store
    if (format == Format::Html && !mediaRoot.isNull()) {
        const QByteArray root = mediaRoot.toUtf8();
        cmark_iter *iter = cmark_iter_new(document);
        for (cmark_event_type ev; (ev = cmark_iter_next(iter)) != CMARK_EVENT_DONE;) {
            cmark_node *node = cmark_iter_get_node(iter);
            if (ev != CMARK_EVENT_ENTER || cmark_node_get_type(node) != CMARK_NODE_IMAGE)
                continue;
            const QByteArray url = cmark_node_get_url(node);
            if (!isMediaUrl(url))
                continue;
            const QByteArray small = root + smallCopy(url);
            cmark_node_set_url(node, small.constData());
            media.append(small);
        }
        cmark_iter_free(iter);
    }
    char *output = format == Format::Html
        ? cmark_render_html(document, options, cmark_parser_get_syntax_extensions(parser))
        : cmark_render_plaintext(document, options, 0);
    QByteArray html(output);
    cmark_get_default_mem_allocator()->free(output);
    // The 1600 px copy for wide and dense screens, beside the 800 px one.
    for (const QByteArray &small : std::as_const(media)) {
        const QByteArray large = QByteArray(small).replace("-800.", ".");
        html.replace(QByteArray("src=\"" + small + "\""),
                     QByteArray("src=\"" + small + "\" srcset=\"" + small + " 800w, " + large +
                                " 1600w\" sizes=\"(min-width: 50em) 46em, 100vw\""));
    }
    const QString result = QString::fromUtf8(html);
    cmark_node_free(document);
    cmark_parser_free(parser);
    return result;
}

} // namespace

QString toHtml(const QString &markdown, const Options &options)
{
    int flags = CMARK_OPT_DEFAULT | CMARK_OPT_VALIDATE_UTF8;
    if (options.allowRawHtml)
        flags |= CMARK_OPT_UNSAFE;
    return render(markdown, flags, Format::Html, options.root);
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
                found.append({QString::fromUtf8(cmark_node_get_url(node)), {}});
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

} // namespace Relais::Markdown
