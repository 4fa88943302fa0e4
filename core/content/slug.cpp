// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "content/slug.h"

#include <QHash>
#include <QRegularExpression>

namespace Relais::Slug {

namespace {

// Letters that Unicode decomposition does not reduce to ASCII.
QString transliterated(QChar c)
{
    static const QHash<char16_t, QString> table = {
        { u'œ', QStringLiteral("oe") },
        { u'Œ', QStringLiteral("oe") },
        { u'æ', QStringLiteral("ae") },
        { u'Æ', QStringLiteral("ae") },
        { u'ß', QStringLiteral("ss") },
        { u'ø', QStringLiteral("o") },
        { u'Ø', QStringLiteral("o") },
        { u'ł', QStringLiteral("l") },
        { u'Ł', QStringLiteral("l") },
        { u'đ', QStringLiteral("d") },
        { u'Đ', QStringLiteral("d") },
        { u'ð', QStringLiteral("d") },
        { u'þ', QStringLiteral("th") },
        { u'ı', QStringLiteral("i") },
    };
    return table.value(c.unicode());
}

} // namespace

QString fromTitle(const QString &title, int maxLength)
{
    QString ascii;
    ascii.reserve(title.size());
    for (QChar c : title) {
        const QString special = transliterated(c);
        if (!special.isEmpty()) {
            ascii += special;
            continue;
        }
        // NFKD splits "é" into "e" + combining accent, and "ﬁ" into "fi".
        const QString decomposed = QString(c).normalized(QString::NormalizationForm_KD);
        for (QChar d : decomposed) {
            if (d.unicode() < 128)
                ascii += d.toLower();
            else if (d.category() != QChar::Mark_NonSpacing)
                ascii += QLatin1Char(' '); // letters of other scripts separate words
        }
    }

    QString slug;
    slug.reserve(ascii.size());
    bool pendingDash = false;
    for (QChar c : std::as_const(ascii)) {
        const bool keep = (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9');
        if (!keep) {
            pendingDash = !slug.isEmpty();
            continue;
        }
        if (pendingDash)
            slug += QLatin1Char('-');
        pendingDash = false;
        slug += c;
    }

    if (slug.size() > maxLength) {
        // Cut at a word boundary when there is one in the second half.
        const int dash = slug.lastIndexOf(QLatin1Char('-'), maxLength);
        slug.truncate(dash > maxLength / 2 ? dash : maxLength);
        while (slug.endsWith(QLatin1Char('-')))
            slug.chop(1);
    }
    return slug;
}

bool isValid(const QString &slug)
{
    // ^[a-z0-9]+(-[a-z0-9]+)*$, by hand: the renderer asks it of every item at every render.
    if (slug.isEmpty() || slug.size() > 200 || slug.front() == u'-' || slug.back() == u'-')
        return false;
    char16_t previous = 0;
    for (const QChar c : slug) {
        const char16_t u = c.unicode();
        const bool alnum = (u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9');
        if (!alnum && (u != u'-' || previous == u'-'))
            return false;
        previous = u;
    }
    return true;
}

QString makeUnique(const QString &base, const std::function<bool(const QString &)> &isTaken)
{
    if (!isTaken(base))
        return base;
    for (int n = 2;; ++n) {
        QString candidate = base + QLatin1Char('-') + QString::number(n);
        if (!isTaken(candidate))
            return candidate;
    }
}

} // namespace Relais::Slug
