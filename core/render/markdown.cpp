// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/markdown.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <cstdlib>
#include <mutex>

namespace Relais::Markdown {

namespace {

enum class Format { Html, Text };

QString render(const QString &markdown, int options, Format format)
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
    cmark_node *document = cmark_parser_finish(parser);
    char *output = format == Format::Html
        ? cmark_render_html(document, options, cmark_parser_get_syntax_extensions(parser))
        : cmark_render_plaintext(document, options, 0);
    const QString result = QString::fromUtf8(output);
    cmark_get_default_mem_allocator()->free(output);
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
    return render(markdown, flags, Format::Html);
}

QString toPlainText(const QString &markdown)
{
    return render(markdown, CMARK_OPT_DEFAULT | CMARK_OPT_VALIDATE_UTF8, Format::Text).trimmed();
}

} // namespace Relais::Markdown
