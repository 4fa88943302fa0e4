// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/typography.h"

#include <QRegularExpression>
#include <QStringList>

namespace Relais::Typography {

namespace {

constexpr char16_t firstPlaceholder = 0xE000; // private use: never in real text

// What a text holds that a rule looks for: a rule whose characters are absent cannot match,
// and most text nodes of a page (a title, a date, a word in bold) hold none of them.
enum Trigger : unsigned {
    Protect = 1, // & @ : w
    Apostrophe = 2, // '
    Punctuation = 4, // ; ! ?
    Colon = 8,
    Guillemets = 16,
    Digit = 32,
    Unit = 64, // % €
};

unsigned triggersIn(const QString &text)
{
    unsigned found = 0;
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'&':
        case u'@':
        case u'w':
            found |= Protect;
            break;
        case u'\'':
            found |= Apostrophe;
            break;
        case u';':
        case u'!':
        case u'?':
            found |= Punctuation;
            break;
        case u':':
            found |= Colon | Protect;
            break;
        case u'«':
        case u'»':
            found |= Guillemets;
            break;
        case u'%':
        case u'€':
            found |= Unit;
            break;
        default:
            if (c.unicode() >= u'0' && c.unicode() <= u'9')
                found |= Digit;
        }
    }
    return found;
}

// Replaces what must not change (entities, URLs, e-mail addresses) with one private-use
// character each, applies the rules, and puts them back.
QString applyRules(const QString &text)
{
    const unsigned triggers = triggersIn(text);
    if ((triggers & ~unsigned(Protect)) == 0)
        return text; // nothing a rule could change
    static const QRegularExpression protectedPattern(
        QStringLiteral("&#?[A-Za-z0-9]+;"
                       "|(?:https?://|ftp://|mailto:|www\\.)[^\\s<>\"]+"
                       "|[^\\s@<>\"(]+@[^\\s@<>\"]+\\.[A-Za-z]{2,}"));
    QStringList kept;
    QString work;
    work.reserve(text.size());
    qsizetype last = 0;
    auto it = protectedPattern.globalMatch(triggers & Protect ? text : QString());
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        if (kept.size() >= 0x1000)
            break; // a text node with thousands of links: leave the rest untouched
        work += QStringView(text).mid(last, m.capturedStart() - last);
        work += QChar(char16_t(firstPlaceholder + kept.size()));
        kept.append(m.captured());
        last = m.capturedEnd();
    }
    work += QStringView(text).mid(last);

    static const struct
    {
        unsigned trigger;
        QRegularExpression pattern;
        QString replacement;
    } rules[] = {
        // Apostrophe between letters.
        { Apostrophe, QRegularExpression(QStringLiteral("(?<=\\p{L})'(?=\\p{L})")),
            QStringLiteral("\u2019") },
        // A space before ; ! ? becomes narrow and unbreakable; none is added after ( or « or
        // another ! ?.
        { Punctuation, QRegularExpression(QStringLiteral("[ \\x{00A0}]+([;!?])")),
            QStringLiteral("\u202F\\1") },
        { Punctuation,
            QRegularExpression(QStringLiteral("(?<=[^\\s\\x{00A0}\\x{202F}(\\[«!?;])([;!?])")),
            QStringLiteral("\u202F\\1") },
        // The colon: only where it ends a phrase, never in 11:30 or in a ratio.
        { Colon, QRegularExpression(QStringLiteral("[ \\x{00A0}]+:(?=\\s|$)")),
            QStringLiteral("\u202F:") },
        { Colon, QRegularExpression(QStringLiteral("(?<=[\\p{L}\\)»])(:)(?=\\s|$)")),
            QStringLiteral("\u202F\\1") },
        // Inside guillemets.
        { Guillemets, QRegularExpression(QStringLiteral("«[ \\x{00A0}]*")),
            QStringLiteral("«\u202F") },
        { Guillemets, QRegularExpression(QStringLiteral("[ \\x{00A0}]*»")),
            QStringLiteral("\u202F»") },
        // Thousands: 40 000, 1 000 000.
        { Digit, QRegularExpression(QStringLiteral("(?<=\\d)[ \\x{00A0}](?=\\d{3}(?!\\d))")),
            QStringLiteral("\u202F") },
        // 50 %, 12 €.
        { Unit, QRegularExpression(QStringLiteral("(?<=\\d)[ \\x{00A0}]?([%€])")),
            QStringLiteral("\u202F\\1") },
    };
    for (const auto &rule : rules) {
        if (triggers & rule.trigger)
            work.replace(rule.pattern, rule.replacement);
    }

    if (kept.isEmpty())
        return work;
    QString result;
    result.reserve(work.size() + text.size());
    for (QChar c : std::as_const(work)) {
        const int index = int(c.unicode()) - int(firstPlaceholder);
        if (index >= 0 && index < kept.size())
            result += kept.at(index);
        else
            result += c;
    }
    return result;
}

bool isVerbatimElement(QStringView name)
{
    for (const char *verbatim : { "code", "pre", "kbd", "samp", "script", "style", "textarea" }) {
        if (name.compare(QLatin1String(verbatim), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace

QString frenchText(const QString &text)
{
    return applyRules(text);
}

QString frenchHtml(const QString &html)
{
    QString out;
    out.reserve(html.size() + html.size() / 20);
    int verbatimDepth = 0;
    qsizetype i = 0;
    while (i < html.size()) {
        if (html.at(i) == u'<') {
            const qsizetype end = html.indexOf(QLatin1Char('>'), i);
            if (end < 0) {
                out += QStringView(html).mid(i);
                break;
            }
            const QStringView tag = QStringView(html).mid(i, end - i + 1);
            const bool closing = tag.size() > 1 && tag.at(1) == u'/';
            qsizetype nameStart = closing ? 2 : 1;
            qsizetype nameEnd = nameStart;
            while (nameEnd < tag.size() && tag.at(nameEnd).isLetterOrNumber())
                ++nameEnd;
            if (isVerbatimElement(tag.mid(nameStart, nameEnd - nameStart))
                && !tag.endsWith(QStringLiteral("/>")))
                verbatimDepth = qMax(0, verbatimDepth + (closing ? -1 : 1));
            out += tag;
            i = end + 1;
            continue;
        }
        qsizetype next = html.indexOf(QLatin1Char('<'), i);
        if (next < 0)
            next = html.size();
        const QString text = html.mid(i, next - i);
        out += verbatimDepth > 0 ? text : applyRules(text);
        i = next;
    }
    return out;
}

} // namespace Relais::Typography
