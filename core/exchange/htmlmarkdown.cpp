// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/htmlmarkdown.h"

#include "render/markdown.h"

#include <QList>
#include <QRegularExpression>

namespace Relais::HtmlMarkdown {

namespace {

QString decodeEntities(const QString &text)
{
    static const QRegularExpression entity(QStringLiteral("&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);"));
    static const QHash<QString, QString> named = {
        { QStringLiteral("amp"), QStringLiteral("&") },
        { QStringLiteral("lt"), QStringLiteral("<") },
        { QStringLiteral("gt"), QStringLiteral(">") },
        { QStringLiteral("quot"), QStringLiteral("\"") },
        { QStringLiteral("apos"), QStringLiteral("'") },
        { QStringLiteral("nbsp"), QString(QChar(0xA0)) },
        { QStringLiteral("rsquo"), QString(QChar(0x2019)) },
        { QStringLiteral("lsquo"), QString(QChar(0x2018)) },
        { QStringLiteral("ldquo"), QString(QChar(0x201C)) },
        { QStringLiteral("rdquo"), QString(QChar(0x201D)) },
        { QStringLiteral("laquo"), QString(QChar(0xAB)) },
        { QStringLiteral("raquo"), QString(QChar(0xBB)) },
        { QStringLiteral("hellip"), QString(QChar(0x2026)) },
        { QStringLiteral("ndash"), QString(QChar(0x2013)) },
        { QStringLiteral("mdash"), QString(QChar(0x2014)) },
        { QStringLiteral("eacute"), QStringLiteral("é") },
        { QStringLiteral("egrave"), QStringLiteral("è") },
        { QStringLiteral("agrave"), QStringLiteral("à") },
        { QStringLiteral("ccedil"), QStringLiteral("ç") },
        { QStringLiteral("euro"), QStringLiteral("€") },
    };
    QString out;
    qsizetype last = 0;
    auto it = entity.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        out += QStringView(text).mid(last, m.capturedStart() - last);
        const QString name = m.captured(1);
        QString value;
        if (name.startsWith(QLatin1String("#x")) || name.startsWith(QLatin1String("#X"))) {
            bool ok = false;
            const uint code = name.mid(2).toUInt(&ok, 16);
            if (ok && code > 0 && code <= 0x10FFFF)
                value = QString::fromUcs4(reinterpret_cast<const char32_t *>(&code), 1);
        } else if (name.startsWith(QLatin1Char('#'))) {
            bool ok = false;
            const uint code = name.mid(1).toUInt(&ok);
            if (ok && code > 0 && code <= 0x10FFFF)
                value = QString::fromUcs4(reinterpret_cast<const char32_t *>(&code), 1);
        } else {
            value = named.value(name);
        }
        out += value.isNull() ? m.captured(0) : value;
        last = m.capturedEnd();
    }
    out += QStringView(text).mid(last);
    return out;
}

// Text as Markdown: characters that would become markup are escaped.
QString escapeText(const QString &text)
{
    QString out;
    for (const QChar c : text) {
        if (QStringLiteral("\\`*_[]<>#|~!").contains(c))
            out += QLatin1Char('\\');
        out += c;
    }
    return out;
}

QString attribute(const QString &attributes, const QString &name)
{
    const QRegularExpression re(QStringLiteral("\\b%1\\s*=\\s*(\"([^\"]*)\"|'([^']*)')").arg(name));
    const auto m = re.match(attributes);
    if (!m.hasMatch())
        return {};
    return decodeEntities(m.captured(2).isNull() ? m.captured(3) : m.captured(2));
}

struct Frame
{
    QString tag;
    QString out;
    QString href;
    int listIndex = 0; // for <ol>
};

} // namespace

QString normalized(const QString &html)
{
    QString s = html;
    static const QRegularExpression comments(
        QStringLiteral("<!--.*?-->"), QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression between(QStringLiteral(">\\s+<"));
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    static const QRegularExpression selfClosing(QStringLiteral("\\s*/>"));
    s.remove(comments);
    s.replace(selfClosing, QStringLiteral(">"));
    s.replace(QStringLiteral("<b>"), QStringLiteral("<strong>"))
        .replace(QStringLiteral("</b>"), QStringLiteral("</strong>"));
    s.replace(QStringLiteral("<i>"), QStringLiteral("<em>"))
        .replace(QStringLiteral("</i>"), QStringLiteral("</em>"));
    s = decodeEntities(s);
    s.replace(QChar(0xA0), QLatin1Char(' '));
    s.replace(between, QStringLiteral("><"));
    s.replace(spaces, QStringLiteral(" "));
    return s.trimmed();
}

Converted fromHtml(const QString &html)
{
    static const QRegularExpression comments(
        QStringLiteral("<!--.*?-->"), QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression token(QStringLiteral("<(/?)([a-zA-Z][a-zA-Z0-9]*)([^>]*)>"));
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    static const QStringList known = { QStringLiteral("p"), QStringLiteral("h1"),
        QStringLiteral("h2"), QStringLiteral("h3"), QStringLiteral("h4"), QStringLiteral("h5"),
        QStringLiteral("h6"), QStringLiteral("strong"), QStringLiteral("b"), QStringLiteral("em"),
        QStringLiteral("i"), QStringLiteral("a"), QStringLiteral("ul"), QStringLiteral("ol"),
        QStringLiteral("li"), QStringLiteral("blockquote"), QStringLiteral("br"),
        QStringLiteral("img"), QStringLiteral("code"), QStringLiteral("hr"), QStringLiteral("del"),
        QStringLiteral("s") };

    const QString source = QString(html).remove(comments).trimmed();
    Converted keep { html, false };
    QList<Frame> stack { Frame {} };
    QList<QString> lists; // "ul"/"ol" nesting
    auto out = [&]() -> QString & { return stack.last().out; };
    auto blockEnd = [&](const QString &text) {
        QString &o = out();
        o += text.trimmed();
        o += QStringLiteral("\n\n");
    };

    qsizetype last = 0;
    auto it = token.globalMatch(source);
    while (true) {
        const bool more = it.hasNext();
        const auto m = more ? it.next() : QRegularExpressionMatch();
        const qsizetype end = more ? m.capturedStart() : source.size();
        QString text = decodeEntities(source.mid(last, end - last));
        if (!text.isEmpty()) {
            text.replace(spaces, QStringLiteral(" "));
            static const QStringList containers = { QString(), QStringLiteral("ul"),
                QStringLiteral("ol"), QStringLiteral("blockquote") };
            if (text.trimmed().isEmpty() && containers.contains(stack.last().tag)) {
                // Whitespace between blocks.
            } else if (stack.size() == 1) {
                return keep; // text outside any block: not the shape Markdown gives
            } else {
                out() += escapeText(text);
            }
        }
        if (!more)
            break;
        last = m.capturedEnd();
        const bool closing = !m.captured(1).isEmpty();
        const QString tag = m.captured(2).toLower();
        const QString attributes = m.captured(3);
        if (!known.contains(tag))
            return keep;
        // Attributes other than a link's address and a picture's address and text change how
        // it looks (classes, styles): the HTML stays.
        static const QRegularExpression anyAttribute(QStringLiteral("[a-zA-Z-]+\\s*="));
        if (!closing && tag != u"a" && tag != u"img" && anyAttribute.match(attributes).hasMatch())
            return keep;
        if (tag == u"br") {
            out() += QStringLiteral("\\\n");
            continue;
        }
        if (tag == u"hr") {
            out() += QStringLiteral("\n\n---\n\n");
            continue;
        }
        if (tag == u"img") {
            out() += QStringLiteral("![%1](%2)")
                         .arg(escapeText(attribute(attributes, QStringLiteral("alt"))),
                             attribute(attributes, QStringLiteral("src")));
            continue;
        }
        if (!closing) {
            Frame f;
            f.tag = tag;
            if (tag == u"a")
                f.href = attribute(attributes, QStringLiteral("href"));
            if (tag == u"ul" || tag == u"ol")
                lists.append(tag);
            stack.append(f);
            continue;
        }
        if (stack.size() < 2 || stack.last().tag != tag)
            return keep; // badly nested: the HTML stays as written
        const Frame f = stack.takeLast();
        const QString inner = f.out;
        if (tag == u"p") {
            blockEnd(inner);
        } else if (tag.size() == 2 && tag.at(0) == u'h') {
            blockEnd(QString(tag.at(1).digitValue(), QLatin1Char('#')) + QLatin1Char(' ')
                + inner.trimmed());
        } else if (tag == u"strong" || tag == u"b") {
            out() += QStringLiteral("**") + inner + QStringLiteral("**");
        } else if (tag == u"em" || tag == u"i") {
            out() += QLatin1Char('*') + inner + QLatin1Char('*');
        } else if (tag == u"del" || tag == u"s") {
            out() += QStringLiteral("~~") + inner + QStringLiteral("~~");
        } else if (tag == u"code") {
            out() += QLatin1Char('`') + QString(inner).remove(QLatin1Char('\\')) + QLatin1Char('`');
        } else if (tag == u"a") {
            out() += QStringLiteral("[%1](%2)").arg(inner, f.href);
        } else if (tag == u"li") {
            const bool ordered = !lists.isEmpty() && lists.last() == u"ol";
            const int index = ++stack.last().listIndex;
            const QString marker
                = ordered ? QStringLiteral("%1. ").arg(index) : QStringLiteral("- ");
            QString body = inner.trimmed();
            body.replace(
                QLatin1Char('\n'), QLatin1Char('\n') + QString(marker.size(), QLatin1Char(' ')));
            out() += marker + body + QLatin1Char('\n');
        } else if (tag == u"ul" || tag == u"ol") {
            lists.removeLast();
            if (stack.size() > 1 && stack.last().tag == u"li")
                out() += QLatin1Char('\n') + inner;
            else
                out() += inner + QLatin1Char('\n');
        } else if (tag == u"blockquote") {
            QStringList lines = inner.trimmed().split(QLatin1Char('\n'));
            for (QString &line : lines)
                line = line.isEmpty() ? QStringLiteral(">") : QStringLiteral("> ") + line;
            blockEnd(lines.join(QLatin1Char('\n')));
        }
    }
    if (stack.size() != 1)
        return keep;
    static const QRegularExpression blankLines(QStringLiteral("\\n{3,}"));
    QString markdown = stack.first().out.trimmed();
    markdown.replace(blankLines, QStringLiteral("\n\n"));
    // The judge: the Markdown must render to the same HTML.
    if (normalized(Markdown::toHtml(markdown)) != normalized(source))
        return keep;
    return Converted { markdown, true };
}

} // namespace Relais::HtmlMarkdown
